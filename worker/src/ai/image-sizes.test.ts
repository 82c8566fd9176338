/** Image sizes per model, checked against the fake model (a test double) that rejects sizes like the real API. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { AiError, aiSettings, createCaller } from './core';
import { generateImages, pngSize } from './functions/generate_images';
import { IMAGE_SHAPES, imageSizeFor, shapeOf } from './image-sizes';
import { createSite, registerTenant } from '../../test/helpers';
import { createAiJob, runToEnd } from '../../test/ai-helpers';

const callerFor = ( model: string ) => createCaller( { settings: { ...aiSettings( env, generateImages ), model, maxRetries: 2 }, name: 'generate_images' } );

describe( 'image sizes per model', () => {
	it( 'asks each model for a size it documents', () => {
		expect( IMAGE_SHAPES.map( ( shape ) => imageSizeFor( 'gpt-image-1', shape ) ) ).toEqual( [ '1024x1024', '1536x1024', '1024x1536' ] );
		expect( IMAGE_SHAPES.map( ( shape ) => imageSizeFor( 'dall-e-3', shape ) ) ).toEqual( [ '1024x1024', '1792x1024', '1024x1792' ] );
		expect( IMAGE_SHAPES.map( ( shape ) => imageSizeFor( 'dall-e-2', shape ) ) ).toEqual( [ '1024x1024', '1024x1024', '1024x1024' ] );
		// The pixel sizes older plugins stored are read as their shape.
		expect( imageSizeFor( 'gpt-image-1', '1792x1024' ) ).toBe( '1536x1024' );
		expect( imageSizeFor( 'gpt-image-1', '1024x1792' ) ).toBe( '1024x1536' );
		expect( [ shapeOf( '1024x1024' ), shapeOf( '1536x1024' ), shapeOf( '1024x1536' ) ] ).toEqual( [ 'square', 'landscape', 'portrait' ] );
	} );

	it( 'every model draws every shape without a rejected size', async () => {
		for ( const model of [ 'gpt-image-1', 'dall-e-3', 'dall-e-2' ] ) {
			for ( const shape of IMAGE_SHAPES ) {
				const drawn = pngSize( await callerFor( model ).image( `a ${ shape } harbour`, imageSizeFor( model, shape ) ) )!;
				const expected = model === 'dall-e-2' ? 'square' : shape;
				expect( shapeOf( `${ drawn.width }x${ drawn.height }` ), `${ model } ${ shape }` ).toBe( expected );
			}
		}
	} );

	it( 'a DALL-E 3 size sent to gpt-image-1 is refused at once with the API’s reason, not retried', async () => {
		const caller = callerFor( 'gpt-image-1' );
		const failure = await caller.image( 'a harbour', '1792x1024' ).catch( ( error: unknown ) => error );
		expect( failure ).toBeInstanceOf( AiError );
		expect( ( failure as AiError ).message ).toContain( "Invalid value: '1792x1024'. Supported values are: '1024x1024', '1536x1024', '1024x1536', and 'auto'." );
		expect( caller.counter.calls ).toBe( 1 );
	} );

	it( 'generate_images draws a landscape (and a legacy 1792x1024) with the default gpt-image-1 and keeps each prompt', async () => {
		const blog = await createSite( await registerTenant() );
		for ( const size of [ 'landscape', '1792x1024' ] ) {
			const images = [ { prompt: `A wide harbour view ${ size }`, alt: 'Harbour', role: 'featured', position: 0 } ];
			const job = await runToEnd( blog.apiKey, ( await createAiJob( blog.apiKey, 'generate_images', { images, size } ) ).id );
			expect( job.status, job.error ?? '' ).toBe( 'completed' );
			const [ image ] = ( job.result as { images: Array<{ width: number; height: number; prompt: string }> } ).images;
			expect( [ image!.width, image!.height ] ).toEqual( [ 256, 171 ] );
			expect( image!.prompt ).toBe( `A wide harbour view ${ size }` );
		}
	} );
} );

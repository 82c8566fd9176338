/**
 * Settings → AI models, the cloud's side: GET /api/v1/ai/models publishes what a site may choose
 * per function; a job created with one of them runs with it (the fake model — a test double —
 * counts the model each function was asked with); any other model is refused before a credit moves.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { asSite, balanceOf, call, createSite, recordingQueue, registerTenant, rowCounts } from './helpers';
import { runToEnd } from './ai-helpers';
import type { ApiJob } from './helpers';

type Catalog = { functions: Record<string, { default: string; allowed: string[] }> };

const excerptInput = { post_id: 7, title: 'Brewing tea', content_html: '<p>Tea is nice.</p>', keywords: [ 'green tea' ], language: 'en_GB' };

const modelOf = async ( jobId: string ) => ( await env.DB.prepare( 'SELECT model FROM jobs WHERE id = ?' ).bind( jobId ).first<{ model: string | null }>() )?.model;

async function askedWith( key: string ): Promise<number> {
	const stats = ( await ( await fetch( `${ env.FAKE_MODEL_ORIGIN }/__stats` ) ).json() ) as { by_function_model: Record<string, number> };
	return stats.by_function_model[ key ] ?? 0;
}

const create = ( apiKey: string, body: Record<string, unknown> ) =>
	call<{ job: ApiJob }>( 'POST', '/api/v1/ai/jobs/', { body, headers: asSite( apiKey ), env: { AI_JOBS: recordingQueue().queue } } );

describe( 'AI models a site may choose', () => {
	it( 'publishes each function’s default and allowed models to a site key only', async () => {
		const site = await createSite( await registerTenant() );
		const response = await call<Catalog>( 'GET', '/api/v1/ai/models/', { headers: asSite( site.apiKey ) } );
		expect( response.status ).toBe( 200 );
		const { functions } = response.body.data;
		expect( functions.generate_content?.default ).toBe( 'gpt-4o-mini' );
		expect( functions.generate_content?.allowed ).toContain( 'gpt-4.1-mini' );
		expect( functions.generate_content?.allowed ).not.toContain( 'gpt-image-1' );
		expect( functions.generate_images?.allowed ).toEqual( expect.arrayContaining( [ 'gpt-image-1', 'dall-e-3' ] ) );
		expect( functions.generate_images?.allowed ).not.toContain( 'gpt-4o' );
		expect( Object.keys( functions ) ).toEqual( expect.arrayContaining( [ 'auto_cluster', 'generate_ideas', 'generate_image_prompts', 'optimize_content', 'generate_excerpt' ] ) );
		expect( ( await call( 'GET', '/api/v1/ai/models/' ) ).status ).toBe( 401 );
	} );

	it( 'runs a job with the model the site chose', async () => {
		const site = await createSite( await registerTenant() );
		const before = await askedWith( 'generate_excerpt:gpt-4.1-mini' );
		const created = await create( site.apiKey, { function: 'generate_excerpt', input: excerptInput, model: 'gpt-4.1-mini' } );
		expect( created.status ).toBe( 202 );
		const job = await runToEnd( site.apiKey, created.body.data.job.id );
		expect( job.status ).toBe( 'completed' );
		expect( await modelOf( job.id ) ).toBe( 'gpt-4.1-mini' );
		expect( await askedWith( 'generate_excerpt:gpt-4.1-mini' ) ).toBe( before + 1 );

		// Without a choice the function's own model runs.
		const plain = await create( site.apiKey, { function: 'generate_excerpt', input: excerptInput } );
		expect( ( await runToEnd( site.apiKey, plain.body.data.job.id ) ).status ).toBe( 'completed' );
		expect( await modelOf( plain.body.data.job.id ) ).toBe( 'gpt-4o-mini' );
	} );

	it( 'refuses a model outside the list (or of the wrong kind) before reserving anything', async () => {
		const site = await createSite( await registerTenant() );
		const counts = await rowCounts();
		for ( const model of [ 'o1-pro', 'gpt-image-1' ] ) {
			const refused = await create( site.apiKey, { function: 'generate_content', input: { title: 'Tea' }, model } );
			expect( refused.status ).toBe( 400 );
			expect( refused.body.errors?.model?.[ 0 ] ).toContain( `"${ model }" is not offered for generate_content. Use one of: gpt-4o-mini` );
		}
		expect( await rowCounts() ).toEqual( counts );
		expect( await balanceOf( site.apiKey ) ).toBe( 2000 );
	} );

	it( 'lets the operator replace the list (AI_ALLOWED_TEXT_MODELS); the configured model stays allowed', async () => {
		const site = await createSite( await registerTenant() );
		const narrowed = { ...env, AI_ALLOWED_TEXT_MODELS: 'gpt-4.1, not a model!' };
		const response = await call<Catalog>( 'GET', '/api/v1/ai/models/', { headers: asSite( site.apiKey ), env: narrowed } );
		expect( response.body.data.functions.generate_ideas?.allowed ).toEqual( [ 'gpt-4o-mini', 'gpt-4.1' ] );
	} );
} );

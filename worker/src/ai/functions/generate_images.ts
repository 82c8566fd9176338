/**
 * generate_images — renders image briefs with the image model and stores the PNGs in R2
 * (the seed's GenerateImagesFunction). WordPress sideloads each one from
 * GET /api/v1/ai/media/<key> with its site key; keys start with the site id, so a site
 * can read only its own images.
 *
 * Price rule (credits): IMAGE_CREDITS per image requested is reserved; IMAGE_CREDITS per
 * image actually stored is charged (a failed job is refunded in full).
 */
import * as z from 'zod';
import { AiError } from '../core';
import { IMAGE_SHAPES, imageSizeFor, LEGACY_IMAGE_SIZES } from '../image-sizes';
import { plainText } from '../plain-text';
import { defineAiFunction, type AiRunContext, type TokenUsage } from '../types';

export const IMAGE_CREDITS = 5;

export const generateImagesInput = z.object( {
	task_id: z.number().int().positive().optional(),
	images: z
		.array(
			z.object( {
				prompt: z.string().trim().min( 1 ).max( 4_000 ),
				alt: z.string().trim().max( 500 ).default( '' ),
				caption: z.string().trim().max( 1_000 ).default( '' ),
				role: z.enum( [ 'featured', 'in_article' ] ),
				position: z.number().int().min( 0 ).max( 100 ),
			} )
		)
		.min( 1 )
		.max( 8 ),
	// A shape; the model's own size for it is chosen in execute (pixel sizes from older plugins still read).
	size: z.enum( [ ...IMAGE_SHAPES, ...LEGACY_IMAGE_SIZES ] ).default( 'square' ),
} );

const storedImage = z.object( {
	url: z.string(),
	key: z.string(),
	mime: z.string(),
	width: z.number(),
	height: z.number(),
	prompt: z.string(),
	alt: z.string(),
	caption: z.string(),
	role: z.enum( [ 'featured', 'in_article' ] ),
	position: z.number(),
} );

type Input = z.infer<typeof generateImagesInput>;
type Output = { images: z.infer<typeof storedImage>[] };

/** Width and height from a PNG's IHDR chunk; null when the bytes are not a PNG. */
export function pngSize( bytes: Uint8Array ): { width: number; height: number } | null {
	const signature = [ 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a ];
	if ( bytes.length < 24 || signature.some( ( byte, index ) => bytes[ index ] !== byte ) ) return null;
	const view = new DataView( bytes.buffer, bytes.byteOffset, bytes.byteLength );
	return { width: view.getUint32( 16 ), height: view.getUint32( 20 ) };
}

/** The R2 key of one image: site first (ownership), then job and position (stable on a rerun). */
export const mediaKey = ( siteId: string, jobId: string, position: number, role: string ): string => `${ siteId }/${ jobId }/${ role }-${ position }.png`;

async function execute( context: AiRunContext, input: Input ): Promise<Output> {
	const images: Output[ 'images' ] = [];
	const size = imageSizeFor( context.model, input.size );
	for ( const [ index, brief ] of input.images.entries() ) {
		await context.progress( 10 + Math.round( ( 80 * index ) / input.images.length ), `image ${ index + 1 } of ${ input.images.length }` );
		const bytes = await context.image( brief.prompt, size );
		const drawn = pngSize( bytes );
		if ( ! drawn ) throw new AiError( 'The image model returned something that is not a PNG.', context.usage, 0 );
		const key = mediaKey( context.siteId, context.jobId, brief.position, brief.role );
		await context.media.put( key, bytes, { httpMetadata: { contentType: 'image/png', cacheControl: 'private, max-age=86400' }, customMetadata: { site_id: context.siteId, job_id: context.jobId } } );
		images.push( {
			url: `${ context.publicOrigin.replace( /\/+$/, '' ) }/api/v1/ai/media/${ key }`,
			key,
			mime: 'image/png',
			...drawn,
			prompt: brief.prompt,
			alt: brief.alt,
			caption: brief.caption,
			role: brief.role,
			position: brief.position,
		} );
	}
	return { images };
}

export const generateImages = defineAiFunction<Input, Output>( {
	name: 'generate_images',
	defaultModel: 'gpt-image-1',
	inputSchema: generateImagesInput,
	outputSchema: z.object( { images: z.array( storedImage ) } ),
	estimateCredits: ( input ) => input.images.length * IMAGE_CREDITS,
	chargeCredits: ( usage: TokenUsage ) => Math.max( 1, ( usage.images ?? 0 ) * IMAGE_CREDITS ),
	// Image prompts go straight to the image model; there is no chat prompt.
	buildMessages: () => [],
	execute,
	toResult: ( output ) => ( {
		images: output.images.map( ( image ) => ( { ...image, alt: plainText( image.alt, 'alt' ), caption: plainText( image.caption, 'caption' ) } ) ),
	} ),
} );

/**
 * Image sizes per image model. The site asks for a shape (square, landscape, portrait); only the
 * Worker knows which model runs, so the shape becomes a size that model accepts here, in one place.
 * The sizes are those the OpenAI Images API documents for each model family.
 */

export const IMAGE_SHAPES = [ 'square', 'landscape', 'portrait' ] as const;
export type ImageShape = ( typeof IMAGE_SHAPES )[ number ];

/** Pixel sizes older plugins (and jobs queued before shapes) send; read as their shape. */
export const LEGACY_IMAGE_SIZES = [ '1024x1024', '1792x1024', '1024x1792', '1536x1024', '1024x1536' ] as const;

type SizeTable = { readonly [ S in ImageShape ]: string };

const GPT_IMAGE: SizeTable = { square: '1024x1024', landscape: '1536x1024', portrait: '1024x1536' };
const DALL_E_3: SizeTable = { square: '1024x1024', landscape: '1792x1024', portrait: '1024x1792' };
// dall-e-2 draws squares only: a wide or tall request gets its largest square.
const DALL_E_2: SizeTable = { square: '1024x1024', landscape: '1024x1024', portrait: '1024x1024' };

/** The shape of a shape or of a legacy pixel size. */
export function shapeOf( requested: string ): ImageShape {
	if ( ( IMAGE_SHAPES as readonly string[] ).includes( requested ) ) return requested as ImageShape;
	const [ width, height ] = requested.split( 'x' ).map( Number );
	if ( ! width || ! height || width === height ) return 'square';
	return width > height ? 'landscape' : 'portrait';
}

/**
 * The size to request from `model` for a shape. Models outside the DALL-E line (gpt-image-1 and
 * its successors, and OpenAI-compatible endpoints that copy them) get the GPT image sizes.
 */
export function imageSizeFor( model: string, requested: string ): string {
	const name = model.toLowerCase();
	const table = name.startsWith( 'dall-e-3' ) ? DALL_E_3 : name.startsWith( 'dall-e-2' ) ? DALL_E_2 : GPT_IMAGE;
	return table[ shapeOf( requested ) ];
}

/**
 * TEST DOUBLE — the image sizes the real OpenAI Images API accepts per model, so the fake model
 * (not a real model) rejects a size exactly where the real API would. Written from the API
 * reference on purpose, not imported from the Worker: a test double that shared the Worker's
 * table would agree with its bugs.
 */

/** Model → sizes the real API documents (`auto` only for the GPT image models). */
const SIZES: ReadonlyArray<readonly [ RegExp, readonly string[] ]> = [
	[ /^dall-e-2/, [ '256x256', '512x512', '1024x1024' ] ],
	[ /^dall-e-3/, [ '1024x1024', '1792x1024', '1024x1792' ] ],
	[ /^gpt-image-/, [ '1024x1024', '1536x1024', '1024x1536', 'auto' ] ],
];

/** The real API's default when `model` is left out. */
export const DEFAULT_IMAGE_MODEL = 'dall-e-2';

/** Sizes `model` accepts; null for a model the table does not know (anything goes). */
export function sizesFor( model: string ): readonly string[] | null {
	return SIZES.find( ( [ pattern ] ) => pattern.test( model ) )?.[ 1 ] ?? null;
}

/** OpenAI's 400 body for a size the model does not accept, or null when the size is fine. */
export function invalidSizeError( model: string, size: string ): { error: { message: string; type: string; param: string; code: string } } | null {
	const allowed = sizesFor( model );
	if ( ! allowed || allowed.includes( size ) ) return null;
	const quoted = allowed.map( ( value ) => `'${ value }'` );
	const list = `${ quoted.slice( 0, -1 ).join( ', ' ) }, and ${ quoted[ quoted.length - 1 ] }`;
	return {
		error: {
			message: `Invalid value: '${ size }'. Supported values are: ${ list }.`,
			type: 'invalid_request_error',
			param: 'size',
			code: 'invalid_value',
		},
	};
}

/** Width and height the fake draws: the requested aspect, at most 256 px a side to keep payloads light. */
export function drawnSize( size: string ): [ number, number ] {
	const [ width, height ] = size === 'auto' ? [ 1024, 1024 ] : size.split( 'x' ).map( ( n ) => Number.parseInt( n, 10 ) || 64 );
	const scale = Math.min( 1, 256 / Math.max( width!, height! ) );
	return [ Math.max( 1, Math.round( width! * scale ) ), Math.max( 1, Math.round( height! * scale ) ) ];
}

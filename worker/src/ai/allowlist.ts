/**
 * What model-written HTML may contain once it reaches a post: the elements, their attributes and
 * the URL schemes. Everything not listed is unwrapped to its text, except the element kinds below
 * that are removed with their content.
 */

/** Block-level elements kept in the tree (blocks.ts turns them into core blocks). */
export const BLOCK_ELEMENTS = new Set( [
	'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'cite', 'table', 'caption', 'thead', 'tbody', 'tfoot',
	'tr', 'td', 'th', 'pre', 'hr', 'details', 'summary', 'figure', 'figcaption', 'dl', 'dt', 'dd',
	'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav',
] );

/** Inline elements kept inside blocks; b and i are written as strong and em, as the editor does. */
export const INLINE_ELEMENTS = new Set( [ 'a', 'strong', 'em', 'u', 's', 'del', 'ins', 'mark', 'code', 'kbd', 'sub', 'sup', 'abbr', 'small', 'q', 'br' ] );
export const RENAMED: Readonly<Record<string, string>> = { b: 'strong', i: 'em', strike: 's' };

/**
 * Removed with everything inside: executable or styling containers, raw-text elements whose
 * content is not markup, form controls and document-level elements. Foreign content (SVG,
 * MathML) is removed by namespace before these are looked at.
 */
export const REMOVED_WITH_CONTENT = new Set( [
	'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'frame', 'frameset', 'embed', 'applet',
	'textarea', 'select', 'datalist', 'input', 'title', 'head', 'meta', 'link', 'base', 'param', 'source', 'track',
	'img', 'svg', 'math', 'bgsound', 'keygen', 'area',
] );

/**
 * Media whose children are fallback content for browsers that cannot play it: the element goes,
 * its HTML children stay (through this same allowlist), so their words are not lost.
 */
export const MEDIA_WITH_FALLBACK = new Set( [ 'video', 'audio', 'picture', 'object', 'canvas' ] );

const URL_SCHEMES = [ 'http', 'https', 'mailto', 'tel' ];
const REL_TOKENS = new Set( [ 'noopener', 'noreferrer', 'nofollow', 'sponsored', 'ugc' ] );

/**
 * A URL as the browser will read it, or null when its scheme is not http, https, mailto or tel.
 * Takes the attribute value after entity decoding (the parser's), then strips what the URL
 * parser ignores (leading/trailing C0 controls and spaces, tabs and newlines anywhere), so
 * "jav&#x09;ascript:" and "javascript&colon;" are seen as the javascript: they are.
 * Relative URLs (no scheme) pass.
 */
export function safeUrl( value: string, schemes: readonly string[] = URL_SCHEMES ): string | null {
	// eslint-disable-next-line no-control-regex -- the URL standard's own strip set
	const url = value.replace( /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '' ).replace( /[\t\n\r]/g, '' );
	// eslint-disable-next-line no-control-regex
	if ( /[\u0000-\u001f\u007f]/.test( url ) ) return null;
	const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec( url )?.[ 1 ];
	if ( scheme !== undefined ) return schemes.includes( scheme.toLowerCase() ) ? url : null;
	// No scheme: a relative URL, unless a colon before any / ? # makes it an unparseable one.
	return /^[^/?#]*:/.test( url ) ? null : url;
}

/** The attributes an allowed element keeps, from its decoded attributes. */
export function allowedAttributes( tag: string, attrs: ReadonlyArray<{ name: string; value: string }> ): Record<string, string> {
	const out: Record<string, string> = {};
	const get = ( name: string ) => attrs.find( ( attr ) => attr.name === name )?.value;
	if ( tag === 'a' ) {
		const href = safeUrl( get( 'href' ) ?? '' );
		if ( href ) out.href = href;
		if ( get( 'target' ) === '_blank' ) out.target = '_blank';
		const rel = ( get( 'rel' ) ?? '' ).toLowerCase().split( /\s+/ ).filter( ( token ) => REL_TOKENS.has( token ) );
		if ( rel.length ) out.rel = [ ...new Set( rel ) ].join( ' ' );
	}
	if ( ( tag === 'a' || tag === 'abbr' ) && get( 'title' ) ) out.title = get( 'title' )!;
	return out;
}

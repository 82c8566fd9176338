/**
 * A small, forgiving HTML parser and sanitising inline serialiser for model
 * output (Workers have no DOM). It knows only what articles need; anything
 * executable — script/style/iframe/forms, event handlers, style attributes,
 * javascript: URLs — is dropped, never escaped into the page.
 */

export interface TextNode {
	type: 'text';
	text: string;
}
export interface ElementNode {
	type: 'element';
	tag: string;
	attrs: Record<string, string>;
	children: HtmlNode[];
}
export type HtmlNode = TextNode | ElementNode;

const VOID = new Set( [ 'br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'source', 'area', 'base', 'embed', 'param', 'track' ] );
/** Dropped with everything inside them. */
const DANGEROUS = new Set( [ 'script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'template', 'noscript', 'frame', 'frameset', 'applet', 'link', 'meta', 'base', 'head', 'title' ] );
/** Raw-text elements: their content is not markup, so skip to the matching end tag. */
const RAW_TEXT = new Set( [ 'script', 'style', 'textarea', 'title', 'noscript', 'template', 'iframe', 'xmp' ] );
export const BLOCK_TAGS = new Set( [ 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'pre', 'hr', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'figcaption', 'nav', 'html', 'body', 'dl', 'dt', 'dd' ] );
const INLINE_ALLOWED = new Set( [ 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'code', 'kbd', 'sub', 'sup', 'br', 'abbr', 'small', 'q' ] );
/** Closing one of these implicitly closes an open element of the listed kinds. */
const IMPLIED_END: Record<string, string[]> = {
	li: [ 'li' ],
	tr: [ 'tr', 'td', 'th' ],
	td: [ 'td', 'th' ],
	th: [ 'td', 'th' ],
	thead: [ 'tbody', 'tfoot' ],
	tbody: [ 'thead', 'tbody', 'tfoot', 'tr' ],
	tfoot: [ 'thead', 'tbody', 'tr' ],
	dt: [ 'dt', 'dd' ],
	dd: [ 'dt', 'dd' ],
};
/** Elements that stop the implied-end search (an inner list's li must not close the outer one). */
const SCOPE = new Set( [ 'ul', 'ol', 'table', 'blockquote', 'div', 'dl' ] );

const ATTRIBUTE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttributes( source: string ): Record<string, string> {
	const attrs: Record<string, string> = {};
	for ( const match of source.matchAll( ATTRIBUTE ) ) {
		const name = match[ 1 ]!.toLowerCase();
		if ( ! ( name in attrs ) ) attrs[ name ] = match[ 2 ] ?? match[ 3 ] ?? match[ 4 ] ?? '';
	}
	return attrs;
}

/** Parses HTML into a tree, repairing the usual model slips (unclosed p/li, stray end tags). */
export function parseHtml( html: string ): HtmlNode[] {
	const root: ElementNode = { type: 'element', tag: '#root', attrs: {}, children: [] };
	const stack: ElementNode[] = [ root ];
	const top = () => stack[ stack.length - 1 ]!;
	const closeTo = ( index: number ) => {
		stack.length = Math.max( 1, index );
	};
	let i = 0;
	while ( i < html.length ) {
		const lt = html.indexOf( '<', i );
		if ( lt < 0 || lt > i ) {
			const text = html.slice( i, lt < 0 ? html.length : lt );
			top().children.push( { type: 'text', text } );
			if ( lt < 0 ) break;
			i = lt;
			continue;
		}
		if ( html.startsWith( '<!--', i ) ) {
			const end = html.indexOf( '-->', i + 4 );
			i = end < 0 ? html.length : end + 3;
			continue;
		}
		const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec( html.slice( i ) );
		if ( ! tag ) {
			if ( html[ i + 1 ] === '!' || html[ i + 1 ] === '?' ) {
				const end = html.indexOf( '>', i );
				i = end < 0 ? html.length : end + 1;
			} else {
				top().children.push( { type: 'text', text: '<' } );
				i += 1;
			}
			continue;
		}
		i += tag[ 0 ].length;
		const name = tag[ 2 ]!.toLowerCase();
		if ( tag[ 1 ] === '/' ) {
			for ( let index = stack.length - 1; index > 0; index-- ) {
				if ( stack[ index ]!.tag === name ) {
					closeTo( index );
					break;
				}
			}
			continue;
		}
		if ( RAW_TEXT.has( name ) ) {
			const end = html.toLowerCase().indexOf( `</${ name }`, i );
			i = end < 0 ? html.length : html.indexOf( '>', end ) + 1 || html.length;
			continue; // raw-text elements are all dangerous or useless in an article: dropped
		}
		// A block start closes an open paragraph; li/tr/td close their open siblings.
		if ( BLOCK_TAGS.has( name ) ) {
			const pIndex = stack.findLastIndex( ( node ) => node.tag === 'p' );
			if ( pIndex > 0 ) closeTo( pIndex );
		}
		const implied = IMPLIED_END[ name ];
		if ( implied ) {
			for ( let index = stack.length - 1; index > 0; index-- ) {
				const open = stack[ index ]!.tag;
				if ( implied.includes( open ) ) {
					closeTo( index );
					break;
				}
				if ( SCOPE.has( open ) ) break;
			}
		}
		const element: ElementNode = { type: 'element', tag: name, attrs: parseAttributes( tag[ 3 ] ?? '' ), children: [] };
		top().children.push( element );
		if ( ! VOID.has( name ) && ! tag[ 3 ]?.trimEnd().endsWith( '/' ) ) stack.push( element );
	}
	return root.children;
}

/** Escapes text for HTML while keeping entities the model already wrote. */
export function escapeText( text: string ): string {
	return text.replace( /&(?!(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/g, '&amp;' ).replace( /</g, '&lt;' ).replace( />/g, '&gt;' );
}

/** Escapes an attribute value (double-quoted). */
export function escapeAttribute( value: string ): string {
	return escapeText( value ).replace( /"/g, '&quot;' );
}

/** A URL with an allowed scheme (relative URLs pass); javascript:, data: and friends are dropped. */
export function safeUrl( url: string, schemes: string[] = [ 'http', 'https', 'mailto', 'tel' ] ): string | null {
	const value = url.trim();
	// Strip control characters and whitespace browsers ignore inside a scheme ("java\tscript:").
	const compact = value.replace( /[\u0000-\u0020]/g, '' ).toLowerCase();
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec( compact )?.[ 1 ];
	if ( scheme !== undefined && ! schemes.includes( scheme ) ) return null;
	// Entity-encoded schemes ("&#106;avascript:") are refused rather than decoded.
	if ( /^&#|^&[a-z]+;/i.test( compact ) ) return null;
	return value;
}

const safeHref = ( href: string ): string | null => safeUrl( href );

function inlineAttributes( element: ElementNode ): string {
	const out: string[] = [];
	if ( element.tag === 'a' ) {
		const href = element.attrs.href !== undefined ? safeHref( element.attrs.href ) : null;
		if ( href !== null ) out.push( `href="${ escapeAttribute( href ) }"` );
		if ( element.attrs.target === '_blank' ) out.push( 'target="_blank"' );
		const rel = element.attrs.rel?.split( /\s+/ ).filter( ( token ) => /^(noopener|noreferrer|nofollow|sponsored|ugc)$/.test( token ) );
		if ( rel?.length ) out.push( `rel="${ rel.join( ' ' ) }"` );
	}
	if ( ( element.tag === 'a' || element.tag === 'abbr' ) && element.attrs.title ) out.push( `title="${ escapeAttribute( element.attrs.title ) }"` );
	return out.length ? ` ${ out.join( ' ' ) }` : '';
}

/** Serialises nodes as sanitised inline HTML: allowed tags kept, unknown ones unwrapped, dangerous ones dropped. */
export function inlineHtml( nodes: HtmlNode[] ): string {
	let out = '';
	for ( const node of nodes ) {
		if ( node.type === 'text' ) {
			out += escapeText( node.text );
		} else if ( DANGEROUS.has( node.tag ) || node.tag === 'img' ) {
			continue;
		} else if ( node.tag === 'br' ) {
			out += '<br>';
		} else if ( INLINE_ALLOWED.has( node.tag ) ) {
			const tag = node.tag === 'b' ? 'strong' : node.tag === 'i' ? 'em' : node.tag;
			out += `<${ tag }${ inlineAttributes( node ) }>${ inlineHtml( node.children ) }</${ tag }>`;
		} else {
			out += inlineHtml( node.children );
		}
	}
	return out;
}

/** Plain text of nodes (for code blocks and word counts). */
export function textContent( nodes: HtmlNode[] ): string {
	return nodes.map( ( node ) => ( node.type === 'text' ? node.text : DANGEROUS.has( node.tag ) ? '' : node.tag === 'br' ? '\n' : textContent( node.children ) ) ).join( '' );
}

export const isDangerous = ( node: HtmlNode ): boolean => node.type === 'element' && DANGEROUS.has( node.tag );

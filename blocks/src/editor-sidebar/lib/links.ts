/**
 * Inserting a chosen internal link: the first occurrence of the anchor text in a block's rich
 * text that is not already inside a link is wrapped in <a href>. Pure, so it is unit tested.
 */

/**
 * Internal dependencies
 */
import { escapeHtml } from './html';

const TOKEN = /(<[^>]*>)|([^<]+)/g;

/**
 * The HTML with the anchor linked, or null when the anchor is not found outside links.
 * Matching is exact first, then case-insensitive (the text keeps its own case).
 */
export function linkAnchor(
	html: string,
	anchor: string,
	url: string
): string | null {
	const needle = escapeHtml( anchor );
	if ( needle.trim() === '' ) {
		return null;
	}
	for ( const caseless of [ false, true ] ) {
		let inLink = 0;
		let out = '';
		let done = false;
		for ( const match of html.matchAll( TOKEN ) ) {
			const [ whole, tag, text ] = match;
			if ( tag !== undefined ) {
				if ( /^<a[\s>]/i.test( tag ) ) {
					inLink++;
				} else if ( /^<\/a\s*>/i.test( tag ) ) {
					inLink = Math.max( 0, inLink - 1 );
				}
				out += tag;
				continue;
			}
			const segment = text ?? whole;
			const found = caseless
				? segment.toLowerCase().indexOf( needle.toLowerCase() )
				: segment.indexOf( needle );
			const at = done || inLink > 0 ? -1 : found;
			if ( at === -1 ) {
				out += segment;
				continue;
			}
			out +=
				segment.slice( 0, at ) +
				`<a href="${ escapeHtml( url ).replace( /"/g, '&quot;' ) }">` +
				segment.slice( at, at + needle.length ) +
				'</a>' +
				segment.slice( at + needle.length );
			done = true;
		}
		if ( done ) {
			return out;
		}
	}
	return null;
}

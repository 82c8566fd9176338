/**
 * Plain-text fields of AI results (titles, meta, excerpts, FAQ, takeaways, alt text, captions,
 * idea and cluster names): whatever markup the model put in them is removed, not escaped, so
 * WordPress can store and print them as text.
 */
import { BLOCK_ELEMENTS } from './allowlist';
import { parseHtml, type HtmlNode } from './html';
import { bannedPattern, stripBannedWords } from './prompts';

/** Limits in characters, as search engines and the blocks show these fields. */
export const PLAIN_TEXT_LIMITS = {
	title: 200,
	meta_title: 60,
	meta_description: 160,
	excerpt: 320,
	question: 300,
	answer: 2_000,
	takeaway: 300,
	alt: 150,
	caption: 300,
	heading: 200,
	name: 200,
	description: 1_000,
	note: 300,
} as const;

export type PlainTextField = keyof typeof PLAIN_TEXT_LIMITS;

/** Controls, bidi overrides and isolates, and other invisible format characters (ZWJ stays: emoji need it). */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
/** What still reads as a tag or an entity after decoding ("&amp;lt;img …" becomes "&lt;img …", then "<img …"). */
const TAG_LIKE = /<[a-zA-Z!/?]/;
const ENTITY_LIKE = /&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[\da-fA-F]+);/;

/** Text of a field's markup, block boundaries and line breaks read as spaces. */
const fieldText = ( nodes: HtmlNode[] ): string =>
	nodes.map( ( node ) => ( node.type === 'text' ? node.text : node.tag === 'br' ? ' ' : BLOCK_ELEMENTS.has( node.tag ) ? ` ${ fieldText( node.children ) } ` : fieldText( node.children ) ) ).join( '' );

/** Cuts text to `max` characters (code points) at a word boundary, without trailing punctuation. */
export function clipWords( text: string, max: number ): string {
	const chars = [ ...text ];
	if ( chars.length <= max ) return text;
	const cut = chars.slice( 0, max ).join( '' );
	const space = cut.lastIndexOf( ' ' );
	return ( space > cut.length * 0.6 ? cut.slice( 0, space ) : cut ).replace( /[\s,;:.\-–—]+$/u, '' );
}

/**
 * A model's field as plain text: tags stripped, entities decoded, invisible characters and runs
 * of whitespace gone, the author profile's banned words removed, clipped at a word boundary.
 */
export function plainText( value: string, field: PlainTextField, banned: string[] = [] ): string {
	let text = value;
	// Decoding can reveal markup that was entity-encoded (once or twice): strip and decode again.
	for ( let pass = 0; pass < 3; pass++ ) {
		text = fieldText( parseHtml( text ) );
		if ( ! TAG_LIKE.test( text ) && ! ENTITY_LIKE.test( text ) ) break;
	}
	text = text.replace( new RegExp( TAG_LIKE.source, 'g' ), ( tag ) => tag.slice( 1 ) ).normalize( 'NFC' ).replace( INVISIBLE, '' );
	const pattern = bannedPattern( banned );
	if ( pattern ) text = stripBannedWords( text, pattern );
	text = text.replace( /\s+/gu, ' ' ).trim();
	return clipWords( text, PLAIN_TEXT_LIMITS[ field ] );
}

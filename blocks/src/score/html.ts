/**
 * A tiny, tolerant HTML reader for the score: it never builds a DOM (the score also runs in
 * workerd), it only pulls out text, links, images and headings with regular expressions.
 * Broken markup degrades to "less found", never to an exception.
 */

/** A link found in a block. */
export interface FoundLink {
	href: string;
}

/** An image found in a block. */
export interface FoundImage {
	hasAlt: boolean;
}

/** A heading found in a block (level 1..6). */
export interface FoundHeading {
	level: number;
	text: string;
}

const NAMED_ENTITIES: Record< string, string > = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	rsquo: '’',
	lsquo: '‘',
	rdquo: '”',
	ldquo: '“',
};

const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
/** Tags after which text starts a new line (and so a new sentence for readability). */
const BLOCK_BREAK =
	/<\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|figure|figcaption|table|tr|td|th|pre|section|details|summary|dt|dd)\b[^>]*>|<br\s*\/?>/gi;
const TAG = /<[^>]*>/g;
const ANCHOR = /<a\b([^>]*)>/gi;
const IMG = /<img\b([^>]*)>/gi;
const HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;
const PARAGRAPH = /<p\b[^>]*>([\s\S]*?)<\/p\s*>/i;

/**
 * Decodes the entities editors and WordPress actually produce.
 */
export function decodeEntities( text: string ): string {
	if ( text.indexOf( '&' ) === -1 ) {
		return text;
	}
	return text.replace( ENTITY, ( whole, body: string ) => {
		if ( body[ 0 ] === '#' ) {
			const code =
				body[ 1 ] === 'x' || body[ 1 ] === 'X'
					? parseInt( body.slice( 2 ), 16 )
					: parseInt( body.slice( 1 ), 10 );
			return Number.isFinite( code ) && code > 0 && code <= 0x10ffff
				? String.fromCodePoint( code )
				: whole;
		}
		return NAMED_ENTITIES[ body.toLowerCase() ] ?? whole;
	} );
}

/**
 * The visible text of an HTML fragment; block-level boundaries become newlines.
 */
export function htmlToText( html: string ): string {
	if ( html.indexOf( '<' ) === -1 ) {
		return decodeEntities( html );
	}
	return decodeEntities(
		html
			.replace( COMMENT, '' )
			.replace( SCRIPT_OR_STYLE, '' )
			.replace( BLOCK_BREAK, '\n' )
			.replace( TAG, '' )
	);
}

/**
 * Reads one attribute from a tag's attribute string (quoted or bare).
 */
export function readAttribute(
	attributes: string,
	name: string
): string | null {
	const match = new RegExp(
		`(?:^|\\s)${ name }\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`,
		'i'
	).exec( attributes );
	if ( ! match ) {
		return null;
	}
	return decodeEntities( match[ 1 ] ?? match[ 2 ] ?? match[ 3 ] ?? '' );
}

/**
 * Every `<a href>` in the fragment.
 */
export function findLinks( html: string ): FoundLink[] {
	if ( html.indexOf( '<a' ) === -1 && html.indexOf( '<A' ) === -1 ) {
		return [];
	}
	const links: FoundLink[] = [];
	for ( const match of html.matchAll( ANCHOR ) ) {
		const href = readAttribute( match[ 1 ] ?? '', 'href' );
		if ( href !== null && href.trim() !== '' ) {
			links.push( { href: href.trim() } );
		}
	}
	return links;
}

/**
 * Every `<img>` in the fragment, with whether it carries non-empty alt text.
 */
export function findImages( html: string ): FoundImage[] {
	if ( ! /<img\b/i.test( html ) ) {
		return [];
	}
	const images: FoundImage[] = [];
	for ( const match of html.matchAll( IMG ) ) {
		const alt = readAttribute( match[ 1 ] ?? '', 'alt' );
		images.push( { hasAlt: alt !== null && alt.trim() !== '' } );
	}
	return images;
}

/**
 * Every `<h1>`..`<h6>` in the fragment, with its text.
 */
export function findHeadings( html: string ): FoundHeading[] {
	if ( ! /<h[1-6]\b/i.test( html ) ) {
		return [];
	}
	const headings: FoundHeading[] = [];
	for ( const match of html.matchAll( HEADING ) ) {
		headings.push( {
			level: Number( match[ 1 ] ),
			text: htmlToText( match[ 2 ] ?? '' ).trim(),
		} );
	}
	return headings;
}

/**
 * The text of the first `<p>` in the fragment, or null.
 */
export function firstParagraphText( html: string ): string | null {
	const match = PARAGRAPH.exec( html );
	return match ? htmlToText( match[ 1 ] ?? '' ) : null;
}

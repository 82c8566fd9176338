/**
 * Segments: the text of one element of a WordPress block (a paragraph, a heading, a list item, an FAQ
 * answer…) that the plugin sends on its own, so a model rewrites text and never sees or rebuilds the
 * blocks around it. A segment holds inline HTML only; anything else in a model's rewrite is refused.
 */
import { parseFragment, defaultTreeAdapter, html as spec, type DefaultTreeAdapterTypes } from 'parse5';
import { INLINE_ELEMENTS, RENAMED } from './allowlist';
import { parseArticle } from './article';
import { inlineHtml, textContent } from './html';

/** What each segment is, as the plugin names it (Actions/Optimize_Content/Segments.php). */
export const SEGMENT_KINDS = [ 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'summary', 'faq_heading', 'faq_question', 'faq_answer', 'takeaways_heading', 'takeaway' ] as const;

/** Segment ids: s1, s2… in reading order. */
export const SEGMENT_ID = /^s[1-9]\d{0,4}$/;

const context = defaultTreeAdapter.createElement( 'p', spec.NS.HTML, [] );

/** The elements of model HTML that a segment may not hold (block markup, media, scripts, foreign content), by name. */
export function nonInlineElements( html: string ): string[] {
	const found = new Set<string>();
	const stack: DefaultTreeAdapterTypes.ChildNode[] = [ ...parseFragment( context, html, {} ).childNodes ];
	while ( stack.length ) {
		const node = stack.pop()!;
		if ( node.nodeName === '#comment' ) found.add( '!--' );
		if ( ! ( 'tagName' in node ) ) continue;
		const allowed = node.namespaceURI === spec.NS.HTML && ( INLINE_ELEMENTS.has( node.tagName ) || node.tagName in RENAMED );
		if ( ! allowed ) found.add( node.tagName );
		stack.push( ...node.childNodes );
	}
	return [ ...found ];
}

/** A rewrite as it may reach WordPress: through the allowlist, inline only, banned words removed, no images. */
export function cleanSegment( html: string, banned: string[] = [] ): string {
	return inlineHtml( parseArticle( html, { banned } ) ).replace( /\s+/g, ' ' ).trim();
}

/** Whether inline HTML shows any text. */
export const hasText = ( html: string ): boolean => textContent( parseArticle( html ) ).replace( /[\s\u00a0]+/g, '' ) !== '';

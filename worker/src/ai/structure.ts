/**
 * A task's content structure and outline, as generate_content asks for them and checks them: the
 * structure becomes one instruction line, the outline a list of headings the reply must contain,
 * at the same level and in the same order (checked on the parsed reply, so a model that drops or
 * reorders the editor's outline is asked once more instead of silently ignoring it).
 */
import type { ContentStructure } from '../contracts/jobs';
import { parseArticle } from './article';
import { textContent, type HtmlNode } from './html';

export interface OutlineItem {
	heading: string;
	level: 2 | 3;
}

const GUIDANCE: Record<ContentStructure, string> = {
	article: 'a standard article: an introduction, topical <h2> sections, a conclusion',
	how_to: 'a how-to: what is needed first, then numbered steps (an <ol>) under <h2> step headings, then troubleshooting',
	listicle: 'a list article: a short introduction, then one <h2> per list item, each with a concrete example',
	guide: 'an in-depth guide: definitions first, then <h2> sections from basics to advanced, each with an example',
	comparison: 'a comparison: the options side by side in a <table>, then one <h2> per criterion and a clear recommendation',
	review: 'a review: what was tested and how, strengths, weaknesses, who it suits, and a verdict',
	pillar: 'a pillar page for a topic cluster: a broad overview with one <h2> per subtopic, each summarising what a dedicated article would cover',
};

/** The instruction line for a structure (none for the default article). */
export function structureLines( structure: ContentStructure | undefined ): string[] {
	return structure && structure !== 'article' ? [ `Structure: ${ GUIDANCE[ structure ] }.` ] : [];
}

/** How an article may link: the site's Linker suggests internal links later, or the article has none. */
export const INTERNAL_LINK_POLICIES = [ 'linker', 'none' ] as const;

/** The writing strategy's choices as request lines: an FAQ unless switched off, key takeaways when on. */
export function strategyLines( input: { faq?: boolean; takeaways?: boolean; internal_links?: ( typeof INTERNAL_LINK_POLICIES )[ number ] } ): string[] {
	return [
		input.faq === false
			? 'FAQ: no. Do not add a questions section.'
			: 'FAQ: yes. End with a "Frequently asked questions" <h2> section with <h3> questions and <p> answers.',
		...( input.takeaways ? [ 'Key takeaways: yes. Right after the introduction, add a "Key takeaways" <h2> and a <ul> of 3 to 5 one-sentence points.' ] : [] ),
		// The Linker's policy adds no line: the request stays as it was before strategies.
		...( input.internal_links === 'none' ? [ 'Internal links: none. Do not add any <a> links.' ] : [] ),
	];
}

/** The outline as lines the model follows: "## " for an <h2>, "### " for an <h3>. */
export function outlineLines( outline: OutlineItem[] | undefined ): string[] {
	if ( ! outline?.length ) return [];
	return [
		'Outline: use these headings word for word, in this order (## is an <h2>, ### an <h3>); add paragraphs, lists and the FAQ around them.',
		...outline.map( ( item ) => `${ item.level === 3 ? '###' : '##' } ${ item.heading.replace( /\s+/g, ' ' ) }` ),
	];
}

const normalise = ( text: string ): string => text.replace( /\s+/g, ' ' ).trim().toLowerCase();

function headingsOf( nodes: HtmlNode[], found: Array<{ level: number; text: string }> = [] ): Array<{ level: number; text: string }> {
	for ( const node of nodes ) {
		if ( node.type !== 'element' ) continue;
		if ( node.tag === 'h2' || node.tag === 'h3' ) found.push( { level: node.tag === 'h2' ? 2 : 3, text: normalise( textContent( node.children ) ) } );
		else headingsOf( node.children, found );
	}
	return found;
}

/** Null when every outline heading is in the reply at its level and in order; else what is missing. */
export function outlineProblem( contentHtml: string, outline: OutlineItem[] | undefined ): string | null {
	if ( ! outline?.length ) return null;
	const headings = headingsOf( parseArticle( contentHtml ) );
	let from = 0;
	for ( const item of outline ) {
		const wanted = normalise( item.heading );
		const at = headings.findIndex( ( heading, index ) => index >= from && heading.level === item.level && heading.text === wanted );
		if ( at === -1 ) return `the outline's ${ item.level === 3 ? 'h3' : 'h2' } "${ item.heading }" is missing or out of order; use every outline heading word for word, in order`;
		from = at + 1;
	}
	return null;
}

/**
 * One pass over the post's blocks that gathers everything the checks need, so each block's
 * HTML is read once (the 5,000-word budget is 20 ms in the browser, as the editor types).
 */

/**
 * Internal dependencies
 */
import {
	findHeadings,
	findImages,
	findLinks,
	firstParagraphText,
	htmlToText,
	type FoundHeading,
} from './html.ts';
import {
	countAnySequence,
	countSentences,
	syllables,
	tokenize,
} from './text.ts';
import type { ScoreBlock } from './types.ts';

/** What one block contributes. */
export interface BlockFacts {
	id: string;
	name: string;
	words: number;
	sentences: number;
	syllables: number;
	keywordHits: number;
	headings: FoundHeading[];
	internalLinks: number;
	externalLinks: number;
	images: number;
	imagesWithoutAlt: number;
	/** Counted for readability (prose: not headings, code or tables). */
	isProse: boolean;
}

/** The whole post. */
export interface PostFacts {
	blocks: BlockFacts[];
	words: number;
	sentences: number;
	syllables: number;
	keywordHits: number;
	internalLinks: number;
	externalLinks: number;
	images: number;
	imagesWithoutAlt: number;
	/** Tokens of the first paragraph and the block it sits in, when there is one. */
	firstParagraph: { words: string[]; blockId: string } | null;
}

const NOT_PROSE = new Set( [
	'core/heading',
	'core/code',
	'core/preformatted',
	'core/table',
	'core/html',
	'core/shortcode',
] );

/**
 * Whether a link points inside the site: relative URLs and the site's own host (www. or not).
 * Fragments, mailto: and tel: are neither internal nor external.
 */
export function classifyLink(
	href: string,
	siteHost: string
): 'internal' | 'external' | 'other' {
	if (
		href.startsWith( '#' ) ||
		/^(?:mailto|tel|javascript|data):/i.test( href )
	) {
		return 'other';
	}
	const absolute = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec( href );
	if ( ! absolute ) {
		return /^[a-z][a-z0-9+.-]*:/i.test( href ) ? 'other' : 'internal';
	}
	const host = stripWww( ( absolute[ 1 ] ?? '' ).toLowerCase() );
	return siteHost !== '' && host === stripWww( siteHost.toLowerCase() )
		? 'internal'
		: 'external';
}

function stripWww( host: string ): string {
	return host.startsWith( 'www.' ) ? host.slice( 4 ) : host;
}

/**
 * Reads every block once.
 */
export function analysePost(
	blocks: ScoreBlock[],
	keywords: string[][],
	siteHost: string
): PostFacts {
	const facts: PostFacts = {
		blocks: [],
		words: 0,
		sentences: 0,
		syllables: 0,
		keywordHits: 0,
		internalLinks: 0,
		externalLinks: 0,
		images: 0,
		imagesWithoutAlt: 0,
		firstParagraph: null,
	};
	for ( const block of blocks ) {
		const text = htmlToText( block.html );
		const tokens = tokenize( text );
		let blockSyllables = 0;
		for ( const token of tokens ) {
			blockSyllables += syllables( token );
		}
		const headings = findHeadings( block.html );
		let internalLinks = 0;
		let externalLinks = 0;
		for ( const link of findLinks( block.html ) ) {
			const kind = classifyLink( link.href, siteHost );
			if ( kind === 'internal' ) {
				internalLinks++;
			} else if ( kind === 'external' ) {
				externalLinks++;
			}
		}
		const images = findImages( block.html );
		const blockFacts: BlockFacts = {
			id: block.id,
			name: block.name,
			words: tokens.length,
			sentences: tokens.length > 0 ? countSentences( text ) : 0,
			syllables: blockSyllables,
			keywordHits: countAnySequence( tokens, keywords ),
			headings,
			internalLinks,
			externalLinks,
			images: images.length,
			imagesWithoutAlt: images.filter( ( image ) => ! image.hasAlt )
				.length,
			isProse: ! NOT_PROSE.has( block.name ) && headings.length === 0,
		};
		facts.blocks.push( blockFacts );
		facts.words += blockFacts.words;
		facts.keywordHits += blockFacts.keywordHits;
		facts.internalLinks += internalLinks;
		facts.externalLinks += externalLinks;
		facts.images += blockFacts.images;
		facts.imagesWithoutAlt += blockFacts.imagesWithoutAlt;
		if ( blockFacts.isProse ) {
			facts.sentences += blockFacts.sentences;
			facts.syllables += blockSyllables;
		}
		if ( facts.firstParagraph === null ) {
			const paragraph =
				block.name === 'core/paragraph'
					? text
					: firstParagraphText( block.html );
			if ( paragraph !== null && paragraph.trim() !== '' ) {
				facts.firstParagraph = {
					words: tokenize( paragraph ),
					blockId: block.id,
				};
			}
		}
	}
	return facts;
}

/**
 * Words counted for readability (prose blocks only).
 */
export function proseWords( facts: PostFacts ): number {
	let words = 0;
	for ( const block of facts.blocks ) {
		if ( block.isProse ) {
			words += block.words;
		}
	}
	return words;
}

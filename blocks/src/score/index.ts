/**
 * The optimisation score: one implementation for the editor sidebar (live in the browser),
 * the Optimizer screen and the Worker's /api/v1/ai/score. Pure TypeScript (see types.ts).
 */

/**
 * Internal dependencies
 */
import { analysePost, proseWords, type PostFacts } from './analyse.ts';
import {
	externalLinksCheck,
	headingStructureCheck,
	imageAltCheck,
	internalLinksCheck,
	lengthCheck,
	readabilityCheck,
} from './content-checks.ts';
import { keywordChecks, keywordDensity } from './keyword-checks.ts';
import { metaChecks } from './meta-checks.ts';
import { countSequence, tokenize } from './text.ts';
import type { FeaturedImage, ScorePost } from './types.ts';

export { blocksFromPostContent } from './post-content.ts';
export { WEIGHTS } from './check.ts';
export type * from './types.ts';

/**
 * Whether a text (a title, a slug) holds the keyword as the score's title and slug checks read
 * it: whole words in order, case and accents ignored. The Worker uses it so a generated article
 * passes those checks.
 */
export function hasKeyword( text: string, keyword: string ): boolean {
	const words = tokenize( keyword );
	return words.length > 0 && countSequence( tokenize( text ), words ) > 0;
}

/**
 * Scores a post 0..100 with one check per CheckId, in a stable order.
 */
export const scorePost: ScorePost = ( input ) => {
	const keyword = keywordPhrases( input.keyword, input.keywords ?? [] );
	const facts = withFeaturedImage(
		analysePost( input.blocks, keyword, input.siteHost ),
		input.featuredImage ?? null
	);
	const readability = readabilityCheck( facts );
	const checks = [
		...keywordChecks( keyword, input.title, input.slug, facts ),
		lengthCheck( facts, input.targetWords ),
		headingStructureCheck( facts ),
		readability.check,
		internalLinksCheck( facts ),
		externalLinksCheck( facts ),
		imageAltCheck( facts ),
		...metaChecks( input.metaTitle, input.metaDescription ),
	];
	const total = checks.reduce( ( sum, item ) => sum + item.points, 0 );
	return {
		score: Math.max( 0, Math.min( 100, Math.round( total ) ) ),
		checks,
		stats: {
			words: facts.words,
			sentences: facts.sentences,
			fleschReadingEase: proseWords( facts ) > 0 ? readability.ease : 0,
			keywordDensity: keywordDensity( facts ),
			internalLinks: facts.internalLinks,
			externalLinks: facts.externalLinks,
			images: facts.images,
			imagesWithoutAlt: facts.imagesWithoutAlt,
		},
	};
};

/**
 * The target keyword and the further phrases (a product's attribute terms), tokenized, empty and
 * repeated ones dropped; the target keyword first.
 */
function keywordPhrases( keyword: string, more: string[] ): string[][] {
	const seen = new Set< string >();
	const phrases: string[][] = [];
	for ( const text of [ keyword, ...more ] ) {
		const words = tokenize( text );
		const key = words.join( ' ' );
		if ( words.length > 0 && ! seen.has( key ) ) {
			seen.add( key );
			phrases.push( words );
		}
	}
	return phrases;
}

/**
 * The featured image is one of the post's images (readers and search engines see it), so the
 * editor, the stored score and the Optimizer count it alike.
 */
function withFeaturedImage(
	facts: PostFacts,
	image: FeaturedImage | null
): PostFacts {
	if ( image === null ) {
		return facts;
	}
	return {
		...facts,
		images: facts.images + 1,
		imagesWithoutAlt:
			facts.imagesWithoutAlt + ( image.alt.trim() === '' ? 1 : 0 ),
	};
}

/**
 * The optimisation score model's contract: one implementation (this directory) used by the
 * editor sidebar (live, in the browser), the Optimizer screen (admin-ui) and the Worker's
 * POST /api/v1/ai/score (which PHP calls for stored scores and the Automation quality gate).
 * Pure TypeScript: no WordPress globals, no DOM, so it runs in workerd too.
 */

/** One top-level block of the post, in document order. */
export interface ScoreBlock {
	/** The editor's clientId in the sidebar; the block's index ("0", "1", …) elsewhere. */
	id: string;
	/** Block name, e.g. "core/paragraph", "core/heading" (level read from the html). */
	name: string;
	/** The block's rendered/saved HTML (inner blocks included). */
	html: string;
}

export interface ScoreInput {
	title: string;
	slug: string;
	blocks: ScoreBlock[];
	/** The post's target keyword (post meta `_igny8_target_keyword`); '' when none is set. */
	keyword: string;
	/**
	 * Further phrases that count as the target keyword does (a product's attribute terms:
	 * what shoppers search for); absent or empty for an article.
	 */
	keywords?: string[];
	metaTitle: string;
	metaDescription: string;
	/** Target length in words (the writer task's word count); null when unknown. */
	targetWords: number | null;
	/** The site's host (e.g. "example.com"): links to it are internal. */
	siteHost: string;
	/**
	 * The post's featured image (its alt text, '' when it has none); null or absent when the
	 * post has no featured image. It counts as one of the post's images, on every side.
	 */
	featuredImage?: FeaturedImage | null;
}

/** What the score reads of a featured image. */
export interface FeaturedImage {
	alt: string;
}

export type CheckStatus = 'good' | 'improve' | 'problem';

export type CheckId =
	| 'keyword_in_title'
	| 'keyword_in_first_paragraph'
	| 'keyword_in_headings'
	| 'keyword_in_slug'
	| 'keyword_density'
	| 'length'
	| 'heading_structure'
	| 'readability'
	| 'internal_links'
	| 'external_links'
	| 'image_alt'
	| 'meta_title_length'
	| 'meta_description_length';

export interface ScoreCheck {
	id: CheckId;
	status: CheckStatus;
	/** Share of the 100 points this check carries. */
	weight: number;
	/** Points earned, 0..weight. */
	points: number;
	/** What was found and, unless good, what to fix (translatable, English by default). */
	message: string;
	/** The block concerned, when one is (clicking the check selects it). */
	blockId?: string;
}

export interface ScoreStats {
	words: number;
	sentences: number;
	fleschReadingEase: number;
	/** Keyword occurrences per 100 words. */
	keywordDensity: number;
	internalLinks: number;
	externalLinks: number;
	images: number;
	imagesWithoutAlt: number;
}

export interface ScoreResult {
	/** 0..100, the sum of the checks' points. */
	score: number;
	checks: ScoreCheck[];
	stats: ScoreStats;
}

/** Signature of the entry point exported by blocks/src/score/index.ts. */
export type ScorePost = ( input: ScoreInput ) => ScoreResult;

/** Signature of the helper that turns saved post_content into top-level ScoreBlocks. */
export type BlocksFromPostContent = ( content: string ) => ScoreBlock[];

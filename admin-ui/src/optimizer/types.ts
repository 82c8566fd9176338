/**
 * Shapes of the igny8/v1/optimizer routes.
 */
import type { Item } from '../shared/store/types';

export interface OptimizerState {
	settingsUrl: string | null;
	connected: boolean;
}

export interface Issue {
	id: string;
	status: 'problem' | 'improve';
	message: string;
}

/** A post as GET optimizer/posts lists it (the store's `optimizer_posts` collection). */
export interface ScoredPost extends Item {
	id: number;
	title: string;
	status: string;
	score: number | null;
	issues: Issue[];
	stale: boolean;
	scored_at: string;
	keyword: string;
	optimized: number | null;
	edit_url: string;
	modified: string;
}

export interface RevisionInfo {
	post_id: number;
	optimized_revision_id: number | null;
	changes: string[];
	compare_url: string | null;
	/** Why the last optimised version was not saved (it would have broken the post's blocks); null when it was. */
	refused: string | null;
	/** The latest optimisation's meta suggestion; null when there is none. */
	suggested_meta: SeoMeta | null;
	current_meta: SeoMeta;
	/** The SEO plugin whose fields get the meta too: 'yoast', 'rank_math' or ''. */
	seo_plugin: string;
	revisions: Array< {
		id: number;
		date_gmt: string;
		author: string;
		optimized: boolean;
		compare_url: string;
	} >;
}

export interface SeoMeta {
	meta_title: string;
	meta_description: string;
}

/** POST optimizer/posts/{id}/apply-meta answer. */
export interface AppliedMeta extends SeoMeta {
	entry: { id: string };
	seo_plugin: string;
}

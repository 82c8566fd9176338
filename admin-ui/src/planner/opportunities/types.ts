/**
 * Shapes of the igny8/v1/planner/opportunities routes.
 */
import type { TableItem } from '../../shared/store/types';

/** The two ranked keyword lists. */
export type OpportunityKind = 'unclustered' | 'uncovered';

/** A keyword as GET opportunities/keywords lists it. */
export interface OpportunityKeyword extends TableItem {
	keyword: string;
	search_volume: number;
	difficulty: number;
	intent: string | null;
	status: string;
	sector_id: number | null;
	cluster_id: number | null;
	cluster_name: string | null;
}

/** A striking-distance query as GET opportunities/queries lists it. */
export interface SearchQuery extends TableItem {
	query: string;
	page_url: string;
	clicks: number;
	impressions: number;
	/** Click-through rate in percent. */
	ctr: number;
	position: number;
	/** The site's post at page_url, when it is one. */
	post_id: number | null;
	post_title: string | null;
	/** The Optimizer opened on the post, for a user who may edit it. */
	optimize_url: string | null;
	edit_url: string | null;
	imported_at: string;
}

/** POST opportunities/queries/import answer. */
export interface SearchConsoleReport {
	imported: number;
	matched: number;
	failed: number;
	errors: Array< { line: number; reason: string } >;
}

/**
 * Types of the igny8/core store.
 */

export type CollectionName =
	| 'keywords'
	| 'clusters'
	| 'ideas'
	| 'tasks'
	| 'content'
	| 'images'
	| 'sectors'
	| 'optimizer_posts'
	| 'linker_posts'
	| 'linker_applied'
	| 'automation_rules'
	| 'automation_runs'
	| 'credit_transactions'
	| 'author_profiles'
	| 'cluster_posts'
	| 'categories'
	| 'opportunity_keywords'
	| 'search_queries'
	| 'strategies';

export interface CollectionConfig {
	/**
	 * REST path of the list, e.g. /igny8/v1/planner/keywords. A `{arg}` segment is filled
	 * from the query's `arg` (e.g. /planner/clusters/{cluster_id}/posts); only read-only
	 * collections use one, since item routes hang off the plain path.
	 */
	path: string;
	/** No create/update/delete through the store. */
	readOnly?: boolean;
	/** The field that identifies an item when the route does not call it `id` (copied to `id`). */
	idField?: string;
}

/** Query args of a list route: page, per_page, search, orderby, order and equality filters. */
export type Query = Record<
	string,
	string | number | boolean | null | undefined
>;

/**
 * What identifies an item: the plugin's tables count from 1; cloud ledger entries and
 * option-stored records (author profiles) have string ids.
 */
export type ItemId = number | string;

/** Every item the REST API returns has an id. */
export interface Item {
	id: ItemId;
	[ field: string ]: unknown;
}

/** An item of one of the plugin's own tables (numeric ids). */
export interface TableItem extends Item {
	id: number;
}

export interface Keyword extends TableItem {
	keyword: string;
	search_volume: number | null;
	difficulty: number | null;
	intent: string | null;
	status: 'active' | 'inactive' | 'used';
	source: string;
	sector_id: number | null;
	cluster_id: number | null;
	created_at: string;
	updated_at: string;
}

export interface Cluster extends TableItem {
	name: string;
	description: string;
	status: 'active' | 'archived';
	sector_id: number | null;
	keywords_count?: number;
	volume?: number;
	created_at: string;
}

export interface Idea extends TableItem {
	cluster_id: number | null;
	title: string;
	description: string;
	suggested_keywords: string[];
	outline: Array< { heading: string; level: 2 | 3 } >;
	content_type: 'post' | 'page';
	status: 'draft' | 'approved' | 'in_progress' | 'completed';
	task_id: number | null;
	created_at: string;
}

/** A writing strategy (/igny8/v1/strategies): the choices every article of its tasks is written with. */
export interface Strategy extends TableItem {
	name: string;
	is_default: boolean;
	target_words: number | null;
	content_structure: string;
	author_profile: string;
	image_count: number;
	faq: boolean;
	takeaways: boolean;
	link_policy: 'linker' | 'none';
	usage: { tasks: number; rules: number };
}

export interface Task extends TableItem {
	title: string;
	brief: string;
	keywords: string[];
	content_type: string;
	status: 'queued' | 'in_progress' | 'completed' | 'failed';
	assigned_post_id: number | null;
	post_url: string | null;
	job_id: string | null;
	error: string | null;
	cluster_id: number | null;
	strategy_id?: number | null;
	idea_id: number | null;
	content_structure: string;
	/** Target length in words; null for the cluster's, else the default. */
	target_words: number | null;
	taxonomy_term_id: number | null;
	created_at: string;
	updated_at: string;
}

export interface Category extends TableItem {
	name: string;
	parent: number;
}

export interface Sector extends TableItem {
	name: string;
	slug: string;
	status: 'active' | 'inactive';
}

/** One page of a list, as the REST API answered it. */
export interface QueryResult {
	ids: ItemId[];
	total: number;
	totalPages: number;
}

export interface CollectionState {
	/** Items by id, shared by every query of the collection. */
	items: Record< ItemId, Item >;
	/** Pages by query key (see queryKey()). */
	queries: Record< string, QueryResult >;
	/** The last failure of a query, by query key. */
	errors: Record< string, unknown >;
	/** Bumped on invalidate: hooks re-read when it changes. */
	version: number;
}

export type State = Record< CollectionName, CollectionState >;

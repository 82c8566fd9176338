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
	| 'categories';

export interface CollectionConfig {
	/** REST path of the list, e.g. /igny8/v1/planner/keywords. */
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

/** Every item the REST API returns has a numeric id. */
export interface Item {
	id: number;
	[ field: string ]: unknown;
}

export interface Keyword extends Item {
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

export interface Cluster extends Item {
	name: string;
	description: string;
	status: 'active' | 'archived';
	sector_id: number | null;
	keywords_count?: number;
	volume?: number;
	created_at: string;
}

export interface Idea extends Item {
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

export interface Task extends Item {
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
	idea_id: number | null;
	content_structure: string;
	taxonomy_term_id: number | null;
	created_at: string;
	updated_at: string;
}

export interface Category extends Item {
	name: string;
	parent: number;
}

export interface Sector extends Item {
	name: string;
	slug: string;
	status: 'active' | 'inactive';
}

/** One page of a list, as the REST API answered it. */
export interface QueryResult {
	ids: number[];
	total: number;
	totalPages: number;
}

export interface CollectionState {
	/** Items by id, shared by every query of the collection. */
	items: Record< number, Item >;
	/** Pages by query key (see queryKey()). */
	queries: Record< string, QueryResult >;
	/** The last failure of a query, by query key. */
	errors: Record< string, unknown >;
	/** Bumped on invalidate: hooks re-read when it changes. */
	version: number;
}

export type State = Record< CollectionName, CollectionState >;

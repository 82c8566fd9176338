/**
 * Internal dependencies
 */
import type { CollectionConfig, CollectionName } from './types';

/** Name of the plugin's data store (`select( 'igny8/core' )`). */
export const STORE_NAME = 'igny8/core';

/**
 * Where each collection lives in the igny8/v1 REST API.
 *
 * `path` lists (X-WP-Total / X-WP-TotalPages headers) and creates; `path/{id}`
 * updates and deletes. `readOnly` collections (WordPress posts and media the
 * plugin manages) have no item routes of their own here.
 */
export const COLLECTIONS: Record< CollectionName, CollectionConfig > = {
	keywords: { path: '/igny8/v1/planner/keywords' },
	clusters: { path: '/igny8/v1/planner/clusters' },
	ideas: { path: '/igny8/v1/planner/ideas' },
	tasks: { path: '/igny8/v1/writer/tasks' },
	content: { path: '/igny8/v1/writer/content', readOnly: true },
	images: { path: '/igny8/v1/writer/images', readOnly: true },
	sectors: { path: '/igny8/v1/planner/sectors' },
	// Posts with their stored optimisation score and top issues (args: scored=scored|unscored).
	optimizer_posts: { path: '/igny8/v1/optimizer/posts', readOnly: true },
	// Published posts with their link counts (args: orphans), and the links the Linker added.
	linker_posts: {
		path: '/igny8/v1/linker/posts',
		readOnly: true,
		idField: 'post_id',
	},
	linker_applied: {
		path: '/igny8/v1/linker/applied',
		readOnly: true,
		idField: 'revision_id',
	},
	automation_rules: { path: '/igny8/v1/automation/rules' },
	// A rule's runs, newest first (args: rule_id; steps=true brings each run's steps).
	automation_runs: { path: '/igny8/v1/automation/runs', readOnly: true },
	// The site's credit ledger, read from the cloud (args: kind); string ids.
	credit_transactions: {
		path: '/igny8/v1/billing/transactions',
		readOnly: true,
	},
	// Author profiles (one WordPress option, so one page); string ids [a-z0-9_-].
	author_profiles: { path: '/igny8/v1/system/author-profiles' },
	// The posts written for one cluster with their links within it (arg: cluster_id).
	cluster_posts: {
		path: '/igny8/v1/planner/clusters/{cluster_id}/posts',
		readOnly: true,
	},
	// The site's post categories (a task's category), from core's REST API.
	categories: { path: '/wp/v2/categories', readOnly: true },
	// Keywords worth acting on, ranked (args: kind=unclustered|uncovered, min_volume, max_difficulty).
	opportunity_keywords: {
		path: '/igny8/v1/planner/opportunities/keywords',
		readOnly: true,
	},
	// Imported Search Console queries in striking distance (position 8–20), most impressions first.
	// Writing strategies; one is the default (PATCH is_default moves it).
	strategies: { path: '/igny8/v1/strategies' },
	search_queries: {
		path: '/igny8/v1/planner/opportunities/queries',
		readOnly: true,
	},
};

export const COLLECTION_NAMES = Object.keys( COLLECTIONS ) as CollectionName[];

/** Largest page the REST API serves (list_args maximum). */
export const MAX_PER_PAGE = 100;

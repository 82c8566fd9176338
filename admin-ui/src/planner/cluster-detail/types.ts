/**
 * Types of the cluster detail page (Cluster_Detail_Controller).
 */
import type { Cluster, TableItem } from '../../shared/store/types';

/** Counts of a planner table's rows of the cluster, by status. */
export interface StatusCounts {
	total: number;
	by_status: Record< string, number >;
}

/** GET /planner/clusters/{id}/detail. */
export interface ClusterDetailData {
	cluster: Cluster;
	keywords: {
		count: number;
		volume: number;
		difficulty_avg: number | null;
		difficulty_min: number | null;
		difficulty_max: number | null;
	};
	ideas: StatusCounts;
	tasks: StatusCounts;
	/** Posts written for the cluster (not trashed). */
	posts: number;
	links: {
		/** The cluster's published posts (in the link graph). */
		published: number;
		/** Distinct source → target links between them. */
		links: number;
		/** Published posts another post of the cluster links to. */
		linked: number;
		/** Links possible between them (n × (n − 1)). */
		possible: number;
	};
}

/** One row of GET /planner/clusters/{id}/posts (the store's `cluster_posts`). */
export interface ClusterPost extends TableItem {
	task_id: number;
	title: string;
	status: string;
	published: boolean;
	links_in: number;
	links_out: number;
	edit_url: string | null;
	view_url: string;
}

/**
 * Shapes of the igny8/v1/linker routes.
 */
import type { Item } from '../shared/store/types';

export interface LinkerState {
	settingsUrl: string | null;
}

export interface GraphSummary {
	posts: number;
	links: number;
	orphans: number;
	unlinked_clusters: Array< {
		cluster_id: number;
		posts: number;
		name: string;
	} >;
	rebuild: {
		cursor?: number;
		processed?: number;
		started_at?: string;
		finished_at?: string | null;
	};
}

/** A post of GET linker/posts (the store's `linker_posts`; `id` is the store's copy of post_id). */
export interface GraphPost extends Item {
	post_id: number;
	cluster_id: number | null;
	keyword: string;
	in: number;
	out: number;
	title: string;
	url: string;
	edit_url: string;
}

export interface Suggestion {
	target_post_id: number;
	title: string;
	url: string;
	anchor: string;
	reason: 'cluster' | 'keywords';
	score: number;
}

export interface PreviewLink {
	target_post_id: number;
	anchor: string;
	url: string;
	found: boolean;
	context: string;
}

/** An application of GET linker/applied (the store's `linker_applied`; `id` = revision_id). */
export interface Applied extends Item {
	post_id: number;
	title: string;
	edit_url: string;
	revision_id: number;
	links: Array< { target_post_id: number; anchor: string; url: string } >;
	applied_at: string;
	can_revert: boolean;
}

export interface RebuildStep {
	cursor: number;
	processed: number;
	batch: number;
	done: boolean;
}

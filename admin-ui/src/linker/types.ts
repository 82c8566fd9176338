/**
 * Shapes of the igny8/v1/linker routes.
 */
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

export interface GraphPost {
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

export interface Applied {
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

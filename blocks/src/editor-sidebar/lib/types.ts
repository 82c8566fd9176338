/** Actions an editor token is minted for. */
export type EditorScope = 'rewrite' | 'meta' | 'faq' | 'takeaways';

/** GET /igny8/v1/editor/context. */
export interface PostContext {
	post_id: number;
	task: { id: number; title: string; status: string } | null;
	cluster: { id: number; name: string } | null;
	idea: { id: number; title: string } | null;
	keywords: string[];
	target_keyword: string;
	/** The plan's default target length in words (the post's own is its meta); null outside the plan. */
	target_words: number | null;
	credits: number | null;
	connected: boolean;
	site_host: string;
	language: string;
}

/** What the Worker returns about a charged action. */
export interface CloudProvenance {
	job_id: string;
	function: string;
	model: string;
	prompt_version: string;
	credits_charged: number;
	balance: number;
}

/** An entry as the sidebar records it. */
export interface Provenance {
	function:
		| 'rewrite'
		| 'generate_meta'
		| 'generate_faq'
		| 'generate_images'
		| 'insert_links'
		| 'fill_takeaways';
	model?: string;
	prompt_version?: string;
	credits?: number;
	job_id?: string;
	summary?: string;
	kind: 'content' | 'meta';
	before_content?: string;
	/** The content right after the change: the server keeps the blocks it changed, for Undo. */
	after_content?: string;
	before_meta?: Record< string, string >;
}

/** An entry as stored and listed. */
export interface ProvenanceEntry {
	id: string;
	function: string;
	model: string;
	prompt_version: string;
	credits: number;
	job_id: string;
	summary: string;
	kind: 'content' | 'meta';
	user_id: number;
	user_name: string;
	applied_at: string;
	undone_at: string | null;
	revision_id: number;
	/** The entry an `undo` entry took back ('' for other entries). */
	undoes: string;
}

/** What POST editor/provenance/undo and pending-changes/accept put on the post. */
export interface AppliedChange {
	content: string | null;
	meta: Record< string, string >;
}

/** One block a pending change adds or removes. */
export interface PendingBlock {
	action: 'add' | 'remove';
	name: string;
	text: string;
	image: string;
}

/** GET /igny8/v1/editor/pending-changes: a change to a published post waiting for the editor. */
export interface PendingChange {
	id: string;
	function: string;
	summary: string;
	job_id: string;
	created_at: string;
	blocks: PendingBlock[];
	featured_image: { id: number; url: string } | null;
}

/** GET /igny8/v1/linker/suggestions (helper "automation"'s contract). */
export interface LinkSuggestion {
	target_post_id: number;
	title: string;
	url: string;
	anchor: string;
	reason: 'cluster' | 'keywords';
	score: number;
}

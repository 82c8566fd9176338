/** initialState printed by Writer_Page. */
export interface WriterInitialState {
	connected: boolean;
	/** Settings screen URL, present only for users who may open it. */
	settingsUrl?: string;
}

// One job type for every screen, from the shared wire contract.
export type { JobStatus, SiteJob as Job } from '@igny8/worker/contracts';

/** The form, as typed (keywords still comma-separated). */
export interface DraftForm {
	title: string;
	brief: string;
	keywords: string;
	/** The writing strategy's id; "0" is the default strategy. */
	strategy: string;
}

/** The job this tab is following, kept across reloads. */
export interface ActiveJob {
	jobId: string | number;
	taskId: number;
	title: string;
}

/** A task created for the form's content, reused when Generate is retried. */
export interface CreatedTask {
	id: number;
	/** formSignature() of the form it was created from. */
	signature: string;
}

/** A managed post as /igny8/v1/writer/content returns it. */
export interface ContentItem {
	id: number;
	title: string;
	status: string;
	content_type: string;
	task_id: number;
	meta_title: string;
	meta_description: string;
	excerpt: string;
	edit_url: string;
	url: string;
	modified: string;
	[ field: string ]: unknown;
}

/** A generated image as /igny8/v1/writer/images returns it. */
export interface ImageItem {
	id: number;
	url: string;
	alt: string;
	caption: string;
	/** The prompt the image was drawn from; empty for images made before prompts were kept. */
	prompt: string;
	post_id: number;
	task_id: number;
	is_featured: boolean;
	[ field: string ]: unknown;
}

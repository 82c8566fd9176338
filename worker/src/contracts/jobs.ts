/**
 * The AI job on the wire, in one place. The Worker, admin-ui and blocks import it by package
 * name (`@igny8/worker/contracts`), never by a relative path across workspaces; PHP reads the
 * statuses and function names from plugin/includes/Jobs/job-contract.json, which
 * `npm run build` writes from this module (a unit test fails when the copy is stale).
 * Types and constants only: nothing here may pull Worker code into the browser bundles.
 */

export const JOB_STATUSES = [ 'queued', 'running', 'completed', 'failed', 'cancelled' ] as const;
export type JobStatus = ( typeof JOB_STATUSES )[ number ];

/** Statuses a job never leaves. */
export const FINAL_JOB_STATUSES = [ 'completed', 'failed', 'cancelled' ] as const satisfies readonly JobStatus[];

/**
 * The AI functions that run as queued jobs whose results WordPress applies (the editor's
 * rewrite, meta, FAQ and takeaways answer at once and are not jobs).
 */
export const JOB_FUNCTIONS = [ 'auto_cluster', 'generate_ideas', 'generate_content', 'generate_image_prompts', 'generate_images', 'optimize_content' ] as const;
export type JobFunction = ( typeof JOB_FUNCTIONS )[ number ];

/**
 * The job as the cloud serialises it: the answer of GET /api/v1/ai/jobs/{id}/ and, the same
 * object, the body of the signed delivery to WordPress.
 */
export interface SerializedJob {
	id: string;
	site_id: string;
	function: string;
	status: JobStatus;
	progress: number;
	step: string | null;
	credits_reserved: number;
	credits_charged: number;
	tokens_in: number;
	tokens_out: number;
	error: string | null;
	reference: Record<string, unknown> | null;
	/** Only once completed. */
	result: unknown;
	created_at: string | null;
	updated_at: string | null;
	completed_at: string | null;
	delivered_at: string | null;
}

/** The draft a job wrote, as WordPress links it. */
export interface SiteJobPost {
	id: number;
	title: string;
	edit_url: string | null;
	view_url: string | null;
}

/**
 * The job as WordPress answers GET igny8/v1/jobs/{id} to its screens: the cloud's live status
 * until the result is applied on the site (`applied`), then the local row and its draft.
 */
export interface SiteJob {
	id: string;
	status: JobStatus;
	progress: number;
	step: string | null;
	error: string | null;
	credits_charged: number;
	task_id: number | null;
	/** Absent from plugins older than 0.3 (read as applied). */
	applied?: boolean;
	post: SiteJobPost | null;
}

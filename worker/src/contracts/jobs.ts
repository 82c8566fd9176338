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
export const JOB_FUNCTIONS = [ 'auto_cluster', 'generate_ideas', 'generate_content', 'generate_image_prompts', 'generate_images', 'optimize_content', 'generate_excerpt', 'generate_product_description' ] as const;
export type JobFunction = ( typeof JOB_FUNCTIONS )[ number ];

/**
 * The shapes an article can take (a task's or idea's content_structure). WordPress offers and
 * validates exactly these; generate_content turns each into writing instructions (ai/structure.ts).
 */
export const CONTENT_STRUCTURES = [ 'article', 'how_to', 'listicle', 'guide', 'comparison', 'review', 'pillar' ] as const;
export type ContentStructure = ( typeof CONTENT_STRUCTURES )[ number ];

/**
 * The target lengths an article may ask for, in words: a task's or cluster's target_words, and
 * generate_content's. The top fits the job's output-token limit; WordPress validates the same range.
 */
export const ARTICLE_WORDS = { min: 100, max: 6000 } as const;

/** Input fields the site fills in from its settings (PHP's Actions\Site_Context, one place for every action). */
export const SITE_CONTEXT_FIELDS = [ 'language', 'template', 'author_profile' ] as const;
export type SiteContextField = ( typeof SITE_CONTEXT_FIELDS )[ number ];

/**
 * Which of those each job function accepts; the site sends exactly these. A Worker test fails
 * when this disagrees with a function's input schema, so teaching a function a new setting is a
 * change to its schema and this line, and every WordPress action picks it up.
 */
export const JOB_FUNCTION_CONTEXT: { readonly [ F in JobFunction ]: readonly SiteContextField[] } = {
	auto_cluster: [ 'language', 'template' ],
	generate_ideas: [ 'language', 'template', 'author_profile' ],
	generate_content: [ 'language', 'template', 'author_profile' ],
	generate_image_prompts: [ 'language', 'template' ],
	generate_images: [],
	optimize_content: [ 'language', 'template', 'author_profile' ],
	generate_excerpt: [ 'language', 'template', 'author_profile' ],
	generate_product_description: [ 'language', 'template', 'author_profile' ],
};

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
	/** What a "replace" run deleted (ideas not yet approved) and the token that undoes it for a day; absent before 0.9. */
	replaced?: { count: number; undo: string | null } | null;
}

/**
 * The block editor's AI actions (answered at once with an editor token, not queued) and the site
 * settings each accepts; WordPress adds them to the token it mints, so the sidebar never assembles
 * them itself. Checked against each function's input schema like the jobs above.
 */
export const EDITOR_FUNCTION_CONTEXT = {
	rewrite: [ 'language', 'author_profile' ],
	generate_meta: [ 'language', 'author_profile' ],
	generate_faq: [ 'language', 'author_profile' ],
	generate_takeaways: [ 'language', 'author_profile' ],
} as const satisfies Record<string, readonly SiteContextField[]>;

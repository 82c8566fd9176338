/**
 * Types of the job-action flow (estimate → confirm → progress → result).
 */

/** The pipeline actions a table can run (WP REST POST /igny8/v1/jobs/estimate names). */
export type JobActionName =
	| 'auto_cluster'
	| 'generate_ideas'
	| 'create_tasks'
	| 'generate_content'
	| 'generate_images'
	| 'optimize_content'
	| 'generate_excerpt'
	| 'generate_product_description';

/** POST /igny8/v1/jobs/estimate answer. */
export interface Estimate {
	credits: number;
	/** null when the action costs nothing and the cloud could not say (create_tasks while it is down). */
	balance: number | null;
	enough: boolean;
	/** Jobs the action starts (a "cluster all" run is many). */
	jobs?: number;
	/** own_key: the site's own provider runs the model and `credits` is the platform fee per job. */
	billing?: 'credits' | 'own_key';
	/** Selected items that already have what the action makes (clusters with ideas, written tasks). */
	existing?: number;
}

import type { SiteJob as JobSnapshot } from '@igny8/worker/contracts';

// The job a screen follows (GET igny8/v1/jobs/{id}), from the shared wire contract.
export type {
	JobStatus,
	SiteJob as JobSnapshot,
} from '@igny8/worker/contracts';

export interface Started {
	jobIds: string[];
	/** Items the action made without a job (create_tasks: task ids). */
	createdIds: number[];
	/** Ids of the selection the cloud refused part-way (out of credits); their rows are unchanged. */
	notStarted: number[];
	/** Rows of the selection started when a run stopped part-way (null: not said; count the ids). */
	startedCount: number | null;
	/** Why the run stopped part-way, or null when everything started. */
	stopped: Stopped | null;
}

/** The refusal that stopped a run part-way (the route's `stopped`). */
export interface Stopped {
	code: string;
	message: string;
	/** HTTP status of the refusal: 402 when the credits ran out. */
	status: number;
}

/** The progress of all jobs of one run, folded into one bar. */
export interface Progress {
	percent: number;
	step: string;
	finished: boolean;
	/** Reasons of failed or cancelled jobs. */
	failures: string[];
	completed: JobSnapshot[];
}

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

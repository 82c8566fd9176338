/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { JobSnapshot, Progress } from './types';

const FINAL = [ 'completed', 'failed', 'cancelled' ];

/**
 * Polls (about 1.5 s apart) a screen waits for a finished job's result to reach this site before
 * it stops waiting on screen; the result still lands, by WP-Cron, and shows on the next load.
 */
export const MAX_RESULT_WAIT_POLLS = 40;

/** True once a job will not change any more. */
export const isFinal = (
	job: Pick< JobSnapshot, 'status' | 'applied' >
): boolean =>
	job.status === 'cancelled' ||
	( FINAL.includes( job.status ) && job.applied !== false );

/**
 * The cloud has finished the job but its result is not on this site yet: the
 * signed delivery or WP-Cron's pull brings it (reading the status never does).
 */
export const awaitingResult = (
	job: Pick< JobSnapshot, 'status' | 'applied' >
): boolean => FINAL.includes( job.status ) && ! isFinal( job );

/** A job's progress as a whole percentage; 99 until its result is on this site. */
export function jobPercent(
	job: Pick< JobSnapshot, 'status' | 'progress' | 'applied' >
): number {
	if ( isFinal( job ) ) {
		return 100;
	}
	if ( awaitingResult( job ) ) {
		return 99;
	}
	const value = Number( job.progress );
	return Number.isFinite( value )
		? Math.min( 99, Math.max( 0, Math.round( value ) ) )
		: 0;
}

/**
 * Folds the jobs of one run into one bar: the mean percentage, the step of the
 * first unfinished job ("2 of 3: Writing sections…" when there are several).
 */
export function foldProgress(
	jobs: JobSnapshot[],
	expected: number
): Progress {
	const count = Math.max( expected, jobs.length, 1 );
	const sum = jobs.reduce( ( total, job ) => total + jobPercent( job ), 0 );
	const open = jobs.find( ( job ) => ! isFinal( job ) );
	const done = jobs.filter( isFinal ).length;
	const finished = jobs.length >= expected && ! open;
	let step = __( 'Done.', 'igny8' );
	if ( open ) {
		step = jobStep( open );
	} else if ( ! finished ) {
		// Started, but not every job has answered yet.
		step = __( 'Waiting in the queue…', 'igny8' );
	}
	if ( count > 1 && ! finished ) {
		step = sprintf(
			/* translators: 1: jobs finished, 2: jobs in all, 3: the current step */
			__( '%1$d of %2$d done — %3$s', 'igny8' ),
			done,
			count,
			step
		);
	}
	return {
		percent: finished ? 100 : Math.floor( sum / count ),
		step,
		finished,
		failures: jobs
			.filter(
				( job ) => job.status === 'failed' || job.status === 'cancelled'
			)
			.map(
				( job ) =>
					job.error ||
					( job.status === 'cancelled'
						? __( 'The job was cancelled.', 'igny8' )
						: __( 'The job failed.', 'igny8' ) )
			),
		completed: jobs.filter( ( job ) => job.status === 'completed' ),
	};
}

/** The step shown for one unfinished job: the cloud's own words when it sent some. */
export function jobStep(
	job: Pick< JobSnapshot, 'status' | 'applied' | 'step' >
): string {
	if ( awaitingResult( job ) ) {
		return __( 'Saving the result on this site…', 'igny8' );
	}
	if ( job.step ) {
		return job.step;
	}
	return job.status === 'queued'
		? __( 'Waiting in the queue…', 'igny8' )
		: __( 'Working…', 'igny8' );
}

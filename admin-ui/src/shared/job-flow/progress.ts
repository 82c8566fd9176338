/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { JobSnapshot, Progress } from './types';

const FINAL = [ 'completed', 'failed', 'cancelled' ];

/** True once a job will not change any more. */
export const isFinal = ( job: Pick< JobSnapshot, 'status' > ): boolean =>
	FINAL.includes( job.status );

/** One job's progress as a whole percentage 0–100, whatever the server sent. */
export function jobPercent(
	job: Pick< JobSnapshot, 'status' | 'progress' >
): number {
	if ( isFinal( job ) ) {
		return 100;
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
	let step = open
		? open.step || stepOf( open.status )
		: __( 'Done.', 'igny8' );
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

function stepOf( status: string ): string {
	return status === 'queued'
		? __( 'Waiting in the queue…', 'igny8' )
		: __( 'Working…', 'igny8' );
}

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Job, JobStatus } from './types';

/** How often a running job is polled, in milliseconds. */
export const POLL_INTERVAL_MS = 1500;

/** Polls that may fail in a row (network blips) before the screen gives up. */
export const MAX_POLL_FAILURES = 4;

/**
 * True once a job will not change any more.
 */
export function isFinished( status: JobStatus ): boolean {
	return (
		status === 'completed' || status === 'failed' || status === 'cancelled'
	);
}

/**
 * Progress as a whole percentage in 0–100, whatever the server sent.
 */
export function progressPercent(
	job: Pick< Job, 'progress' | 'status' >
): number {
	if ( job.status === 'completed' ) {
		return 100;
	}
	const value = Number( job.progress );
	if ( ! Number.isFinite( value ) ) {
		return 0;
	}
	return Math.min( 100, Math.max( 0, Math.round( value ) ) );
}

/**
 * The step text shown under the progress bar.
 */
export function stepText( job: Pick< Job, 'step' | 'status' > ): string {
	if ( job.step ) {
		return job.step;
	}
	switch ( job.status ) {
		case 'queued':
			return __( 'Waiting in the queue…', 'igny8' );
		case 'running':
			return __( 'Writing…', 'igny8' );
		case 'completed':
			return __( 'Done.', 'igny8' );
		case 'failed':
			return __( 'Failed.', 'igny8' );
		case 'cancelled':
			return __( 'Cancelled.', 'igny8' );
	}
	return '';
}

/**
 * A translated label for a task status; unknown statuses are shown as sent.
 */
export function taskStatusLabel( status: string ): string {
	const labels: Record< string, string > = {
		pending: __( 'Pending', 'igny8' ),
		queued: __( 'Queued', 'igny8' ),
		running: __( 'Writing', 'igny8' ),
		in_progress: __( 'Writing', 'igny8' ),
		completed: __( 'Completed', 'igny8' ),
		failed: __( 'Failed', 'igny8' ),
		cancelled: __( 'Cancelled', 'igny8' ),
	};
	return labels[ status ] ?? status;
}

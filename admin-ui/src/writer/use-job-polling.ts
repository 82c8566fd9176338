/**
 * WordPress dependencies
 */
import { useEffect, useRef } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { fetchJob } from './api';
import { MAX_POLL_FAILURES, POLL_INTERVAL_MS, isFinished } from './job';
import {
	MAX_RESULT_WAIT_POLLS,
	awaitingResult,
} from '../shared/job-flow/progress';
import type { Job } from './types';

interface PollCallbacks {
	/** Every answer, including the last one. */
	onUpdate: ( job: Job ) => void;
	/** The job will not change any more. */
	onFinished: ( job: Job ) => void;
	/** Too many polls in a row failed; the job may still be running. */
	onGiveUp: ( error: unknown ) => void;
}

/**
 * Polls GET /jobs/{id} every POLL_INTERVAL_MS until the job finishes and its
 * result is on this site. The read only reads: the result arrives by the signed
 * delivery or by WP-Cron, so a finished job is followed a while longer
 * (MAX_RESULT_WAIT_POLLS) until `applied` says it is here.
 */
export function useJobPolling(
	jobId: string | number | null,
	callbacks: PollCallbacks
): void {
	const callbacksRef = useRef( callbacks );
	callbacksRef.current = callbacks;

	useEffect( () => {
		if ( jobId === null ) {
			return;
		}
		let cancelled = false;
		let timer: ReturnType< typeof setTimeout > | undefined;
		let failures = 0;
		let resultWaits = 0;

		const schedule = () => {
			timer = setTimeout( tick, POLL_INTERVAL_MS );
		};

		const tick = async () => {
			try {
				const job = await fetchJob( jobId );
				if ( cancelled ) {
					return;
				}
				failures = 0;
				callbacksRef.current.onUpdate( job );
				const waitingForResult =
					awaitingResult( job ) &&
					resultWaits < MAX_RESULT_WAIT_POLLS;
				if ( waitingForResult ) {
					resultWaits++;
					schedule();
				} else if ( isFinished( job.status ) ) {
					callbacksRef.current.onFinished( job );
				} else {
					schedule();
				}
			} catch ( error ) {
				if ( cancelled ) {
					return;
				}
				failures++;
				if ( failures >= MAX_POLL_FAILURES ) {
					callbacksRef.current.onGiveUp( error );
				} else {
					schedule();
				}
			}
		};

		tick();
		return () => {
			cancelled = true;
			if ( timer ) {
				clearTimeout( timer );
			}
		};
	}, [ jobId ] );
}

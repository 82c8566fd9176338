/**
 * WordPress dependencies
 */
import { useEffect, useRef } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { fetchJob } from './api';
import { MAX_POLL_FAILURES, POLL_INTERVAL_MS, isFinished } from './job';
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
 * Polls GET /jobs/{id} every POLL_INTERVAL_MS until the job finishes.
 *
 * A completed job whose draft WordPress has not linked yet is polled a few
 * more times, since the GET itself applies a result that was not delivered.
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
		let postlessPolls = 0;

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
				const waitingForDraft =
					job.status === 'completed' &&
					! job.post &&
					postlessPolls < 3;
				if ( waitingForDraft ) {
					postlessPolls++;
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

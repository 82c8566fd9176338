/**
 * The browser's one way to follow jobs: every screen and the editor sidebar poll
 * through useFollowJobs. It imports neither the igny8/core store nor the notices,
 * so the block editor can use it by package name (`@igny8/admin-ui/job-follower`).
 *
 * WordPress dependencies
 */
import { useEffect, useRef } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { fetchJob } from './api';
import { MAX_RESULT_WAIT_POLLS, awaitingResult, isFinal } from './progress';
import type { JobSnapshot } from './types';

/** How often running jobs are polled, in milliseconds. */
export const POLL_INTERVAL_MS = 1500;
/** Polls that may fail in a row (network blips) before following stops. */
export const MAX_POLL_FAILURES = 4;

export interface FollowCallbacks {
	/** Every round of answers: the latest snapshot of each job read so far, in jobIds order. */
	onUpdate?: ( jobs: JobSnapshot[] ) => void;
	/** Every job is final and its result is on this site (or stopped waiting for it). */
	onFinished: ( jobs: JobSnapshot[] ) => void;
	/** Too many polls in a row failed; the jobs may still be running. */
	onGiveUp: ( error: unknown ) => void;
}

/**
 * A finished job whose result has not reached this site after MAX_RESULT_WAIT_POLLS reads is
 * treated as applied: the result still lands (WP-Cron) and shows on the next load, but the
 * screen stops waiting for it. `waits` counts the reads per job and is updated in place.
 */
export function settle(
	id: string,
	job: JobSnapshot,
	waits: Record< string, number >
): JobSnapshot {
	waits[ id ] = awaitingResult( job ) ? ( waits[ id ] ?? 0 ) + 1 : 0;
	return ( waits[ id ] ?? 0 ) > MAX_RESULT_WAIT_POLLS
		? { ...job, applied: true }
		: job;
}

/**
 * Polls GET igny8/v1/jobs/{id} for each job until every one is final and its result is
 * applied here (the read only reads: the signed delivery or WP-Cron brings the result).
 * `null` or an empty list follows nothing; a new list starts over; unmounting stops.
 */
export function useFollowJobs(
	jobIds: readonly string[] | null,
	callbacks: FollowCallbacks
): void {
	const callbacksRef = useRef( callbacks );
	callbacksRef.current = callbacks;
	const key = jobIds ? jobIds.join( ',' ) : '';

	useEffect( () => {
		if ( key === '' ) {
			return;
		}
		const ids = key.split( ',' );
		const jobs: Record< string, JobSnapshot > = {};
		const waits: Record< string, number > = {};
		let cancelled = false;
		let failures = 0;
		let timer: ReturnType< typeof setTimeout > | undefined;
		const read = () =>
			ids.flatMap( ( id ) => ( jobs[ id ] ? [ jobs[ id ] ] : [] ) );

		const tick = async () => {
			const open = ids.filter(
				( id ) => ! jobs[ id ] || ! isFinal( jobs[ id ] )
			);
			try {
				const answers = await Promise.all( open.map( fetchJob ) );
				if ( cancelled ) {
					return;
				}
				failures = 0;
				answers.forEach( ( job, index ) => {
					const id = open[ index ] as string;
					jobs[ id ] = settle( id, job, waits );
				} );
				const snapshots = read();
				callbacksRef.current.onUpdate?.( snapshots );
				if (
					snapshots.length === ids.length &&
					snapshots.every( isFinal )
				) {
					callbacksRef.current.onFinished( snapshots );
					return;
				}
			} catch ( error ) {
				if ( cancelled ) {
					return;
				}
				if ( ++failures >= MAX_POLL_FAILURES ) {
					callbacksRef.current.onGiveUp( error );
					return;
				}
			}
			timer = setTimeout( tick, POLL_INTERVAL_MS );
		};

		tick();
		return () => {
			cancelled = true;
			if ( timer ) {
				clearTimeout( timer );
			}
		};
	}, [ key ] );
}

/**
 * The cron sweep (every 5 minutes): no job stays "running" forever, no result is
 * forgotten, results are dropped after 7 days.
 * - sweepStaleJobs: an open job untouched for STALE_JOB_MS is requeued (its message was lost
 *   or its consumer died) until it has used MAX_RUN_ATTEMPTS; then, or when it is older than
 *   MAX_JOB_AGE_MS, it is failed and its credits refunded with the reason in the ledger.
 * - undelivered results inside the 24-hour window whose retry chain went quiet are re-sent.
 */
import { and, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { createDb } from '../db/client';
import { jobs, sites } from '../db/schema';
import type { Env } from '../env';
import { failJob, MAX_RUN_ATTEMPTS, STALE_JOB_MS } from '../services/jobs';
import { DELIVERY_WINDOW_MS } from './consumer';
import type { JobMessage } from './messages';

/** A live delivery chain tries at least hourly (its backoff is capped at an hour); quieter means lost. */
const REDELIVERY_GAP_MS = 65 * 60 * 1000;
/** However often it was requeued, a job still open after this long is failed and refunded. */
export const MAX_JOB_AGE_MS = 6 * 3600 * 1000;
const RESULT_RETENTION_MS = 7 * 24 * 3600 * 1000;
const SWEEP_LIMIT = 100;

export interface StaleReport {
	requeued: number;
	failed: number;
}

export interface SweepReport extends StaleReport {
	redelivered: number;
	purged: number;
}

/** Requeues or fails (with a refund) the open jobs nobody is working on. */
export async function sweepStaleJobs( env: Env, now = Date.now() ): Promise<StaleReport> {
	const db = createDb( env.DB );
	const stale = await db.query.jobs.findMany( {
		where: and( inArray( jobs.status, [ 'queued', 'running' ] ), lt( jobs.updatedAt, new Date( now - STALE_JOB_MS ) ) ),
		limit: SWEEP_LIMIT,
	} );
	const requeue: MessageSendRequest<JobMessage>[] = [];
	let failed = 0;
	for ( const job of stale ) {
		const tooOld = job.createdAt.getTime() < now - MAX_JOB_AGE_MS;
		if ( job.attempts >= MAX_RUN_ATTEMPTS || tooOld ) {
			const why = tooOld ? 'the job did not finish within 6 hours' : `the job stopped responding after ${ job.attempts } attempts`;
			if ( await failJob( { db }, job, `Stopped: ${ why }.` ) ) failed += 1;
		} else {
			requeue.push( { body: { type: 'job.run', job_id: job.id } } );
		}
	}
	if ( requeue.length > 0 ) await env.AI_JOBS.sendBatch( requeue );
	return { requeued: requeue.length, failed };
}

/** The whole cron sweep: stale jobs, lost deliveries, expired results. */
export async function sweepJobs( env: Env, now = Date.now() ): Promise<SweepReport> {
	const stale = await sweepStaleJobs( env, now );
	const db = createDb( env.DB );
	const undelivered = await db
		.select( { id: jobs.id } )
		.from( jobs )
		.innerJoin( sites, sql`${ sites.id } = ${ jobs.siteId }` )
		.where(
			and(
				inArray( jobs.status, [ 'completed', 'failed' ] ),
				isNull( jobs.deliveredAt ),
				isNotNull( sites.deliveryUrl ),
				isNull( sites.deliveryPausedAt ), // paused sites pull their results (services/delivery.ts)
				or( isNull( jobs.lastDeliveryAt ), lt( jobs.lastDeliveryAt, new Date( now - REDELIVERY_GAP_MS ) ) ),
				sql`${ jobs.completedAt } > ${ now - DELIVERY_WINDOW_MS }`
			)
		)
		.limit( SWEEP_LIMIT );
	if ( undelivered.length > 0 ) await env.DELIVERIES.sendBatch( undelivered.map( ( job ) => ( { body: { type: 'job.deliver' as const, job_id: job.id } } ) ) );
	const purged = await db
		.update( jobs )
		.set( { result: null } )
		.where( and( isNotNull( jobs.result ), lt( jobs.completedAt, new Date( now - RESULT_RETENTION_MS ) ) ) )
		.returning( { id: jobs.id } );
	return { ...stale, redelivered: undelivered.length, purged: purged.length };
}

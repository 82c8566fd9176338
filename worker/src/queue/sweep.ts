/**
 * The cron sweep (every 5 minutes): requeues jobs whose message was lost or whose
 * consumer died, retries undelivered results, and drops results older than 7 days.
 */
import { and, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { createDb } from '../db/client';
import { jobs, sites } from '../db/schema';
import type { Env } from '../env';
import { STALE_JOB_MS } from '../services/jobs';
import type { JobMessage } from './messages';

const REDELIVERY_GAP_MS = 5 * 60 * 1000;
const MAX_DELIVERY_ATTEMPTS = 20;
const RESULT_RETENTION_MS = 7 * 24 * 3600 * 1000;
const SWEEP_LIMIT = 100;

export interface SweepReport {
	requeued: number;
	redelivered: number;
	purged: number;
}

export async function sweepJobs( env: Env, now = Date.now() ): Promise<SweepReport> {
	const db = createDb( env.DB );
	const stale = await db
		.select( { id: jobs.id } )
		.from( jobs )
		.where( and( inArray( jobs.status, [ 'queued', 'running' ] ), lt( jobs.updatedAt, new Date( now - STALE_JOB_MS ) ) ) )
		.limit( SWEEP_LIMIT );
	const undelivered = await db
		.select( { id: jobs.id } )
		.from( jobs )
		.innerJoin( sites, sql`${ sites.id } = ${ jobs.siteId }` )
		.where(
			and(
				inArray( jobs.status, [ 'completed', 'failed' ] ),
				isNull( jobs.deliveredAt ),
				isNotNull( sites.deliveryUrl ),
				lt( jobs.deliveryAttempts, MAX_DELIVERY_ATTEMPTS ),
				or( isNull( jobs.lastDeliveryAt ), lt( jobs.lastDeliveryAt, new Date( now - REDELIVERY_GAP_MS ) ) ),
				sql`${ jobs.completedAt } > ${ now - RESULT_RETENTION_MS }`
			)
		)
		.limit( SWEEP_LIMIT );
	const messages: MessageSendRequest<JobMessage>[] = [
		...stale.map( ( job ) => ( { body: { type: 'job.run' as const, job_id: job.id } } ) ),
		...undelivered.map( ( job ) => ( { body: { type: 'job.deliver' as const, job_id: job.id } } ) ),
	];
	if ( messages.length > 0 ) await env.AI_JOBS.sendBatch( messages );
	const purged = await db
		.update( jobs )
		.set( { result: null } )
		.where( and( isNotNull( jobs.result ), lt( jobs.completedAt, new Date( now - RESULT_RETENTION_MS ) ) ) )
		.returning( { id: jobs.id } );
	return { requeued: stale.length, redelivered: undelivered.length, purged: purged.length };
}

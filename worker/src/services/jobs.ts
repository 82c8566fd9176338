/**
 * AI jobs: create (reserve + insert in one batch, idempotent per site), read,
 * claim for processing, progress, complete (settle) or fail (refund), ack.
 */
import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, jobs, type Job, type Site } from '../db/schema';
import { notFound, paymentRequired } from '../lib/errors';
import type { JobMessage } from '../queue/messages';
import { OPEN_JOB_STATUSES, refundStatements, reservationExists, reserveStatements, settleStatements, type JobMoney } from './ledger';

/** A running job untouched for this long is presumed dead (its consumer crashed). */
export const STALE_JOB_MS = 10 * 60 * 1000;
/** Model runs per job before the job is failed and refunded. */
export const MAX_RUN_ATTEMPTS = 3;

const iso = ( date: Date | null ) => ( date ? date.toISOString() : null );
const moneyOf = ( job: Pick<Job, 'id' | 'accountId' | 'siteId'> ): JobMoney => ( { jobId: job.id, accountId: job.accountId, siteId: job.siteId } );

/** The job as the API shows it; the result only once completed. */
export function serializeJob( job: Job ) {
	return {
		id: job.id,
		function: job.function,
		status: job.status,
		progress: job.progress,
		step: job.step,
		credits_reserved: job.creditsReserved,
		credits_charged: job.creditsCharged,
		tokens_in: job.tokensIn,
		tokens_out: job.tokensOut,
		error: job.error,
		reference: job.reference ?? null,
		result: job.status === 'completed' ? ( job.result ?? null ) : null,
		created_at: iso( job.createdAt ),
		updated_at: iso( job.updatedAt ),
		completed_at: iso( job.completedAt ),
		delivered_at: iso( job.deliveredAt ),
	};
}

export const getJob = ( { db }: { db: Database }, id: string ) => db.query.jobs.findFirst( { where: eq( jobs.id, id ) } );

/** A job only if it belongs to the site — other tenants' jobs look like missing ones. */
export async function getJobForSite( { db }: { db: Database }, siteId: string, id: string ): Promise<Job> {
	const job = await db.query.jobs.findFirst( { where: and( eq( jobs.id, id ), eq( jobs.siteId, siteId ) ) } );
	if ( ! job ) throw notFound( 'Job not found.' );
	return job;
}

const findByIdempotencyKey = ( db: Database, siteId: string, key: string ) =>
	db.query.jobs.findFirst( { where: and( eq( jobs.siteId, siteId ), eq( jobs.idempotencyKey, key ) ) } );

export interface CreateJobInput {
	fn: string;
	input: Record<string, unknown>;
	reference: Record<string, unknown> | null;
	idempotencyKey: string | null;
	cost: number;
}

/**
 * Reserves credits and inserts the job atomically, then enqueues it. With an
 * Idempotency-Key already used by this site, returns that job and charges nothing.
 */
export async function createJob( { db, queue }: { db: Database; queue: Queue<JobMessage> }, site: Site, spec: CreateJobInput ): Promise<{ job: Job; created: boolean }> {
	if ( spec.idempotencyKey ) {
		const existing = await findByIdempotencyKey( db, site.id, spec.idempotencyKey );
		if ( existing ) return { job: existing, created: false };
	}
	const d1 = db.$client;
	const now = Date.now();
	const id = crypto.randomUUID();
	const money = { jobId: id, accountId: site.accountId, siteId: site.id };
	const guard = reservationExists( id );
	const insertJob = d1
		.prepare(
			`INSERT INTO jobs (id, site_id, account_id, function, status, progress, step, input, reference, idempotency_key, credits_reserved, created_at, updated_at)
			 SELECT ?, ?, ?, ?, 'queued', 0, 'queued', ?, ?, ?, ?, ?, ? WHERE ${ guard.sql }`
		)
		.bind( id, site.id, site.accountId, spec.fn, JSON.stringify( spec.input ), spec.reference ? JSON.stringify( spec.reference ) : null, spec.idempotencyKey, spec.cost, now, now, guard.param );
	let inserted = 0;
	try {
		const results = await d1.batch( [ ...reserveStatements( d1, money, spec.cost, `${ spec.fn } job ${ id }: reserved`, now ), insertJob ] );
		inserted = results[ 2 ]?.meta.changes ?? 0;
	} catch ( error ) {
		// A concurrent request with the same Idempotency-Key won the race; the batch rolled back whole.
		if ( spec.idempotencyKey && /UNIQUE constraint failed: jobs\./.test( String( error ) ) ) {
			const existing = await findByIdempotencyKey( db, site.id, spec.idempotencyKey );
			if ( existing ) return { job: existing, created: false };
		}
		throw error;
	}
	if ( inserted !== 1 ) {
		const account = await db.query.accounts.findFirst( { where: eq( accounts.id, site.accountId ), columns: { credits: true } } );
		const credits = account?.credits ?? 0;
		throw paymentRequired( `Not enough credits: this job needs ${ spec.cost } credits and the balance is ${ credits }.` );
	}
	const job = ( await getJob( { db }, id ) )!;
	try {
		await queue.send( { type: 'job.run', job_id: id } );
	} catch ( error ) {
		// The job is safe in D1 as "queued"; the cron sweep enqueues it again.
		console.error( JSON.stringify( { event: 'enqueue_failed', job_id: id, error: String( error ) } ) );
	}
	return { job, created: true };
}

/** Marks the job running if it is queued (or stale). False when another consumer has it or it is done. */
export async function claimJob( { db }: { db: Database }, id: string, now = Date.now() ): Promise<boolean> {
	const claimed = await db
		.update( jobs )
		.set( { status: 'running', step: 'starting', progress: 5, attempts: sql`${ jobs.attempts } + 1`, startedAt: new Date( now ), updatedAt: new Date( now ) } )
		.where( and( eq( jobs.id, id ), or( eq( jobs.status, 'queued' ), and( eq( jobs.status, 'running' ), lt( jobs.updatedAt, new Date( now - STALE_JOB_MS ) ) ) ) ) )
		.returning( { id: jobs.id } );
	return claimed.length === 1;
}

/** Puts a claimed job back to queued (an infrastructure error, not the model's), for a retry. */
export async function releaseJob( { db }: { db: Database }, id: string ): Promise<void> {
	await db.update( jobs ).set( { status: 'queued', step: 'waiting to retry', updatedAt: new Date() } ).where( and( eq( jobs.id, id ), eq( jobs.status, 'running' ) ) );
}

export async function updateProgress( { db }: { db: Database }, id: string, progress: number, step: string ): Promise<void> {
	await db.update( jobs ).set( { progress, step, updatedAt: new Date() } ).where( and( eq( jobs.id, id ), eq( jobs.status, 'running' ) ) );
}

export interface JobUsage {
	tokensIn: number;
	tokensOut: number;
	model: string | null;
}

/** Completes an open job and settles its credits in one batch. False if it was already final. */
export async function completeJob( { db }: { db: Database }, job: Job, result: Record<string, unknown>, usage: JobUsage, charged: number ): Promise<boolean> {
	const d1 = db.$client;
	const now = Date.now();
	const kept = Math.min( Math.max( 0, charged ), job.creditsReserved );
	const finish = d1
		.prepare(
			`UPDATE jobs SET status = 'completed', progress = 100, step = 'completed', result = ?, credits_charged = ?, tokens_in = ?, tokens_out = ?, model = ?, error = NULL, completed_at = ?, updated_at = ?
			 WHERE id = ? AND status IN ('queued', 'running')`
		)
		.bind( JSON.stringify( result ), kept, usage.tokensIn, usage.tokensOut, usage.model, now, now, job.id );
	const results = await d1.batch( [ ...settleStatements( d1, moneyOf( job ), job.creditsReserved, kept, job.function, now ), finish ] );
	return ( results[ 2 ]?.meta.changes ?? 0 ) === 1;
}

/** Fails an open job and refunds its whole reservation in one batch. False if it was already final. */
export async function failJob( { db }: { db: Database }, job: Job, error: string, usage: JobUsage = { tokensIn: 0, tokensOut: 0, model: null } ): Promise<boolean> {
	const d1 = db.$client;
	const now = Date.now();
	const finish = d1
		.prepare(
			`UPDATE jobs SET status = 'failed', step = 'failed', error = ?, credits_charged = 0, tokens_in = ?, tokens_out = ?, model = ?, completed_at = ?, updated_at = ?
			 WHERE id = ? AND status IN ('queued', 'running')`
		)
		.bind( error.slice( 0, 1000 ), usage.tokensIn, usage.tokensOut, usage.model, now, now, job.id );
	const results = await d1.batch( [ ...refundStatements( d1, moneyOf( job ), job.creditsReserved, error, now ), finish ] );
	return ( results[ 2 ]?.meta.changes ?? 0 ) === 1;
}

/** Records that WordPress has the result (a 2xx delivery, or an ack after a pull). */
export async function markDelivered( { db }: { db: Database }, id: string ): Promise<void> {
	const now = new Date();
	await db
		.update( jobs )
		.set( { deliveredAt: now, updatedAt: now, lastDeliveryError: null } )
		.where( and( eq( jobs.id, id ), inArray( jobs.status, [ 'completed', 'failed' ] ), sql`${ jobs.deliveredAt } IS NULL` ) );
}

export async function recordDeliveryAttempt( { db }: { db: Database }, id: string, error: string | null ): Promise<void> {
	await db
		.update( jobs )
		.set( { deliveryAttempts: sql`${ jobs.deliveryAttempts } + 1`, lastDeliveryAt: new Date(), lastDeliveryError: error?.slice( 0, 500 ) ?? null } )
		.where( eq( jobs.id, id ) );
}

export const isOpen = ( job: Pick<Job, 'status'> ) => ( OPEN_JOB_STATUSES as readonly string[] ).includes( job.status );

/**
 * AI job lifecycle after creation (job-create.ts): read, claim for processing, progress,
 * complete (settle), fail or cancel (refund), delivered. Each final transition runs in one
 * D1 batch with its ledger statements and only from an open status, so it happens once.
 */
import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { jobs, type Job } from '../db/schema';
import type { SerializedJob } from '../contracts/jobs';
import { notFound } from '../lib/errors';
import { OPEN_JOB_STATUSES, refundStatements, settleStatements, type JobMoney } from './ledger';

/** A running job untouched for this long is presumed dead (its consumer crashed). */
export const STALE_JOB_MS = 10 * 60 * 1000;
/** Model runs per job before the job is failed and refunded. */
export const MAX_RUN_ATTEMPTS = 3;

const iso = ( date: Date | null ) => ( date ? date.toISOString() : null );
const moneyOf = ( job: Pick<Job, 'id' | 'accountId' | 'siteId'> ): JobMoney => ( { jobId: job.id, accountId: job.accountId, siteId: job.siteId } );

/** The job as the API shows it and as it is delivered (one shape on the wire); the result only once completed. */
export function serializeJob( job: Job ): SerializedJob {
	return {
		id: job.id,
		site_id: job.siteId,
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

/** A job within the caller's scope: a site's own, or any of the user's account. */
export async function getJobInScope( { db }: { db: Database }, scope: { accountId: string; siteId?: string | undefined }, id: string ): Promise<Job> {
	const job = await db.query.jobs.findFirst( {
		where: and( eq( jobs.id, id ), eq( jobs.accountId, scope.accountId ), scope.siteId ? eq( jobs.siteId, scope.siteId ) : undefined ),
	} );
	if ( ! job ) throw notFound( 'Job not found.' );
	return job;
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

/**
 * Cancels a queued or running job and refunds its whole reservation, in one batch.
 * It also counts as delivered: the site learns the status by polling, and nothing pushes
 * a cancelled job. False if the job had already finished.
 */
export async function cancelJob( { db }: { db: Database }, job: Job, by: string ): Promise<boolean> {
	const d1 = db.$client;
	const now = Date.now();
	const finish = d1
		.prepare(
			`UPDATE jobs SET status = 'cancelled', step = 'cancelled', error = ?, credits_charged = 0, completed_at = ?, delivered_at = ?, updated_at = ?
			 WHERE id = ? AND status IN ('queued', 'running')`
		)
		.bind( `Cancelled by ${ by }.`, now, now, now, job.id );
	const results = await d1.batch( [ ...refundStatements( d1, moneyOf( job ), job.creditsReserved, `cancelled by ${ by }`, now ), finish ] );
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

/** A site's queued and running jobs, newest first (the portal lists them with a Cancel button). */
export const openJobsOfSite = ( { db }: { db: Database }, siteId: string, limit = 20 ) =>
	db.query.jobs.findMany( {
		where: and( eq( jobs.siteId, siteId ), inArray( jobs.status, [ ...OPEN_JOB_STATUSES ] ) ),
		columns: { id: true, function: true, status: true, progress: true, step: true, creditsReserved: true, createdAt: true },
		orderBy: ( table, { desc } ) => [ desc( table.createdAt ) ],
		limit,
	} );

/** Creation lives in job-create.ts; re-exported so existing imports keep working. */
export { createJob, type CreateJobInput } from './job-create';

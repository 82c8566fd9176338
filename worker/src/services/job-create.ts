/**
 * Job creation — the hot path (auth + reservation + insert + enqueue): one D1 batch
 * (reserve the estimate, insert the job only if the reservation row exists) and one
 * queue send. Idempotent per site through the Idempotency-Key.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, jobs, sites, type Job, type Site } from '../db/schema';
import { paymentRequired } from '../lib/errors';
import type { Billing } from '../ai/pricing';
import type { JobMessage } from '../queue/messages';
import { standingRefusal } from './account-standing';
import { reservationExists, reserveStatements } from './ledger';
import { siteUsageThisMonth } from './sites';

const findByIdempotencyKey = ( db: Database, siteId: string, key: string ) =>
	db.query.jobs.findFirst( { where: and( eq( jobs.siteId, siteId ), eq( jobs.idempotencyKey, key ) ) } );

export interface CreateJobInput {
	fn: string;
	input: Record<string, unknown>;
	reference: Record<string, unknown> | null;
	idempotencyKey: string | null;
	cost: number;
	/** The site's model for this job (already checked against ai/models.ts); null: the cloud's choice. */
	model?: string | null;
	/** How the site pays (ai/pricing.ts); `cost` was priced for it. Default: credits. */
	billing?: Billing;
}

/** Why a reservation was refused: the account's standing, the balance, or the site's monthly cap. */
export async function refusal( db: Database, site: Site, cost: number ): Promise<Error> {
	const blocked = await standingRefusal( { db }, site.accountId, site.id );
	if ( blocked ) return blocked;
	const account = await db.query.accounts.findFirst( { where: eq( accounts.id, site.accountId ), columns: { credits: true } } );
	const credits = account?.credits ?? 0;
	if ( credits >= cost ) {
		const current = await db.query.sites.findFirst( { where: eq( sites.id, site.id ), columns: { monthlyCreditCap: true } } );
		const cap = current?.monthlyCreditCap;
		if ( cap !== null && cap !== undefined ) {
			const used = await siteUsageThisMonth( { db }, site.id );
			return paymentRequired( `This site has reached its monthly limit: this job needs ${ cost } credits, and ${ used } of the ${ cap } credits the account owner allows it this month are used.` );
		}
	}
	return paymentRequired( `Not enough credits: this job needs ${ cost } credits and the balance is ${ credits }.` );
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
	const billing = spec.billing ?? 'credits';
	const guard = reservationExists( id );
	const insertJob = d1
		.prepare(
			`INSERT INTO jobs (id, site_id, account_id, function, status, progress, step, input, reference, idempotency_key, credits_reserved, model, billing, created_at, updated_at)
			 SELECT ?, ?, ?, ?, 'queued', 0, 'queued', ?, ?, ?, ?, ?, ?, ?, ? WHERE ${ guard.sql }`
		)
		.bind( id, site.id, site.accountId, spec.fn, JSON.stringify( spec.input ), spec.reference ? JSON.stringify( spec.reference ) : null, spec.idempotencyKey, spec.cost, spec.model ?? null, billing, now, now, guard.param );
	let inserted = 0;
	try {
		const money = { jobId: id, accountId: site.accountId, siteId: site.id };
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
	if ( inserted !== 1 ) throw await refusal( db, site, spec.cost );
	// The row is exactly what was inserted: build it here instead of reading it back (one round trip less).
	const at = new Date( now );
	const job: Job = {
		id, siteId: site.id, accountId: site.accountId, function: spec.fn, status: 'queued', progress: 0, step: 'queued',
		input: spec.input, result: null, reference: spec.reference, idempotencyKey: spec.idempotencyKey,
		creditsReserved: spec.cost, creditsCharged: 0, tokensIn: 0, tokensOut: 0, model: spec.model ?? null, billing, error: null,
		attempts: 0, deliveryAttempts: 0, lastDeliveryError: null, createdAt: at, updatedAt: at,
		startedAt: null, completedAt: null, deliveredAt: null, lastDeliveryAt: null,
	};
	try {
		await queue.send( { type: 'job.run', job_id: id } );
	} catch ( error ) {
		// The job is safe in D1 as "queued"; the cron sweep enqueues it again.
		console.error( JSON.stringify( { event: 'enqueue_failed', job_id: id, error: String( error ) } ) );
	}
	return { job, created: true };
}

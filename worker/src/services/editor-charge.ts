/**
 * Credits for interactive editor actions, through the same ledger path as queued jobs: the
 * action is a job row (function rewrite / generate_meta / generate_faq / generate_takeaways) created already
 * running — its estimate reserved in the same D1 batch — and finished with completeJob
 * (settle) or failJob (refund). Nothing is enqueued and the result is marked delivered at
 * once, because the editor received it directly; so the sweep never re-runs or re-delivers it.
 */
import type { Database } from '../db/client';
import type { Job, Site } from '../db/schema';
import { paymentRequired } from '../lib/errors';
import { completeJob, failJob, getJob, markDelivered, type JobUsage } from './jobs';
import { standingRefusal } from './account-standing';
import { getBalance, reservationExists, reserveStatements } from './ledger';

/** Who asked, for the job's reference (the provenance WordPress records). */
export interface EditorReference {
	post_id: number;
	user_id: number;
	source: 'editor';
}

/**
 * Reserves `cost` credits and records a running job for the action. 403 when the account is
 * suspended or cancelled; 402 when the balance or the site's monthly cap does not cover it.
 */
export async function startEditorCharge( { db }: { db: Database }, site: Site, fn: string, input: Record<string, unknown>, reference: EditorReference, cost: number ): Promise<Job> {
	const d1 = db.$client;
	const now = Date.now();
	const id = crypto.randomUUID();
	const guard = reservationExists( id );
	const insert = d1
		.prepare(
			`INSERT INTO jobs (id, site_id, account_id, function, status, progress, step, input, reference, idempotency_key, credits_reserved, attempts, started_at, created_at, updated_at)
			 SELECT ?, ?, ?, ?, 'running', 10, 'generating', ?, ?, NULL, ?, 1, ?, ?, ? WHERE ${ guard.sql }`
		)
		.bind( id, site.id, site.accountId, fn, JSON.stringify( input ), JSON.stringify( reference ), cost, now, now, now, guard.param );
	const results = await d1.batch( [ ...reserveStatements( d1, { jobId: id, accountId: site.accountId, siteId: site.id }, cost, `${ fn } (editor) ${ id }: reserved`, now ), insert ] );
	if ( ( results[ 2 ]?.meta.changes ?? 0 ) !== 1 ) {
		const blocked = await standingRefusal( { db }, site.accountId, site.id );
		if ( blocked ) throw blocked;
		const balance = await getBalance( { db }, site.accountId );
		throw paymentRequired( `Not enough credits: this action needs up to ${ cost } credits and the balance is ${ balance.credits } (or the site reached its monthly limit).` );
	}
	const job = await getJob( { db }, id );
	if ( ! job ) throw new Error( `editor job ${ id } vanished after insert` );
	return job;
}

/** Settles the action: keeps what it cost (at most the reservation), returns the rest. */
export async function finishEditorCharge( { db }: { db: Database }, job: Job, result: Record<string, unknown>, usage: JobUsage, charged: number ): Promise<{ charged: number; balance: number }> {
	const kept = Math.min( Math.max( 0, charged ), job.creditsReserved );
	await completeJob( { db }, job, result, usage, kept );
	await markDelivered( { db }, job.id );
	const balance = await getBalance( { db }, job.accountId );
	return { charged: kept, balance: balance.credits };
}

/** Refunds the whole reservation of an action that failed. */
export async function failEditorCharge( { db }: { db: Database }, job: Job, error: string, usage?: JobUsage ): Promise<void> {
	await failJob( { db }, job, error, usage );
	await markDelivered( { db }, job.id );
}

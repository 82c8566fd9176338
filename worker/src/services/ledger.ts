/**
 * The credit ledger — every change to a balance goes through here.
 *
 * Rules (money):
 * - accounts.credits is the balance and always equals the sum of the account's ledger amounts.
 * - It never goes negative: a reservation is a conditional UPDATE (credits >= cost) in the same
 *   D1 batch (one transaction) as its ledger row, and a CHECK constraint backs that up.
 * - Each money event has a unique idempotency key ("reserve:<job>", "settle:<job>",
 *   "refund:<job>"), and settle/refund only happen while the job is still open, so a
 *   replayed queue message can never charge or refund twice.
 *
 * Reserve/settle/refund return D1 statements; the jobs service runs them in one batch
 * with its own job-row change so money and job state move together.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, plans } from '../db/schema';
import { notFound } from '../lib/errors';

/** Job statuses in which credits are still reserved (not yet settled or refunded). */
export const OPEN_JOB_STATUSES = [ 'queued', 'running' ] as const;
const OPEN_JOB_GUARD = `EXISTS (SELECT 1 FROM jobs WHERE id = ?1 AND status IN ('queued', 'running'))`;

export interface Balance {
	credits: number;
	low_balance_threshold: number;
	low_balance: boolean;
}

/** The account's balance with its plan's low-balance threshold. */
export async function getBalance( { db }: { db: Database }, accountId: string ): Promise<Balance> {
	const [ row ] = await db
		.select( { credits: accounts.credits, threshold: plans.lowBalanceThreshold } )
		.from( accounts )
		.innerJoin( plans, eq( plans.id, accounts.planId ) )
		.where( eq( accounts.id, accountId ) )
		.limit( 1 );
	if ( ! row ) throw notFound( 'Account not found.' );
	return { credits: row.credits, low_balance_threshold: row.threshold, low_balance: row.credits < row.threshold };
}

export interface JobMoney {
	jobId: string;
	accountId: string;
	siteId: string;
}

/** The key of a job's reservation row; its presence proves the reservation happened. */
export const reservationKey = ( jobId: string ): string => `reserve:${ jobId }`;

/**
 * Statements that reserve `amount` credits for a new job: the ledger row is written
 * only when the balance covers it, then the balance drops by the same conditional UPDATE.
 * Statements the caller adds should be guarded with `reservationExists()`.
 */
export function reserveStatements( d1: D1Database, money: JobMoney, amount: number, reason: string, now: number ): D1PreparedStatement[] {
	return [
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, site_id, job_id, kind, amount, balance_after, idempotency_key, reason, created_at)
				 SELECT ?1, id, ?2, ?3, 'reserve', -?4, credits - ?4, ?5, ?6, ?7 FROM accounts WHERE id = ?8 AND credits >= ?4`
			)
			.bind( crypto.randomUUID(), money.siteId, money.jobId, amount, reservationKey( money.jobId ), reason, now, money.accountId ),
		d1
			.prepare(
				`UPDATE accounts SET credits = credits - ?1, updated_at = ?2
				 WHERE id = ?3 AND credits >= ?1 AND EXISTS (SELECT 1 FROM credit_ledger WHERE idempotency_key = ?4)`
			)
			.bind( amount, now, money.accountId, reservationKey( money.jobId ) ),
	];
}

/** SQL guard (with its parameter) true only when the job's reservation row exists. */
export const reservationExists = ( jobId: string ) => ( { sql: 'EXISTS (SELECT 1 FROM credit_ledger WHERE idempotency_key = ?)', param: reservationKey( jobId ) } );

/**
 * Returns `amount` reserved credits to the balance while the job is still open.
 * Used for settle (the unused part of the reservation) and refund (all of it).
 */
function releaseStatements( d1: D1Database, money: JobMoney, kind: 'settle' | 'refund', amount: number, reason: string, now: number ): D1PreparedStatement[] {
	return [
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, site_id, job_id, kind, amount, balance_after, idempotency_key, reason, created_at)
				 SELECT ?2, id, ?3, ?1, ?4, ?5, credits + ?5, ?6, ?7, ?8 FROM accounts WHERE id = ?9 AND ${ OPEN_JOB_GUARD }`
			)
			.bind( money.jobId, crypto.randomUUID(), money.siteId, kind, amount, `${ kind }:${ money.jobId }`, reason, now, money.accountId ),
		d1
			.prepare( `UPDATE accounts SET credits = credits + ?2, updated_at = ?3 WHERE id = ?4 AND ${ OPEN_JOB_GUARD }` )
			.bind( money.jobId, amount, now, money.accountId ),
	];
}

/** Settles a finished job: keeps `charged` of `reserved` and returns the rest. */
export function settleStatements( d1: D1Database, money: JobMoney, reserved: number, charged: number, fn: string, now: number ): D1PreparedStatement[] {
	const kept = Math.min( Math.max( 0, charged ), reserved );
	return releaseStatements( d1, money, 'settle', reserved - kept, `${ fn }: charged ${ kept } of ${ reserved } reserved credits`, now );
}

/** Refunds the whole reservation of a failed job, naming why. */
export function refundStatements( d1: D1Database, money: JobMoney, reserved: number, why: string, now: number ): D1PreparedStatement[] {
	return releaseStatements( d1, money, 'refund', reserved, `Refund: ${ why }`.slice( 0, 500 ), now );
}

/** A manual correction (support, promotions, tests); refuses to take the balance below zero. */
export async function adjustCredits( { db }: { db: Database }, accountId: string, amount: number, reason: string ): Promise<void> {
	const d1 = db.$client;
	const key = `adjustment:${ crypto.randomUUID() }`;
	const now = Date.now();
	const [ inserted ] = await d1.batch( [
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, kind, amount, balance_after, idempotency_key, reason, created_at)
				 SELECT ?1, id, 'adjustment', ?2, credits + ?2, ?3, ?4, ?5 FROM accounts WHERE id = ?6 AND credits + ?2 >= 0`
			)
			.bind( crypto.randomUUID(), amount, key, reason, now, accountId ),
		d1
			.prepare( `UPDATE accounts SET credits = credits + ?1, updated_at = ?2 WHERE id = ?3 AND EXISTS (SELECT 1 FROM credit_ledger WHERE idempotency_key = ?4)` )
			.bind( amount, now, accountId, key ),
	] );
	if ( ( inserted?.meta.changes ?? 0 ) !== 1 ) throw new Error( 'Adjustment refused: it would make the balance negative.' );
}

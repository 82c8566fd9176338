/**
 * The credit ledger — every change to a balance goes through here.
 *
 * Rules (money):
 * - accounts.credits is the balance and always equals the sum of the account's ledger amounts,
 *   and allowance_credits + topup_credits (the two buckets) always equal it.
 * - It never goes negative: a reservation is a conditional INSERT…SELECT (credits >= cost) and
 *   a guarded UPDATE in the same D1 batch (one transaction); a CHECK constraint backs that up.
 * - Spend order: the monthly allowance first, then purchased top-ups. Every entry records
 *   which bucket it moved (allowance_amount + topup_amount = amount). Credits given back
 *   (settle/refund) return to the top-up bucket first, up to what the reservation took from it,
 *   so top-ups are never lost to an allowance reset.
 * - Each money event has a unique idempotency key ("reserve:<job>", "settle:<job>",
 *   "refund:<job>", "allowance:<account>:<period>", "topup:<payment>"), and settle/refund only
 *   happen while the job is still open, so a replayed message can never charge or refund twice.
 *
 * Reserve/settle/refund return D1 statements; the jobs service runs them in one batch
 * with its own job-row change so money and job state move together.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, plans, type Account } from '../db/schema';
import { notFound } from '../lib/errors';
import { periodStart } from '../lib/period';

/** Job statuses in which credits are still reserved (not yet settled or refunded). */
export const OPEN_JOB_STATUSES = [ 'queued', 'running' ] as const;
const openJobGuard = ( param: string ) => `EXISTS (SELECT 1 FROM jobs WHERE id = ${ param } AND status IN ('queued', 'running'))`;

export interface Balance {
	credits: number;
	allowance_credits: number;
	topup_credits: number;
	low_balance_threshold: number;
	low_balance: boolean;
	/** A sentence the site can show when the balance is under the threshold; null otherwise. */
	warning: string | null;
	/** active, trial, suspended or cancelled. */
	account_status: string;
	/** A failed renewal's grace period end (ISO), or null. */
	grace_until: string | null;
	/** What WordPress shows on every admin screen while the account needs its owner (a failed payment, a suspension); null otherwise. */
	account_notice: string | null;
}

/** The owner's next step while the account is in a grace period, suspended or cancelled; null when all is well. */
export function accountNotice( state: { status: string; statusReason: string | null; graceUntil: Date | null } ): string | null {
	if ( state.status === 'suspended' || state.status === 'cancelled' ) {
		const reason = state.statusReason?.trim().replace( /\.+$/, '' );
		return `The IGNY8 account is ${ state.status }${ reason ? `: ${ reason }` : '' }. New AI jobs are refused until its owner resolves this in the IGNY8 portal.`;
	}
	if ( state.graceUntil ) {
		return `The last IGNY8 payment failed. The plan stays active until ${ state.graceUntil.toISOString().slice( 0, 10 ) } while the payment is retried; the account owner can update the payment method in the IGNY8 portal (Billing).`;
	}
	return null;
}

/** The columns a balance is computed from (accounts joined with their plan). */
export const balanceColumns = { credits: accounts.credits, allowance: accounts.allowanceCredits, topup: accounts.topupCredits, own: accounts.lowBalanceThreshold, plan: plans.lowBalanceThreshold, status: accounts.status, statusReason: accounts.statusReason, graceUntil: accounts.graceUntil };

interface BalanceRow {
	credits: number;
	allowance: number;
	topup: number;
	own: number | null;
	plan: number;
	status: Account[ 'status' ];
	statusReason: string | null;
	graceUntil: Date | null;
}

/** The balance as the API and the portal show it, from a row of balanceColumns. */
export function balanceOf( row: BalanceRow ): Balance {
	const threshold = row.own ?? row.plan;
	const low = row.credits < threshold;
	return {
		credits: row.credits,
		allowance_credits: row.allowance,
		topup_credits: row.topup,
		low_balance_threshold: threshold,
		low_balance: low,
		warning: low ? `Low balance: ${ row.credits } credits left (warning level ${ threshold }). Jobs are refused once a job's cost exceeds the balance.` : null,
		account_status: row.status,
		grace_until: row.graceUntil ? row.graceUntil.toISOString() : null,
		account_notice: accountNotice( row ),
	};
}

/** The account's balance, its buckets and the low-balance warning (account threshold, else the plan's). */
export async function getBalance( { db }: { db: Database }, accountId: string ): Promise<Balance> {
	const [ row ] = await db.select( balanceColumns ).from( accounts ).innerJoin( plans, eq( plans.id, accounts.planId ) ).where( eq( accounts.id, accountId ) ).limit( 1 );
	if ( ! row ) throw notFound( 'Account not found.' );
	return balanceOf( row );
}

export interface JobMoney {
	jobId: string;
	accountId: string;
	siteId: string;
}

/** The key of a job's reservation row; its presence proves the reservation happened. */
export const reservationKey = ( jobId: string ): string => `reserve:${ jobId }`;

// A site under an owner's monthly cap: credits it used this period (reserve − returns) + the cost fit.
const SITE_CAP_GUARD = `CASE WHEN s.monthly_credit_cap IS NULL THEN 1
	ELSE s.monthly_credit_cap >= ?4 + COALESCE((SELECT -SUM(amount) FROM credit_ledger
		WHERE site_id = ?2 AND kind IN ('reserve', 'settle', 'refund') AND created_at >= ?9), 0) END`;

/**
 * Statements that reserve `amount` credits for a new job: the ledger row is written only
 * when the account and the site may start jobs (neither suspended, the account not cancelled), the balance covers it and
 * the site's monthly cap allows it, taking the allowance
 * first; then both buckets drop by what the row says. Statements the caller adds should
 * be guarded with `reservationExists()`.
 */
export function reserveStatements( d1: D1Database, money: JobMoney, amount: number, reason: string, now: number ): D1PreparedStatement[] {
	const key = reservationKey( money.jobId );
	return [
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, site_id, job_id, kind, amount, allowance_amount, topup_amount, balance_after, idempotency_key, reason, created_at)
				 SELECT ?1, a.id, ?2, ?3, 'reserve', -?4, -MIN(a.allowance_credits, ?4), MIN(a.allowance_credits, ?4) - ?4, a.credits - ?4, ?5, ?6, ?7
				 FROM accounts a JOIN sites s ON s.id = ?2 AND s.account_id = a.id AND s.status = 'active'
				 WHERE a.id = ?8 AND a.credits >= ?4 AND a.status NOT IN ('suspended', 'cancelled') AND ${ SITE_CAP_GUARD }`
			)
			.bind( crypto.randomUUID(), money.siteId, money.jobId, amount, key, reason, now, money.accountId, periodStart( now ) ),
		applyEntryStatement( d1, money.accountId, key, now ),
	];
}

/** Moves the account's balance and buckets by the ledger row `key` (if this batch wrote it). */
export function applyEntryStatement( d1: D1Database, accountId: string, key: string, now: number ): D1PreparedStatement {
	return d1
		.prepare(
			`UPDATE accounts SET
				credits = credits + (SELECT amount FROM credit_ledger WHERE idempotency_key = ?1),
				allowance_credits = allowance_credits + (SELECT allowance_amount FROM credit_ledger WHERE idempotency_key = ?1),
				topup_credits = topup_credits + (SELECT topup_amount FROM credit_ledger WHERE idempotency_key = ?1),
				updated_at = ?2
			 WHERE id = ?3 AND EXISTS (SELECT 1 FROM credit_ledger WHERE idempotency_key = ?1 AND account_id = ?3)`
		)
		.bind( key, now, accountId );
}

/** SQL guard (with its parameter) true only when the job's reservation row exists. */
export const reservationExists = ( jobId: string ) => ( { sql: 'EXISTS (SELECT 1 FROM credit_ledger WHERE idempotency_key = ?)', param: reservationKey( jobId ) } );

/**
 * Returns `amount` reserved credits to the balance while the job is still open: to the
 * top-up bucket first (up to what the reservation took from it), the rest to the allowance.
 * Used for settle (the unused part of the reservation) and refund (all of it).
 */
function releaseStatements( d1: D1Database, money: JobMoney, kind: 'settle' | 'refund', amount: number, reason: string, now: number ): D1PreparedStatement[] {
	const key = `${ kind }:${ money.jobId }`;
	return [
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, site_id, job_id, kind, amount, allowance_amount, topup_amount, balance_after, idempotency_key, reason, created_at)
				 SELECT ?2, a.id, ?3, ?1, ?4, ?5, ?5 - MIN(?5, -r.topup_amount), MIN(?5, -r.topup_amount), a.credits + ?5, ?6, ?7, ?8
				 FROM accounts a JOIN credit_ledger r ON r.idempotency_key = 'reserve:' || ?1 AND r.account_id = a.id
				 WHERE a.id = ?9 AND ${ openJobGuard( '?1' ) }`
			)
			.bind( money.jobId, crypto.randomUUID(), money.siteId, kind, amount, key, reason, now, money.accountId ),
		d1
			.prepare(
				`UPDATE accounts SET
					credits = credits + (SELECT amount FROM credit_ledger WHERE idempotency_key = ?1),
					allowance_credits = allowance_credits + (SELECT allowance_amount FROM credit_ledger WHERE idempotency_key = ?1),
					topup_credits = topup_credits + (SELECT topup_amount FROM credit_ledger WHERE idempotency_key = ?1),
					updated_at = ?2
				 WHERE id = ?3 AND EXISTS (SELECT 1 FROM credit_ledger WHERE idempotency_key = ?1) AND ${ openJobGuard( '?4' ) }`
			)
			.bind( key, now, money.accountId, money.jobId ),
	];
}

/** Settles a finished job: keeps `charged` of `reserved` and returns the rest. */
export function settleStatements( d1: D1Database, money: JobMoney, reserved: number, charged: number, fn: string, now: number ): D1PreparedStatement[] {
	const kept = Math.min( Math.max( 0, charged ), reserved );
	return releaseStatements( d1, money, 'settle', reserved - kept, `${ fn }: charged ${ kept } of ${ reserved } reserved credits`, now );
}

/** Refunds the whole reservation of a failed or cancelled job, naming why. */
export function refundStatements( d1: D1Database, money: JobMoney, reserved: number, why: string, now: number ): D1PreparedStatement[] {
	return releaseStatements( d1, money, 'refund', reserved, `Refund: ${ why }`.slice( 0, 500 ), now );
}

/**
 * A manual correction (support, promotions, tests). A credit goes to the top-up bucket
 * (it must not expire with the allowance); a debit takes the allowance first. Refuses to
 * take the balance below zero.
 */
export async function adjustCredits( { db }: { db: Database }, accountId: string, amount: number, reason: string ): Promise<void> {
	const d1 = db.$client;
	const key = `adjustment:${ crypto.randomUUID() }`;
	const now = Date.now();
	const [ inserted ] = await d1.batch( [
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, kind, amount, allowance_amount, topup_amount, balance_after, idempotency_key, reason, created_at)
				 SELECT ?1, id, 'adjustment', ?2,
					CASE WHEN ?2 >= 0 THEN 0 ELSE -MIN(allowance_credits, -?2) END,
					CASE WHEN ?2 >= 0 THEN ?2 ELSE ?2 + MIN(allowance_credits, -?2) END,
					credits + ?2, ?3, ?4, ?5
				 FROM accounts WHERE id = ?6 AND credits + ?2 >= 0`
			)
			.bind( crypto.randomUUID(), amount, key, reason, now, accountId ),
		applyEntryStatement( d1, accountId, key, now ),
	] );
	if ( ( inserted?.meta.changes ?? 0 ) !== 1 ) throw new Error( 'Adjustment refused: it would make the balance negative.' );
}

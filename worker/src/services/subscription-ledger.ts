/**
 * What a subscription does to the ledger, as D1 statements the Stripe event processing runs in one
 * batch with the event's record (so an event applies whole or not at all):
 *
 * - A period grant (the invoice that opens a billing period was paid): the unused allowance of the
 *   previous paid period expires (the trial's carries into the first) and the plan's monthly allowance
 *   is granted, once per period: guarded by accounts.allowance_period_start, so a period never grants
 *   twice and an older one never again.
 * - A proration grant (a plan change within a period was paid): the difference is added to the
 *   allowance, once per invoice.
 * - The free tier (the subscription ended, or a failed renewal's grace period ran out): the unused
 *   allowance expires and the account returns to the free plan. Top-ups are never touched.
 *
 * Account statuses "suspended" and "cancelled" are the operator's and are never overwritten here.
 */
import { FREE_PLAN_ID } from './billing-catalog';
import { applyEntryStatement } from './ledger';

const PERIOD_GUARD = '(allowance_period_start IS NULL OR allowance_period_start < ?2)';

/** Columns of the account that follow the subscription; undefined ones are left alone. */
export interface SubscriptionColumns {
	stripe_customer_id?: string | null;
	stripe_subscription_id?: string | null;
	subscription_status?: string | null;
	subscription_period_end?: number | null;
	cancel_at_period_end?: number;
	subscription_event_at?: number | null;
	grace_until?: number | null;
	grace_invoice_id?: string | null;
	plan_id?: string;
}

/** UPDATE accounts SET <columns> (and the status, unless the operator's) WHERE id = ?; empty when there is nothing to set. */
export function accountUpdate( d1: D1Database, accountId: string, columns: SubscriptionColumns, now: number, status?: 'active' | 'trial' ): D1PreparedStatement[] {
	const entries = Object.entries( columns ).filter( ( [ , value ] ) => value !== undefined );
	if ( entries.length === 0 && ! status ) return [];
	const sets = entries.map( ( [ column ] ) => `${ column } = ?` );
	const params: unknown[] = entries.map( ( [ , value ] ) => value );
	if ( status ) {
		sets.push( "status = CASE WHEN status IN ('suspended', 'cancelled') THEN status ELSE ? END" );
		params.push( status );
	}
	return [ d1.prepare( `UPDATE accounts SET ${ sets.join( ', ' ) }, updated_at = ? WHERE id = ?` ).bind( ...params, now, accountId ) ];
}

export interface PeriodGrant {
	accountId: string;
	planId: string;
	planName: string;
	credits: number;
	/** Start of the billing period (ms). */
	periodStart: number;
	key: string;
}

// The allowance a period grant keeps: none of a previous paid period's, all of what came before the first one (the trial's).
const KEPT_ALLOWANCE = 'CASE WHEN allowance_period_start IS NULL THEN allowance_credits ELSE 0 END';

/**
 * Expire the previous period's allowance and grant this period's, only if this period is newer than the
 * last granted one. Before the first paid period nothing expires: the trial's credits carry over.
 */
export function periodGrantStatements( d1: D1Database, grant: PeriodGrant, now: number ): D1PreparedStatement[] {
	const label = new Date( grant.periodStart ).toISOString().slice( 0, 10 );
	return [
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, kind, amount, allowance_amount, topup_amount, balance_after, idempotency_key, reason, created_at)
				 SELECT ?3, id, 'expire', -allowance_credits, -allowance_credits, 0, credits - allowance_credits, ?4, ?5, ?6
				 FROM accounts WHERE id = ?1 AND ${ PERIOD_GUARD } AND allowance_period_start IS NOT NULL AND allowance_credits > 0`
			)
			.bind( grant.accountId, grant.periodStart, crypto.randomUUID(), `expire:${ grant.key }`, `Unused allowance expired: a new billing period starts ${ label }`, now ),
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, kind, amount, allowance_amount, topup_amount, balance_after, idempotency_key, reason, created_at)
				 SELECT ?3, id, 'grant', ?4, ?4, 0, topup_credits + ${ KEPT_ALLOWANCE } + ?4, ?5, ?6, ?7
				 FROM accounts WHERE id = ?1 AND ${ PERIOD_GUARD } AND ?4 > 0`
			)
			.bind( grant.accountId, grant.periodStart, crypto.randomUUID(), grant.credits, grant.key, `${ grant.planName } plan: allowance for the period from ${ label }`, now ),
		d1
			.prepare(
				`UPDATE accounts SET allowance_credits = ${ KEPT_ALLOWANCE } + ?3, credits = topup_credits + ${ KEPT_ALLOWANCE } + ?3,
					allowance_period_start = ?2, plan_id = ?4, updated_at = ?5
				 WHERE id = ?1 AND ${ PERIOD_GUARD }`
			)
			.bind( grant.accountId, grant.periodStart, grant.credits, grant.planId, now ),
	];
}

/** Adds `credits` to the allowance for a paid plan change, once per key. */
export function prorationGrantStatements( d1: D1Database, accountId: string, credits: number, key: string, reason: string, now: number ): D1PreparedStatement[] {
	return [
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, kind, amount, allowance_amount, topup_amount, balance_after, idempotency_key, reason, created_at)
				 SELECT ?2, id, 'grant', ?3, ?3, 0, credits + ?3, ?4, ?5, ?6 FROM accounts WHERE id = ?1
				 AND NOT EXISTS (SELECT 1 FROM credit_ledger WHERE idempotency_key = ?4)`
			)
			.bind( accountId, crypto.randomUUID(), credits, key, reason, now ),
		applyEntryStatement( d1, accountId, key, now ),
	];
}

/** The unused allowance expires and the account returns to the free plan (top-ups stay). */
export function freeTierStatements( d1: D1Database, accountId: string, key: string, reason: string, now: number ): D1PreparedStatement[] {
	const rowId = crypto.randomUUID();
	// The balance moves only by the row this very batch wrote (its fresh id), so a replay moves nothing.
	return [
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, kind, amount, allowance_amount, topup_amount, balance_after, idempotency_key, reason, created_at)
				 SELECT ?2, id, 'expire', -allowance_credits, -allowance_credits, 0, credits - allowance_credits, ?3, ?4, ?5
				 FROM accounts WHERE id = ?1 AND allowance_credits > 0 AND NOT EXISTS (SELECT 1 FROM credit_ledger WHERE idempotency_key = ?3)`
			)
			.bind( accountId, rowId, key, reason, now ),
		d1
			.prepare(
				`UPDATE accounts SET
					credits = credits + COALESCE((SELECT amount FROM credit_ledger WHERE id = ?4), 0),
					allowance_credits = allowance_credits + COALESCE((SELECT allowance_amount FROM credit_ledger WHERE id = ?4), 0),
					plan_id = ?2, grace_until = NULL,
					status = CASE WHEN status IN ('suspended', 'cancelled') THEN status ELSE 'trial' END, updated_at = ?3
				 WHERE id = ?1`
			)
			.bind( accountId, FREE_PLAN_ID, now, rowId ),
	];
}

/**
 * Plans' monthly allowances and purchased top-ups — the two ways credits enter an account.
 *
 * - An account with a Stripe subscription gets each period's allowance from the paid invoice that
 *   opens it (stripe-events.ts, subscription-ledger.ts). The cron serves only plans set without
 *   Stripe (by the operator): it calls grantMonthlyAllowances() (every 5 minutes; cheap when there is nothing to do).
 *   Per account and period it writes off the unused allowance ("expire") and grants the plan's
 *   allowance ("grant", key "allowance:<account>:<YYYY-MM>"), in one batch guarded by
 *   accounts.allowance_period, so it happens exactly once per period even when runs overlap.
 * - A top-up ("grant" into the top-up bucket, key "topup:<payment id>") never expires; a
 *   payment processed twice credits once.
 */
import { and, eq, isNull, ne, or, gt } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, plans } from '../db/schema';
import { badRequest, notFound } from '../lib/errors';
import { periodOf } from '../lib/period';

/** The key of an account's allowance grant for a period. */
export const allowanceKey = ( accountId: string, period: string ) => `allowance:${ accountId }:${ period }`;

// Accounts with a Stripe subscription get their allowance from its paid invoices (stripe-events.ts), never from here.
const NEEDS_GRANT = `a.id = ?1 AND p.monthly_credits > 0 AND a.stripe_subscription_id IS NULL AND (a.allowance_period IS NULL OR a.allowance_period <> ?2)`;

/** One account's period rollover: expire the old allowance, grant the new, set the period. */
function rolloverStatements( d1: D1Database, accountId: string, period: string, now: number ): D1PreparedStatement[] {
	const grantKey = allowanceKey( accountId, period );
	return [
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, kind, amount, allowance_amount, topup_amount, balance_after, idempotency_key, reason, created_at)
				 SELECT ?3, a.id, 'expire', -a.allowance_credits, -a.allowance_credits, 0, a.credits - a.allowance_credits, ?4, ?5, ?6
				 FROM accounts a JOIN plans p ON p.id = a.plan_id WHERE ${ NEEDS_GRANT } AND a.allowance_credits > 0`
			)
			.bind( accountId, period, crypto.randomUUID(), `expire:${ accountId }:${ period }`, `Unused allowance expired at the start of ${ period }`, now ),
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, kind, amount, allowance_amount, topup_amount, balance_after, idempotency_key, reason, created_at)
				 SELECT ?3, a.id, 'grant', p.monthly_credits, p.monthly_credits, 0, a.topup_credits + p.monthly_credits, ?4, p.name || ' plan: monthly allowance for ' || ?2, ?5
				 FROM accounts a JOIN plans p ON p.id = a.plan_id WHERE ${ NEEDS_GRANT }`
			)
			.bind( accountId, period, crypto.randomUUID(), grantKey, now ),
		d1
			.prepare(
				`UPDATE accounts SET
					allowance_credits = (SELECT amount FROM credit_ledger WHERE idempotency_key = ?3),
					credits = topup_credits + (SELECT amount FROM credit_ledger WHERE idempotency_key = ?3),
					allowance_period = ?2, updated_at = ?4
				 WHERE id = ?1 AND (allowance_period IS NULL OR allowance_period <> ?2) AND EXISTS (SELECT 1 FROM credit_ledger WHERE idempotency_key = ?3)`
			)
			.bind( accountId, period, grantKey, now ),
	];
}

export interface AllowanceReport {
	period: string;
	granted: number;
	failed: number;
}

/** Grants this period's allowance to every account on a paid plan that has not had it yet. */
export async function grantMonthlyAllowances( { db }: { db: Database }, now = Date.now(), limit = 200 ): Promise<AllowanceReport> {
	const period = periodOf( now );
	const due = await db
		.select( { id: accounts.id } )
		.from( accounts )
		.innerJoin( plans, eq( plans.id, accounts.planId ) )
		.where( and( gt( plans.monthlyCredits, 0 ), isNull( accounts.stripeSubscriptionId ), or( isNull( accounts.allowancePeriod ), ne( accounts.allowancePeriod, period ) ) ) )
		.limit( limit );
	let granted = 0;
	let failed = 0;
	for ( const { id } of due ) {
		try {
			const results = await db.$client.batch( rolloverStatements( db.$client, id, period, now ) );
			granted += results[ 2 ]?.meta.changes ?? 0;
		} catch ( error ) {
			// A concurrent run won this account (unique key): nothing to do. Anything else is retried next run.
			if ( ! /UNIQUE constraint failed/.test( String( error ) ) ) {
				failed++;
				console.error( JSON.stringify( { event: 'allowance_failed', account_id: id, period, error: String( error ) } ) );
			}
		}
	}
	return { period, granted, failed };
}

/**
 * Statements recording a purchased top-up once per payment (key "topup:<payment id>"); the balance
 * moves only if this very batch wrote the row (its fresh id), so a replay is a no-op.
 */
export function topUpStatements( d1: D1Database, accountId: string, purchase: { credits: number; paymentId: string }, now: number ): D1PreparedStatement[] {
	if ( ! Number.isInteger( purchase.credits ) || purchase.credits <= 0 ) throw badRequest( 'A top-up adds a positive whole number of credits.' );
	const rowId = crypto.randomUUID();
	return [
		d1
			.prepare(
				`INSERT INTO credit_ledger (id, account_id, kind, amount, allowance_amount, topup_amount, balance_after, idempotency_key, payment_id, reason, created_at)
				 SELECT ?1, id, 'grant', ?2, 0, ?2, credits + ?2, ?3, ?4, ?5, ?6 FROM accounts WHERE id = ?7
				 AND NOT EXISTS (SELECT 1 FROM credit_ledger WHERE idempotency_key = ?3)`
			)
			.bind( rowId, purchase.credits, `topup:${ purchase.paymentId }`, purchase.paymentId, `Top-up: ${ purchase.credits } credits (never expire)`, now, accountId ),
		d1
			.prepare( `UPDATE accounts SET credits = credits + ?1, topup_credits = topup_credits + ?1, updated_at = ?2 WHERE id = ?3 AND EXISTS (SELECT 1 FROM credit_ledger WHERE id = ?4)` )
			.bind( purchase.credits, now, accountId, rowId ),
	];
}

/** Records a purchased top-up once per payment; returns false if that payment was already credited. */
export async function purchaseTopUp( { db }: { db: Database }, accountId: string, purchase: { credits: number; paymentId: string } ): Promise<boolean> {
	const [ inserted ] = await db.$client.batch( topUpStatements( db.$client, accountId, purchase, Date.now() ) );
	return ( inserted?.meta.changes ?? 0 ) === 1;
}

/** Moves an account to another plan; the new allowance starts with the next period's grant. */
export async function changePlan( { db }: { db: Database }, accountId: string, planSlug: string ): Promise<void> {
	const plan = await db.query.plans.findFirst( { where: eq( plans.slug, planSlug ) } );
	if ( ! plan ) throw notFound( `Unknown plan "${ planSlug }".` );
	await db.update( accounts ).set( { planId: plan.id, updatedAt: new Date() } ).where( eq( accounts.id, accountId ) );
}


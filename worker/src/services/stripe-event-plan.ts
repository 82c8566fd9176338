/** What processing a Stripe event decides before it applies anything: the outcome, the account, the statements. */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, type Account } from '../db/schema';
import type { Env } from '../env';
import type { StripeEvent } from './stripe-objects';

export type EventOutcome =
	| 'granted' | 'subscription_linked' | 'period_granted' | 'proration_granted' | 'grace_started' | 'grace_continues'
	| 'subscription_updated' | 'subscription_ended' | 'already_processed' | 'ignored' | 'unpaid' | 'unknown_account'
	| 'amount_mismatch' | 'customer_mismatch' | 'other_subscription' | 'stale' | 'duplicate_subscription_cancelled';

/** What an event will do, decided from reads only. */
export interface EventPlan {
	outcome: EventOutcome;
	accountId: string | null;
	objectId?: string | null;
	/** The Checkout Session a top-up comes from (one grant per session, by a unique column). */
	sessionId?: string | null;
	statements: D1PreparedStatement[];
	/**
	 * A call to Stripe that must succeed before the statements apply (cancelling a second subscription).
	 * It runs again when the event is retried, so it must be idempotent.
	 */
	effect?: () => Promise<void>;
}

export interface EventContext {
	db: Database;
	env: Env;
	event: StripeEvent;
	/** When Stripe created the event (ms): grace periods and ordering are measured in it. */
	createdAt: number;
	now: number;
	/** The account as the plan read it (set by accountOfEvent): the plan applies only if it is unchanged. */
	account?: Account;
}

/**
 * The account an event is about: our metadata first, then the stored customer. A customer that is not the
 * account's is refused. The account found is kept on the context for the batch's standing guard.
 */
export async function accountOfEvent( context: EventContext, ids: { accountId?: string | null | undefined; customer?: string | null | undefined } ): Promise<Account | 'unknown_account' | 'customer_mismatch'> {
	const found = await findAccount( context.db, ids );
	if ( typeof found !== 'string' ) context.account = found;
	return found;
}

async function findAccount( db: Database, ids: { accountId?: string | null | undefined; customer?: string | null | undefined } ): Promise<Account | 'unknown_account' | 'customer_mismatch'> {
	if ( ids.accountId ) {
		const account = await db.query.accounts.findFirst( { where: eq( accounts.id, ids.accountId ) } );
		if ( ! account ) return 'unknown_account';
		if ( ids.customer && account.stripeCustomerId && account.stripeCustomerId !== ids.customer ) return 'customer_mismatch';
		return account;
	}
	if ( ! ids.customer ) return 'unknown_account';
	return ( await db.query.accounts.findFirst( { where: eq( accounts.stripeCustomerId, ids.customer ) } ) ) ?? 'unknown_account';
}

/** Marks the failure of standingGuard(): the account's subscription changed between the plan and its batch. */
export const STANDING_CHANGED = 'malformed JSON';

/**
 * A statement that aborts its batch (the whole transaction) unless the account's subscription is still the
 * one the plan read. SQLite raises errors only from triggers or functions, so the failing branch calls json()
 * on text that is not JSON; nothing else in these batches calls json().
 */
export function standingGuard( d1: D1Database, account: Pick<Account, 'id' | 'stripeSubscriptionId' | 'subscriptionStatus'> ): D1PreparedStatement {
	return d1
		.prepare( "SELECT CASE WHEN EXISTS (SELECT 1 FROM accounts WHERE id = ?1 AND stripe_subscription_id IS ?2 AND subscription_status IS ?3) THEN 1 ELSE json('standing changed') END" )
		.bind( account.id, account.stripeSubscriptionId, account.subscriptionStatus );
}

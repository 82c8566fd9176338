/** What processing a Stripe event decides before it applies anything: the outcome, the account, the statements. */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, type Account } from '../db/schema';
import type { Env } from '../env';
import type { StripeEvent } from './stripe-objects';

export type EventOutcome =
	| 'granted' | 'subscription_linked' | 'period_granted' | 'proration_granted' | 'grace_started' | 'grace_continues'
	| 'subscription_updated' | 'subscription_ended' | 'already_processed' | 'ignored' | 'unpaid' | 'unknown_account'
	| 'amount_mismatch' | 'customer_mismatch' | 'other_subscription' | 'stale';

/** What an event will do, decided from reads only. */
export interface EventPlan {
	outcome: EventOutcome;
	accountId: string | null;
	objectId?: string | null;
	/** The Checkout Session a top-up comes from (one grant per session, by a unique column). */
	sessionId?: string | null;
	statements: D1PreparedStatement[];
}

export interface EventContext {
	db: Database;
	env: Env;
	event: StripeEvent;
	/** When Stripe created the event (ms): grace periods and ordering are measured in it. */
	createdAt: number;
	now: number;
}

/** The account an event is about: our metadata first, then the stored customer. A customer that is not the account's is refused. */
export async function accountOfEvent( db: Database, ids: { accountId?: string | null | undefined; customer?: string | null | undefined } ): Promise<Account | 'unknown_account' | 'customer_mismatch'> {
	if ( ids.accountId ) {
		const account = await db.query.accounts.findFirst( { where: eq( accounts.id, ids.accountId ) } );
		if ( ! account ) return 'unknown_account';
		if ( ids.customer && account.stripeCustomerId && account.stripeCustomerId !== ids.customer ) return 'customer_mismatch';
		return account;
	}
	if ( ! ids.customer ) return 'unknown_account';
	return ( await db.query.accounts.findFirst( { where: eq( accounts.stripeCustomerId, ids.customer ) } ) ) ?? 'unknown_account';
}


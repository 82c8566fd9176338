/**
 * Processing a verified Stripe event. Each event is planned first (reads only: which account, what
 * changes) and then applied in ONE D1 batch that also records the event id, so an event applies whole
 * or not at all: a failure leaves nothing behind and answers non-2xx, and Stripe sends it again. A
 * second delivery of an event id finds its record (or loses the race on the primary key) and changes
 * nothing. Order does not matter: every event carries the account it is about (our metadata), period
 * grants are guarded by the period, and subscription state only moves forward in event time.
 *
 * Two events planned at once for the same account (two first checkouts paid together) cannot both act
 * on what they read: each batch carries a guard that aborts it when the account's subscription changed
 * since its plan, and the event is planned again from what is now stored. A checkout that completes
 * while the account already has a live subscription (two checkouts started before either finished)
 * cancels its new subscription at Stripe, the unused time credited to the customer's Stripe balance,
 * before it is recorded; it grants nothing.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { stripeEvents } from '../db/schema';
import type { Env } from '../env';
import { topUpStatements } from './allowances';
import { findPack } from './billing-catalog';
import { cancelDuplicateSubscription } from './stripe-billing';
import { accountOfEvent, STANDING_CHANGED, standingGuard, type EventContext, type EventOutcome, type EventPlan } from './stripe-event-plan';
import { checkoutSessionSchema, invoiceSchema, subscriptionSchema, type CheckoutSession, type StripeEvent } from './stripe-objects';
import { planInvoiceFailed, planInvoicePaid, planSubscriptionChange } from './subscription-events';
import { accountUpdate } from './subscription-ledger';

export type { EventOutcome } from './stripe-event-plan';

const CHECKOUT_EVENTS = new Set( [ 'checkout.session.completed', 'checkout.session.async_payment_succeeded' ] );

/** A completed Checkout Session: a credit pack is granted (the amount checked against the catalogue); a subscription is linked. */
async function planCheckout( context: EventContext, session: CheckoutSession ): Promise<EventPlan> {
	const { db } = context;
	const d1 = db.$client;
	const found = await accountOfEvent( context, { accountId: session.metadata?.account_id ?? session.client_reference_id, customer: session.customer } );
	if ( typeof found === 'string' ) return { outcome: found, accountId: null, statements: [] };
	const account = found;
	const linkCustomer = session.customer && ! account.stripeCustomerId ? { stripe_customer_id: session.customer } : {};
	if ( session.payment_status !== 'paid' && session.payment_status !== 'no_payment_required' ) return { outcome: 'unpaid', accountId: account.id, statements: [] };
	if ( session.mode === 'subscription' || session.metadata?.kind === 'plan' ) {
		const replaces = ! account.stripeSubscriptionId || account.subscriptionStatus === 'canceled';
		if ( ! session.subscription ) return { outcome: 'other_subscription', accountId: account.id, statements: [] };
		if ( ! replaces && account.stripeSubscriptionId !== session.subscription ) {
			// A second first-checkout: the account keeps the subscription it has; this one is cancelled and credited at Stripe.
			const duplicate = session.subscription;
			return { outcome: 'duplicate_subscription_cancelled', accountId: account.id, objectId: duplicate, statements: [], effect: () => cancelDuplicateSubscription( context.env, duplicate, account.id ) };
		}
		// The allowance comes with the invoice.paid of the first period; here the account learns its subscription.
		const link = replaces ? { stripe_subscription_id: session.subscription, subscription_status: 'active' } : {};
		return { outcome: 'subscription_linked', accountId: account.id, objectId: session.subscription, statements: accountUpdate( d1, account.id, { ...linkCustomer, ...link }, context.now ) };
	}
	const pack = findPack( session.metadata?.pack );
	// The amount Stripe charged must be the pack's price: metadata alone never decides how much to grant.
	if ( ! pack || session.amount_total !== pack.amount || session.currency !== pack.currency ) return { outcome: 'amount_mismatch', accountId: account.id, statements: [] };
	const already = await d1.prepare( 'SELECT 1 FROM credit_ledger WHERE idempotency_key = ?' ).bind( `topup:${ session.id }` ).first();
	if ( already ) return { outcome: 'already_processed', accountId: account.id, statements: [] };
	return {
		outcome: 'granted',
		accountId: account.id,
		sessionId: session.id,
		statements: [ ...topUpStatements( d1, account.id, { credits: pack.credits, paymentId: session.id }, context.now ), ...accountUpdate( d1, account.id, linkCustomer, context.now ) ],
	};
}

async function planEvent( context: EventContext ): Promise<EventPlan> {
	const { event } = context;
	const object = event.data.object;
	if ( CHECKOUT_EVENTS.has( event.type ) ) {
		const session = checkoutSessionSchema.safeParse( object );
		return session.success ? planCheckout( context, session.data ) : { outcome: 'ignored', accountId: null, statements: [] };
	}
	if ( event.type === 'invoice.paid' || event.type === 'invoice.payment_failed' ) {
		const invoice = invoiceSchema.safeParse( object );
		if ( ! invoice.success ) return { outcome: 'ignored', accountId: null, statements: [] };
		return event.type === 'invoice.paid' ? planInvoicePaid( context, invoice.data ) : planInvoiceFailed( context, invoice.data );
	}
	if ( event.type === 'customer.subscription.created' || event.type === 'customer.subscription.updated' || event.type === 'customer.subscription.deleted' ) {
		const subscription = subscriptionSchema.safeParse( object );
		return subscription.success ? planSubscriptionChange( context, subscription.data, event.type === 'customer.subscription.deleted' ) : { outcome: 'ignored', accountId: null, statements: [] };
	}
	return { outcome: 'ignored', accountId: null, statements: [] };
}

const isUniqueFailure = ( error: unknown, column: string ) => new RegExp( `UNIQUE constraint failed: ${ column.replace( '.', '\\.' ) }` ).test( String( error ) );

/** How many times an event is planned again after another event changed its account first. */
const REPLANS = 3;

/** Processes a verified event once; a second delivery of the same event (or Checkout Session) changes nothing. Throws when it could not be applied (nothing was). */
export async function processStripeEvent( { db, env }: { db: Database; env: Env }, event: StripeEvent, now = Date.now() ): Promise<{ outcome: EventOutcome; duplicate: boolean }> {
	for ( let attempt = 1; ; attempt++ ) {
		try {
			return await processOnce( { db, env }, event, now );
		} catch ( error ) {
			if ( ! String( error ).includes( STANDING_CHANGED ) || attempt >= REPLANS ) throw error;
		}
	}
}

async function processOnce( { db, env }: { db: Database; env: Env }, event: StripeEvent, now: number ): Promise<{ outcome: EventOutcome; duplicate: boolean }> {
	const seen = await db.query.stripeEvents.findFirst( { where: eq( stripeEvents.id, event.id ), columns: { outcome: true } } );
	if ( seen ) return { outcome: 'already_processed', duplicate: true };
	const context: EventContext = { db, env, event, createdAt: event.created ? event.created * 1000 : now, now };
	const plan = await planEvent( context );
	if ( plan.effect ) await plan.effect();
	const d1 = db.$client;
	const record = ( outcome: EventOutcome, sessionId: string | null ) =>
		d1.prepare( 'INSERT INTO stripe_events (id, type, checkout_session_id, object_id, account_id, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)' ).bind( event.id, event.type, sessionId, plan.objectId ?? null, plan.accountId, outcome, now );
	const guard = context.account && plan.statements.length ? [ standingGuard( d1, context.account ) ] : [];
	try {
		// The record first: a concurrent delivery of the same event fails on its primary key and rolls the whole batch back.
		await d1.batch( [ record( plan.outcome, plan.sessionId ?? null ), ...guard, ...plan.statements ] );
		return { outcome: plan.outcome, duplicate: false };
	} catch ( error ) {
		if ( isUniqueFailure( error, 'stripe_events.id' ) ) return { outcome: 'already_processed', duplicate: true };
		// Another event of the same Checkout Session granted it first: record this one as a no-op.
		if ( isUniqueFailure( error, 'stripe_events.checkout_session_id' ) ) {
			await d1.batch( [ record( 'already_processed', null ) ] ).catch( () => undefined );
			return { outcome: 'already_processed', duplicate: false };
		}
		throw error;
	}
}

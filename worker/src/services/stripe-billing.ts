/**
 * Stripe: Checkout Sessions for credit packs and plan changes, and the webhook's event
 * processing. Credits are granted only here, from a verified `checkout.session.completed`
 * (or `checkout.session.async_payment_succeeded`) event — never from the browser's return
 * to the success URL. Each event id is processed once (stripe_events), each Checkout
 * Session grants once (the ledger's "topup:<session id>" key), so Stripe's retries and
 * replays change nothing.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, stripeEvents } from '../db/schema';
import type { Env } from '../env';
import { ApiError, badRequest } from '../lib/errors';
import { changePlan, purchaseTopUp } from './allowances';
import { findPack, planPriceId, type CreditPack } from './billing-catalog';
import { checkoutSessionSchema, createCheckoutSession, stripeEventSchema, validStripeSignature, type CheckoutSession, type StripeEvent } from './stripe-api';

/** The secret key, or the 503 that says payments are off. */
function secretKey( env: Env ): string {
	if ( ! env.STRIPE_SECRET_KEY ) throw new ApiError( 503, 'Payments are not configured on this server.' );
	return env.STRIPE_SECRET_KEY;
}

interface CheckoutBuyer {
	accountId: string;
	userId: string;
	email: string;
}

const returnUrls = ( origin: string ) => ( {
	success_url: `${ origin }/portal/billing?checkout=success`,
	cancel_url: `${ origin }/portal/billing?checkout=cancelled`,
} );

/** A Checkout Session (one-off payment) for a credit pack; returns the URL to send the buyer to. */
export async function createPackCheckout( env: Env, buyer: CheckoutBuyer, pack: CreditPack, origin: string ): Promise<string> {
	const session = await createCheckoutSession( secretKey( env ), {
		mode: 'payment',
		line_items: [ { quantity: 1, price_data: { currency: pack.currency, unit_amount: pack.amount, product_data: { name: `${ pack.credits.toLocaleString( 'en-US' ) } IGNY8 credits` } } } ],
		client_reference_id: buyer.accountId,
		customer_email: buyer.email,
		metadata: { account_id: buyer.accountId, user_id: buyer.userId, kind: 'topup', pack: pack.id },
		...returnUrls( origin ),
	} );
	if ( ! session.url ) throw new ApiError( 502, 'Stripe did not return a checkout address. Try again.' );
	return session.url;
}

/** A Checkout Session (subscription) moving the account to a paid plan. */
export async function createPlanCheckout( env: Env, buyer: CheckoutBuyer, planSlug: string, origin: string ): Promise<string> {
	const price = planPriceId( env, planSlug );
	if ( ! price ) throw badRequest( 'This plan cannot be bought online yet.' );
	const key = secretKey( env );
	const metadata = { account_id: buyer.accountId, user_id: buyer.userId, kind: 'plan', plan: planSlug };
	const session = await createCheckoutSession( key, {
		mode: 'subscription',
		line_items: [ { quantity: 1, price } ],
		client_reference_id: buyer.accountId,
		customer_email: buyer.email,
		metadata,
		subscription_data: { metadata },
		...returnUrls( origin ),
	} );
	if ( ! session.url ) throw new ApiError( 502, 'Stripe did not return a checkout address. Try again.' );
	return session.url;
}

/** Verifies the Stripe-Signature header (HMAC over the raw body, 5-minute tolerance) and parses the event. */
export async function verifyStripeEvent( env: Env, payload: string, signature: string ): Promise<StripeEvent> {
	if ( ! env.STRIPE_WEBHOOK_SECRET ) throw new ApiError( 503, 'Stripe webhooks are not configured on this server.' );
	if ( ! ( await validStripeSignature( payload, signature, env.STRIPE_WEBHOOK_SECRET ) ) ) throw badRequest( 'Invalid Stripe signature.' );
	let event: StripeEvent;
	try {
		event = stripeEventSchema.parse( JSON.parse( payload ) );
	} catch {
		throw badRequest( 'Invalid Stripe signature.' );
	}
	return event;
}

export type EventOutcome = 'granted' | 'plan_changed' | 'already_processed' | 'ignored' | 'unpaid' | 'unknown_account' | 'amount_mismatch';

const GRANTING_EVENTS = new Set( [ 'checkout.session.completed', 'checkout.session.async_payment_succeeded' ] );

/** What a completed Checkout Session asks for, checked against the catalog. */
async function applySession( db: Database, session: CheckoutSession ): Promise<{ outcome: EventOutcome; accountId: string | null }> {
	const accountId = session.metadata?.account_id ?? session.client_reference_id ?? null;
	if ( ! accountId || ! ( await db.query.accounts.findFirst( { where: eq( accounts.id, accountId ), columns: { id: true } } ) ) ) return { outcome: 'unknown_account', accountId: null };
	if ( session.payment_status !== 'paid' && session.payment_status !== 'no_payment_required' ) return { outcome: 'unpaid', accountId };
	if ( session.metadata?.kind === 'plan' && session.metadata.plan ) {
		await changePlan( { db }, accountId, session.metadata.plan );
		return { outcome: 'plan_changed', accountId };
	}
	const pack = findPack( session.metadata?.pack );
	// The amount Stripe charged must be the pack's price: metadata alone never decides how much to grant.
	if ( ! pack || session.amount_total !== pack.amount || session.currency !== pack.currency ) return { outcome: 'amount_mismatch', accountId };
	const granted = await purchaseTopUp( { db }, accountId, { credits: pack.credits, paymentId: session.id } );
	return { outcome: granted ? 'granted' : 'already_processed', accountId };
}

/** Processes a verified event once; a second delivery of the same event (or Checkout Session) changes nothing. */
export async function processStripeEvent( { db }: { db: Database }, event: StripeEvent ): Promise<{ outcome: EventOutcome; duplicate: boolean }> {
	const seen = await db.query.stripeEvents.findFirst( { where: eq( stripeEvents.id, event.id ), columns: { outcome: true } } );
	if ( seen ) return { outcome: 'already_processed', duplicate: true };
	let outcome: EventOutcome = 'ignored';
	let accountId: string | null = null;
	let sessionId: string | null = null;
	const session = checkoutSessionSchema.safeParse( event.data.object );
	if ( GRANTING_EVENTS.has( event.type ) && session.success ) {
		( { outcome, accountId } = await applySession( db, session.data ) );
		if ( outcome === 'granted' || outcome === 'plan_changed' ) sessionId = session.data.id;
	}
	// Concurrent deliveries race here; the primary key (event) and unique session id let only one row in.
	const recorded = await db
		.insert( stripeEvents )
		.values( { id: event.id, type: event.type, checkoutSessionId: sessionId, accountId, outcome, createdAt: new Date() } )
		.onConflictDoNothing()
		.returning( { id: stripeEvents.id } );
	return recorded.length === 0 ? { outcome: 'already_processed', duplicate: true } : { outcome, duplicate: false };
}

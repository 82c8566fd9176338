/**
 * Stripe, outbound: the account's Customer (created once, at its first purchase, and stored), Checkout
 * Sessions for credit packs and for a first subscription, plan changes on the existing subscription
 * (never a second one), Billing Portal sessions (cancel, payment method) and the invoice list. Credits
 * are granted only by verified webhook events (stripe-events.ts) — never by the browser's return.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, plans, type Account } from '../db/schema';
import type { Env } from '../env';
import { ApiError, badRequest, conflict } from '../lib/errors';
import { paidPlan, planPriceId, stripeConnection, type CreditPack } from './billing-catalog';
import { createCheckoutSession, stripeRequest, StripeRequestError, validStripeSignature, type StripeConnection } from './stripe-api';
import { customerSchema, invoiceListSchema, portalSessionSchema, stripeEventSchema, subscriptionSchema, type ListedInvoice, type StripeEvent } from './stripe-objects';

/** The connection, or the 503 that says payments are off. */
function connectionOf( env: Env ): StripeConnection {
	const connection = stripeConnection( env );
	if ( ! connection ) throw new ApiError( 503, 'Payments are not configured on this server.' );
	return connection;
}

/** Stripe's refusal as an error the portal shows: what happened and what to do. */
async function viaStripe<T>( call: () => Promise<T> ): Promise<T> {
	try {
		return await call();
	} catch ( error ) {
		if ( error instanceof StripeRequestError ) throw new ApiError( 502, `${ error.message } Nothing was charged; try again in a moment.` );
		throw error;
	}
}

export interface CheckoutBuyer {
	accountId: string;
	userId: string;
	email: string;
}

const returnUrls = ( origin: string ) => ( {
	success_url: `${ origin }/portal/billing?checkout=success`,
	cancel_url: `${ origin }/portal/billing?checkout=cancelled`,
} );

async function accountOf( db: Database, accountId: string ): Promise<Account> {
	const account = await db.query.accounts.findFirst( { where: eq( accounts.id, accountId ) } );
	if ( ! account ) throw new ApiError( 404, 'Account not found.' );
	return account;
}

/** The account's Stripe Customer id, created (and stored) the first time; a concurrent creation keeps the first stored. */
export async function ensureCustomer( { db, env }: { db: Database; env: Env }, buyer: CheckoutBuyer ): Promise<string> {
	const account = await accountOf( db, buyer.accountId );
	if ( account.stripeCustomerId ) return account.stripeCustomerId;
	const customer = await viaStripe( () => stripeRequest( connectionOf( env ), 'POST', '/customers', customerSchema, { email: buyer.email, name: account.name, metadata: { account_id: account.id } } ) );
	await db.update( accounts ).set( { stripeCustomerId: customer.id, updatedAt: new Date() } ).where( and( eq( accounts.id, account.id ), isNull( accounts.stripeCustomerId ) ) );
	return ( await accountOf( db, account.id ) ).stripeCustomerId ?? customer.id;
}

/** A Checkout Session (one-off payment) for a credit pack; returns the URL to send the buyer to. */
export async function createPackCheckout( deps: { db: Database; env: Env }, buyer: CheckoutBuyer, pack: CreditPack, origin: string ): Promise<string> {
	const customer = await ensureCustomer( deps, buyer );
	const session = await viaStripe( () =>
		createCheckoutSession( connectionOf( deps.env ), {
			mode: 'payment',
			customer,
			line_items: [ { quantity: 1, price_data: { currency: pack.currency, unit_amount: pack.amount, product_data: { name: `${ pack.credits.toLocaleString( 'en-US' ) } IGNY8 credits` } } } ],
			client_reference_id: buyer.accountId,
			metadata: { account_id: buyer.accountId, user_id: buyer.userId, kind: 'topup', pack: pack.id },
			...returnUrls( origin ),
		} )
	);
	if ( ! session.url ) throw new ApiError( 502, 'Stripe did not return a checkout address. Try again.' );
	return session.url;
}

/** True while the account has a subscription Stripe still bills (a plan change then updates it instead of a new Checkout). */
export const hasLiveSubscription = ( account: Pick<Account, 'stripeSubscriptionId' | 'subscriptionStatus'> ) => Boolean( account.stripeSubscriptionId ) && ! [ 'canceled', 'incomplete_expired' ].includes( account.subscriptionStatus ?? '' );

export type PlanChange = { kind: 'checkout'; url: string } | { kind: 'updated'; upgrade: boolean };

/**
 * Moves the account to a paid plan: a Checkout Session (subscription) when it has none, otherwise
 * the existing subscription's price changes. An upgrade is invoiced at once, prorated (its credits come
 * with that invoice's invoice.paid); a downgrade is not prorated and lowers the next renewal.
 */
export async function changePaidPlan( deps: { db: Database; env: Env }, buyer: CheckoutBuyer, planSlug: string, origin: string ): Promise<PlanChange> {
	const price = planPriceId( deps.env, planSlug );
	if ( ! price ) throw badRequest( 'This plan cannot be bought online yet.' );
	const connection = connectionOf( deps.env );
	const account = await accountOf( deps.db, buyer.accountId );
	const metadata = { account_id: buyer.accountId, user_id: buyer.userId, kind: 'plan', plan: planSlug };
	if ( ! hasLiveSubscription( account ) ) {
		const customer = await ensureCustomer( deps, buyer );
		const session = await viaStripe( () =>
			createCheckoutSession( connection, { mode: 'subscription', customer, line_items: [ { quantity: 1, price } ], client_reference_id: buyer.accountId, metadata, subscription_data: { metadata }, ...returnUrls( origin ) } )
		);
		if ( ! session.url ) throw new ApiError( 502, 'Stripe did not return a checkout address. Try again.' );
		return { kind: 'checkout', url: session.url };
	}
	const subscriptionId = account.stripeSubscriptionId!;
	const subscription = await viaStripe( () => stripeRequest( connection, 'GET', `/subscriptions/${ encodeURIComponent( subscriptionId ) }`, subscriptionSchema ) );
	const item = subscription.items.data[ 0 ];
	if ( ! item ) throw conflict( 'The subscription has no plan item in Stripe; contact support.' );
	if ( item.price.id === price ) throw conflict( 'The account is already on this plan.' );
	const [ current, next ] = await Promise.all( [ deps.db.query.plans.findFirst( { where: eq( plans.id, account.planId ) } ), deps.db.query.plans.findFirst( { where: eq( plans.slug, planSlug ) } ) ] );
	const upgrade = ( next?.monthlyCredits ?? 0 ) > ( current?.monthlyCredits ?? 0 );
	await viaStripe( () =>
		stripeRequest( connection, 'POST', `/subscriptions/${ encodeURIComponent( subscriptionId ) }`, subscriptionSchema, {
			items: [ { id: item.id, price } ],
			proration_behavior: upgrade ? 'always_invoice' : 'none',
			cancel_at_period_end: false,
			metadata,
		} )
	);
	return { kind: 'updated', upgrade };
}

/**
 * Ends a second subscription of the account (two first checkouts paid before either was recorded) at once.
 * Stripe credits the unused time, which is all of the period just paid, to the customer's balance, and
 * that credit pays the next invoices of the subscription the account keeps. Idempotent: a subscription
 * that is already cancelled is left alone.
 */
export async function cancelDuplicateSubscription( env: Env, subscriptionId: string, accountId: string ): Promise<void> {
	const connection = connectionOf( env );
	const path = `/subscriptions/${ encodeURIComponent( subscriptionId ) }`;
	const subscription = await stripeRequest( connection, 'GET', path, subscriptionSchema );
	if ( subscription.status === 'canceled' || subscription.status === 'incomplete_expired' ) return;
	await stripeRequest( connection, 'DELETE', path, subscriptionSchema, {
		prorate: true,
		invoice_now: true,
		cancellation_details: { comment: `Second subscription of account ${ accountId }: the account already had one.` },
	} );
}

/** A Billing Portal session (cancel, payment method, invoices at Stripe); returns its URL. */
export async function createBillingPortal( deps: { db: Database; env: Env }, accountId: string, origin: string ): Promise<string> {
	const account = await accountOf( deps.db, accountId );
	if ( ! account.stripeCustomerId ) throw conflict( 'There is nothing to manage yet: the account has not bought anything through Stripe.' );
	const session = await viaStripe( () => stripeRequest( connectionOf( deps.env ), 'POST', '/billing_portal/sessions', portalSessionSchema, { customer: account.stripeCustomerId, return_url: `${ origin }/portal/billing` } ) );
	return session.url;
}

/** The account's latest invoices at Stripe, newest first (empty without a customer). */
export async function listInvoices( deps: { db: Database; env: Env }, accountId: string, limit = 24 ): Promise<ListedInvoice[]> {
	const account = await accountOf( deps.db, accountId );
	if ( ! account.stripeCustomerId ) return [];
	const list = await viaStripe( () => stripeRequest( connectionOf( deps.env ), 'GET', '/invoices', invoiceListSchema, { customer: account.stripeCustomerId, limit } ) );
	return list.data;
}

/** Verifies the Stripe-Signature header (HMAC over the raw body, 5-minute tolerance) and parses the event. */
export async function verifyStripeEvent( env: Env, payload: string, signature: string ): Promise<StripeEvent> {
	if ( ! env.STRIPE_WEBHOOK_SECRET ) throw new ApiError( 503, 'Stripe webhooks are not configured on this server.' );
	if ( ! ( await validStripeSignature( payload, signature, env.STRIPE_WEBHOOK_SECRET ) ) ) throw badRequest( 'Invalid Stripe signature.' );
	try {
		return stripeEventSchema.parse( JSON.parse( payload ) );
	} catch {
		throw badRequest( 'Invalid Stripe signature.' );
	}
}

export const isPaidPlan = ( slug: string | undefined ) => Boolean( paidPlan( slug ) );

/**
 * Stripe in the Worker tests: the env that points the Worker at the Stripe stand-in (a test double
 * started by global-setup.ts), its control endpoint (test clock, renewals, payments), the events it
 * produced, and delivering an event to the webhook signed with the Stripe SDK's own test-header helper.
 */
import { env } from 'cloudflare:test';
import Stripe from 'stripe';
import { expect } from 'vitest';
import { STAND_IN_PRICES, STAND_IN_SECRET_KEY } from '../../scripts/lib/local-stripe';
import { app } from './helpers';

export const WEBHOOK_SECRET = 'whsec_test_only_portal_webhook_secret';
const signer = Stripe.createSubtleCryptoProvider();

/** The Worker's Stripe settings for the stand-in. */
export const stripeEnv = (): Partial<Cloudflare.Env> => ( {
	STRIPE_SECRET_KEY: STAND_IN_SECRET_KEY,
	STRIPE_API_BASE: env.STRIPE_STAND_IN_API,
	STRIPE_PRICE_STARTER: STAND_IN_PRICES[ 0 ].id,
	STRIPE_PRICE_GROWTH: STAND_IN_PRICES[ 1 ].id,
	STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
} );

export interface SentEvent {
	id: string;
	type: string;
	created: number;
	data: { object: Record<string, unknown> };
}

const standIn = ( path: string ) => new URL( path, env.STRIPE_STAND_IN_API.replace( /\/v1$/, '/' ) ).toString();

/** Drives the stand-in: renew / pay / cancel / complete (events returned, not delivered), a customer's clock / advance. */
export async function stripeControl( input: { action: string; id?: string; outcome?: 'paid' | 'failed'; at?: number; seconds?: number } ): Promise<SentEvent[]> {
	const response = await fetch( standIn( '/__control' ), { method: 'POST', body: JSON.stringify( { ...input, deliver: false } ) } );
	expect( response.status ).toBe( 200 );
	return ( ( await response.json() ) as { events: SentEvent[] } ).events;
}

/** Every event the stand-in produced for `customer`, oldest first. */
export async function eventsFor( customer: string ): Promise<SentEvent[]> {
	return ( await ( await fetch( standIn( `/__events?customer=${ encodeURIComponent( customer ) }` ) ) ).json() ) as SentEvent[];
}

/** A GET or form POST on the stand-in's hosted pages (Checkout, Billing Portal), as the buyer's browser. */
export async function standInPage( url: string, method: 'GET' | 'POST' = 'GET' ) {
	return fetch( url, { method, redirect: 'manual' } );
}

/** A Stripe-Signature header for `payload`, made by the Stripe SDK's test helper. */
export const signedHeader = ( payload: string, secret = WEBHOOK_SECRET ) => Stripe.webhooks.generateTestHeaderStringAsync( { payload, secret, cryptoProvider: signer } );

/** Sends `event` to the webhook signed with `secret`; returns the status and the outcome. */
export async function deliver( event: unknown, options: { secret?: string; header?: string; body?: string } = {} ) {
	const payload = options.body ?? JSON.stringify( event );
	const header = options.header ?? ( await signedHeader( payload, options.secret ) );
	const response = await app.request( '/api/v1/billing/stripe/webhook/', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Stripe-Signature': header }, body: payload }, { ...env, ...stripeEnv() } );
	const body = ( await response.json() ) as { success: boolean; data: { outcome: string; duplicate: boolean }; error?: string };
	return { status: response.status, outcome: body.data?.outcome, duplicate: body.data?.duplicate, error: body.error };
}

/** Delivers events in order; returns their outcomes. */
export async function deliverAll( events: SentEvent[] ): Promise<string[]> {
	const outcomes: string[] = [];
	for ( const event of events ) {
		const result = await deliver( event );
		expect( result.status, `${ event.type }: ${ result.error ?? '' }` ).toBe( 200 );
		outcomes.push( `${ event.type }:${ result.outcome }` );
	}
	return outcomes;
}

/** The account's Stripe columns. */
export async function stripeState( accountId: string ) {
	return env.DB.prepare( 'SELECT a.status, p.slug AS plan, a.stripe_customer_id, a.stripe_subscription_id, a.subscription_status, a.grace_until, a.cancel_at_period_end FROM accounts a JOIN plans p ON p.id = a.plan_id WHERE a.id = ?' )
		.bind( accountId )
		.first<{ status: string; plan: string; stripe_customer_id: string | null; stripe_subscription_id: string | null; subscription_status: string | null; grace_until: number | null; cancel_at_period_end: number }>();
}

/**
 * What the portal sells through Stripe Checkout: credit packs (one-off payments, granted
 * into the top-up bucket) and paid plans (subscriptions; their Stripe price ids come from
 * the environment, so a plan without a configured price is simply not offered).
 * Also declares the Stripe settings of the Worker's environment.
 */
import type { Env } from '../env';
import type { StripeConnection } from './stripe-api';

declare module '../env' {
	interface Env {
		/** Stripe secret key (sk_live_… / sk_test_…); unset = the portal shows "payments are not configured". */
		STRIPE_SECRET_KEY?: string;
		/** Signing secret of the webhook endpoint (whsec_…); unset = the webhook answers 503. */
		STRIPE_WEBHOOK_SECRET?: string;
		/** Stripe price ids (recurring) of the paid plans. */
		STRIPE_PRICE_STARTER?: string;
		STRIPE_PRICE_GROWTH?: string;
		/** Another Stripe API origin: the local stand-in (a test double) of `npm start` and the tests; ignored in production. Unset = https://api.stripe.com/v1. */
		STRIPE_API_BASE?: string;
	}
}

export interface CreditPack {
	id: string;
	credits: number;
	/** Price in the smallest currency unit (cents). */
	amount: number;
	currency: 'usd';
}

/** The credit packs on sale; the webhook checks the paid amount against these. */
export const CREDIT_PACKS: readonly CreditPack[] = [
	{ id: 'credits-5000', credits: 5_000, amount: 2_500, currency: 'usd' },
	{ id: 'credits-20000', credits: 20_000, amount: 9_000, currency: 'usd' },
	{ id: 'credits-100000', credits: 100_000, amount: 40_000, currency: 'usd' },
];

export const findPack = ( id: string | undefined | null ): CreditPack | undefined => CREDIT_PACKS.find( ( pack ) => pack.id === id );

/**
 * Paid plans (slugs seeded by migration 0003), the env var holding each one's Stripe price, and the
 * monthly price shown before purchase (it must match that Stripe price).
 */
export const PAID_PLANS = [
	{ slug: 'starter', priceVar: 'STRIPE_PRICE_STARTER', amount: 4_900, currency: 'usd' },
	{ slug: 'growth', priceVar: 'STRIPE_PRICE_GROWTH', amount: 19_900, currency: 'usd' },
] as const;

/** The plan an account falls back to when its subscription ends: the free tier (migration 0001). */
export const FREE_PLAN_ID = 'plan_free_trial';

/** The paid plan a Stripe price id stands for, or null (another product, or not configured here). */
export function planOfPrice( env: Env, priceId: string | null | undefined ): PaidPlanSlug | null {
	if ( ! priceId ) return null;
	return PAID_PLANS.find( ( plan ) => env[ plan.priceVar ] === priceId )?.slug ?? null;
}

export const paidPlan = ( slug: string | null | undefined ) => PAID_PLANS.find( ( plan ) => plan.slug === slug );

/** The stand-in's API origin; never in production, where the secret key goes to Stripe only. */
export const stripeApiBase = ( env: Env ): string | undefined => ( env.ENVIRONMENT === 'production' ? undefined : env.STRIPE_API_BASE || undefined );

/** How to reach Stripe (or its local stand-in), or null when payments are off. */
export const stripeConnection = ( env: Env ): StripeConnection | null => ( env.STRIPE_SECRET_KEY ? { secretKey: env.STRIPE_SECRET_KEY, apiBase: stripeApiBase( env ) } : null );

export type PaidPlanSlug = ( typeof PAID_PLANS )[ number ][ 'slug' ];

/** The Stripe price id of a paid plan, or null when the operator has not configured it. */
export function planPriceId( env: Env, slug: string ): string | null {
	const plan = PAID_PLANS.find( ( item ) => item.slug === slug );
	return plan ? env[ plan.priceVar ] || null : null;
}

/** True when Checkout can be created (a secret key is set). */
export const paymentsConfigured = ( env: Env ): boolean => Boolean( env.STRIPE_SECRET_KEY );

/** "$25.00" */
export const formatMoney = ( amount: number, currency: string ) => new Intl.NumberFormat( 'en-US', { style: 'currency', currency: currency.toUpperCase() } ).format( amount / 100 );

/**
 * What the portal sells through Stripe Checkout: credit packs (one-off payments, granted
 * into the top-up bucket) and paid plans (subscriptions; their Stripe price ids come from
 * the environment, so a plan without a configured price is simply not offered).
 * Also declares the Stripe settings of the Worker's environment.
 */
import type { Env } from '../env';

declare module '../env' {
	interface Env {
		/** Stripe secret key (sk_live_… / sk_test_…); unset = the portal shows "payments are not configured". */
		STRIPE_SECRET_KEY?: string;
		/** Signing secret of the webhook endpoint (whsec_…); unset = the webhook answers 503. */
		STRIPE_WEBHOOK_SECRET?: string;
		/** Stripe price ids (recurring) of the paid plans. */
		STRIPE_PRICE_STARTER?: string;
		STRIPE_PRICE_GROWTH?: string;
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

/** Paid plans (slugs seeded by migration 0003) and the env var holding each one's Stripe price. */
export const PAID_PLANS = [
	{ slug: 'starter', priceVar: 'STRIPE_PRICE_STARTER' },
	{ slug: 'growth', priceVar: 'STRIPE_PRICE_GROWTH' },
] as const;

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

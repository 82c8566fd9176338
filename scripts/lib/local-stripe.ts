/**
 * The Stripe settings of a local stack (wrangler dev) and of the Worker tests, when no real Stripe
 * is given: the webhook signing secret (unless STRIPE_WEBHOOK_SECRET is set) lets the browser specs
 * sign test events with the Stripe SDK, and the stand-in's key and prices (scripts/stripe/, a test
 * double) are what the Worker uses without STRIPE_SECRET_KEY. Never production values.
 * (Its own dependency-free module, so Playwright's CommonJS transform and workerd can import it.)
 */
export const LOCAL_STRIPE_WEBHOOK_SECRET = 'whsec_igny8_local_stack_only';

/** The secret key the Stripe stand-in accepts (it refuses any other, as Stripe does). */
export const STAND_IN_SECRET_KEY = 'sk_test_igny8_local_stripe_stand_in';

/** The plans' prices in the stand-in (the Worker's STRIPE_PRICE_STARTER / STRIPE_PRICE_GROWTH); amounts match the catalogue. */
export const STAND_IN_PRICES = [
	{ id: 'price_igny8_starter_monthly', unit_amount: 4_900, currency: 'usd', name: 'Starter', plan: 'starter' },
	{ id: 'price_igny8_growth_monthly', unit_amount: 19_900, currency: 'usd', name: 'Growth', plan: 'growth' },
] as const;

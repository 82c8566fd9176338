/**
 * The Stripe webhook signing secret of a local stack (wrangler dev) unless STRIPE_WEBHOOK_SECRET
 * is set: lets the browser specs sign test events with the Stripe SDK. Never a production value.
 * (Its own dependency-free module, so Playwright's CommonJS transform can import it.)
 */
export const LOCAL_STRIPE_WEBHOOK_SECRET = 'whsec_igny8_local_stack_only';

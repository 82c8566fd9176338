/**
 * The Worker secrets a production deployment needs, and what each does. `npm run deploy`
 * stops before changing anything while a required one is missing.
 */

export interface SecretSpec {
	name: string;
	required: boolean;
	/** What it is for, and what happens without it. */
	purpose: string;
	/** How to make a good value. */
	howTo: string;
}

export const SECRETS: SecretSpec[] = [
	{ name: 'JWT_SECRET', required: true, purpose: 'signs API and portal tokens; the Worker answers 503 without it', howTo: 'openssl rand -base64 48' },
	{ name: 'ENCRYPTION_KEY', required: true, purpose: "encrypts the sites' webhook secrets stored in D1; the Worker answers 503 without it", howTo: 'openssl rand -base64 32' },
	{ name: 'PROVIDER_KEYS_ENCRYPTION_KEY', required: false, purpose: "seals the sites' own provider keys in D1 (a key of its own); without it saving an own key answers 503 and every site pays with credits", howTo: 'openssl rand -base64 32' },
	{ name: 'PASSWORD_PEPPER', required: true, purpose: 'keys every password hash; sign-up, sign-in and token refresh answer 503 without it. Never change it once set', howTo: 'openssl rand -base64 32' },
	{ name: 'TURNSTILE_SITE_KEY', required: true, purpose: 'the Turnstile widget on sign-up; sign-up answers 503 without the pair', howTo: 'Cloudflare Dashboard → Turnstile → add a widget for your portal host' },
	{ name: 'TURNSTILE_SECRET_KEY', required: true, purpose: 'verifies the Turnstile token server-side; sign-up answers 503 without it', howTo: 'the same Turnstile widget' },
	{ name: 'MAIL_FROM', required: true, purpose: 'the sender of verification and password-reset emails; both answer 503 without it', howTo: 'e.g. "IGNY8 <no-reply@example.com>" on a domain your mail transport sends for' },
	{ name: 'MAIL_HTTP_URL', required: false, purpose: 'an HTTP mail provider (Resend-shaped); needed unless a [[send_email]] binding is added to [env.production]', howTo: 'e.g. https://api.resend.com/emails' },
	{ name: 'MAIL_HTTP_TOKEN', required: false, purpose: "the mail provider's API token (Authorization: Bearer)", howTo: "from your mail provider" },
	{ name: 'OPENAI_API_KEY', required: true, purpose: 'the model API key (OpenAI, or the endpoint set in OPENAI_BASE_URL)', howTo: 'from your model provider' },
	{ name: 'OPENAI_BASE_URL', required: false, purpose: 'an OpenAI-compatible endpoint (https); unset = the OpenAI API', howTo: 'e.g. https://api.openai.com/v1' },
	{ name: 'STRIPE_SECRET_KEY', required: false, purpose: 'credit purchases through Stripe Checkout; without it the portal says payments are not configured', howTo: 'Stripe Dashboard → Developers → API keys' },
	{ name: 'STRIPE_WEBHOOK_SECRET', required: false, purpose: 'verifies Stripe events; needed with STRIPE_SECRET_KEY or no purchase is ever credited', howTo: 'Stripe Dashboard → Webhooks → the endpoint /api/v1/billing/stripe/webhook/' },
	{ name: 'STRIPE_PRICE_STARTER', required: false, purpose: 'the Starter plan price id (a plan without a price is not sold online)', howTo: 'Stripe Dashboard → Products' },
	{ name: 'STRIPE_PRICE_GROWTH', required: false, purpose: 'the Growth plan price id', howTo: 'Stripe Dashboard → Products' },
];

/** The required secrets not in `present`. */
export function missingSecrets( present: Iterable<string>, specs: SecretSpec[] = SECRETS ): SecretSpec[] {
	const names = new Set( present );
	return specs.filter( ( spec ) => spec.required && ! names.has( spec.name ) );
}

/** Checklist lines: one per secret, with the command that sets it. */
export function secretChecklist( present: Iterable<string> | null, specs: SecretSpec[] = SECRETS ): string[] {
	const names = present ? new Set( present ) : null;
	return specs.map( ( spec ) => {
		const state = names === null ? '[ ]' : names.has( spec.name ) ? '[x]' : spec.required ? '[!]' : '[ ]';
		return `${ state } ${ spec.name }${ spec.required ? ' (required)' : '' }: ${ spec.purpose }\n      npx wrangler secret put ${ spec.name } --env production   # ${ spec.howTo }`;
	} );
}

/**
 * The little of Stripe's API the Worker needs, over fetch: creating a Checkout Session
 * and checking a webhook's Stripe-Signature with WebCrypto. The SDK did the same with
 * ~100 KB of code in the bundle; these are the two documented wire formats it used
 * (form-encoded requests with bracketed keys, and `t=<seconds>,v1=<hex HMAC-SHA256>` over
 * `<t>.<raw body>`).
 */
import * as z from 'zod';
import { hmacSha256Hex, timingSafeEqual } from '../lib/crypto';

const STRIPE_API = 'https://api.stripe.com/v1';
/** The API version the SDK we replaced pinned, so request and event shapes stay the same. */
export const STRIPE_API_VERSION = '2026-10-28.endive';
const TIMEOUT_MS = 15_000;
/** How old a signed event may be, as Stripe's libraries default to. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

type FormValue = string | number | boolean | null | undefined | FormValue[] | { [ key: string ]: FormValue };

/** Stripe's form encoding: nested objects and arrays as `a[b][0][c]=…`; null and undefined left out. */
export function stripeForm( params: Record<string, FormValue> ): URLSearchParams {
	const form = new URLSearchParams();
	const add = ( key: string, value: FormValue ): void => {
		if ( value === null || value === undefined ) return;
		if ( Array.isArray( value ) ) value.forEach( ( item, index ) => add( `${ key }[${ index }]`, item ) );
		else if ( typeof value === 'object' ) for ( const [ child, item ] of Object.entries( value ) ) add( `${ key }[${ child }]`, item );
		else form.append( key, String( value ) );
	};
	for ( const [ key, value ] of Object.entries( params ) ) add( key, value );
	return form;
}

const sessionCreated = z.object( { id: z.string(), url: z.string().nullable().optional() } );
const stripeErrorBody = z.object( { error: z.object( { message: z.string().optional() } ).optional() } );

/** Worth one more try, as the SDK's maxNetworkRetries: 1 judged: Stripe's own advice first, else 409 or 5xx. */
function retryable( response: Response ): boolean {
	const advice = response.headers.get( 'stripe-should-retry' );
	if ( advice ) return advice === 'true';
	return response.status === 409 || response.status >= 500;
}

/** The SDK's first retry delay. */
const RETRY_DELAY_MS = 500;

/** POST /v1/checkout/sessions; one retry with the same idempotency key. Throws Stripe's message otherwise. */
export async function createCheckoutSession( secretKey: string, params: Record<string, FormValue> ): Promise<z.infer<typeof sessionCreated>> {
	const init = {
		method: 'POST',
		headers: {
			Authorization: `Bearer ${ secretKey }`,
			'Content-Type': 'application/x-www-form-urlencoded',
			'Stripe-Version': STRIPE_API_VERSION,
			'Idempotency-Key': crypto.randomUUID(),
		},
		body: stripeForm( params ).toString(),
	};
	for ( let attempt = 0; ; attempt++ ) {
		let response: Response | null = null;
		let failure = '';
		try {
			response = await fetch( `${ STRIPE_API }/checkout/sessions`, { ...init, signal: AbortSignal.timeout( TIMEOUT_MS ) } );
		} catch ( error ) {
			failure = ( error as Error ).message;
		}
		const body: unknown = response ? await response.json().catch( () => null ) : null;
		if ( response?.ok ) return sessionCreated.parse( body );
		if ( attempt === 0 && ( ! response || retryable( response ) ) ) {
			await new Promise<void>( ( resolve ) => setTimeout( resolve, RETRY_DELAY_MS ) );
			continue;
		}
		if ( ! response ) throw new Error( `Stripe could not be reached: ${ failure }` );
		const message = stripeErrorBody.safeParse( body ).data?.error?.message ?? `HTTP ${ response.status }`;
		throw new Error( `Stripe refused the checkout session: ${ message }` );
	}
}

/**
 * True when `header` carries a v1 signature of `payload` by `secret` made within the tolerance.
 * As in Stripe's libraries, any of several v1 signatures may match (secret rotation) and only
 * age is limited, not a timestamp ahead of our clock.
 */
export async function validStripeSignature( payload: string, header: string, secret: string, nowSeconds = Math.floor( Date.now() / 1000 ) ): Promise<boolean> {
	const parts = header.split( ',' ).map( ( part ) => part.split( '=' ) );
	const timestamp = Number( parts.find( ( [ key ] ) => key === 't' )?.[ 1 ] );
	const signatures = parts.filter( ( [ key, value ] ) => key === 'v1' && value ).map( ( [ , value ] ) => value! );
	if ( ! Number.isInteger( timestamp ) || timestamp <= 0 || signatures.length === 0 ) return false;
	const encoder = new TextEncoder();
	const expected = encoder.encode( await hmacSha256Hex( secret, `${ timestamp }.${ payload }` ) );
	if ( ! signatures.some( ( signature ) => timingSafeEqual( encoder.encode( signature ), expected ) ) ) return false;
	return nowSeconds - timestamp <= SIGNATURE_TOLERANCE_SECONDS;
}

/** The Checkout Session fields the grant reads. */
export const checkoutSessionSchema = z.object( {
	id: z.string(),
	payment_status: z.string().nullish(),
	amount_total: z.number().nullish(),
	currency: z.string().nullish(),
	client_reference_id: z.string().nullish(),
	metadata: z.record( z.string(), z.string() ).nullish(),
} );

/** A webhook event: what is recorded, and the object it is about. */
export const stripeEventSchema = z.object( { id: z.string().min( 1 ), type: z.string().min( 1 ), data: z.object( { object: z.unknown() } ) } );

export type CheckoutSession = z.infer<typeof checkoutSessionSchema>;
export type StripeEvent = z.infer<typeof stripeEventSchema>;

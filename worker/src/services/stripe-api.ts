/**
 * The little of Stripe's API the Worker needs, over fetch: Customers, Checkout Sessions,
 * Billing Portal sessions, Subscriptions and Invoices, and checking a webhook's Stripe-Signature
 * with WebCrypto. The SDK did the same with ~100 KB of code in the bundle; these are the two
 * documented wire formats it used (form-encoded requests with bracketed keys, and
 * `t=<seconds>,v1=<hex HMAC-SHA256>` over `<t>.<raw body>`). The objects' shapes: stripe-objects.ts.
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

const stripeErrorBody = z.object( { error: z.object( { message: z.string().optional() } ).optional() } );

/** Worth one more try, as the SDK's maxNetworkRetries: 1 judged: Stripe's own advice first, else 409 or 5xx. */
function retryable( response: Response ): boolean {
	const advice = response.headers.get( 'stripe-should-retry' );
	if ( advice ) return advice === 'true';
	return response.status === 409 || response.status >= 500;
}

/** The SDK's first retry delay. */
const RETRY_DELAY_MS = 500;

/** Where the API lives: Stripe's, or the local stand-in (a test double) of `npm start` and the tests. */
export interface StripeConnection {
	secretKey: string;
	apiBase?: string | undefined;
}

/** Stripe refused or could not be reached; the message is Stripe's own (or says which). */
export class StripeRequestError extends Error {
	constructor( message: string, readonly status: number | null ) {
		super( message );
		this.name = 'StripeRequestError';
	}
}

/**
 * One API call: form-encoded writes with an idempotency key (the same on the one retry), JSON back,
 * parsed by `schema`. Throws StripeRequestError with Stripe's message otherwise.
 */
export async function stripeRequest<T extends z.ZodType>( connection: StripeConnection, method: 'GET' | 'POST' | 'DELETE', path: string, schema: T, params: Record<string, FormValue> = {} ): Promise<z.infer<T>> {
	const base = ( connection.apiBase || STRIPE_API ).replace( /\/+$/, '' );
	const form = stripeForm( params ).toString();
	// Reads and deletions carry their parameters in the query string, as Stripe's own SDK sends them.
	const url = method !== 'POST' && form ? `${ base }${ path }?${ form }` : `${ base }${ path }`;
	const headers: Record<string, string> = { Authorization: `Bearer ${ connection.secretKey }`, 'Stripe-Version': STRIPE_API_VERSION };
	if ( method === 'POST' ) {
		headers[ 'Content-Type' ] = 'application/x-www-form-urlencoded';
		headers[ 'Idempotency-Key' ] = crypto.randomUUID();
	}
	for ( let attempt = 0; ; attempt++ ) {
		let response: Response | null = null;
		let failure = '';
		try {
			response = await fetch( url, { method, headers, ...( method === 'POST' ? { body: form } : {} ), signal: AbortSignal.timeout( TIMEOUT_MS ) } );
		} catch ( error ) {
			failure = ( error as Error ).message;
		}
		const body: unknown = response ? await response.json().catch( () => null ) : null;
		if ( response?.ok ) {
			const parsed = schema.safeParse( body );
			if ( parsed.success ) return parsed.data;
			throw new StripeRequestError( `Stripe answered ${ method } ${ path } in an unexpected shape.`, response.status );
		}
		if ( attempt === 0 && ( ! response || retryable( response ) ) ) {
			await new Promise<void>( ( resolve ) => setTimeout( resolve, RETRY_DELAY_MS ) );
			continue;
		}
		if ( ! response ) throw new StripeRequestError( `Stripe could not be reached: ${ failure }`, null );
		throw new StripeRequestError( stripeErrorBody.safeParse( body ).data?.error?.message ?? `HTTP ${ response.status }`, response.status );
	}
}

const sessionCreated = z.object( { id: z.string(), url: z.string().nullable().optional() } );

/** POST /v1/checkout/sessions; returns the session's id and hosted URL. */
export async function createCheckoutSession( connection: StripeConnection, params: Record<string, FormValue> ): Promise<z.infer<typeof sessionCreated>> {
	try {
		return await stripeRequest( connection, 'POST', '/checkout/sessions', sessionCreated, params );
	} catch ( error ) {
		if ( error instanceof StripeRequestError ) throw new StripeRequestError( `Stripe refused the checkout session: ${ error.message }`, error.status );
		throw error;
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


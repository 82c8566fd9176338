/**
 * TEST DOUBLE — a local stand-in for the Stripe API, for `npm start`, `npm test` and the Worker
 * tests when no STRIPE_SECRET_KEY is given. It answers the calls the Worker makes, in Stripe's
 * documented shapes (form-encoded requests, JSON objects, `{error: {type, message}}` errors), and
 * serves stand-ins of the hosted Checkout and Billing Portal pages, so Buy works offline. What
 * Stripe would announce is sent to the Worker's webhook, signed with the Stripe SDK's test-header
 * helper and the webhook secret. With a real key the Worker talks to https://api.stripe.com.
 *
 *   POST /v1/customers                 GET /v1/customers/:id
 *   POST /v1/checkout/sessions         GET /v1/checkout/sessions/:id
 *   POST /v1/billing_portal/sessions
 *   GET  /v1/subscriptions/:id         POST /v1/subscriptions/:id   DELETE /v1/subscriptions/:id[?prorate&invoice_now]
 *   GET  /v1/invoices?customer=&limit=
 *   GET  /checkout/:id, POST /checkout/:id/pay             the hosted Checkout page (Pay / Cancel)
 *   GET  /billing_portal/:id, POST /billing_portal/:id/cancel   the customer portal (cancel at period end)
 *   GET  /invoices/:id                                     a hosted invoice page
 *   POST /__control {action: renew|pay|cancel|complete, id, outcome?, deliver?}   drives payments (tests, demo)
 *   POST /__control {action: clock, id: customer, at} | {action: advance, id, seconds}   a customer's frozen test clock
 *   GET  /__events[?customer=]                             every event produced (for one customer), oldest first
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { STAND_IN_PRICES, STAND_IN_SECRET_KEY } from '../lib/local-stripe.ts';
import { StripeState, type Json, type StripeEventOut } from './state.ts';

export { STAND_IN_PRICES, STAND_IN_SECRET_KEY };


export interface StripeStandInOptions {
	port?: number;
	host?: string;
	/** Where events go (the Worker's /api/v1/billing/stripe/webhook/); without it they are only kept. */
	webhookUrl?: string;
	webhookSecret?: string;
	quiet?: boolean;
}

export interface StripeStandInHandle {
	/** The API base the Worker uses (its STRIPE_API_BASE). */
	apiBase: string;
	origin: string;
	state: StripeState;
	close(): Promise<void>;
}

/** Stripe's bracketed form keys (`a[b][0][c]=v`) back into objects and arrays. */
export function parseStripeForm( body: string ): Json {
	const root: Json = {};
	for ( const [ key, value ] of new URLSearchParams( body ) ) {
		const path = key.replace( /\]/g, '' ).split( '[' );
		let node: Json = root;
		path.forEach( ( part, index ) => {
			if ( index === path.length - 1 ) node[ part ] = value;
			else node = ( node[ part ] ??= {} ) as Json;
		} );
	}
	const arrays = ( value: unknown ): unknown => {
		if ( ! value || typeof value !== 'object' ) return value;
		const entries = Object.entries( value as Json ).map( ( [ key, item ] ) => [ key, arrays( item ) ] as const );
		return entries.length && entries.every( ( [ key ] ) => /^\d+$/.test( key ) ) ? entries.sort( ( a, b ) => Number( a[ 0 ] ) - Number( b[ 0 ] ) ).map( ( [ , item ] ) => item ) : Object.fromEntries( entries );
	};
	return arrays( root ) as Json;
}

const escapeHtml = ( text: string ) => text.replace( /[&<>"']/g, ( char ) => `&#${ char.charCodeAt( 0 ) };` );

function page( title: string, body: string ): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${ escapeHtml( title ) }</title></head><body style="font:16px system-ui;max-width:40rem;margin:2rem auto">
<p style="background:#fff3cd;padding:.5rem"><strong>Stripe test double</strong> — a local stand-in; no card is charged.</p><h1>${ escapeHtml( title ) }</h1>${ body }</body></html>`;
}

const money = ( amount: number, currency: string ) => `${ ( amount / 100 ).toFixed( 2 ) } ${ currency.toUpperCase() }`;

async function readBody( request: http.IncomingMessage ): Promise<string> {
	const chunks: Buffer[] = [];
	for await ( const chunk of request ) chunks.push( chunk as Buffer );
	return Buffer.concat( chunks ).toString( 'utf8' );
}

/** Starts the Stripe stand-in in this process. */
export async function startStripeStandIn( options: StripeStandInOptions = {} ): Promise<StripeStandInHandle> {
	const host = options.host ?? '127.0.0.1';
	let origin = '';
	const state = new StripeState( STAND_IN_PRICES.map( ( price ) => ( { ...price } ) ), () => origin );
	const log = ( line: string ) => options.quiet || console.log( `stripe stand-in: ${ line }` );

	/** Sends events to the webhook in order, as Stripe signs them; a failed delivery is logged (the tests redeliver). */
	async function deliver( events: StripeEventOut[] ): Promise<void> {
		if ( ! options.webhookUrl || ! options.webhookSecret ) return;
		for ( const event of events ) {
			const payload = JSON.stringify( event );
			const header = Stripe.webhooks.generateTestHeaderString( { payload, secret: options.webhookSecret } );
			try {
				const response = await fetch( options.webhookUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Stripe-Signature': header }, body: payload } );
				log( `${ event.type } ${ event.id } → ${ response.status }` );
			} catch ( error ) {
				log( `${ event.type } ${ event.id } not delivered: ${ String( error ) }` );
			}
		}
	}

	const json = ( response: http.ServerResponse, status: number, body: unknown ) => {
		response.writeHead( status, { 'Content-Type': 'application/json', 'Request-Id': `req_test_${ Date.now() }` } );
		response.end( JSON.stringify( body ) );
	};
	const stripeError = ( response: http.ServerResponse, status: number, message: string, type = 'invalid_request_error' ) => json( response, status, { error: { type, message } } );
	const html = ( response: http.ServerResponse, status: number, body: string ) => {
		response.writeHead( status, { 'Content-Type': 'text/html; charset=utf-8' } );
		response.end( body );
	};
	const redirect = ( response: http.ServerResponse, location: string ) => {
		response.writeHead( 303, { Location: location } );
		response.end();
	};

	async function api( method: string, path: string, params: Json, query: URLSearchParams, response: http.ServerResponse ): Promise<void> {
		let match: RegExpExecArray | null;
		if ( method === 'POST' && path === '/v1/customers' ) return json( response, 200, state.createCustomer( params ) );
		if ( method === 'GET' && ( match = /^\/v1\/customers\/([^/]+)$/.exec( path ) ) ) {
			const customer = state.customers.get( match[ 1 ]! );
			return customer ? json( response, 200, customer ) : stripeError( response, 404, `No such customer: '${ match[ 1 ] }'` );
		}
		if ( method === 'POST' && path === '/v1/checkout/sessions' ) {
			const lines = ( params.line_items as Json[] | undefined ) ?? [];
			if ( ! lines.length ) return stripeError( response, 400, 'line_items is required.' );
			for ( const line of lines ) if ( line.price && ! state.price( String( line.price ) ) ) return stripeError( response, 400, `No such price: '${ String( line.price ) }'` );
			if ( params.customer && ! state.customers.has( String( params.customer ) ) ) return stripeError( response, 400, `No such customer: '${ String( params.customer ) }'` );
			const { line_items_requested: _lines, subscription_data: _data, ...session } = state.createSession( params );
			return json( response, 200, session );
		}
		if ( method === 'GET' && ( match = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec( path ) ) ) {
			const session = state.sessions.get( match[ 1 ]! );
			return session ? json( response, 200, session ) : stripeError( response, 404, `No such checkout.session: '${ match[ 1 ] }'` );
		}
		if ( method === 'POST' && path === '/v1/billing_portal/sessions' ) {
			if ( ! state.customers.has( String( params.customer ) ) ) return stripeError( response, 400, `No such customer: '${ String( params.customer ) }'` );
			return json( response, 200, state.createPortalSession( params ) );
		}
		if ( ( match = /^\/v1\/subscriptions\/([^/]+)$/.exec( path ) ) ) {
			const id = match[ 1 ]!;
			const subscription = state.subscriptions.get( id );
			if ( ! subscription ) return stripeError( response, 404, `No such subscription: '${ id }'` );
			if ( method === 'GET' ) return json( response, 200, subscription );
			if ( method === 'DELETE' ) {
				// Stripe's SDKs send a deletion's parameters in the query string.
				const cancel = parseStripeForm( query.toString() );
				const events = state.cancel( id, { prorate: cancel.prorate === 'true', invoiceNow: cancel.invoice_now === 'true' } );
				json( response, 200, subscription );
				return void deliver( events );
			}
			if ( method === 'POST' ) {
				if ( subscription.status === 'canceled' ) return stripeError( response, 400, 'A canceled subscription can only update its cancellation_details and metadata.' );
				const updated = state.updateSubscription( id, params )!;
				json( response, 200, updated.subscription );
				return void deliver( updated.events );
			}
		}
		if ( method === 'GET' && path === '/v1/invoices' ) {
			const customer = query.get( 'customer' );
			const limit = Math.min( 100, Number( query.get( 'limit' ) ?? 10 ) || 10 );
			const all = [ ...state.invoices.values() ].filter( ( invoice ) => ! customer || invoice.customer === customer ).sort( ( a, b ) => Number( b.created ) - Number( a.created ) );
			return json( response, 200, { object: 'list', url: '/v1/invoices', has_more: all.length > limit, data: all.slice( 0, limit ) } );
		}
		return stripeError( response, 404, `Unrecognized request URL (${ method }: ${ path }).` );
	}

	async function hosted( method: string, path: string, response: http.ServerResponse ): Promise<boolean> {
		let match: RegExpExecArray | null;
		if ( ( match = /^\/checkout\/([^/]+)(\/pay)?$/.exec( path ) ) ) {
			const session = state.sessions.get( match[ 1 ]! );
			if ( ! session ) return html( response, 404, page( 'Checkout not found', '' ) ), true;
			if ( method === 'POST' && match[ 2 ] ) {
				const events = state.completeSession( String( session.id ) );
				await deliver( events );
				return redirect( response, String( session.success_url ) ), true;
			}
			const lines = ( session.line_items_requested as Json[] ).map( ( line ) => escapeHtml( String( ( ( line.price_data as Json | undefined )?.product_data as Json | undefined )?.name ?? state.price( String( line.price ) )?.name ?? '' ) ) );
			const body = session.status !== 'open'
				? '<p>This checkout is already complete.</p>'
				: `<p>${ lines.join( ', ' ) } — <strong>${ escapeHtml( money( Number( session.amount_total ), String( session.currency ) ) ) }${ session.mode === 'subscription' ? ' per month' : '' }</strong></p>
<form method="post" action="/checkout/${ escapeHtml( String( session.id ) ) }/pay"><button type="submit">Pay</button></form><p><a href="${ escapeHtml( String( session.cancel_url ) ) }">Cancel and go back</a></p>`;
			return html( response, 200, page( 'Checkout', body ) ), true;
		}
		if ( ( match = /^\/billing_portal\/([^/]+)(\/cancel)?$/.exec( path ) ) ) {
			const portal = state.portalSessions.get( match[ 1 ]! );
			if ( ! portal ) return html( response, 404, page( 'Billing portal not found', '' ) ), true;
			const live = state.subscriptionsOf( String( portal.customer ) ).filter( ( subscription ) => subscription.status !== 'canceled' );
			if ( method === 'POST' && match[ 2 ] ) {
				for ( const subscription of live ) await deliver( state.updateSubscription( String( subscription.id ), { cancel_at_period_end: true } )!.events );
				return redirect( response, String( portal.return_url ) ), true;
			}
			const rows = live.map( ( subscription ) => `<li>${ escapeHtml( String( ( state.item( subscription ).price as Json ).nickname ) ) } — ${ escapeHtml( String( subscription.status ) ) }${ subscription.cancel_at_period_end ? ' (cancels at the end of the period)' : '' }</li>` );
			const body = `<ul>${ rows.join( '' ) || '<li>No subscription.</li>' }</ul>
${ live.some( ( subscription ) => ! subscription.cancel_at_period_end ) ? `<form method="post" action="/billing_portal/${ escapeHtml( String( portal.id ) ) }/cancel"><button type="submit">Cancel subscription</button></form>` : '' }
<p><a href="${ escapeHtml( String( portal.return_url ) ) }">Return to IGNY8</a></p>`;
			return html( response, 200, page( 'Manage your subscription', body ) ), true;
		}
		if ( method === 'GET' && ( match = /^\/invoices\/([^/]+)$/.exec( path ) ) ) {
			const invoice = state.invoices.get( match[ 1 ]! );
			if ( ! invoice ) return html( response, 404, page( 'Invoice not found', '' ) ), true;
			return html( response, 200, page( `Invoice ${ String( invoice.number ) }`, `<p>${ escapeHtml( money( Number( invoice.amount_due ), String( invoice.currency ) ) ) } — ${ escapeHtml( String( invoice.status ) ) }</p>` ) ), true;
		}
		return false;
	}

	async function control( body: string, response: http.ServerResponse ): Promise<void> {
		const input = JSON.parse( body || '{}' ) as { action?: string; id?: string; outcome?: 'paid' | 'failed'; deliver?: boolean; at?: number; seconds?: number };
		const id = String( input.id ?? '' );
		if ( input.action === 'clock' || input.action === 'advance' ) {
			// `id` is the customer whose test clock is set or moved.
			if ( input.action === 'clock' ) state.setClock( id, Number( input.at ) );
			else state.advance( id, Number( input.seconds ?? 0 ) );
			return json( response, 200, { now: state.now( id ), events: [] } );
		}
		const events = input.action === 'renew' ? state.renew( id, input.outcome === 'failed' ? 'failed' : 'paid' )
			: input.action === 'pay' ? state.payInvoice( id )
			: input.action === 'cancel' ? state.cancel( id )
			: input.action === 'complete' ? state.completeSession( id )
			: null;
		if ( ! events ) return json( response, 400, { error: 'action must be renew, pay, cancel or complete' } );
		if ( input.deliver !== false ) await deliver( events );
		return json( response, 200, { events } );
	}

	const server = http.createServer( async ( request, response ) => {
		try {
			const url = new URL( request.url ?? '/', `http://${ host }` );
			const method = request.method ?? 'GET';
			const body = await readBody( request );
			if ( url.pathname === '/__control' && method === 'POST' ) return await control( body, response );
			if ( url.pathname === '/__events' ) {
				const customer = url.searchParams.get( 'customer' );
				return json( response, 200, customer ? state.events.filter( ( event ) => event.data.object.customer === customer ) : state.events );
			}
			if ( url.pathname.startsWith( '/v1/' ) ) {
				if ( request.headers.authorization !== `Bearer ${ STAND_IN_SECRET_KEY }` ) return stripeError( response, 401, 'Invalid API Key provided.', 'authentication_error' );
				return await api( method, url.pathname, parseStripeForm( body ), url.searchParams, response );
			}
			if ( await hosted( method, url.pathname, response ) ) return;
			html( response, 404, page( 'Not found', '' ) );
		} catch ( error ) {
			stripeError( response, 400, ( error as Error ).message );
		}
	} );
	await new Promise<void>( ( resolve ) => server.listen( options.port ?? 0, host, resolve ) );
	origin = `http://${ host }:${ ( server.address() as AddressInfo ).port }`;
	return {
		apiBase: `${ origin }/v1`,
		origin,
		state,
		close: () => new Promise<void>( ( resolve ) => server.close( () => resolve() ) ),
	};
}

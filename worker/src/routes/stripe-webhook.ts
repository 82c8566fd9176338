/**
 * POST /api/v1/billing/stripe/webhook/ — Stripe events. Public (Stripe cannot send our
 * credentials) but authenticated by the Stripe-Signature header over the raw body; answers
 * in the envelope. A duplicate event is acknowledged (200, so Stripe stops retrying) and
 * changes nothing; a bad signature is a 400. An event that could not be applied (the database
 * failed) applied nothing and answers 503, so Stripe sends it again.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { ApiError, badRequest } from '../lib/errors';
import { verifyStripeEvent } from '../services/stripe-billing';
import { processStripeEvent } from '../services/stripe-events';

const MAX_EVENT_BYTES = 256 * 1024;

export const stripeWebhookRoutes = new Hono<AppEnv>( { strict: false } )
	// POST /api/v1/billing/stripe/webhook/ — checkout, invoice and subscription events (services/stripe-events.ts)
	.post( '/', async ( c ) => {
		const signature = c.req.header( 'Stripe-Signature' );
		if ( ! signature ) throw badRequest( 'Missing Stripe-Signature header.' );
		const payload = await c.req.text();
		if ( payload.length > MAX_EVENT_BYTES ) throw badRequest( 'Event too large.' );
		const event = await verifyStripeEvent( c.env, payload, signature );
		let result;
		try {
			result = await processStripeEvent( { db: c.var.db, env: c.env }, event );
		} catch ( error ) {
			console.error( JSON.stringify( { event: 'stripe_event_failed', request_id: c.get( 'requestId' ), stripe_event: event.id, type: event.type, error: String( error ) } ) );
			throw new ApiError( 503, 'The event could not be applied now; nothing of it was. Stripe will send it again.' );
		}
		console.log( JSON.stringify( { event: 'stripe_event', request_id: c.get( 'requestId' ), stripe_event: event.id, type: event.type, ...result } ) );
		return ok( c, { received: true, event_id: event.id, ...result } );
	} );

/**
 * POST /api/v1/billing/stripe/webhook/ — Stripe events. Public (Stripe cannot send our
 * credentials) but authenticated by the Stripe-Signature header over the raw body; answers
 * in the envelope. A duplicate event is acknowledged (200, so Stripe stops retrying) and
 * changes nothing; a bad signature is a 400.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { badRequest } from '../lib/errors';
import { processStripeEvent, verifyStripeEvent } from '../services/stripe-billing';

const MAX_EVENT_BYTES = 256 * 1024;

export const stripeWebhookRoutes = new Hono<AppEnv>( { strict: false } )
	// POST /api/v1/billing/stripe/webhook/ — checkout.session.completed grants credits or changes the plan
	.post( '/', async ( c ) => {
		const signature = c.req.header( 'Stripe-Signature' );
		if ( ! signature ) throw badRequest( 'Missing Stripe-Signature header.' );
		const payload = await c.req.text();
		if ( payload.length > MAX_EVENT_BYTES ) throw badRequest( 'Event too large.' );
		const event = await verifyStripeEvent( c.env, payload, signature );
		const result = await processStripeEvent( { db: c.var.db }, event );
		console.log( JSON.stringify( { event: 'stripe_event', request_id: c.get( 'requestId' ), stripe_event: event.id, type: event.type, ...result } ) );
		return ok( c, { received: true, event_id: event.id, ...result } );
	} );

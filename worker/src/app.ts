/**
 * createApp(): the one Hono app, used by the Worker's fetch handler and by tests.
 * Request id → secure headers → CORS (closed unless CORS_ORIGINS lists the origin) →
 * body limit → D1 handle → per-IP rate limit → routes; errors and 404s leave in the
 * envelope, never with a stack trace.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import * as z from 'zod';
import { createDb } from './db/client';
import type { AppEnv } from './env';
import { fail, ok } from './lib/envelope';
import { ApiError } from './lib/errors';
import { RateLimitedError } from './lib/rate-limit';
import { missingConfiguration } from './lib/production-config';
import { fieldErrors } from './lib/validate';
import { limitByAddress } from './middleware/rate-limit';
import { accountRoutes } from './routes/account';
import { authRoutes } from './routes/auth';
import { billingRoutes } from './routes/billing';
import { integrationRoutes } from './routes/integration';
import { jobRoutes } from './routes/jobs';
import { modelRoutes } from './routes/models';
import { oauthRoutes } from './routes/oauth';
import { mediaRoutes } from './routes/media';
import { editorRoutes } from './routes/editor';
import { scoreRoutes } from './routes/score';
import { stripeWebhookRoutes } from './routes/stripe-webhook';
import { portalRoutes } from './portal';
import { siteRoutes } from './routes/sites';
import { siteProviderRoutes } from './routes/site-provider';
import { VERSION } from './version';

const MAX_BODY_BYTES = 1024 * 1024;

/** Browser origins allowed to call the API (none by default: the plugin calls server to server). */
const allowedOrigins = ( list: string | undefined ) => new Set( ( list ?? '' ).split( ',' ).map( ( origin ) => origin.trim() ).filter( Boolean ) );

export function createApp() {
	// strict: false — the seed's paths end in "/", and clients send both forms.
	const app = new Hono<AppEnv>( { strict: false } );

	app.use( requestId( { headerName: 'X-Request-ID' } ) );
	// A production Worker without its secrets serves nothing (health checks included): tokens signed with
	// a missing or short key, or secrets stored without encryption, would be worse than no service.
	let reported = false;
	app.use( async ( c, next ) => {
		const missing = missingConfiguration( c.env );
		if ( missing.length === 0 ) return next();
		if ( ! reported ) console.error( `igny8-cloud refuses to serve: set ${ missing.join( ', ' ) } (wrangler secret put NAME).` );
		reported = true;
		return fail( c, 503, 'The service is not configured yet. The operator’s log names the missing settings.' );
	} );
	app.use( secureHeaders() );
	app.use( async ( c, next ) => {
		const origin = c.req.header( 'Origin' );
		// Editor routes allow only the token's site origin; routes/editor.ts handles their CORS.
		if ( c.req.path.startsWith( '/api/v1/ai/editor/' ) ) return next();
		if ( ! origin || ! allowedOrigins( c.env.CORS_ORIGINS ).has( origin ) ) return next();
		return cors( { origin, allowHeaders: [ 'Authorization', 'Content-Type', 'Idempotency-Key', 'X-Request-ID' ], exposeHeaders: [ 'X-Request-ID', 'Retry-After' ], maxAge: 600 } )( c, next );
	} );
	app.use( bodyLimit( { maxSize: MAX_BODY_BYTES, onError: ( c ) => fail( c, 413, 'The request body is too large (at most 1 MB).' ) } ) );
	app.use( async ( c, next ) => {
		c.set( 'db', createDb( c.env.DB ) );
		await next();
	} );
	app.use( limitByAddress );

	// GET /api/v1/ — a cheap liveness answer (start scripts wait on it); it does not say which environment runs
	app.get( '/api/v1', ( c ) => ok( c, { service: 'igny8-cloud' } ) );
	// GET /api/v1/health/ — 200 once configured (the gate above answers 503 otherwise)
	app.get( '/api/v1/health', ( c ) => ok( c, { status: 'ok', version: VERSION } ) );
	app.route( '/api/v1/auth/sites', siteRoutes );
	app.route( '/api/v1/auth', authRoutes );
	app.route( '/api/v1/auth', accountRoutes );
	app.route( '/api/v1/integration', integrationRoutes );
	app.route( '/api/v1/site/provider', siteProviderRoutes );
	app.route( '/api/v1/billing/stripe/webhook', stripeWebhookRoutes );
	app.route( '/api/v1/billing', billingRoutes );
	app.route( '/api/v1/oauth', oauthRoutes );
	app.route( '/api/v1/ai/jobs', jobRoutes );
	app.route( '/api/v1/ai/models', modelRoutes );
	app.route( '/api/v1/ai/media', mediaRoutes ); // generate_images output (R2), routes/media.ts
	app.route( '/api/v1/ai/editor', editorRoutes );
	app.route( '/api/v1/ai/score', scoreRoutes );
	app.route( '/portal', portalRoutes );

	app.notFound( ( c ) => fail( c, 404, `Not found: ${ c.req.method } ${ new URL( c.req.url ).pathname }` ) );

	app.onError( ( error, c ) => {
		if ( error instanceof RateLimitedError ) c.header( 'Retry-After', String( error.retryAfter ) );
		if ( error instanceof ApiError ) return fail( c, error.status, error.message, error.errors );
		if ( error instanceof z.ZodError ) return fail( c, 400, 'Validation failed.', fieldErrors( error ) );
		if ( error instanceof HTTPException && error.status < 500 ) {
			return fail( c, error.status, error.message || 'Bad request.' );
		}
		// Unknown: log with the request id for the operator, tell the client nothing internal.
		console.error( JSON.stringify( { event: 'unhandled_error', request_id: c.get( 'requestId' ), path: c.req.path, error: error instanceof Error ? error.stack ?? error.message : String( error ) } ) );
		return fail( c, 500, 'Internal server error.' );
	} );

	return app;
}

export type App = ReturnType<typeof createApp>;

/**
 * Brings up and tears down the parts of a local IGNY8 stack: the WordPress
 * runtime, the fake model (a test double for the paid model API), and the
 * Worker under `wrangler dev` with local D1, Queues and R2 — beside it the local
 * mailbox (a development stand-in writing <state>/mail/*.eml), the Turnstile
 * test double unless real Turnstile keys are given, and the Stripe stand-in (a test
 * double, scripts/stripe/) unless STRIPE_SECRET_KEY is given.
 */
import { resolve } from 'node:path';
import { OWN_PROVIDER_TEST_KEY, ROOT, WRANGLER_JS, wpEnv, type StackConfig } from './config.ts';
import { LOCAL_STRIPE_WEBHOOK_SECRET, STAND_IN_PRICES, STAND_IN_SECRET_KEY } from './local-stripe.ts';
import { LOCAL_WORKER_VARS } from './local-worker-vars.ts';
import { run, startService, waitForHttp, type Service } from './processes.ts';

// Run wrangler with this very Node (22+), whatever `node` is first on PATH.

/** A running piece of the stack. */
export interface Running {
	name: string;
	stop(): Promise<void>;
}

/** Starts (or reuses) the WordPress runtime of this stack. */
export async function startWordPress( config: StackConfig ): Promise<Running> {
	await run( 'bash', [ resolve( ROOT, 'scripts/wp/up.sh' ) ], { env: wpEnv( config ), cwd: ROOT } );
	return {
		name: 'WordPress',
		stop: async () => {
			await run( 'bash', [ resolve( ROOT, 'scripts/wp/down.sh' ) ], {
				env: wpEnv( config ),
				cwd: ROOT,
				allowFailure: true,
			} );
		},
	};
}

/** Starts the local OpenAI-compatible fake model server (a test double). */
export async function startFakeModel( config: StackConfig ): Promise<Running> {
	const { startFakeModel: start } = await import( '../fake-openai/server.ts' );
	const server = await start( { port: config.fakeModelPort, host: '127.0.0.1' } );
	return { name: 'fake model (test double)', stop: () => server.close() };
}

/** Starts the second fake model (a test double): a site's own provider, answering only to its own key. */
export async function startOwnProviderModel( config: StackConfig ): Promise<Running> {
	const { startFakeModel: start } = await import( '../fake-openai/server.ts' );
	const server = await start( { port: config.ownProviderPort, host: '127.0.0.1', requireKey: OWN_PROVIDER_TEST_KEY, quiet: true } );
	return { name: 'own-provider fake model (test double)', stop: () => server.close() };
}

/** Applies the D1 migrations to the stack's local database. */
export async function migrateD1( config: StackConfig ): Promise<void> {
	await run(
		process.execPath,
		[
			WRANGLER_JS,
			'd1',
			'migrations',
			'apply',
			'DB',
			'--local',
			'--config',
			resolve( ROOT, 'wrangler.toml' ),
			'--persist-to',
			resolve( config.stateDir, 'wrangler' ),
		],
		{ cwd: ROOT, quiet: true, env: { ...process.env, CI: 'true' } }
	);
}

/** Where the local mailbox of a stack writes its .eml files. */
export const mailDir = ( config: StackConfig ) => resolve( config.stateDir, 'mail' );

/** The mailbox and, without real keys, the Turnstile test double; the Worker variables that point at them. */
async function startAuthStandIns( config: StackConfig ): Promise<{ vars: string[]; stop(): Promise<void> }> {
	const { startMailbox } = await import( '../mailbox/server.ts' );
	const mailbox = await startMailbox( { dir: mailDir( config ) } );
	const vars = [ `MAIL_HTTP_URL:${ mailbox.url }` ];
	if ( process.env.TURNSTILE_SECRET_KEY && process.env.TURNSTILE_SITE_KEY ) {
		vars.push( `TURNSTILE_SECRET_KEY:${ process.env.TURNSTILE_SECRET_KEY }`, `TURNSTILE_SITE_KEY:${ process.env.TURNSTILE_SITE_KEY }` );
		return { vars, stop: () => mailbox.close() };
	}
	const { startTurnstile, TEST_SECRETS, TEST_SITE_KEY } = await import( '../turnstile/server.ts' );
	const turnstile = await startTurnstile();
	vars.push( `TURNSTILE_SECRET_KEY:${ TEST_SECRETS.passes }`, `TURNSTILE_SITE_KEY:${ TEST_SITE_KEY }`, `TURNSTILE_VERIFY_URL:${ turnstile.verifyUrl }` );
	return { vars, stop: async () => void ( await Promise.all( [ mailbox.close(), turnstile.close() ] ) ) };
}

/**
 * Stripe for the Worker: with STRIPE_SECRET_KEY the real API (and the price ids given); without it the
 * local stand-in, whose hosted Checkout sends its signed events to this Worker's webhook.
 */
async function startStripe( config: StackConfig ): Promise<{ vars: string[]; url: string | null; stop(): Promise<void> }> {
	const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET || LOCAL_STRIPE_WEBHOOK_SECRET;
	const vars = [ `STRIPE_WEBHOOK_SECRET:${ webhookSecret }` ];
	if ( process.env.STRIPE_SECRET_KEY ) {
		for ( const name of [ 'STRIPE_SECRET_KEY', 'STRIPE_PRICE_STARTER', 'STRIPE_PRICE_GROWTH' ] ) {
			if ( process.env[ name ] ) vars.push( `${ name }:${ process.env[ name ] }` );
		}
		return { vars, url: null, stop: async () => undefined };
	}
	const { startStripeStandIn } = await import( '../stripe/server.ts' );
	const standIn = await startStripeStandIn( { webhookUrl: `http://127.0.0.1:${ config.workerPort }/api/v1/billing/stripe/webhook/`, webhookSecret, quiet: true } );
	const price = ( plan: string ) => STAND_IN_PRICES.find( ( item ) => item.plan === plan )!.id;
	vars.push( `STRIPE_SECRET_KEY:${ STAND_IN_SECRET_KEY }`, `STRIPE_API_BASE:${ standIn.apiBase }`, `STRIPE_PRICE_STARTER:${ price( 'starter' ) }`, `STRIPE_PRICE_GROWTH:${ price( 'growth' ) }` );
	return { vars, url: standIn.origin, stop: () => standIn.close() };
}

/** Starts the Worker in workerd through `wrangler dev` and waits until it answers. */
export async function startWorker( config: StackConfig ): Promise<Running & { service: Service; stripeStandIn: string | null }> {
	await migrateD1( config );
	const standIns = await startAuthStandIns( config );
	const stripe = await startStripe( config );
	const vars = [
		// wrangler.toml holds production defaults only; the development ones come from here.
		...Object.entries( LOCAL_WORKER_VARS ).map( ( [ name, value ] ) => `${ name }:${ value }` ),
		...standIns.vars,
		`OPENAI_BASE_URL:${ config.modelBaseUrl }`,
		`OPENAI_API_KEY:${ process.env.OPENAI_API_KEY || 'fake-key-for-the-local-test-double' }`,
		// Image URLs in results point back at this Worker.
		`PUBLIC_URL:http://127.0.0.1:${ config.workerPort }`,
		// The portal's Stripe (or its stand-in) and webhook secret; see README "Agency portal".
		...stripe.vars,
	];
	for ( const name of Object.keys( process.env ) ) {
		if ( name.startsWith( 'AI_MODEL_' ) ) vars.push( `${ name }:${ process.env[ name ] }` );
	}
	const service = startService(
		'Worker (wrangler dev)',
		process.execPath,
		[
			WRANGLER_JS,
			'dev',
			'--config',
			resolve( ROOT, 'wrangler.toml' ),
			'--ip',
			'127.0.0.1',
			'--port',
			String( config.workerPort ),
			'--inspector-port',
			String( config.workerPort + 10000 ),
			'--persist-to',
			resolve( config.stateDir, 'wrangler' ),
			'--show-interactive-dev-session=false',
			'--log-level',
			'info',
			'--var',
			...vars,
		],
		{ cwd: ROOT, logFile: resolve( config.stateDir, 'logs', 'worker.log' ) }
	);
	await waitForHttp( `http://127.0.0.1:${ config.workerPort }/api/v1/`, 120_000, service );
	return {
		name: service.name,
		service,
		stripeStandIn: stripe.url,
		stop: async () => {
			await service.stop();
			await standIns.stop();
			await stripe.stop();
		},
	};
}

/** Stops the given parts in reverse start order, never throwing. */
export async function stopAll( parts: Running[] ): Promise<void> {
	for ( const part of [ ...parts ].reverse() ) {
		try {
			await part.stop();
		} catch ( error ) {
			console.error( `igny8: could not stop ${ part.name }:`, error );
		}
	}
}

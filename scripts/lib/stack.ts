/**
 * Brings up and tears down the parts of a local IGNY8 stack: the WordPress
 * runtime, the fake model (a test double for the paid model API), and the
 * Worker under `wrangler dev` with local D1, Queues and R2.
 */
import { resolve } from 'node:path';
import { ROOT, wpEnv, type StackConfig } from './config.ts';
import { LOCAL_STRIPE_WEBHOOK_SECRET } from './local-stripe.ts';
import { LOCAL_WORKER_VARS } from './local-worker-vars.ts';
import { run, startService, waitForHttp, type Service } from './processes.ts';

// Run wrangler with this very Node (22+), whatever `node` is first on PATH.
const WRANGLER_JS = resolve( ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js' );

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

/** Starts the Worker in workerd through `wrangler dev` and waits until it answers. */
export async function startWorker( config: StackConfig ): Promise<Running & { service: Service }> {
	await migrateD1( config );
	const vars = [
		// wrangler.toml holds production defaults only; the development ones come from here.
		...Object.entries( LOCAL_WORKER_VARS ).map( ( [ name, value ] ) => `${ name }:${ value }` ),
		`OPENAI_BASE_URL:${ config.modelBaseUrl }`,
		`OPENAI_API_KEY:${ process.env.OPENAI_API_KEY || 'fake-key-for-the-local-test-double' }`,
		// Image URLs in results point back at this Worker.
		`PUBLIC_URL:http://127.0.0.1:${ config.workerPort }`,
		// The portal's Stripe webhook (and Checkout when a secret key is given); see README "Agency portal".
		`STRIPE_WEBHOOK_SECRET:${ process.env.STRIPE_WEBHOOK_SECRET || LOCAL_STRIPE_WEBHOOK_SECRET }`,
	];
	for ( const name of [ 'STRIPE_SECRET_KEY', 'STRIPE_PRICE_STARTER', 'STRIPE_PRICE_GROWTH' ] ) {
		if ( process.env[ name ] ) vars.push( `${ name }:${ process.env[ name ] }` );
	}
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
	return { name: service.name, service, stop: () => service.stop() };
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

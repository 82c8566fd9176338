/**
 * `npm start`: the whole product on this machine. WordPress with the plugin,
 * the Worker in workerd (local D1, Queues, R2), and the model — the local fake
 * (a test double) unless OPENAI_API_KEY is set. Creates a demo account and
 * site, connects the plugin, seeds keywords, prints where to go, and stops
 * everything on Ctrl-C.
 */
import { demoConfig } from './lib/config.ts';
import { ensureBuilt } from './lib/build.ts';
import { startFakeModel, startWordPress, startWorker, stopAll, type Running } from './lib/stack.ts';
import { connectPlugin, ensureDemoTenant, wpRest } from './lib/provision.ts';

const DEMO_KEYWORDS = [
	{ keyword: 'best trail running shoes', search_volume: 12100, difficulty: 48, intent: 'commercial' },
	{ keyword: 'how to start trail running', search_volume: 4400, difficulty: 22, intent: 'informational' },
	{ keyword: 'trail running vs road running', search_volume: 1900, difficulty: 18, intent: 'informational' },
	{ keyword: 'waterproof trail shoes', search_volume: 2900, difficulty: 35, intent: 'commercial' },
	{ keyword: 'trail running hydration vest', search_volume: 3600, difficulty: 30, intent: 'transactional' },
	{ keyword: 'beginner trail running plan', search_volume: 1300, difficulty: 15, intent: 'informational' },
	{ keyword: 'trail running gear checklist', search_volume: 880, difficulty: 12, intent: 'informational' },
	{ keyword: 'salomon speedcross review', search_volume: 6600, difficulty: 41, intent: 'commercial' },
];

const config = demoConfig();
const parts: Running[] = [];
let stopping = false;

async function shutdown( code: number ): Promise<never> {
	if ( ! stopping ) {
		stopping = true;
		console.log( '\nigny8: stopping …' );
		await stopAll( parts );
		console.log( 'igny8: stopped.' );
	}
	process.exit( code );
}

process.on( 'SIGINT', () => void shutdown( 0 ) );
process.on( 'SIGTERM', () => void shutdown( 0 ) );

try {
	const started = Date.now();
	await ensureBuilt();
	parts.push( await startWordPress( config ) );
	if ( config.useFakeModel ) {
		parts.push( await startFakeModel( config ) );
	}
	const workerPart = await startWorker( config );
	parts.push( workerPart );
	const { tenant } = await ensureDemoTenant( config );
	await connectPlugin( config, tenant.apiKey );
	await wpRest( config, 'POST', '/igny8/v1/planner/keywords/bulk_create', { keywords: DEMO_KEYWORDS } );

	const wp = `http://127.0.0.1:${ config.wpPort }`;
	console.log( `
IGNY8 is running (ready in ${ ( ( Date.now() - started ) / 1000 ).toFixed( 1 ) } s).

  IGNY8 dashboard   ${ wp }/wp-admin/admin.php?page=igny8
                    login: ${ config.wpUser } / ${ config.wpPassword }
  IGNY8 settings    ${ wp }/wp-admin/admin.php?page=igny8-settings
  Cloud (Worker)    http://127.0.0.1:${ config.workerPort }/api/v1/
                    demo account: ${ tenant.email } / ${ tenant.password }
  Agency portal     http://127.0.0.1:${ config.workerPort }/portal/login  (same demo account)
  Stripe            ${ workerPart.stripeStandIn ? `${ workerPart.stripeStandIn }  (local stand-in: a test double, no card is charged; set STRIPE_SECRET_KEY for the real API)` : 'the real API (STRIPE_SECRET_KEY)' }
  Model             ${ config.modelBaseUrl }${ config.useFakeModel ? '  (local fake model: a test double; set OPENAI_API_KEY for the real API)' : '' }
  Logs              ${ config.stateDir }/logs/ and ${ config.stateDir }/wp/

Press Ctrl-C to stop everything.
` );
	// Keep running until a signal arrives; the Worker exiting on its own is fatal.
	const worker = parts.find( ( part ) => 'service' in part ) as ( Running & { service: { child: import( 'node:child_process' ).ChildProcess } } ) | undefined;
	worker?.service.child.once( 'exit', ( code ) => {
		if ( ! stopping ) {
			console.error( `igny8: the Worker exited (code ${ code }); see ${ config.stateDir }/logs/worker.log` );
			void shutdown( 1 );
		}
	} );
	await new Promise( () => undefined );
} catch ( error ) {
	console.error( '\nigny8: start failed:', error instanceof Error ? error.message : error );
	await shutdown( 1 );
}

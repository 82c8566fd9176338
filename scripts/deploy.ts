/**
 * `npm run deploy`: puts the Worker on your Cloudflare account.
 *   1. checks the wrangler login and the production secrets (stops before changing anything
 *      and prints the exact commands when one is missing);
 *   2. creates the D1 database, the queues (AI jobs, deliveries) with their dead-letter queue
 *      and the R2 bucket when they do not exist, and writes their ids into wrangler.toml's [env.production];
 *   3. applies the D1 migrations before the new code goes live (a failure stops here, and
 *      the Worker already deployed keeps serving);
 *   4. deploys, checks GET /api/v1/health/ on the deployed URL, and prints the next steps.
 * `npm run deploy -- --dry-run` does all that needs no network: the bundle, the config
 * validation, the migration list and safety check, and the secret checklist.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './lib/config.ts';
import { dryRun } from './lib/deploy/dry-run.ts';
import { DEFAULT_RESOURCES, productionD1Id, withProductionBlock } from './lib/deploy/production-env.ts';
import { missingSecrets, secretChecklist } from './lib/deploy/secrets.ts';
import { wrangler } from './lib/deploy/wrangler.ts';
import { readMigrations } from './lib/migration-safety.ts';

const TOML = resolve( ROOT, 'wrangler.toml' );

async function deploy(): Promise<void> {
	const who = await wrangler( [ 'whoami', '--json' ], { allowFailure: true } );
	if ( who.code !== 0 ) throw new Error( 'Not logged in to Cloudflare. Run `npx wrangler login` (or set CLOUDFLARE_API_TOKEN), then deploy again.' );

	// Checks first: nothing is created while the deployment could not serve anyway.
	const listed = await wrangler( [ 'secret', 'list', '--env', 'production', '--format', 'json' ], { allowFailure: true } );
	const present = listed.code === 0 ? ( JSON.parse( listed.stdout ) as Array<{ name: string }> ).map( ( secret ) => secret.name ) : [];
	const missing = missingSecrets( present );
	if ( missing.length > 0 ) {
		console.error( `Missing production secrets: ${ missing.map( ( spec ) => spec.name ).join( ', ' ) }. Nothing was changed. Set them, then deploy again:\n` );
		console.error( secretChecklist( present ).join( '\n' ) );
		process.exit( 1 );
	}

	const toml = readFileSync( TOML, 'utf8' );
	const d1Id = productionD1Id( toml ) ?? ( await ensureDatabase() );
	await ensureCreated( [ 'queues', 'create', DEFAULT_RESOURCES.deadLetterQueue ] );
	await ensureCreated( [ 'queues', 'create', DEFAULT_RESOURCES.queue ] );
	await ensureCreated( [ 'queues', 'create', DEFAULT_RESOURCES.deliveriesQueue ] );
	await ensureCreated( [ 'r2', 'bucket', 'create', DEFAULT_RESOURCES.bucket ] );
	writeFileSync( TOML, withProductionBlock( toml, { ...DEFAULT_RESOURCES, d1Id } ) );
	console.log( `wrangler.toml: [env.production] written (D1 ${ d1Id }); commit it.` );

	console.log( `Applying ${ readMigrations( resolve( ROOT, 'd1-migrations' ) ).length } D1 migrations (already applied ones are skipped)…` );
	await wrangler( [ 'd1', 'migrations', 'apply', 'DB', '--remote', '--env', 'production' ], { input: 'y\n' } );

	const deployed = await wrangler( [ 'deploy', '--env', 'production' ] );
	const url = /https:\/\/[^\s]+\.workers\.dev/.exec( deployed.stdout )?.[ 0 ] ?? process.env.IGNY8_PUBLIC_URL;
	if ( ! url ) throw new Error( 'Deployed, but no workers.dev URL was printed; set IGNY8_PUBLIC_URL to your custom domain and check /api/v1/health/ yourself.' );
	const health = await fetch( `${ url }/api/v1/health/` ).catch( ( error: unknown ) => error as Error );
	if ( health instanceof Error || ! health.ok ) {
		throw new Error( `Deployed to ${ url }, but /api/v1/health/ answered ${ health instanceof Error ? health.message : health.status }. See \`npx wrangler tail --env production\`; \`npx wrangler rollback --env production\` puts the previous version back.` );
	}
	console.log( `\nIGNY8 cloud is live at ${ url } (health: ok). Next:` );
	console.log( `  1. Create the first account: ${ url }/portal/signup` );
	console.log( '  2. In the portal, add a site and copy its API key; in wp-admin → IGNY8 → Settings enter the Cloud URL and the key, then Connect.' );
	console.log( `  3. Stripe (optional): add the webhook endpoint ${ url }/api/v1/billing/stripe/webhook/ for checkout.session.completed, checkout.session.async_payment_succeeded, invoice.paid, invoice.payment_failed and customer.subscription.created/updated/deleted, then set STRIPE_WEBHOOK_SECRET (README "Agency portal").` );
}

/** The production D1 database's id, creating the database when the account has none. */
async function ensureDatabase(): Promise<string> {
	const list = await wrangler( [ 'd1', 'list', '--json' ], { quiet: true } );
	const found = ( JSON.parse( list.stdout ) as Array<{ name: string; uuid: string }> ).find( ( db ) => db.name === DEFAULT_RESOURCES.d1Name );
	if ( found ) return found.uuid;
	const created = await wrangler( [ 'd1', 'create', DEFAULT_RESOURCES.d1Name ] );
	const id = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec( created.stdout )?.[ 0 ];
	if ( ! id ) throw new Error( `Created the D1 database ${ DEFAULT_RESOURCES.d1Name } but could not read its id from wrangler's output.` );
	return id;
}

/** Runs a create command; a resource that already exists is fine. */
async function ensureCreated( args: string[] ): Promise<void> {
	const result = await wrangler( args, { allowFailure: true, quiet: true } );
	if ( result.code === 0 ) console.log( `created: ${ args.slice( -1 )[ 0 ] }` );
	else if ( /already (exists|taken)|in use/i.test( result.stdout + result.stderr ) ) console.log( `exists: ${ args.slice( -1 )[ 0 ] }` );
	else throw new Error( `wrangler ${ args.join( ' ' ) } failed:\n${ ( result.stderr || result.stdout ).slice( -2000 ) }` );
}

try {
	if ( process.argv.includes( '--dry-run' ) ) {
		const report = await dryRun( ROOT );
		console.log( report.lines.join( '\n' ) );
		if ( ! report.ok ) process.exit( 1 );
	} else {
		await deploy();
	}
} catch ( error ) {
	console.error( error instanceof Error ? error.message : error );
	process.exit( 1 );
}

/**
 * `npm run account -- <suspend|cancel|resume> <account-id> [--reason "…"] [--remote]`: the operator sets an
 * account's standing. Suspended and cancelled accounts start no AI job (their sites get a 403 naming the
 * status and the reason, which wp-admin shows) and every portal page tells the owner why; resume restores
 * the standing the subscription gives. It goes through `wrangler d1 execute` with the operator's own
 * Cloudflare login (--remote: the production database) or on the local stack's D1 (`npm start`'s state, or
 * IGNY8_STATE_DIR's): no HTTP route can do this.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { STANDING_ACTIONS, StandingInputError, standingSql, type StandingAction } from './lib/account-standing.ts';
import { demoConfig, ROOT, WRANGLER_JS } from './lib/config.ts';
import { run } from './lib/processes.ts';

const USAGE = 'usage: npm run account -- <suspend|cancel|resume> <account-id> [--reason "why, for the owner"] [--remote]';

const { values, positionals } = parseArgs( { allowPositionals: true, options: { reason: { type: 'string' }, remote: { type: 'boolean', default: false } } } );
const [ action, accountId ] = positionals;
if ( ! action || ! accountId || ! ( STANDING_ACTIONS as readonly string[] ).includes( action ) ) {
	console.error( USAGE );
	process.exit( 2 );
}

let sql: string;
try {
	sql = standingSql( action as StandingAction, accountId, values.reason );
} catch ( error ) {
	if ( ! ( error instanceof StandingInputError ) ) throw error;
	console.error( `igny8: ${ error.message }\n${ USAGE }` );
	process.exit( 2 );
}

const where = values.remote ? [ '--remote', '--env', 'production' ] : [ '--local', '--persist-to', resolve( demoConfig().stateDir, 'wrangler' ) ];
const dir = mkdtempSync( join( tmpdir(), 'igny8-account-' ) );
const file = join( dir, 'standing.sql' );
writeFileSync( file, sql );
try {
	const { code, stdout, stderr } = await run( process.execPath, [ WRANGLER_JS, 'd1', 'execute', 'DB', ...where, '--json', '--config', resolve( ROOT, 'wrangler.toml' ), '--file', file ], { cwd: ROOT, quiet: true, allowFailure: true, env: { ...process.env, CI: 'true' } } );
	if ( code !== 0 ) {
		console.error( `igny8: wrangler d1 execute failed:\n${ stdout }${ stderr }` );
		process.exit( 1 );
	}
	const results = JSON.parse( stdout ) as Array<{ results: Array<{ id: string; name: string; status: string; status_reason: string | null }> }>;
	const account = results.at( -1 )?.results[ 0 ];
	if ( ! account ) {
		console.error( `igny8: no account ${ accountId } in the ${ values.remote ? 'production' : 'local' } database.` );
		process.exit( 1 );
	}
	console.log( `${ account.name } (${ account.id }): ${ account.status }${ account.status_reason ? ` — ${ account.status_reason }` : '' }` );
} finally {
	rmSync( dir, { recursive: true, force: true } );
}

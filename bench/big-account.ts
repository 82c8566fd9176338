/**
 * An agency account at the top of the Agency plan for the portal bench: 50 sites and a year of
 * finished jobs (one per site and day, 18,250 rows), written straight into the bench stack's local
 * D1 with `wrangler d1 execute` (the API cannot backdate a job). Bench set-up only: the rows copy
 * the tenant's own site and are never read by a test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ROOT, WRANGLER_JS, type StackConfig } from '../scripts/lib/config.ts';
import { run } from '../scripts/lib/processes.ts';

export const BIG_SITES = 50;
export const BIG_DAYS = 365;

const quote = ( value: string ): string => `'${ value.replace( /'/g, "''" ) }'`;

/** Runs SQL from a file against the stack's local D1 and returns the JSON rows of each statement. */
export async function d1( config: StackConfig, sql: string ): Promise<Array<{ results: Array<Record<string, unknown>> }>> {
	const dir = mkdtempSync( join( tmpdir(), 'igny8-bench-d1-' ) );
	const file = join( dir, 'seed.sql' );
	writeFileSync( file, sql );
	try {
		const { code, stdout } = await run( process.execPath, [ WRANGLER_JS, 'd1', 'execute', 'DB', '--local', '--json', '--config', resolve( ROOT, 'wrangler.toml' ), '--persist-to', resolve( config.stateDir, 'wrangler' ), '--file', file ], { cwd: ROOT, quiet: true, allowFailure: true, env: { ...process.env, CI: 'true' } } );
		if ( code !== 0 ) throw new Error( `seeding D1 failed: ${ stdout.slice( 0, 500 ) }` );
		return JSON.parse( stdout ) as Array<{ results: Array<Record<string, unknown>> }>;
	} finally {
		rmSync( dir, { recursive: true, force: true } );
	}
}

/** Gives the tenant's account 49 more sites (copies of its own, each with its own key hash) and a year of jobs. */
export async function seedBigAccount( config: StackConfig, siteId: string ): Promise<void> {
	const [ columns ] = await d1( config, 'PRAGMA table_info(sites);' );
	const names = ( columns?.results ?? [] ).map( ( column ) => String( column.name ) );
	if ( ! names.includes( 'api_key_hash' ) ) throw new Error( `unexpected sites columns: ${ names.join( ', ' ) }` );
	const override = ( column: string, n: number ): string => {
		if ( column === 'id' ) return quote( `bench_site_${ n }_${ randomUUID().slice( 0, 8 ) }` );
		if ( column === 'name' ) return quote( `Client site ${ n }` );
		if ( column === 'url' ) return quote( `https://client-${ n }.example` );
		if ( column === 'api_key_hash' ) return quote( randomUUID() );
		return column;
	};
	const statements: string[] = [];
	for ( let n = 2; n <= BIG_SITES; n++ ) {
		statements.push( `INSERT INTO sites (${ names.join( ', ' ) }) SELECT ${ names.map( ( column ) => override( column, n ) ).join( ', ' ) } FROM sites WHERE id = ${ quote( siteId ) };` );
	}
	await d1( config, statements.join( '\n' ) );

	const now = Date.now();
	const day = 86_400_000;
	const functions = [ 'generate_content', 'generate_ideas', 'auto_cluster', 'generate_images', 'optimize_content' ];
	const rows: string[] = [];
	const jobs: string[] = [];
	const flush = async (): Promise<void> => {
		if ( rows.length === 0 ) return;
		jobs.push( `INSERT INTO jobs (id, site_id, account_id, function, status, progress, step, input, credits_reserved, credits_charged, tokens_in, tokens_out, created_at, updated_at, started_at, completed_at, delivered_at) VALUES\n${ rows.join( ',\n' ) };` );
		rows.length = 0;
	};
	const [ sites ] = await d1( config, `SELECT id, account_id FROM sites WHERE account_id = (SELECT account_id FROM sites WHERE id = ${ quote( siteId ) });` );
	for ( const site of sites?.results ?? [] ) {
		for ( let d = 0; d < BIG_DAYS; d++ ) {
			const at = now - d * day - 3_600_000;
			const fn = functions[ ( d + rows.length ) % functions.length ] as string;
			rows.push( `(${ quote( randomUUID() ) }, ${ quote( String( site.id ) ) }, ${ quote( String( site.account_id ) ) }, ${ quote( fn ) }, 'completed', 100, 'done', '{}', 10, 8, 1200, 2400, ${ at }, ${ at }, ${ at }, ${ at }, ${ at })` );
			if ( rows.length === 100 ) await flush();
		}
	}
	await flush();
	// One file per 20 statements keeps each wrangler call well under its limits.
	for ( let i = 0; i < jobs.length; i += 20 ) await d1( config, jobs.slice( i, i + 20 ).join( '\n' ) );
}

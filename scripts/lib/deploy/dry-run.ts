/**
 * `npm run deploy -- --dry-run`: everything a deploy checks that needs no network. The
 * production config is validated by wrangler itself, bundling the Worker exactly as a
 * deploy would (with placeholder ids until the first real deploy wrote the real ones).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WORKER_GZIP_BUDGET_KIB } from '../../worker-bundle.ts';
import { readMigrations, unsafeStatements } from '../migration-safety.ts';
import { DEFAULT_RESOURCES, productionD1Id, withProductionBlock } from './production-env.ts';
import { secretChecklist } from './secrets.ts';
import { wrangler } from './wrangler.ts';

/** The Worker bundle budget (gzip): the one the bundle report holds the Worker to. */
export const BUNDLE_LIMIT_BYTES = WORKER_GZIP_BUDGET_KIB * 1024;
const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

export interface DryRunReport {
	ok: boolean;
	lines: string[];
	bundleGzipBytes: number | null;
}

export async function dryRun( root: string ): Promise<DryRunReport> {
	const lines: string[] = [];
	let ok = true;
	const toml = readFileSync( resolve( root, 'wrangler.toml' ), 'utf8' );
	const configured = productionD1Id( toml );
	// Beside the real file, so the relative paths in it (main, migrations_dir) still resolve.
	const config = resolve( root, `.wrangler-dry-run-${ process.pid }.toml` );
	const outdir = mkdtempSync( join( tmpdir(), 'igny8-deploy-' ) );
	let bundleGzipBytes: number | null = null;
	try {
		writeFileSync( config, withProductionBlock( toml, { ...DEFAULT_RESOURCES, d1Id: configured ?? PLACEHOLDER_ID } ) );
		const bundled = await wrangler( [ 'deploy', '--dry-run', '--env', 'production', '--outdir', outdir ], { config, allowFailure: true, quiet: true } );
		if ( bundled.code !== 0 ) {
			ok = false;
			lines.push( `✗ config and bundle: wrangler refused the production config:\n${ ( bundled.stderr || bundled.stdout ).slice( -2000 ) }` );
		} else {
			const js = readdirSync( outdir ).filter( ( name ) => name.endsWith( '.js' ) );
			bundleGzipBytes = js.reduce( ( sum, name ) => sum + gzipSync( readFileSync( join( outdir, name ) ), { level: 9 } ).length, 0 );
			const within = bundleGzipBytes <= BUNDLE_LIMIT_BYTES;
			ok &&= within;
			lines.push( `${ within ? '✓' : '✗' } config and bundle: wrangler accepts [env.production]; the Worker is ${ ( bundleGzipBytes / 1024 ).toFixed( 1 ) } KB gzip (limit ${ BUNDLE_LIMIT_BYTES / 1024 } KB)` );
		}
	} finally {
		rmSync( config, { force: true } );
		rmSync( outdir, { recursive: true, force: true } );
	}
	lines.push( configured ? `✓ resources: [env.production] names D1 ${ configured }` : '• resources: no [env.production] yet; the first deploy creates the D1 database, the queues and the bucket and writes their ids' );

	const migrations = readMigrations( resolve( root, 'd1-migrations' ) );
	const unsafe = unsafeStatements( migrations );
	ok &&= unsafe.length === 0;
	lines.push( `${ unsafe.length === 0 ? '✓' : '✗' } migrations: ${ migrations.length } to apply in order before the code goes live (already applied ones are skipped):` );
	lines.push( ...migrations.map( ( migration ) => `    ${ migration.name }` ) );
	lines.push( ...unsafe.map( ( problem ) => `  ✗ ${ problem }` ) );

	lines.push( '• secrets (checked against your account by a real deploy):' );
	lines.push( ...secretChecklist( null ).map( ( line ) => `  ${ line }` ) );
	lines.push( ok ? '\nDry run passed: `npm run deploy` would go ahead once you are logged in and the required secrets are set.' : '\nDry run failed: fix the ✗ lines above.' );
	return { ok, lines, bundleGzipBytes };
}

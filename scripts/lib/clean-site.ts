/**
 * The clean WordPress of a test run: no plugin linked from the repo, a new database every run,
 * and the release zip built beside it, so the browser suite installs IGNY8 the way a user does
 * (Plugins → Add New → Upload) and checks that deleting it leaves nothing behind.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ROOT, cleanSiteConfig, wpEnv, type StackConfig } from './config.ts';
import { run } from './processes.ts';
import { startWordPress, type Running } from './stack.ts';
import { createTenant } from './provision.ts';
import { buildRelease } from './release.ts';

/** What the release spec needs to reach the clean site. */
export interface CleanSite {
	running: Running;
	/** Environment for the browser suite: the site's URL, its state folder, its key and the zip. */
	env: NodeJS.ProcessEnv;
}

/**
 * Builds the release zip into `outDir`, then starts the clean site from nothing (a previous
 * run's database, uploads and uploaded plugin are removed first) with its own cloud tenant.
 */
export async function startCleanSite( config: StackConfig, outDir: string ): Promise<CleanSite> {
	const release = buildRelease( ROOT, outDir );
	const clean = cleanSiteConfig( config );
	// A run that crashed may have left this site's servers up; their data is about to go.
	await run( 'bash', [ resolve( ROOT, 'scripts/wp/down.sh' ) ], { env: wpEnv( clean ), cwd: ROOT, allowFailure: true } );
	const wp = resolve( clean.stateDir, 'wp' );
	for ( const leftover of [ 'mysql', 'root/wp-content/plugins/igny8', 'root/wp-content/uploads', 'root/wp-content/upgrade', 'debug.log' ] ) {
		// rmSync does not follow a symbolic link: an old linked plugin folder loses only the link.
		if ( existsSync( resolve( wp, leftover ) ) ) rmSync( resolve( wp, leftover ), { recursive: true, force: true } );
	}
	const running = await startWordPress( clean );
	const site = await createTenant( { ...config, wpPort: clean.wpPort }, `clean-${ randomUUID() }@igny8.test`, 'test-password-1', 'Clean Install Agency' );
	return {
		running,
		env: {
			IGNY8_TEST_CLEAN_WP_URL: `http://127.0.0.1:${ clean.wpPort }`,
			IGNY8_TEST_CLEAN_STATE_DIR: clean.stateDir,
			IGNY8_TEST_CLEAN_SITE_KEY: site.apiKey,
			IGNY8_TEST_RELEASE_ZIP: release.zip,
		},
	};
}

/**
 * `npm test`: every suite against real components.
 *  1. node-side unit tests (vitest)
 *  2. Worker tests in workerd with real local D1 and Queues (@cloudflare/vitest-plugin)
 *  3. a test stack on its own ports: WordPress, the fake model (a test double), wrangler dev
 *  4. PHPUnit against the real WordPress (the newest line and the oldest supported, side by side), with a
 *     live Worker for the cloud group
 *  5. end-to-end in Chromium, in two groups side by side (one per WordPress line); then the Worker is
 *     stopped and the cloud-down specs run
 *  6. lint: PHP_CodeSniffer with the WordPress Coding Standards, and wp-scripts lint-js
 * Prints one closing line "N passed, N failed" over all suites.
 * `npm test -- --only=php,e2e` runs a subset (unit, worker, php, e2e, lint) while developing.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { OWN_PROVIDER_TEST_KEY, ROOT, oldestLineConfig, testConfig, wpEnv, type StackConfig } from './lib/config.ts';
import { ensureBuilt, typecheckAll } from './lib/build.ts';
import { run } from './lib/processes.ts';
import { mailDir, startFakeModel, startOwnProviderModel, startWordPress, startWorker, stopAll, type Running } from './lib/stack.ts';
import { connectPlugin, createTenant, wpRest } from './lib/provision.ts';
import { sumTallies, tallyJunit, type Tally } from './lib/junit.ts';
import { acquireLock } from './lib/lock.ts';
import { lintJs, lintPhp, type LintResult } from './lib/lint.ts';
import { startCleanSite } from './lib/clean-site.ts';
import { buildRelease } from './lib/release.ts';
import AdmZip from 'adm-zip';

const config = testConfig();
const onlyArg = process.argv.find( ( arg ) => arg.startsWith( '--only=' ) );
const selected = new Set( onlyArg ? onlyArg.slice( '--only='.length ).split( ',' ) : [ 'unit', 'worker', 'php', 'e2e', 'lint' ] );
const reports = resolve( config.stateDir, 'reports', String( process.pid ) );
mkdirSync( reports, { recursive: true } );

const bin = ( name: string ): string => resolve( ROOT, 'node_modules', '.bin', name );
const results: Array<{ suite: string; tally: Tally; code: number; seconds: number }> = [];
const runStarted = Date.now();
let setUpSeconds = 0;

async function suite( name: string, junit: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env, cwd = ROOT, buffered = false ): Promise<void> {
	// A suite running beside another prints its output in one piece when it ends.
	if ( ! buffered ) console.log( `\n━━ ${ name } ━━` );
	const started = Date.now();
	const { code, stdout, stderr } = await run( command, args, { cwd, env, allowFailure: true, ...( buffered ? { quiet: true } : { stdio: [ 'ignore', 'inherit', 'inherit' ] } ) } );
	if ( buffered ) console.log( `\n━━ ${ name } ━━\n${ stdout }${ stderr }` );
	const tally = tallyJunit( junit );
	// A runner that crashed before writing its report still fails the run.
	if ( code !== 0 && tally.failed === 0 ) tally.failed = 1;
	results.push( { suite: name, tally, code, seconds: Math.round( ( Date.now() - started ) / 1000 ) } );
}

/** Runs a set-up step and says how long it took (CI's budget is 30 minutes). */
async function timed<T>( what: string, step: () => Promise<T> ): Promise<T> {
	const started = Date.now();
	const value = await step();
	setUpSeconds += ( Date.now() - started ) / 1000;
	console.log( `igny8: ${ what } took ${ Math.round( ( Date.now() - started ) / 1000 ) } s` );
	return value;
}

const parts: Running[] = [];
let exitCode = 1;
try {
	await timed( 'system packages', () => run( 'bash', [ resolve( ROOT, 'scripts/system-deps.sh' ), 'test' ], { cwd: ROOT } ) );
	// The built screens and blocks serve every suite (lint checks the release zip, built files included).
	await timed( 'build', ensureBuilt );
	// Developer shortcut while several people change the tree at once; CI and the README never set it.
	if ( ! process.env.IGNY8_SKIP_TYPECHECK ) await timed( 'typecheck', typecheckAll );

	const unit = resolve( reports, 'unit.xml' );
	if ( selected.has( 'unit' ) ) await suite( 'unit tests (vitest)', unit, bin( 'vitest' ), [ 'run', '--reporter=default', '--reporter=junit', `--outputFile.junit=${ unit }` ] );

	const worker = resolve( reports, 'worker.xml' );
	if ( selected.has( 'worker' ) ) await suite( 'Worker tests (workerd, local D1 + Queues)', worker, bin( 'vitest' ), [ 'run', '--reporter=default', '--reporter=junit', `--outputFile.junit=${ worker }` ], process.env, resolve( ROOT, 'worker' ) );

	if ( selected.has( 'php' ) || selected.has( 'e2e' ) ) await stackSuites();
	if ( selected.has( 'lint' ) ) await lintSuites();
	printSummary();
} catch ( error ) {
	console.error( '\nigny8: test run failed:', error instanceof Error ? error.message : error );
} finally {
	await stopAll( parts );
	rmSync( reports, { recursive: true, force: true } );
}
process.exit( exitCode );

/** PHPUnit and the browser specs, against one test stack (one run at a time). */
async function stackSuites(): Promise<void> {
	await acquireLock( resolve( config.stateDir, 'stack.lock' ), 'the test stack' );
	console.log( '\n━━ starting the test stack ━━' );
	parts.push( await timed( `WordPress ${ config.wpLine }`, () => startWordPress( config ) ) );
	if ( config.useFakeModel ) parts.push( await startFakeModel( config ) );
	parts.push( await startOwnProviderModel( config ) );
	const workerPart = await timed( 'the Worker (wrangler dev)', () => startWorker( config ) );
	parts.push( workerPart );
	const tenant = await createTenant( config, `test-${ randomUUID() }@igny8.test`, 'test-password-1', 'Test Agency' );
	const env: NodeJS.ProcessEnv = {
		...wpEnv( config ),
		IGNY8_TEST_CLOUD_URL: `http://127.0.0.1:${ config.workerPort }`,
		IGNY8_TEST_SITE_KEY: tenant.apiKey,
		IGNY8_TEST_WP_URL: `http://127.0.0.1:${ config.wpPort }`,
		IGNY8_TEST_FAKE_MODEL_URL: config.useFakeModel ? `http://127.0.0.1:${ config.fakeModelPort }` : '',
		// The second fake model (a test double for a site's own provider key) and the key it requires.
		IGNY8_TEST_OWN_PROVIDER_URL: `http://127.0.0.1:${ config.ownProviderPort }/v1`,
		IGNY8_TEST_OWN_PROVIDER_KEY: OWN_PROVIDER_TEST_KEY,
		// The local mailbox's .eml files (sign-up verification and password-reset links).
		IGNY8_TEST_MAIL_DIR: mailDir( config ),
		// The Stripe stand-in (a test double) the Worker uses without STRIPE_SECRET_KEY; its /__control drives renewals.
		IGNY8_TEST_STRIPE_URL: workerPart.stripeStandIn ?? '',
		// A stack in its own IGNY8_STATE_DIR keeps its own browser login and screenshots.
		...( process.env.IGNY8_STATE_DIR ? { IGNY8_E2E_ARTIFACTS: resolve( config.stateDir, 'e2e-artifacts' ) } : {} ),
	};
	// IGNY8_E2E_FILTER="portal editor" runs only the spec files whose names match (while developing).
	const e2eFilter = ( process.env.IGNY8_E2E_FILTER ?? '' ).split( /\s+/ ).filter( Boolean );
	// A filter may leave one phase (specs or cloud-down) with nothing to run; that is not a failure.
	if ( e2eFilter.length > 0 ) e2eFilter.push( '--pass-with-no-tests' );

	// The every-screen console check runs on each WordPress line (skipped when a filter leaves it out).
	const screens = selected.has( 'e2e' ) && ( e2eFilter.length === 0 || e2eFilter.some( ( name ) => name.includes( 'screen' ) ) );
	// The browser specs in two groups, one per WordPress line, side by side (e2e/spec-groups.ts): on a
	// full run, or with IGNY8_E2E_SPLIT=1 while developing.
	const split = selected.has( 'e2e' ) && ( e2eFilter.length === 0 || process.env.IGNY8_E2E_SPLIT === '1' );
	let oldest: { stack: StackConfig; env: NodeJS.ProcessEnv; wordpress: Running } | null = null;
	try {
		if ( selected.has( 'php' ) || screens || split ) {
			// The same suites on the oldest supported WordPress, in a second site beside the first.
			const stack = oldestLineConfig( config );
			const wordpress = await timed( `WordPress ${ stack.wpLine }`, () => startWordPress( stack ) );
			// Its own cloud site: deliveries go to the host and port the site was registered with.
			const site = await createTenant( { ...config, wpPort: stack.wpPort }, `test-${ randomUUID() }@igny8.test`, 'test-password-1', 'Test Agency (oldest WordPress)' );
			oldest = { stack, wordpress, env: { ...env, ...wpEnv( stack ), IGNY8_TEST_SITE_KEY: site.apiKey, IGNY8_TEST_WP_URL: `http://127.0.0.1:${ stack.wpPort }`, IGNY8_E2E_ARTIFACTS: resolve( stack.stateDir, 'e2e-artifacts' ) } };
			// Both lines at once: each has its own site, database and cloud tenant, and the tests that
			// script the fake model match their own text (CI's 30 minutes are the reason).
			if ( selected.has( 'php' ) ) await Promise.all( [ phpunit( config, env, true ), phpunit( stack, oldest.env, true ) ] );
		}

		const e2e = resolve( reports, 'e2e.xml' );
		if ( selected.has( 'e2e' ) ) {
			// The browser specs start from a disconnected site, as a new user does; a
			// reused .state/test may still hold the previous run's connection.
			await wpRest( config, 'DELETE', '/igny8/v1/system/connection' ).catch( () => undefined );
			if ( split && oldest ) await wpRest( oldest.stack, 'DELETE', '/igny8/v1/system/connection' ).catch( () => undefined );
		}
		// Before the flows: its pages cache the balance, which the cloud-down specs expect to find missing.
		// Both lines side by side, like the flows.
		if ( screens ) await Promise.all( [ screensPhase( config, env, e2eFilter ), ...( oldest ? [ screensPhase( oldest.stack, oldest.env, e2eFilter, true ) ] : [] ) ] );
		if ( selected.has( 'e2e' ) ) {
			// The release spec installs the zip into a third, clean WordPress (skipped when a filter leaves it out).
			const clean = e2eFilter.length === 0 || e2eFilter.some( ( name ) => name.includes( 'release' ) ) ? await timed( 'the clean site for the release spec', () => startCleanSite( config, resolve( reports, 'release' ) ) ) : null;
			if ( clean ) parts.push( clean.running );
			const playwright = [ 'test', '-c', resolve( ROOT, 'e2e/playwright.config.ts' ), ...e2eFilter ];
			const newest = suite( `end-to-end (Chromium${ split ? `, WordPress ${ config.wpLine }` : '' })`, e2e, bin( 'playwright' ), playwright, { ...env, ...clean?.env, PLAYWRIGHT_JUNIT_OUTPUT_NAME: e2e, ...( split ? { IGNY8_E2E_GROUP: 'newest' } : {} ) } );
			if ( split && oldest ) {
				const beside = resolve( reports, 'e2e-oldest.xml' );
				await Promise.all( [ newest, suite( `end-to-end (Chromium, WordPress ${ oldest.stack.wpLine })`, beside, bin( 'playwright' ), playwright, { ...oldest.env, PLAYWRIGHT_JUNIT_OUTPUT_NAME: beside, IGNY8_E2E_GROUP: 'oldest' }, ROOT, true ) ] );
			} else {
				await newest;
			}
			if ( clean ) {
				await clean.running.stop();
				parts.splice( parts.indexOf( clean.running ), 1 );
			}
		}
	} finally {
		await oldest?.wordpress.stop();
	}

	if ( selected.has( 'e2e' ) ) {
		// The cloud-down specs start from a site connected to the Worker about to stop, whatever
		// the last flow (in either group) left behind,
		// and that read the cloud's models once (Settings keeps the last list for when the cloud is down).
		try {
			await connectPlugin( config, tenant.apiKey );
			await wpRest( config, 'GET', '/igny8/v1/system/models' );
		} catch ( error ) {
			console.warn( 'igny8: could not reconnect the site before the cloud-down specs:', error );
		}
		console.log( '\n━━ stopping the Worker for the cloud-down specs ━━' );
		await workerPart.stop();
		const down = resolve( reports, 'e2e-cloud-down.xml' );
		await suite( 'end-to-end, cloud down (Chromium)', down, bin( 'playwright' ), [ 'test', '-c', resolve( ROOT, 'e2e/playwright.config.ts' ), ...e2eFilter ], { ...env, IGNY8_E2E_PHASE: 'cloud-down', PLAYWRIGHT_JUNIT_OUTPUT_NAME: down } );
	}
}

/** Every IGNY8 screen's console in Chromium (e2e/screens), against one WordPress line. */
async function screensPhase( stack: StackConfig, env: NodeJS.ProcessEnv, filter: string[], buffered = false ): Promise<void> {
	const junit = resolve( reports, `e2e-screens-${ stack.wpLine }.xml` );
	await suite( `every screen's console (Chromium, WordPress ${ stack.wpLine })`, junit, bin( 'playwright' ), [ 'test', '-c', resolve( ROOT, 'e2e/playwright.config.ts' ), ...filter ], { ...env, IGNY8_E2E_PHASE: 'screens', PLAYWRIGHT_JUNIT_OUTPUT_NAME: junit }, ROOT, buffered );
}

/** PHPCS and lint-js; each file is one tally entry, warnings are reported beside it. */
async function lintSuites(): Promise<void> {
	let started = Date.now();
	const record = ( name: string, result: LintResult ): void => {
		console.log( `  ${ result.tally.passed } file(s) clean, ${ result.tally.failed } with errors, ${ result.warnings } warning(s)` );
		results.push( { suite: `${ name }, ${ result.warnings } warning(s)`, tally: result.tally, code: result.tally.failed ? 1 : 0, seconds: Math.round( ( Date.now() - started ) / 1000 ) } );
		started = Date.now();
	};
	console.log( '\n━━ lint: PHP_CodeSniffer, WordPress Coding Standards ━━' );
	const php = await lintPhp( resolve( reports, 'phpcs.json' ) );
	if ( php ) record( 'lint PHP (WPCS)', php );
	console.log( '\n━━ lint: the release zip, unpacked, with the same ruleset ━━' );
	const zipped = await lintPhp( resolve( reports, 'phpcs-release.json' ), [ unpackRelease( resolve( reports, 'release-lint' ) ) ] );
	if ( zipped ) record( 'lint PHP of the release zip (WPCS)', zipped );
	console.log( '\n━━ lint: wp-scripts lint-js ━━' );
	record( 'lint JS/TS (wp-scripts)', await lintJs( resolve( reports, 'eslint.json' ) ) );
}

/** PHPUnit against one stack's WordPress; the suite is named for its WordPress line. */
async function phpunit( stack: StackConfig, env: NodeJS.ProcessEnv, buffered = false ): Promise<void> {
	const junit = resolve( reports, `php-${ stack.wpLine }.xml` );
	const filter = process.env.IGNY8_PHPUNIT_FILTER ? [ '--filter', process.env.IGNY8_PHPUNIT_FILTER ] : [];
	await suite( `PHP tests (PHPUnit, real WordPress ${ stack.wpLine })`, junit, 'phpunit', [ '-c', resolve( ROOT, 'plugin/phpunit.xml.dist' ), '--log-junit', junit, ...filter ], env, ROOT, buffered );
	// The shop suite: the same WordPress with WooCommerce loaded for the run (never activated on the site).
	const shopJunit = resolve( reports, `php-woocommerce-${ stack.wpLine }.xml` );
	await suite( `PHP shop tests (PHPUnit + WooCommerce, real WordPress ${ stack.wpLine })`, shopJunit, 'phpunit', [ '-c', resolve( ROOT, 'plugin/phpunit-woocommerce.xml.dist' ), '--log-junit', shopJunit, ...filter ], env, ROOT, buffered );
}

/** Builds the release zip into `dir` and unpacks it there; returns the plugin folder. */
function unpackRelease( dir: string ): string {
	const release = buildRelease( ROOT, dir );
	new AdmZip( release.zip ).extractAllTo( dir, true );
	return resolve( dir, 'igny8' );
}

function printSummary(): void {
	const total = sumTallies( results.map( ( result ) => result.tally ) );
	console.log( '\n━━ summary ━━' );
	for ( const result of results ) {
		console.log( `  ${ result.suite }: ${ result.tally.passed } passed, ${ result.tally.failed } failed${ result.tally.skipped ? `, ${ result.tally.skipped } skipped` : '' } (${ result.seconds } s)` );
	}
	// Where CI's time goes: the suites above (some side by side, so their seconds overlap), and the
	// set-up steps timed on the way (builds, stacks).
	const elapsed = Math.round( ( Date.now() - runStarted ) / 1000 );
	console.log( `  set-up, builds and stacks: ${ Math.round( setUpSeconds ) } s; the whole run: ${ elapsed } s` );
	console.log( `${ total.passed } passed, ${ total.failed } failed` );
	exitCode = total.failed === 0 && total.passed > 0 ? 0 : 1;
}

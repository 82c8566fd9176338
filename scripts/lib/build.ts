/**
 * Builds the browser code (admin screens and blocks) into plugin/build and
 * type-checks every workspace and the scripts. `ensureBuilt` skips the build
 * when nothing changed.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeJobContract } from './job-contract.ts';
import { ROOT } from './config.ts';
import { run } from './processes.ts';
import { acquireLock } from './lock.ts';

const SOURCES = [
	'admin-ui/src',
	'blocks/src',
	'admin-ui/package.json',
	'blocks/package.json',
	'admin-ui/webpack.config.js',
	'blocks/webpack.config.js',
	'package-lock.json',
];
// Written after a successful build: webpack leaves unchanged files untouched, so
// the outputs' own times cannot tell whether a build is current.
const STAMP = resolve( ROOT, 'plugin/build/.built' );

function newest( path: string ): number {
	const full = resolve( ROOT, path );
	if ( ! existsSync( full ) ) return 0;
	const stat = statSync( full );
	if ( ! stat.isDirectory() ) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for ( const entry of readdirSync( full ) ) {
		latest = Math.max( latest, newest( join( path, entry ) ) );
	}
	return latest;
}

function builtAt(): number {
	return existsSync( STAMP ) ? statSync( STAMP ).mtimeMs : 0;
}

/** Builds admin-ui and blocks with wp-scripts into plugin/build. */
export async function buildBrowserCode(): Promise<void> {
	await run( 'npm', [ 'run', 'build', '--workspace', 'admin-ui' ], { cwd: ROOT } );
	await run( 'npm', [ 'run', 'build', '--workspace', 'blocks' ], { cwd: ROOT } );
	writeFileSync( STAMP, new Date().toISOString() );
}

/** Type-checks every workspace (strict TypeScript). */
export async function typecheckAll(): Promise<void> {
	for ( const workspace of [ 'worker', 'admin-ui', 'blocks' ] ) {
		await run( 'npm', [ 'run', 'typecheck', '--workspace', workspace ], { cwd: ROOT } );
	}
	// The developer scripts, benchmarks and e2e specs are TypeScript too.
	await run( process.execPath, [ resolve( ROOT, 'node_modules/typescript/bin/tsc' ), '-p', resolve( ROOT, 'scripts/tsconfig.json' ) ], { cwd: ROOT } );
}

/** Builds the browser code and type-checks everything. */
export async function buildAll(): Promise<void> {
	// wp-scripts empties its output folder first: two builds at once would clobber each other.
	const release = await acquireLock( resolve( ROOT, '.state', 'build.lock' ), 'the build' );
	try {
		await buildBrowserCode();
	} finally {
		release();
	}
	if ( writeJobContract() ) console.log( 'igny8: wrote plugin/includes/Jobs/job-contract.json from worker/src/contracts/jobs.ts' );
	await typecheckAll();
}

/** Builds only when a source is newer than the build output (one build at a time). */
export async function ensureBuilt(): Promise<void> {
	const release = await acquireLock( resolve( ROOT, '.state', 'build.lock' ), 'the build' );
	try {
		const sources = Math.max( ...SOURCES.map( newest ) );
		if ( builtAt() >= sources ) return;
		console.log( 'igny8: building admin screens and blocks …' );
		await buildBrowserCode();
	} finally {
		release();
	}
}

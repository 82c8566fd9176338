/**
 * The lint suite of `npm test`, as WordPress.org reviews a plugin: PHP_CodeSniffer with the
 * WordPress Coding Standards (phpcs.xml.dist) on plugin/, and `wp-scripts lint-js` (eslint.config.mjs)
 * on the admin screens and the blocks. Each file checked is one entry of the tally: it passes
 * without errors; warnings are printed and counted but do not fail it.
 */
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ROOT } from './config.ts';
import { run } from './processes.ts';
import type { Tally } from './junit.ts';

/** Tally of one linter, with its warning count. */
export interface LintResult {
	tally: Tally;
	warnings: number;
}

/** Where CI and the developer machines keep the composer-free PHPCS + WPCS: beside the clone, never inside it. */
export const WPCS_DIR = resolve( ROOT, '..', 'shared', 'tools', 'wpcs' );

/** The folders lint-js checks; worker/ follows its own TypeScript checks (not WordPress code). */
export const LINT_JS_PATHS = [ 'admin-ui/src', 'blocks/src' ];

/** Counts per file: errors decide, warnings add up. */
function tallyFiles( files: Array<{ path: string; errors: number; warnings: number }> ): LintResult {
	const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
	let warnings = 0;
	for ( const file of files ) {
		if ( file.errors > 0 ) {
			tally.failed++;
			console.log( `  ✗ ${ file.path }: ${ file.errors } error(s)` );
		} else {
			tally.passed++;
		}
		warnings += file.warnings;
	}
	return { tally, warnings };
}

/** A linter that crashed or wrote no report fails the suite once. */
function crashed( what: string, code: number ): LintResult {
	console.log( `igny8: ${ what } wrote no report (exit ${ code })` );
	return { tally: { passed: 0, failed: 1, skipped: 0 }, warnings: 0 };
}

/**
 * PHPCS with the project's ruleset on plugin/ (or on the given folders, which then replace the
 * ruleset's own file list and its exclusions: the release zip is checked whole, built files too);
 * null when the standards are not beside the clone.
 */
export async function lintPhp( report: string, paths: string[] = [] ): Promise<LintResult | null> {
	const phpcs = resolve( WPCS_DIR, 'phpcs', 'bin', 'phpcs' );
	if ( ! existsSync( phpcs ) ) {
		console.log( `igny8: PHP lint skipped: no WordPress Coding Standards at ${ WPCS_DIR } (shared/tools/wpcs beside the clone)` );
		return null;
	}
	// One PHPCS process per core: the same sniffs, in a fraction of CI's time.
	const parallel = `--parallel=${ Math.max( 1, availableParallelism() ) }`;
	const { code } = await run( 'php', [ phpcs, '-q', parallel, `--report-json=${ report }`, `--standard=${ resolve( ROOT, 'phpcs.xml.dist' ) }`, ...paths ], { cwd: ROOT, allowFailure: true, stdio: [ 'ignore', 'inherit', 'inherit' ] } );
	if ( ! existsSync( report ) ) return crashed( 'PHP_CodeSniffer', code );
	const parsed = JSON.parse( readFileSync( report, 'utf8' ) ) as { files: Record<string, { errors: number; warnings: number; messages: Array<{ line: number; type: string; source: string; message: string }> }> };
	for ( const [ path, file ] of Object.entries( parsed.files ) ) {
		for ( const message of file.messages.filter( ( m ) => m.type === 'ERROR' ) ) {
			console.log( `  ${ relative( ROOT, path ) }:${ message.line } ${ message.source } ${ message.message }` );
		}
	}
	return tallyFiles( Object.entries( parsed.files ).map( ( [ path, file ] ) => ( { path: relative( ROOT, path ), errors: file.errors, warnings: file.warnings } ) ) );
}

/** wp-scripts lint-js on the admin screens and the blocks. */
export async function lintJs( report: string ): Promise<LintResult> {
	const wpScripts = resolve( ROOT, 'node_modules', '.bin', 'wp-scripts' );
	const { code } = await run( wpScripts, [ 'lint-js', ...LINT_JS_PATHS, '--format=json', `--output-file=${ report }` ], { cwd: ROOT, allowFailure: true, stdio: [ 'ignore', 'inherit', 'inherit' ] } );
	if ( ! existsSync( report ) ) return crashed( 'wp-scripts lint-js', code );
	const parsed = JSON.parse( readFileSync( report, 'utf8' ) ) as Array<{ filePath: string; errorCount: number; warningCount: number; messages: Array<{ line: number; ruleId: string | null; message: string; severity: number }> }>;
	for ( const file of parsed ) {
		for ( const message of file.messages.filter( ( m ) => m.severity === 2 ) ) {
			console.log( `  ${ relative( ROOT, file.filePath ) }:${ message.line } ${ message.ruleId ?? '' } ${ message.message }` );
		}
	}
	return tallyFiles( parsed.map( ( file ) => ( { path: relative( ROOT, file.filePath ), errors: file.errorCount, warnings: file.warningCount } ) ) );
}

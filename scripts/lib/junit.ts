/**
 * Reads the JUnit XML every runner writes (vitest, PHPUnit, Playwright) so
 * `npm test` can print one honest total across all suites.
 */
import { existsSync, readFileSync } from 'node:fs';

/** Counts of one suite's results. */
export interface Tally {
	passed: number;
	failed: number;
	skipped: number;
}

/** Counts test cases in a JUnit XML file; a missing file counts as nothing run. */
export function tallyJunit( file: string ): Tally {
	if ( ! existsSync( file ) ) return { passed: 0, failed: 0, skipped: 0 };
	const xml = readFileSync( file, 'utf8' );
	const cases = xml.match( /<testcase\b[\s\S]*?(?:\/>|<\/testcase>)/g ) ?? [];
	let failed = 0;
	let skipped = 0;
	for ( const testCase of cases ) {
		if ( /<(failure|error)\b/.test( testCase ) ) failed++;
		else if ( /<skipped\b/.test( testCase ) ) skipped++;
	}
	return { passed: cases.length - failed - skipped, failed, skipped };
}

/** Adds tallies together. */
export function sumTallies( tallies: Tally[] ): Tally {
	return tallies.reduce(
		( total, tally ) => ( {
			passed: total.passed + tally.passed,
			failed: total.failed + tally.failed,
			skipped: total.skipped + tally.skipped,
		} ),
		{ passed: 0, failed: 0, skipped: 0 }
	);
}

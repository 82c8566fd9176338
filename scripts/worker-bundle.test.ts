/**
 * The Worker bundle stays within its gzip budget. Builds with wrangler as a deploy would
 * (dry run, offline), so whatever a change pulls into the bundle is counted.
 */
import { describe, expect, it } from 'vitest';
import { contributorOf, formatReport, measureWorkerBundle, WORKER_GZIP_BUDGET_KIB } from './worker-bundle.ts';

describe( 'the Worker bundle', () => {
	it( 'charges each source to its package or our own folder', () => {
		expect( contributorOf( '../node_modules/openai/resources/chat.mjs' ) ).toBe( 'openai' );
		expect( contributorOf( '../../node_modules/@cloudflare/x/node_modules/zod/v4/core.js' ) ).toBe( 'zod' );
		expect( contributorOf( '../node_modules/@hono/zod/dist/index.js' ) ).toBe( '@hono/zod' );
		expect( contributorOf( '../../node_modules/src/sqlite-core/table.ts' ) ).toBe( 'drizzle-orm' );
		expect( contributorOf( '../../../work/igny8/worker/src/ai/core.ts' ) ).toBe( 'worker/src/ai' );
		expect( contributorOf( '../worker/src/app.ts' ) ).toBe( 'worker/src/*.ts' );
		expect( contributorOf( '../../blocks/src/score/analyse.ts' ) ).toBe( 'blocks/src/score' );
	} );

	it( `is at most ${ WORKER_GZIP_BUDGET_KIB } KiB gzip`, () => {
		const report = measureWorkerBundle();
		console.log( formatReport( report ) );
		const charged = report.parts.reduce( ( sum, part ) => sum + part.rawKiB, 0 );
		// The source map accounts for (nearly) every byte, so the breakdown is trustworthy.
		expect( charged ).toBeGreaterThan( report.rawKiB * 0.95 );
		expect( report.gzipKiB ).toBeGreaterThan( 50 );
		expect( report.gzipKiB ).toBeLessThanOrEqual( WORKER_GZIP_BUDGET_KIB );
	}, 180_000 );
} );

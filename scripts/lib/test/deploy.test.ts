import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../config.ts';
import { BUNDLE_LIMIT_BYTES, dryRun } from '../deploy/dry-run.ts';
import { DEFAULT_RESOURCES, productionD1Id, withProductionBlock } from '../deploy/production-env.ts';
import { missingSecrets } from '../deploy/secrets.ts';
import { readMigrations } from '../migration-safety.ts';

const ID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

describe( 'npm run deploy -- --dry-run', () => {
	it( 'bundles the Worker with the production config, within the size budget, and lists every migration and secret', async () => {
		const report = await dryRun( ROOT );
		expect( report.ok ).toBe( true );
		expect( report.bundleGzipBytes ).toBeGreaterThan( 50 * 1024 );
		expect( report.bundleGzipBytes ).toBeLessThanOrEqual( BUNDLE_LIMIT_BYTES );
		const text = report.lines.join( '\n' );
		for ( const migration of readMigrations( resolve( ROOT, 'd1-migrations' ) ) ) expect( text ).toContain( migration.name );
		expect( text ).toContain( 'npx wrangler secret put JWT_SECRET --env production' );
		expect( text ).toContain( 'npx wrangler secret put ENCRYPTION_KEY --env production' );
	}, 180_000 );

	it( 'fails on a config wrangler refuses and on a migration that would lose data', async () => {
		const root = mkdtempSync( join( tmpdir(), 'igny8-deploy-root-' ) );
		try {
			writeFileSync( resolve( root, 'wrangler.toml' ), readFileSync( resolve( ROOT, 'wrangler.toml' ), 'utf8' ).replace( /^main = .*$/m, 'main = "worker/src/missing.ts"' ) );
			cpSync( resolve( ROOT, 'd1-migrations' ), resolve( root, 'd1-migrations' ), { recursive: true } );
			writeFileSync( resolve( root, 'd1-migrations/9999_drop_sites.sql' ), 'DROP TABLE `sites`;\n' );
			const report = await dryRun( root );
			expect( report.ok ).toBe( false );
			expect( report.lines.find( ( line ) => line.startsWith( '✗ config and bundle' ) ) ).toBeDefined();
			expect( report.lines ).toContain( '  ✗ 9999_drop_sites.sql: DROP TABLE `sites` — drops table sites without copying its rows first' );
		} finally {
			rmSync( root, { recursive: true, force: true } );
		}
	}, 180_000 );
} );

describe( 'the production environment block', () => {
	it( 'is written once and replaced, not appended, by a later deploy', () => {
		const toml = readFileSync( resolve( ROOT, 'wrangler.toml' ), 'utf8' );
		const once = withProductionBlock( toml, { ...DEFAULT_RESOURCES, d1Id: ID } );
		const twice = withProductionBlock( once, { ...DEFAULT_RESOURCES, d1Id: ID.replace( '0f1e', 'aaaa' ) } );
		expect( once.startsWith( toml.replace( /\n*$/, '' ) ) ).toBe( true );
		expect( twice.match( /^\[env\.production\]$/gm ) ).toHaveLength( 1 );
		expect( productionD1Id( toml ) ).toBeNull();
		expect( productionD1Id( once ) ).toBe( ID );
		expect( productionD1Id( twice ) ).toBe( ID.replace( '0f1e', 'aaaa' ) );
		expect( once ).toMatch( /\[\[env\.production\.queues\.consumers\]\][^[]*dead_letter_queue = "igny8-ai-jobs-dlq"/ );
		// Deliveries have their own queue in production too, produced and consumed like the local one.
		expect( once ).toMatch( /\[\[env\.production\.queues\.producers\]\]\nbinding = "DELIVERIES"\nqueue = "igny8-deliveries"/ );
		expect( once ).toMatch( /\[\[env\.production\.queues\.consumers\]\]\nqueue = "igny8-deliveries"\n/ );
		expect( toml ).toMatch( /\[\[queues\.producers\]\]\nbinding = "DELIVERIES"\nqueue = "igny8-deliveries"/ );
	} );

	it( 'consumes each queue in production as the local Worker does (batch size, wait, retries)', () => {
		const toml = readFileSync( resolve( ROOT, 'wrangler.toml' ), 'utf8' );
		const production = withProductionBlock( toml, { ...DEFAULT_RESOURCES, d1Id: ID } ).slice( toml.replace( /\n*$/, '' ).length );
		const settings = ( text: string, header: string ): Record<string, string> => Object.fromEntries(
			text.split( header ).slice( 1 ).map( ( section ) => {
				const lines = section.split( /\n\[/ )[ 0 ]!.split( '\n' ).filter( ( line ) => /^\w+ = /.test( line ) );
				const queue = /^queue = "(.+)"$/m.exec( section )?.[ 1 ] ?? '';
				return [ queue, lines.filter( ( line ) => ! line.startsWith( 'queue ' ) ).join( '; ' ) ];
			} )
		);
		const local = settings( toml, '[[queues.consumers]]' );
		expect( Object.keys( local ) ).toEqual( [ 'igny8-ai-jobs', 'igny8-deliveries' ] );
		// A finished result is pushed at once; only the model calls wait a second to fill a batch.
		expect( local[ 'igny8-deliveries' ] ).toContain( 'max_batch_timeout = 0' );
		expect( local[ 'igny8-ai-jobs' ] ).toContain( 'max_batch_timeout = 1' );
		expect( settings( production, '[[env.production.queues.consumers]]' ) ).toEqual( local );
	} );

	it( 'names the required secrets that are missing, and only those', () => {
		expect( missingSecrets( [ 'JWT_SECRET', 'STRIPE_SECRET_KEY', 'MAIL_FROM' ] ).map( ( spec ) => spec.name ) ).toEqual( [ 'ENCRYPTION_KEY', 'PASSWORD_PEPPER', 'TURNSTILE_SITE_KEY', 'TURNSTILE_SECRET_KEY', 'OPENAI_API_KEY' ] );
		expect( missingSecrets( [ 'JWT_SECRET', 'ENCRYPTION_KEY', 'PASSWORD_PEPPER', 'TURNSTILE_SITE_KEY', 'TURNSTILE_SECRET_KEY', 'MAIL_FROM', 'OPENAI_API_KEY' ] ) ).toEqual( [] );
	} );
} );

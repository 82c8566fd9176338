/**
 * `npm run bench [-- name…]`: runs every bench/*.bench.ts (or those named),
 * prints each figure with its target, and writes bench/results/latest.json.
 * Benchmarks are measurements, not tests: nothing here fails a build.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ROOT, benchConfig } from '../scripts/lib/config.ts';
import { startFakeModel, startWordPress, startWorker, stopAll, type Running } from '../scripts/lib/stack.ts';
import { createTenant, wpRest } from '../scripts/lib/provision.ts';
import type { BenchContext, BenchResult, Benchmark } from './harness.ts';

const config = benchConfig();
const parts: Running[] = [];
let wordpress: Promise<string> | undefined;
let worker: Promise<string> | undefined;

const context: BenchContext = {
	config,
	wordpress() {
		wordpress ??= startWordPress( config ).then( ( part ) => {
			parts.push( part );
			return `http://127.0.0.1:${ config.wpPort }`;
		} );
		return wordpress;
	},
	worker() {
		worker ??= ( async () => {
			if ( config.useFakeModel ) parts.push( await startFakeModel( config ) );
			parts.push( await startWorker( config ) );
			return `http://127.0.0.1:${ config.workerPort }`;
		} )();
		return worker;
	},
	async tenant() {
		await context.worker();
		return createTenant( config, `bench-${ randomUUID() }@igny8.test`, 'bench-password-1', 'Bench Agency' );
	},
	async connectedWordPress() {
		const [ base, worker ] = await Promise.all( [ context.wordpress(), context.worker() ] );
		const tenant = await context.tenant();
		await wpRest( config, 'POST', '/igny8/v1/system/connection', { cloud_url: worker, api_key: tenant.apiKey } );
		return { base, tenant };
	},
};

const wanted = process.argv.slice( 2 ).filter( ( arg ) => ! arg.startsWith( '-' ) );
const files = readdirSync( resolve( ROOT, 'bench' ) )
	.filter( ( file ) => file.endsWith( '.bench.ts' ) )
	.filter( ( file ) => wanted.length === 0 || wanted.some( ( name ) => file.includes( name ) ) )
	.sort();

const report: Array<{ bench: string; results: BenchResult[]; error?: string }> = [];
try {
	for ( const file of files ) {
		const bench = ( await import( resolve( ROOT, 'bench', file ) ) ).default as Benchmark;
		console.log( `\n━━ ${ bench.name } (${ file }) ━━` );
		try {
			const results = await bench.run( context );
			for ( const result of results ) {
				const verdict = result.target === undefined ? '' : result.value <= result.target ? `  ✓ target ≤ ${ result.target }` : `  ✗ target ≤ ${ result.target }`;
				console.log( `  ${ result.name }: ${ Number( result.value.toFixed( 3 ) ) } ${ result.unit }${ result.detail ? ` (${ result.detail })` : '' }${ verdict }` );
			}
			report.push( { bench: bench.name, results } );
		} catch ( error ) {
			const message = error instanceof Error ? error.message : String( error );
			console.error( `  failed: ${ message }` );
			report.push( { bench: bench.name, results: [], error: message } );
		}
	}
} finally {
	await stopAll( parts );
}
mkdirSync( resolve( ROOT, 'bench', 'results' ), { recursive: true } );
writeFileSync( resolve( ROOT, 'bench', 'results', 'latest.json' ), JSON.stringify( { at: new Date().toISOString(), report }, null, 2 ) );

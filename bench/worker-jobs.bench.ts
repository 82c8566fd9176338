/**
 * Worker benchmarks (issue #3):
 * 1. Job creation latency — POST /api/v1/ai/jobs/ (site-key auth + rate limit + credit
 *    reservation + job insert in one D1 batch + enqueue) against the real `wrangler dev`
 *    (local workerd, D1, Queues), as a ratio to the bare liveness route GET /api/v1/
 *    measured in the same run. Requests alternate between the two so background work
 *    (the queue consumer running the created jobs) weighs on both alike. Target ≤ 3×.
 * 2. The Worker bundle's gzip size from `wrangler deploy --dry-run`. Target ≤ 350 KB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../scripts/lib/config.ts';
import { median, type Benchmark, type BenchContext, type BenchResult } from './harness.ts';

const SAMPLES = 300;
const WARMUP = 30;
// generate_content reserves 10 credits and a new account has 2000: switch tenants before running dry.
const JOBS_PER_TENANT = 190;

async function timed( request: () => Promise<Response>, expected: number ): Promise<number> {
	const start = performance.now();
	const response = await request();
	await response.arrayBuffer();
	const elapsed = performance.now() - start;
	if ( response.status !== expected ) throw new Error( `expected HTTP ${ expected }, got ${ response.status }` );
	return elapsed;
}

async function jobLatency( context: BenchContext ): Promise<BenchResult[]> {
	const base = await context.worker();
	let apiKey = '';
	let used = JOBS_PER_TENANT;
	const createJob = async () => {
		if ( used >= JOBS_PER_TENANT ) {
			apiKey = ( await context.tenant() ).apiKey;
			used = 0;
		}
		used++;
		const body = JSON.stringify( { function: 'generate_content', input: { title: `Bench article ${ used }`, keywords: [ 'bench' ] } } );
		return timed( () => fetch( `${ base }/api/v1/ai/jobs/`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-IGNY8-API-Key': apiKey }, body } ), 202 );
	};
	const bare = () => timed( () => fetch( `${ base }/api/v1/` ), 200 );

	for ( let i = 0; i < WARMUP; i++ ) {
		await bare();
		await createJob();
	}
	const jobs: number[] = [];
	const baseline: number[] = [];
	for ( let i = 0; i < SAMPLES; i++ ) {
		// createJob may register a tenant first; that time is outside its own measurement.
		jobs.push( await createJob() );
		baseline.push( await bare() );
	}
	const job = median( jobs );
	const health = median( baseline );
	return [
		{ name: 'job creation, median', value: job, unit: 'ms', detail: `${ SAMPLES } sequential POST /api/v1/ai/jobs/` },
		{ name: 'bare route, median', value: health, unit: 'ms', detail: `${ SAMPLES } sequential GET /api/v1/` },
		{ name: 'job creation / bare route', value: job / health, unit: '×', detail: 'auth + reservation + insert + enqueue vs liveness, same run', target: 3 },
	];
}

function bundleSize(): BenchResult[] {
	const outdir = mkdtempSync( join( tmpdir(), 'igny8-bundle-' ) );
	try {
		const wrangler = resolve( ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js' );
		const run = spawnSync( process.execPath, [ wrangler, 'deploy', '--dry-run', '--outdir', outdir, '--config', resolve( ROOT, 'wrangler.toml' ) ], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: 'true' },
		} );
		if ( run.status !== 0 ) throw new Error( `wrangler deploy --dry-run failed: ${ run.stderr.slice( -2000 ) }` );
		// Every module wrangler would upload (source maps are not uploaded as code).
		const files = readdirSync( outdir, { recursive: true } ).map( String ).filter( ( file ) => /\.(m?js|wasm)$/.test( file ) && statSync( join( outdir, file ) ).isFile() );
		const raw = files.reduce( ( sum, file ) => sum + statSync( join( outdir, file ) ).size, 0 );
		const gzip = files.reduce( ( sum, file ) => sum + gzipSync( readFileSync( join( outdir, file ) ) ).length, 0 );
		return [
			{ name: 'Worker bundle, gzip', value: gzip / 1024, unit: 'KB', detail: `${ ( raw / 1024 ).toFixed( 0 ) } KB raw, ${ files.join( ', ' ) }`, target: 350 },
		];
	} finally {
		rmSync( outdir, { recursive: true, force: true } );
	}
}

export default {
	name: 'Worker: job creation latency and bundle size',
	async run( context ) {
		return [ ...bundleSize(), ...( await jobLatency( context ) ) ];
	},
} satisfies Benchmark;

/**
 * The benchmark harness: every `bench/*.bench.ts` file default-exports a
 * `Benchmark`. Each measures its subject and a baseline in the same run and
 * reports ratios, so figures compare across machines. The stack (WordPress,
 * Worker, fake model) is started once, lazily, for the benchmarks that need it.
 */
import type { StackConfig } from '../scripts/lib/config.ts';
import type { Tenant } from '../scripts/lib/provision.ts';

/** One reported figure. `target` is the ceiling the issue sets, if any. */
export interface BenchResult {
	name: string;
	value: number;
	unit: string;
	/** For ratios: what was measured against what, e.g. "job create / bare route". */
	detail?: string;
	target?: number;
}

/** What the runner offers a benchmark. */
export interface BenchContext {
	config: StackConfig;
	/** Starts WordPress for this run (once) and returns its base URL. */
	wordpress(): Promise<string>;
	/** Starts the fake model and the Worker (once) and returns the Worker's base URL. */
	worker(): Promise<string>;
	/** A fresh account with one site connected to nothing yet. */
	tenant(): Promise<Tenant>;
	/** WordPress connected to a fresh account's site on the Worker, as an editor's is: its base URL and that account. */
	connectedWordPress(): Promise<{ base: string; tenant: Tenant }>;
}

/** A benchmark file's default export. */
export interface Benchmark {
	name: string;
	run( context: BenchContext ): Promise<BenchResult[]>;
}

/** Median of a list of numbers. */
export function median( values: number[] ): number {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const middle = Math.floor( sorted.length / 2 );
	if ( sorted.length === 0 ) return Number.NaN;
	return sorted.length % 2 ? ( sorted[ middle ] as number ) : ( ( sorted[ middle - 1 ] as number ) + ( sorted[ middle ] as number ) ) / 2;
}

/** The p-th percentile (0–100, nearest rank) of a list of numbers. */
export function percentile( values: number[], p: number ): number {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	if ( sorted.length === 0 ) return Number.NaN;
	return sorted[ Math.min( sorted.length - 1, Math.max( 0, Math.ceil( ( p / 100 ) * sorted.length ) - 1 ) ) ] as number;
}

/** Times `fn` `count` times after `warmup` runs and returns each duration in ms. */
export async function timeRuns( count: number, warmup: number, fn: () => Promise<unknown> ): Promise<number[]> {
	for ( let i = 0; i < warmup; i++ ) await fn();
	const times: number[] = [];
	for ( let i = 0; i < count; i++ ) {
		const start = performance.now();
		await fn();
		times.push( performance.now() - start );
	}
	return times;
}

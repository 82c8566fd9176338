/**
 * Content safety in workerd: a 5,000-word model reply taken through the whole path a
 * generate_content result takes (JSON reply checked, Markdown converted, parsed by parse5,
 * serialised through the allowlist into block markup, plain-text fields cleaned), against
 * parse5's bare parse of the same article body in the same run. The bench's Worker
 * (worker/scripts/content-safety-bench.worker.ts) is bundled with esbuild and run by Miniflare (workerd).
 * Each sample is one request that runs the step REPEAT times: its round trip, minus the round
 * trip of an empty request sent just before it, divided by REPEAT. Empty, convert and parse
 * requests take turns, so all three see the same machine load.
 * Targets: p50 ≤ 20 ms, and p50 ≤ 2 × the bare parse.
 */
import { build } from 'esbuild';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../scripts/lib/config.ts';
import { median, percentile, timeRuns, type Benchmark, type BenchResult } from './harness.ts';

const WORDS = 5_000;
const ROUNDS = 60;
const WARMUP = 10;
const REPEAT = 20;

const words = ( count: number, seed: number ) =>
	Array.from( { length: count }, ( _v, index ) => [ 'coffee', 'grind', 'water', 'bloom', 'ratio', 'roast', 'kettle', 'filter', 'aroma', 'extraction' ][ ( index * 7 + seed ) % 10 ] ).join( ' ' );

/** An article of about `total` words in the HTML a model sends: sections, lists, a table, quotes, links. */
function htmlArticle( total: number ): string {
	const parts: string[] = [];
	for ( let section = 0, count = 0; count < total; section++ ) {
		parts.push( `<h2>Section ${ section }: ${ words( 4, section ) }</h2>`, `<p>${ words( 60, section ) } <strong>${ words( 3, section ) }</strong> and <a href="https://example.com/${ section }">a source</a>.</p>`, `<p>${ words( 70, section + 1 ) } &amp; more.</p>` );
		parts.push( `<ul><li>${ words( 8, section ) }</li><li>${ words( 8, section + 2 ) }<ul><li>${ words( 6, section ) }</li></ul></li></ul>` );
		if ( section % 3 === 0 ) parts.push( `<table><thead><tr><th>Method</th><th>Ratio</th></tr></thead><tbody><tr><td>${ words( 3, section ) }</td><td>1:16</td></tr></tbody></table>` );
		if ( section % 4 === 0 ) parts.push( `<blockquote><p>${ words( 20, section ) }</p></blockquote>` );
		count += 4 + 60 + 3 + 2 + 70 + 2 + 8 + 8 + 6 + ( section % 3 === 0 ? 5 : 0 ) + ( section % 4 === 0 ? 20 : 0 );
	}
	return parts.join( '\n' );
}

/** The same article as Markdown. */
function markdownArticle( total: number ): string {
	const parts: string[] = [];
	for ( let section = 0, count = 0; count < total; section++ ) {
		parts.push( `## Section ${ section }: ${ words( 4, section ) }`, `${ words( 60, section ) } **${ words( 3, section ) }** and [a source](https://example.com/${ section }).`, `${ words( 70, section + 1 ) } & more.` );
		parts.push( `- ${ words( 8, section ) }\n- ${ words( 8, section + 2 ) }\n  - ${ words( 6, section ) }` );
		if ( section % 3 === 0 ) parts.push( `| Method | Ratio |\n|---|---|\n| ${ words( 3, section ) } | 1:16 |` );
		count += 4 + 60 + 3 + 2 + 70 + 2 + 8 + 8 + 6 + ( section % 3 === 0 ? 5 : 0 );
	}
	return parts.join( '\n\n' );
}

/** The Worker's own compatibility date, so the bench runs the same workerd behaviour. */
const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec( readFileSync( resolve( ROOT, 'wrangler.toml' ), 'utf8' ) )?.[ 1 ] ?? '2026-11-01';

const reply = ( content: string ) => JSON.stringify( { title: 'Bench article', meta_title: 'Bench article', meta_description: 'A long article.', excerpt: 'A long article.', language: 'en', content_html: content } );

const benchmark: Benchmark = {
	name: 'Content safety: a 5,000-word reply to block markup in workerd',
	async run() {
		const bundle = await build( {
			entryPoints: [ resolve( ROOT, 'worker/scripts/content-safety-bench.worker.ts' ) ],
			bundle: true,
			format: 'esm',
			platform: 'neutral',
			target: 'es2022',
			mainFields: [ 'module', 'main' ],
			conditions: [ 'workerd', 'worker', 'browser' ],
			write: false,
			logLevel: 'error',
		} );
		const mf = new Miniflare( convertV4MiniflareOptions( { modules: true, script: bundle.outputFiles[ 0 ]!.text, compatibilityDate, compatibilityFlags: [ 'nodejs_compat' ] } ) );
		try {
			const call = async ( path: string, init?: { method: string; body: string } ) => {
				const response = await mf.dispatchFetch( `http://bench.local${ path }`, init );
				const text = await response.text();
				if ( ! response.ok ) throw new Error( `${ path }: ${ response.status } ${ text }` );
				return text;
			};
			const results: BenchResult[] = [];
			for ( const [ label, content ] of [ [ 'HTML', htmlArticle( WORDS ) ], [ 'Markdown', markdownArticle( WORDS ) ] ] as const ) {
				await call( '/reply', { method: 'POST', body: reply( content ) } );
				const wordCount = Number( await call( '/convert' ) );
				const once = async ( path: string ) => ( await timeRuns( 1, 0, () => call( path ) ) )[ 0 ]!;
				const perRun = async ( path: string ) => {
					const overhead = await once( '/noop' );
					return { overhead, time: Math.max( 0, ( await once( `${ path }?n=${ REPEAT }` ) ) - overhead ) / REPEAT };
				};
				const convert: number[] = [];
				const parse: number[] = [];
				const overheads: number[] = [];
				for ( let round = 0; round < WARMUP + ROUNDS; round++ ) {
					const converted = await perRun( '/convert' );
					const parsed = await perRun( '/parse' );
					if ( round < WARMUP ) continue;
					convert.push( converted.time );
					parse.push( parsed.time );
					overheads.push( converted.overhead, parsed.overhead );
				}
				const overhead = median( overheads );
				const detail = `${ wordCount } words, ${ ( content.length / 1024 ).toFixed( 0 ) } KB; ${ ROUNDS } samples of ${ REPEAT } runs, request overhead (median ${ overhead.toFixed( 2 ) } ms) subtracted`;
				results.push(
					{ name: `${ label } reply: convert p50`, value: percentile( convert, 50 ), unit: 'ms', detail, target: 20 },
					{ name: `${ label } reply: convert p95`, value: percentile( convert, 95 ), unit: 'ms' },
					{ name: `${ label } reply: bare parse5 p50`, value: percentile( parse, 50 ), unit: 'ms' },
					{ name: `${ label } reply: convert / bare parse (p50)`, value: percentile( convert, 50 ) / percentile( parse, 50 ), unit: '×', detail: 'same input, same run', ...( label === 'HTML' ? { target: 2 } : {} ) }
				);
			}
			return results;
		} finally {
			await mf.dispose();
		}
	},
};

export default benchmark;

/**
 * The Worker bundle's size as Cloudflare counts it (gzip of the uploaded script), and what
 * it is made of. Builds with the project's wrangler exactly as a deploy would
 * (`wrangler deploy --dry-run`, offline), then splits the minified output by its source map:
 * every output character is charged to the package (or our own source) it came from, and
 * each package's share is gzipped on its own.
 *
 *   node scripts/worker-bundle.ts            # the total and the top contributors
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve( fileURLToPath( new URL( '..', import.meta.url ) ) );
/** Cloudflare's limit is higher; this is the budget the project holds itself to. */
export const WORKER_GZIP_BUDGET_KIB = 350;

export interface BundleReport {
	gzipKiB: number;
	rawKiB: number;
	/** Contributors, largest first: KiB gzip of their share of the output, each compressed alone. */
	parts: Array<{ name: string; gzipKiB: number; rawKiB: number }>;
}

const kib = ( bytes: number ) => Math.round( ( bytes / 1024 ) * 10 ) / 10;

/** Builds the Worker into a temporary folder and returns its script and source map. */
function buildWorker(): { code: string; map: { sources: string[]; mappings: string } } {
	const outDir = mkdtempSync( join( tmpdir(), 'igny8-worker-bundle-' ) );
	try {
		execFileSync( resolve( ROOT, 'node_modules/.bin/wrangler' ), [ 'deploy', '--dry-run', '--outdir', outDir, '--config', 'wrangler.toml' ], {
			cwd: ROOT,
			env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: '1' },
			stdio: [ 'ignore', 'pipe', 'pipe' ],
		} );
		const scripts = readdirSync( outDir ).filter( ( name ) => name.endsWith( '.js' ) );
		if ( scripts.length !== 1 ) throw new Error( `expected one bundled script, found: ${ scripts.join( ', ' ) || 'none' }` );
		const code = readFileSync( join( outDir, scripts[ 0 ]! ), 'utf8' );
		const map = JSON.parse( readFileSync( join( outDir, `${ scripts[ 0 ] }.map` ), 'utf8' ) ) as { sources: string[]; mappings: string };
		return { code, map };
	} finally {
		rmSync( outDir, { recursive: true, force: true } );
	}
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The source index of each mapping segment's start, per generated line: [column, source][]. */
function decodeMappings( mappings: string ): Array<Array<[ number, number ]>> {
	const lines: Array<Array<[ number, number ]>> = [];
	let source = 0;
	for ( const line of mappings.split( ';' ) ) {
		const segments: Array<[ number, number ]> = [];
		let column = 0;
		for ( const segment of line.split( ',' ) ) {
			if ( ! segment ) continue;
			const fields: number[] = [];
			let value = 0;
			let shift = 0;
			for ( const char of segment ) {
				const digit = BASE64.indexOf( char );
				value += ( digit & 31 ) << shift;
				if ( digit & 32 ) shift += 5;
				else {
					fields.push( value & 1 ? -( value >>> 1 ) : value >>> 1 );
					value = 0;
					shift = 0;
				}
			}
			column += fields[ 0 ] ?? 0;
			if ( fields.length >= 4 ) source += fields[ 1 ]!;
			segments.push( [ column, fields.length >= 4 ? source : -1 ] );
		}
		lines.push( segments );
	}
	return lines;
}

/** The package a source path belongs to (`openai`, `@scope/name`), or our folder (`worker/src/ai`). */
export function contributorOf( source: string ): string {
	// drizzle-orm ships maps that point at its own src/, one level above its folder.
	if ( source.includes( 'node_modules/src/' ) ) return 'drizzle-orm';
	const modules = source.lastIndexOf( 'node_modules/' );
	if ( modules >= 0 ) {
		const [ first, second ] = source.slice( modules + 'node_modules/'.length ).split( '/' );
		return first?.startsWith( '@' ) ? `${ first }/${ second }` : first ?? source;
	}
	const ours = /(?:^|\/)(worker|blocks|admin-ui|scripts)\/src\/(?:([^/]+)\/)?/.exec( source );
	if ( ours ) return `${ ours[ 1 ] }/src/${ ours[ 2 ] ?? '*.ts' }`;
	return source.replace( /^(\.\.\/)+/, '' );
}

/** Measures the bundle and its composition. */
export function measureWorkerBundle(): BundleReport {
	const { code, map } = buildWorker();
	const owners = map.sources.map( contributorOf );
	const text = new Map<string, string[]>();
	const lines = code.split( '\n' );
	decodeMappings( map.mappings ).forEach( ( segments, lineIndex ) => {
		const line = lines[ lineIndex ] ?? '';
		segments.forEach( ( [ column, source ], index ) => {
			const end = segments[ index + 1 ]?.[ 0 ] ?? line.length;
			const owner = source >= 0 ? owners[ source ]! : '(unmapped)';
			const chunks = text.get( owner ) ?? [];
			chunks.push( line.slice( column, end ) );
			text.set( owner, chunks );
		} );
	} );
	const parts = [ ...text ].map( ( [ name, chunks ] ) => {
		const joined = chunks.join( '' );
		return { name, gzipKiB: kib( gzipSync( joined ).length ), rawKiB: kib( Buffer.byteLength( joined ) ) };
	} );
	parts.sort( ( a, b ) => b.gzipKiB - a.gzipKiB );
	return { gzipKiB: kib( gzipSync( code ).length ), rawKiB: kib( Buffer.byteLength( code ) ), parts };
}

/** The report as a table. */
export function formatReport( report: BundleReport, top = 15 ): string {
	const rows = report.parts.slice( 0, top ).map( ( part ) => `  ${ part.name.padEnd( 34 ) } ${ part.gzipKiB.toFixed( 1 ).padStart( 7 ) } KiB gzip  ${ part.rawKiB.toFixed( 1 ).padStart( 8 ) } KiB raw` );
	return [ `Worker bundle: ${ report.gzipKiB } KiB gzip (${ report.rawKiB } KiB raw), budget ${ WORKER_GZIP_BUDGET_KIB } KiB gzip`, ...rows ].join( '\n' );
}

const entry = process.argv[ 1 ];
if ( entry && resolve( entry ) === fileURLToPath( import.meta.url ) ) console.log( formatReport( measureWorkerBundle() ) );

/**
 * The plugin's keyword data at 100,000 rows, measured inside PHP (no process start-up in either figure):
 *
 * 1. Import: the plugin's importer (format detection, parsing, validation, merging duplicates, one
 *    transaction per 1,000-row batch with its error report and resumable offset) on a Semrush Keyword
 *    Magic CSV of 100,000 rows with 5% malformed rows and 10% duplicates, against a raw bulk INSERT of
 *    the same valid rows (already parsed, 1,000 per statement) into a scratch copy of the keywords
 *    table with the same indexes. Target ≤ 3×.
 * 2. List: GET /igny8/v1/planner/keywords (page of 50, sorted by volume, filtered by intent and cluster,
 *    with a search term) through the REST server, against the raw SELECT of the same 50 rows. Target ≤ 2×.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, wpEnv } from '../scripts/lib/config.ts';
import { run } from '../scripts/lib/processes.ts';
import type { BenchResult, Benchmark } from './harness.ts';

const ROWS = 100_000;

/** What the PHP side measures. */
interface Measured {
	import_ms: number;
	raw_insert_ms: number;
	imported: number;
	merged: number;
	failed: number;
	list_ms: number;
	raw_select_ms: number;
	list_rows: number;
	raw_rows: number;
	total: number;
}
const RUNS = 3;
const LIST_RUNS = 200;

/** Writes the CSV: every 20th row malformed, every 10th a case/spacing variant of the row before. */
function writeKeywords( file: string ): void {
	const intents = [ 'Informational', 'Commercial', 'Transactional', 'Navigational' ];
	const lines = [ 'Keyword,Intent,Volume,Trend,Keyword Difficulty,CPC (USD),Competitive Density,SERP Features,Number of Results' ];
	for ( let i = 1; i <= ROWS; i++ ) {
		if ( i % 20 === 0 ) lines.push( `kw ${ i } compost,Informational,lots,,5,0.1,0.2,,100` );
		else if ( i % 10 === 7 ) lines.push( `KW  ${ i - 1 }  COMPOST,,,,,,,,` );
		else lines.push( `kw ${ i } compost,${ intents[ i % 4 ] },${ i * 10 },"0.1,0.2",${ i % 101 },1.5,0.3,"Reviews,Video",1000` );
	}
	writeFileSync( file, lines.join( '\n' ) + '\n' );
}

/** PHP run by scripts/wp/eval.php inside the bench WordPress; returns the timings as JSON. */
const MEASURE = String.raw`
global $wpdb;
$file    = getenv( 'IGNY8_BENCH_FILE' );
$kw      = $wpdb->prefix . 'igny8_keywords';
$scratch = $wpdb->prefix . 'igny8_bench_scratch';
$runs    = (int) getenv( 'IGNY8_BENCH_RUNS' );
$empty   = function () use ( $wpdb, $kw ) {
	foreach ( array( $kw, $wpdb->prefix . 'igny8_imports', $wpdb->prefix . 'igny8_import_errors' ) as $t ) {
		$wpdb->query( "TRUNCATE TABLE {$t}" );
	}
};
$median = function ( array $v ) { sort( $v ); return $v[ intdiv( count( $v ), 2 ) ]; };

// The valid rows, parsed once for the baseline.
$rows = array();
$h    = fopen( $file, 'rb' );
fgets( $h );
while ( false !== ( $line = fgets( $h ) ) ) {
	$f = str_getcsv( rtrim( $line, "\r\n" ) );
	if ( count( $f ) < 5 || ! is_numeric( $f[2] ) ) { continue; }
	$rows[] = '(' . "'" . $wpdb->_real_escape( $f[0] ) . "'," . (int) $f[2] . ',' . (int) $f[4] . ",'" . strtolower( $f[1] ) . "','active','csv_import',UTC_TIMESTAMP(),UTC_TIMESTAMP())";
}
fclose( $h );

$import = array();
$raw    = array();
$result = null;
for ( $r = 0; $r < $runs; $r++ ) {
	$empty();
	$t        = microtime( true );
	$importer = new Igny8\Import\Keyword_Importer();
	$session  = $importer->start( $file, 'bench.csv', get_current_user_id() );
	$result   = $importer->run( $session['id'], PHP_INT_MAX, 3600.0 );
	$import[] = ( microtime( true ) - $t ) * 1000;

	$wpdb->query( "DROP TABLE IF EXISTS {$scratch}" );
	$wpdb->query( "CREATE TABLE {$scratch} LIKE {$kw}" );
	$t = microtime( true );
	foreach ( array_chunk( $rows, 1000 ) as $chunk ) {
		$wpdb->query( "INSERT IGNORE INTO {$scratch} (keyword, search_volume, difficulty, intent, status, source, created_at, updated_at) VALUES " . implode( ',', $chunk ) );
	}
	$raw[] = ( microtime( true ) - $t ) * 1000;
}
$wpdb->query( "DROP TABLE IF EXISTS {$scratch}" );

// 100k stored keywords spread over 50 clusters for the list.
$wpdb->query( "UPDATE {$kw} SET cluster_id = 1 + (id % 50)" );
$query = array( 'intent' => 'transactional', 'cluster_id' => 7, 'search' => 'kw 1', 'orderby' => 'search_volume', 'order' => 'desc', 'per_page' => 50, 'page' => 1 );
$sql   = $wpdb->prepare( "SELECT * FROM {$kw} WHERE intent = %s AND cluster_id = %d AND keyword LIKE %s ORDER BY search_volume DESC, id DESC LIMIT 50", 'transactional', 7, '%kw 1%' );
$list  = array();
$base  = array();
$count = 0;
for ( $r = 0; $r < (int) getenv( 'IGNY8_BENCH_LIST_RUNS' ); $r++ ) {
	$t       = microtime( true );
	$request = new WP_REST_Request( 'GET', '/igny8/v1/planner/keywords' );
	$request->set_query_params( $query );
	$response = rest_do_request( $request );
	$list[]   = ( microtime( true ) - $t ) * 1000;
	$count    = count( $response->get_data() );

	$t      = microtime( true );
	$same   = $wpdb->get_results( $sql, ARRAY_A );
	$base[] = ( microtime( true ) - $t ) * 1000;
}
return array(
	'import_ms' => $median( $import ),
	'raw_insert_ms' => $median( $raw ),
	'imported' => $result['imported'],
	'merged' => $result['merged'],
	'failed' => $result['failed'],
	'list_ms' => $median( $list ),
	'raw_select_ms' => $median( $base ),
	'list_rows' => $count,
	'raw_rows' => count( $same ),
	'total' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$kw}" ),
);
`;

const bench: Benchmark = {
	name: 'plugin keywords at 100k rows',
	async run( context ) {
		await context.wordpress();
		const dir = resolve( context.config.stateDir, 'bench-data' );
		mkdirSync( dir, { recursive: true } );
		const file = resolve( dir, 'keywords-100k.csv' );
		writeKeywords( file );

		const { stdout } = await run( 'php', [ resolve( ROOT, 'scripts/wp/eval.php' ), '-' ], {
			env: {
				...wpEnv( context.config ),
				IGNY8_WP_AS: context.config.wpUser,
				IGNY8_BENCH_FILE: file,
				IGNY8_BENCH_RUNS: String( RUNS ),
				IGNY8_BENCH_LIST_RUNS: String( LIST_RUNS ),
			},
			cwd: ROOT,
			quiet: true,
			input: MEASURE,
		} );
		const m = JSON.parse( stdout ) as Measured;
		if ( m.list_rows !== m.raw_rows || m.list_rows === 0 ) throw new Error( `the list returned ${ m.list_rows } rows, the raw SELECT ${ m.raw_rows }` );

		const results: BenchResult[] = [
			{
				name: 'keyword import (100k rows, 5% malformed, 10% duplicates)',
				value: m.import_ms / m.raw_insert_ms,
				unit: '×',
				detail: `plugin importer ${ m.import_ms.toFixed( 0 ) } ms (${ m.imported } new, ${ m.merged } merged, ${ m.failed } rejected) / raw bulk INSERT ${ m.raw_insert_ms.toFixed( 0 ) } ms; median of ${ RUNS }`,
				target: 3,
			},
			{
				name: 'keyword list at 100k (50 per page, by volume, intent + cluster + search)',
				value: m.list_ms / m.raw_select_ms,
				unit: '×',
				detail: `REST route ${ m.list_ms.toFixed( 2 ) } ms / raw SELECT ${ m.raw_select_ms.toFixed( 2 ) } ms over ${ m.total } rows; median of ${ LIST_RUNS }`,
				target: 2,
			},
		];
		return results;
	},
};

export default bench;

/**
 * Planner → Opportunities at 100,000 keywords and 5,000 posts, measured inside PHP (no process
 * start-up in either figure). Each list is GET /igny8/v1/planner/opportunities/… (page of 50)
 * through the REST server against the raw SELECTs it is built from (the same page SELECT and its
 * COUNT, run directly). Target ≤ 2× each (printed, never asserted).
 *
 * Seeded with bulk INSERTs: 100,000 keywords (volume and difficulty spread), half of them in 1,000
 * clusters; 5,000 published posts; a written post (a task's assigned post) for every other cluster;
 * 20,000 Search Console rows over those posts, a third of them at positions 8–20.
 */
import { resolve } from 'node:path';
import { ROOT, wpEnv } from '../scripts/lib/config.ts';
import { run } from '../scripts/lib/processes.ts';
import type { BenchResult, Benchmark } from './harness.ts';

const KEYWORDS = 100_000;
const POSTS = 5_000;
const CLUSTERS = 1_000;
const QUERIES = 20_000;
const RUNS = 100;

interface ListTiming {
	rest_ms: number;
	raw_ms: number;
	rows: number;
	raw_rows: number;
	total: number;
	/** The index each SELECT of the page reads, per EXPLAIN. */
	keys: string;
}

/** PHP run by scripts/wp/eval.php inside the bench WordPress; returns the timings as JSON. */
const MEASURE = String.raw`
global $wpdb;
$kw       = $wpdb->prefix . 'igny8_keywords';
$clusters = $wpdb->prefix . 'igny8_clusters';
$tasks    = $wpdb->prefix . 'igny8_tasks';
$sq       = $wpdb->prefix . 'igny8_search_queries';
$n_kw     = (int) getenv( 'IGNY8_BENCH_KEYWORDS' );
$n_posts  = (int) getenv( 'IGNY8_BENCH_POSTS' );
$n_cl     = (int) getenv( 'IGNY8_BENCH_CLUSTERS' );
$n_q      = (int) getenv( 'IGNY8_BENCH_QUERIES' );
$runs     = (int) getenv( 'IGNY8_BENCH_RUNS' );
$median   = function ( array $v ) { sort( $v ); return $v[ intdiv( count( $v ), 2 ) ]; };
$insert   = function ( string $head, array $rows ) use ( $wpdb ) {
	foreach ( array_chunk( $rows, 1000 ) as $chunk ) { $wpdb->query( $head . implode( ',', $chunk ) ); }
};
$cleanup  = function () use ( $wpdb, $kw, $clusters, $tasks, $sq ) {
	foreach ( array( $kw, $clusters, $tasks, $sq ) as $t ) { $wpdb->query( "TRUNCATE TABLE {$t}" ); }
	$wpdb->query( "DELETE FROM {$wpdb->posts} WHERE post_name LIKE 'igny8-bench-%'" );
};
$cleanup();

// Clusters, then posts, then the tasks that wrote a post for every other cluster.
$rows = array();
for ( $c = 1; $c <= $n_cl; $c++ ) { $rows[] = "({$c}, 'bench cluster {$c}', 'active', UTC_TIMESTAMP(), UTC_TIMESTAMP())"; }
$insert( "INSERT INTO {$clusters} (id, name, status, created_at, updated_at) VALUES ", $rows );
$rows = array();
for ( $p = 1; $p <= $n_posts; $p++ ) { $rows[] = "(1, UTC_TIMESTAMP(), UTC_TIMESTAMP(), '<p>Bench.</p>', 'Bench post {$p}', '', 'publish', 'igny8-bench-{$p}', '', '', UTC_TIMESTAMP(), UTC_TIMESTAMP(), '', 'post')"; }
$insert( "INSERT INTO {$wpdb->posts} (post_author, post_date, post_date_gmt, post_content, post_title, post_excerpt, post_status, post_name, to_ping, pinged, post_modified, post_modified_gmt, post_content_filtered, post_type) VALUES ", $rows );
$first = (int) $wpdb->get_var( "SELECT MIN(ID) FROM {$wpdb->posts} WHERE post_name LIKE 'igny8-bench-%'" );
$rows  = array();
for ( $c = 2; $c <= $n_cl; $c += 2 ) { $post = $first + ( $c % $n_posts ); $rows[] = "('bench task {$c}', {$c}, 'completed', {$post}, UTC_TIMESTAMP(), UTC_TIMESTAMP())"; }
$insert( "INSERT INTO {$tasks} (title, cluster_id, status, assigned_post_id, created_at, updated_at) VALUES ", $rows );

// Keywords: every other one clustered; volume and difficulty spread by two primes.
$rows = array();
for ( $i = 1; $i <= $n_kw; $i++ ) {
	$cluster = 0 === $i % 2 ? 1 + ( $i % $n_cl ) : 'NULL';
	$rows[]  = "('bench kw {$i}', " . ( ( $i * 7919 ) % 50000 ) . ', ' . ( ( $i * 31 ) % 101 ) . ", 'informational', 'active', 'csv_import', {$cluster}, UTC_TIMESTAMP(), UTC_TIMESTAMP())";
}
$insert( "INSERT INTO {$kw} (keyword, search_volume, difficulty, intent, status, source, cluster_id, created_at, updated_at) VALUES ", $rows );

// Search Console rows over the posts.
$rows = array();
for ( $q = 1; $q <= $n_q; $q++ ) {
	$post   = $first + ( $q % $n_posts );
	$pos    = 1 + ( ( $q * 13 ) % 300 ) / 10;
	$rows[] = "('bench query {$q}', 'https://example.test/?p={$post}', {$post}, " . ( $q % 50 ) . ', ' . ( ( $q * 104729 ) % 20000 ) . ", 1.5, {$pos}, UTC_TIMESTAMP())";
}
$insert( "INSERT INTO {$sq} (query, page_url, post_id, clicks, impressions, ctr, position, imported_at) VALUES ", $rows );
$wpdb->query( "ANALYZE TABLE {$kw}, {$sq}, {$tasks}" );

$measure = function ( string $route, array $query, array $raw ) use ( $wpdb, $runs, $median ) {
	$rest = array(); $base = array(); $count = 0; $same = array(); $total = 0;
	for ( $r = 0; $r < $runs; $r++ ) {
		$t       = microtime( true );
		$request = new WP_REST_Request( 'GET', $route );
		$request->set_query_params( $query );
		$response = rest_do_request( $request );
		$rest[]   = ( microtime( true ) - $t ) * 1000;
		$count    = count( $response->get_data() );

		$t      = microtime( true );
		$same   = $wpdb->get_results( $raw[0], ARRAY_A );
		$total  = (int) $wpdb->get_var( $raw[1] );
		$base[] = ( microtime( true ) - $t ) * 1000;
	}
	$keys = array();
	foreach ( (array) $wpdb->get_results( 'EXPLAIN ' . $raw[0], ARRAY_A ) as $row ) { $keys[] = $row['table'] . ':' . ( $row['key'] ?? 'none' ) . ( false !== strpos( (string) $row['Extra'], 'filesort' ) ? '+filesort' : '' ); }
	return array( 'rest_ms' => $median( $rest ), 'raw_ms' => $median( $base ), 'rows' => $count, 'raw_rows' => count( $same ), 'total' => $total, 'keys' => implode( ', ', $keys ) );
};

$covered = $wpdb->prepare( "NOT EXISTS (SELECT 1 FROM %i t JOIN %i p ON p.ID = t.assigned_post_id WHERE t.cluster_id = k.cluster_id AND p.post_status <> 'trash')", $tasks, $wpdb->posts );
$cols    = 'k.id, k.keyword, k.search_volume, k.difficulty, k.intent, k.status, k.sector_id, k.cluster_id, c.name AS cluster_name';
$out     = array(
	'unclustered' => $measure(
		'/igny8/v1/planner/opportunities/keywords',
		array( 'kind' => 'unclustered', 'per_page' => 50 ),
		array(
			"SELECT {$cols} FROM {$kw} k LEFT JOIN {$clusters} c ON c.id = k.cluster_id WHERE k.cluster_id IS NULL AND k.search_volume >= 0 AND k.difficulty <= 40 ORDER BY k.search_volume DESC, k.difficulty ASC, k.id ASC LIMIT 50",
			"SELECT COUNT(*) FROM {$kw} k WHERE k.cluster_id IS NULL AND k.search_volume >= 0 AND k.difficulty <= 40",
		)
	),
	'uncovered'   => $measure(
		'/igny8/v1/planner/opportunities/keywords',
		array( 'kind' => 'uncovered', 'per_page' => 50 ),
		array(
			"SELECT {$cols} FROM {$kw} k LEFT JOIN {$clusters} c ON c.id = k.cluster_id WHERE k.search_volume >= 0 AND k.difficulty <= 40 AND k.cluster_id IS NOT NULL AND k.status <> 'used' AND {$covered} ORDER BY k.search_volume DESC, k.difficulty ASC, k.id ASC LIMIT 50",
			"SELECT COUNT(*) FROM {$kw} k WHERE k.search_volume >= 0 AND k.difficulty <= 40 AND k.cluster_id IS NOT NULL AND k.status <> 'used' AND {$covered}",
		)
	),
	'striking'    => $measure(
		'/igny8/v1/planner/opportunities/queries',
		array( 'per_page' => 50 ),
		array(
			"SELECT q.id, q.query, q.page_url, q.post_id, q.clicks, q.impressions, q.ctr, q.position, q.imported_at, p.post_title, p.post_status FROM {$sq} q LEFT JOIN {$wpdb->posts} p ON p.ID = q.post_id WHERE q.position BETWEEN 8 AND 20 AND q.impressions >= 1 ORDER BY q.impressions DESC, q.position ASC, q.id ASC LIMIT 50",
			"SELECT COUNT(*) FROM {$sq} q WHERE q.position BETWEEN 8 AND 20 AND q.impressions >= 1",
		)
	),
);
$cleanup();
return $out;
`;

const LABELS: Record< string, string > = {
	unclustered: 'unclustered keywords, high volume / low difficulty',
	uncovered: 'clustered keywords not covered by a post',
	striking: 'striking-distance queries (position 8–20), by impressions',
};

const bench: Benchmark = {
	name: 'keyword opportunities at 100k keywords and 5k posts',
	async run( context ) {
		await context.wordpress();
		const { stdout } = await run( 'php', [ resolve( ROOT, 'scripts/wp/eval.php' ), '-' ], {
			env: {
				...wpEnv( context.config ),
				IGNY8_WP_AS: context.config.wpUser,
				IGNY8_BENCH_KEYWORDS: String( KEYWORDS ),
				IGNY8_BENCH_POSTS: String( POSTS ),
				IGNY8_BENCH_CLUSTERS: String( CLUSTERS ),
				IGNY8_BENCH_QUERIES: String( QUERIES ),
				IGNY8_BENCH_RUNS: String( RUNS ),
			},
			cwd: ROOT,
			quiet: true,
			input: MEASURE,
		} );
		const measured = JSON.parse( stdout ) as Record< string, ListTiming >;
		const results: BenchResult[] = [];
		for ( const [ list, m ] of Object.entries( measured ) ) {
			if ( m.rows !== m.raw_rows || m.rows === 0 ) throw new Error( `${ list }: the route returned ${ m.rows } rows, the raw SELECT ${ m.raw_rows }` );
			results.push( {
				name: `opportunities: ${ LABELS[ list ] ?? list } (50 of ${ m.total.toLocaleString( 'en' ) })`,
				value: m.rest_ms / m.raw_ms,
				unit: '×',
				detail: `REST route ${ m.rest_ms.toFixed( 2 ) } ms / raw SELECT + COUNT ${ m.raw_ms.toFixed( 2 ) } ms; median of ${ RUNS }; EXPLAIN ${ m.keys }`,
				target: 2,
			} );
		}
		return results;
	},
};

export default bench;

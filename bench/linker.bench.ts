/**
 * The Linker at 10,000 published posts, measured inside PHP (no process start-up in any figure):
 *
 * 1. Graph build: the plugin's Graph_Builder (parse every internal link, resolve ids and slugs,
 *    write links, nodes and keyword terms, batches of 500) against a raw scan of the same posts
 *    (SELECT post_content in the same batches + one regex pass for <a href>). Reported as a ratio.
 * 2. Suggestions for one post against the 10,000: GET /igny8/v1/linker/suggestions through the REST
 *    server (indexed queries on the graph tables) against a raw scan (SELECT every post's title and
 *    target keyword, then look for each keyword in the source text). Reported as a ratio, and the
 *    absolute time of the route (target ≤ 200 ms).
 */
import { resolve } from 'node:path';
import { ROOT, wpEnv } from '../scripts/lib/config.ts';
import { run } from '../scripts/lib/processes.ts';
import type { BenchResult, Benchmark } from './harness.ts';

const POSTS = 10_000;
const BUILD_RUNS = 3;
const SUGGEST_RUNS = 30;

interface Measured {
	build_ms: number;
	raw_build_ms: number;
	links: number;
	raw_links: number;
	suggest_ms: number;
	raw_suggest_ms: number;
	suggestions: number;
	raw_matches: number;
	posts: number;
}

/** PHP run by scripts/wp/eval.php inside the bench WordPress; returns the timings as JSON. */
const MEASURE = String.raw`
global $wpdb;
$n      = (int) getenv( 'IGNY8_BENCH_POSTS' );
$median = function ( array $v ) { sort( $v ); return $v[ intdiv( count( $v ), 2 ) ]; };
$words  = array( 'compost', 'garden', 'soil', 'mulch', 'seeds', 'tomato', 'pruning', 'watering', 'orchard', 'herbs', 'greenhouse', 'worms', 'leaves', 'roses', 'lawn', 'hedges', 'beans', 'potatoes', 'shade', 'frost' );
$w      = count( $words );

// The bench posts of an earlier run go; the site's other posts stay (both figures read them alike).
$wpdb->query( "DELETE FROM {$wpdb->postmeta} WHERE post_id IN (SELECT ID FROM {$wpdb->posts} WHERE post_name LIKE 'lb-%')" );
$wpdb->query( "DELETE FROM {$wpdb->posts} WHERE post_name LIKE 'lb-%'" );
$now  = current_time( 'mysql', true );
$rows = array();
for ( $i = 0; $i < $n; $i++ ) {
	$title  = ucfirst( $words[ $i % $w ] ) . ' and ' . $words[ intdiv( $i, $w ) % $w ] . ' guide ' . $i;
	$rows[] = $wpdb->prepare( "(1,%s,%s,%s,'',%s,'','','','','publish','post',%s,%s)", $now, $now, $title, 'lb-' . $i, $now, $now );
}
foreach ( array_chunk( $rows, 1000 ) as $chunk ) {
	$wpdb->query( "INSERT INTO {$wpdb->posts} (post_author,post_date,post_date_gmt,post_title,post_content,post_name,post_content_filtered,post_excerpt,to_ping,pinged,post_status,post_type,post_modified,post_modified_gmt) VALUES " . implode( ',', $chunk ) );
}
$ids = array();
foreach ( $wpdb->get_results( "SELECT ID, post_name FROM {$wpdb->posts} WHERE post_name LIKE 'lb-%'", ARRAY_A ) as $r ) {
	$ids[ (int) substr( $r['post_name'], 3 ) ] = (int) $r['ID'];
}
ksort( $ids );
// About 600 words of text per post, five internal links (ids and slugs) and one external; a target keyword each.
$meta = array();
foreach ( $ids as $i => $id ) {
	$para = '';
	for ( $p = 0; $p < 6; $p++ ) {
		$sentence = array();
		for ( $s = 0; $s < 100; $s++ ) { $sentence[] = $words[ ( $i * 7 + $p * 13 + $s * 3 ) % $w ]; }
		$para .= "<!-- wp:paragraph -->\n<p>" . implode( ' ', $sentence ) . ". Read about " . $words[ ( $i + $p ) % $w ] . ' ' . $words[ ( $i + 2 * $p + 1 ) % $w ] . ".</p>\n<!-- /wp:paragraph -->\n";
	}
	for ( $l = 1; $l <= 5; $l++ ) {
		$t     = ( $i * 31 + $l * 977 ) % $n;
		$href  = 0 === $l % 2 ? '/?p=' . $ids[ $t ] : '/lb-' . $t . '/';
		$para .= "<!-- wp:paragraph -->\n<p>See <a href=\"{$href}\">post {$t}</a> and <a href=\"https://example.org/x\">this</a>.</p>\n<!-- /wp:paragraph -->\n";
	}
	$wpdb->update( $wpdb->posts, array( 'post_content' => $para ), array( 'ID' => $id ) );
	$meta[] = $wpdb->prepare( '(%d,%s,%s)', $id, '_igny8_target_keyword', $words[ $i % $w ] . ' ' . $words[ intdiv( $i, $w ) % $w ] );
}
foreach ( array_chunk( $meta, 1000 ) as $chunk ) {
	$wpdb->query( "INSERT INTO {$wpdb->postmeta} (post_id, meta_key, meta_value) VALUES " . implode( ',', $chunk ) );
}
wp_cache_flush();

// 1. Graph build vs raw scan of the same posts in the same batches.
$build = array();
$raw   = array();
$raw_links = 0;
for ( $r = 0; $r < (int) getenv( 'IGNY8_BENCH_BUILD_RUNS' ); $r++ ) {
	$t = microtime( true );
	( new Igny8\Linker\Graph_Builder() )->rebuild_all( 500 );
	$build[] = ( microtime( true ) - $t ) * 1000;

	$t         = microtime( true );
	$cursor    = 0;
	$raw_links = 0;
	do {
		$batch = $wpdb->get_results( $wpdb->prepare( "SELECT ID, post_content FROM {$wpdb->posts} WHERE ID > %d AND post_status = 'publish' AND post_type IN ('post','page') ORDER BY ID ASC LIMIT 500", $cursor ), ARRAY_A );
		foreach ( $batch as $row ) {
			$raw_links += preg_match_all( '#<a\s[^>]*?href\s*=\s*(["\'])(.*?)\1[^>]*>(.*?)</a>#is', $row['post_content'] );
			$cursor     = (int) $row['ID'];
		}
	} while ( count( $batch ) === 500 );
	$raw[] = ( microtime( true ) - $t ) * 1000;
}
$links = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}igny8_links l JOIN {$wpdb->posts} p ON p.ID = l.source_post_id WHERE p.post_name LIKE 'lb-%'" );
$bench_raw = 0;
foreach ( $wpdb->get_col( "SELECT post_content FROM {$wpdb->posts} WHERE post_name LIKE 'lb-%'" ) as $content ) {
	$bench_raw += preg_match_all( '#<a\s[^>]*?href#is', $content );
}

// 2. Suggestions for one post against the 10,000.
$source  = get_post( $ids[ intdiv( $n, 2 ) ] );
$suggest = array();
$base    = array();
$found   = 0;
$matches = 0;
$text    = wp_strip_all_tags( $source->post_content );
for ( $r = 0; $r < (int) getenv( 'IGNY8_BENCH_SUGGEST_RUNS' ); $r++ ) {
	wp_cache_flush();
	$t       = microtime( true );
	$request = new WP_REST_Request( 'GET', '/igny8/v1/linker/suggestions' );
	$request->set_query_params( array( 'post_id' => $source->ID, 'limit' => 10 ) );
	$response  = rest_do_request( $request );
	$suggest[] = ( microtime( true ) - $t ) * 1000;
	$found     = is_array( $response->get_data() ) ? count( $response->get_data() ) : -1;

	$t       = microtime( true );
	$all     = $wpdb->get_results( $wpdb->prepare( "SELECT p.ID, p.post_title, m.meta_value AS keyword FROM {$wpdb->posts} p LEFT JOIN {$wpdb->postmeta} m ON m.post_id = p.ID AND m.meta_key = '_igny8_target_keyword' WHERE p.post_status = 'publish' AND p.post_type IN ('post','page') AND p.ID <> %d", $source->ID ), ARRAY_A );
	$matches = 0;
	foreach ( $all as $row ) {
		if ( '' !== (string) $row['keyword'] && false !== stripos( $text, (string) $row['keyword'] ) ) {
			++$matches;
		}
	}
	$base[] = ( microtime( true ) - $t ) * 1000;
}
return array(
	'build_ms' => $median( $build ),
	'raw_build_ms' => $median( $raw ),
	'links' => $links,
	'raw_links' => $bench_raw,
	'raw_links_all' => $raw_links,
	'suggest_ms' => $median( $suggest ),
	'raw_suggest_ms' => $median( $base ),
	'suggestions' => $found,
	'raw_matches' => $matches,
	'posts' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}igny8_link_nodes n JOIN {$wpdb->posts} p ON p.ID = n.post_id WHERE p.post_name LIKE 'lb-%'" ),
);
`;

const bench: Benchmark = {
	name: 'linker at 10,000 posts',
	async run( context ) {
		await context.wordpress();
		const { stdout } = await run( 'php', [ '-d', 'memory_limit=1G', resolve( ROOT, 'scripts/wp/eval.php' ), '-' ], {
			env: {
				...wpEnv( context.config ),
				IGNY8_WP_AS: context.config.wpUser,
				IGNY8_BENCH_POSTS: String( POSTS ),
				IGNY8_BENCH_BUILD_RUNS: String( BUILD_RUNS ),
				IGNY8_BENCH_SUGGEST_RUNS: String( SUGGEST_RUNS ),
			},
			cwd: ROOT,
			quiet: true,
			input: MEASURE,
		} );
		const m = JSON.parse( stdout ) as Measured;
		if ( m.posts !== POSTS ) throw new Error( `the graph holds ${ m.posts } posts, expected ${ POSTS }` );
		// Five internal links per post (a formula target that is the post itself does not count);
		// the raw scan also sees the five external ones.
		if ( m.links < POSTS * 4.9 || m.links > POSTS * 5 || m.raw_links !== POSTS * 10 ) throw new Error( `links: graph ${ m.links }, raw scan ${ m.raw_links }` );
		if ( m.suggestions < 1 ) throw new Error( 'no suggestions for the source post' );

		const results: BenchResult[] = [
			{
				name: 'link graph build (10,000 posts, 5 internal links each)',
				value: m.build_ms / m.raw_build_ms,
				unit: '×',
				detail: `Graph_Builder ${ m.build_ms.toFixed( 0 ) } ms (${ m.links } links) / raw SELECT + regex scan ${ m.raw_build_ms.toFixed( 0 ) } ms; median of ${ BUILD_RUNS }`,
			},
			{
				name: 'suggestions for one post against 10,000 (ratio)',
				value: m.suggest_ms / m.raw_suggest_ms,
				unit: '×',
				detail: `REST route ${ m.suggest_ms.toFixed( 1 ) } ms (${ m.suggestions } suggestions) / raw scan of every title and keyword ${ m.raw_suggest_ms.toFixed( 1 ) } ms (${ m.raw_matches } keyword matches); median of ${ SUGGEST_RUNS }`,
			},
			{
				name: 'suggestions for one post against 10,000 (absolute)',
				value: m.suggest_ms,
				unit: 'ms',
				detail: 'GET /igny8/v1/linker/suggestions through the REST server, object cache flushed before each call',
				target: 200,
			},
		];
		return results;
	},
};

export default bench;

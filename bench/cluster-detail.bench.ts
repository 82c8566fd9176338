/**
 * The cluster detail page (Planner → Clusters → a cluster) for a cluster of 2,000 keywords, in
 * Chromium, median of RUNS loads, each from navigation start until the page shows the cluster:
 * its summary figures (keywords, volume and difficulty totals) and the first row of its keyword
 * table, in the first animation frame after both are in the page (the first frame that can paint
 * them). Target ≤ 1 s (issue "The seed's remaining parts", Measured).
 *
 * Baseline, in the same run and browser: the Clusters tab of the same Planner (same PHP, same
 * scripts, the table of clusters), until its first row. The ratio says what the detail page adds
 * to the Planner screen it belongs to.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { loggedInBrowser } from './browser.ts';
import { ROOT, wpEnv } from '../scripts/lib/config.ts';
import { run } from '../scripts/lib/processes.ts';
import { median, type BenchResult, type Benchmark } from './harness.ts';

const KEYWORDS = 2_000;
const RUNS = 7;

/** One cluster with exactly KEYWORDS keywords (made once; a rerun finds it). Prints its id. */
const SEED = String.raw`
global $wpdb;
$kw       = $wpdb->prefix . 'igny8_keywords';
$clusters = new Igny8\Storage\Clusters_Repository();
$name     = 'Bench cluster of ' . getenv( 'IGNY8_BENCH_KEYWORDS' );
$id       = (int) $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$wpdb->prefix}igny8_clusters WHERE name = %s", $name ) );
if ( ! $id ) {
	$id = (int) $clusters->insert( array( 'name' => $name ) );
}
$have = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$kw} WHERE cluster_id = %d", $id ) );
if ( $have !== (int) getenv( 'IGNY8_BENCH_KEYWORDS' ) ) {
	$wpdb->query( $wpdb->prepare( "DELETE FROM {$kw} WHERE cluster_id = %d", $id ) );
	$rows = array();
	for ( $i = 0; $i < (int) getenv( 'IGNY8_BENCH_KEYWORDS' ); $i++ ) {
		$rows[] = array( 'keyword' => "cluster bench {$id} keyword {$i}", 'search_volume' => ( $i * 7919 ) % 10000, 'difficulty' => $i % 101, 'intent' => 'informational', 'source' => 'csv_import' );
	}
	( new Igny8\Storage\Keywords_Repository() )->bulk_insert( $rows );
	$wpdb->query( $wpdb->prepare( "UPDATE {$kw} SET cluster_id = %d WHERE keyword LIKE %s", $id, $wpdb->esc_like( "cluster bench {$id} keyword " ) . '%' ) );
}
echo wp_json_encode( array( 'id' => $id, 'keywords' => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$kw} WHERE cluster_id = %d", $id ) ) ) );
`;

/**
 * Milliseconds from navigation start until every selector is on screen: the animation frame after
 * the last of them entered the DOM, i.e. the first frame that can show them (a busy main thread,
 * running the footer's scripts, delays that frame, and so the figure). Also, for comparison, when
 * the test could next run a script in the page (what this bench measured before: it includes the
 * scripts that run after the content is already shown).
 */
async function shown( page: Page, url: string, selectors: string[] ): Promise<{ painted: number; settled: number }> {
	await page.goto( url, { waitUntil: 'commit' } );
	for ( const selector of selectors ) await page.waitForSelector( selector, { timeout: 30_000 } );
	const settled = await page.evaluate( () => performance.now() );
	const painted = await page.waitForFunction( () => ( window as unknown as { igny8ShownAt?: number } ).igny8ShownAt, undefined, { timeout: 30_000 } );
	return { painted: Number( await painted.jsonValue() ), settled };
}

/** Before any page script: note the frame in which the page's selectors are first all in the DOM. */
function watchFor( { detail, list }: { detail: string[]; list: string[] } ): void {
	const selectors = location.search.includes( 'cluster=' ) ? detail : list;
	const all = () => selectors.every( ( selector ) => document.querySelector( selector ) );
	const observer = new MutationObserver( () => {
		if ( all() ) {
			observer.disconnect();
			requestAnimationFrame( () => {
				( window as unknown as { igny8ShownAt?: number } ).igny8ShownAt = performance.now();
			} );
		}
	} );
	observer.observe( document, { childList: true, subtree: true } );
}

const bench: Benchmark = {
	name: 'Cluster detail page: a cluster of 2,000 keywords',
	async run( context ) {
		const base = await context.wordpress();
		const { stdout } = await run( 'php', [ resolve( ROOT, 'scripts/wp/eval.php' ), '-' ], {
			env: { ...wpEnv( context.config ), IGNY8_WP_AS: context.config.wpUser, IGNY8_BENCH_KEYWORDS: String( KEYWORDS ) },
			cwd: ROOT,
			quiet: true,
			input: SEED,
		} );
		const seeded = JSON.parse( stdout.trim().split( '\n' ).pop() ?? '{}' ) as { id: number; keywords: number };
		if ( seeded.keywords !== KEYWORDS ) throw new Error( `the bench cluster has ${ seeded.keywords } keywords, wanted ${ KEYWORDS }` );

		let browser: Browser | undefined;
		const results: BenchResult[] = [];
		try {
			const opened = await loggedInBrowser( base, context.config );
			browser = opened.browser;
			const page = await opened.browserContext.newPage();

			const detailUrl = `/wp-admin/admin.php?page=igny8-planner&tab=clusters&cluster=${ seeded.id }`;
			const detail = [ '.igny8-cluster-summary__figures dd', 'section[aria-labelledby="igny8-cluster-keywords"] tbody tr' ];
			const listUrl = '/wp-admin/admin.php?page=igny8-planner&tab=clusters';
			const list = [ '#igny8-planner-root .dataviews-view-table tbody tr' ];
			await page.addInitScript( watchFor, { detail, list } );
			// Warm both (PHP opcache, the browser's cache of WordPress's scripts), then alternate.
			await shown( page, detailUrl, detail );
			await shown( page, listUrl, list );
			const times: number[] = [];
			const baseline: number[] = [];
			const settled: number[] = [];
			for ( let i = 0; i < RUNS; i++ ) {
				const run = await shown( page, detailUrl, detail );
				times.push( run.painted );
				settled.push( run.settled );
				baseline.push( ( await shown( page, listUrl, list ) ).painted );
			}
			await shown( page, detailUrl, detail );
			const figure = await page.locator( '.igny8-cluster-summary__figures dd' ).first().innerText();
			if ( figure.replace( /\D/g, '' ) !== String( KEYWORDS ) ) throw new Error( `the page shows ${ figure } keywords, expected ${ KEYWORDS }` );
			const d = median( times );
			const b = median( baseline );
			results.push( { name: `cluster detail, ${ KEYWORDS.toLocaleString( 'en' ) } keywords: summary and first keyword row`, value: d / 1000, unit: 's', detail: `median of ${ RUNS }, from navigation start to the frame that shows them (Chromium); until the page's scripts let a test script run: ${ median( settled ).toFixed( 0 ) } ms`, target: 1 } );
			results.push( { name: 'cluster detail / the Clusters tab of the same screen', value: d / b, unit: '×', detail: `detail ${ d.toFixed( 0 ) } ms / Clusters table first row ${ b.toFixed( 0 ) } ms` } );
		} finally {
			await browser?.close();
		}
		return results;
	},
};

export default bench;

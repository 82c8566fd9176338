/**
 * Every IGNY8 wp-admin screen and Settings tab, usable within 1 s on the local stack (issue "A
 * first-time editor succeeds", Measured). In Chromium, on a site connected to the local Worker,
 * median of RUNS loads per screen, from navigation start until the screen is usable: its React
 * app has mounted and nothing in it still says it is loading (no spinner, no "Loading…"), read
 * in the first animation frame that shows it. The Help screen is printed by PHP: usable once its
 * document is parsed.
 *
 * Baseline, in the same run and browser: WordPress's own Posts list (edit.php), until it is
 * parsed — what any wp-admin screen costs on this stack before IGNY8 adds anything.
 */
import type { Page } from '@playwright/test';
import { loggedInBrowser } from './browser.ts';
import { HELP_SCREEN, REACT_SCREENS, screenName } from '../e2e/lib/screens.ts';
import { median, type BenchResult, type Benchmark } from './harness.ts';

const RUNS = 5;
const TARGET_SECONDS = 1;

/**
 * Milliseconds from navigation start to the first animation frame in which `ready` holds. The
 * check runs in the page on every frame, so the figure is the frame, not when the test looked.
 */
async function usableAfter( page: Page, url: string, ready: string ): Promise<number> {
	await page.goto( url, { waitUntil: 'commit' } );
	const handle = await page.waitForFunction( ready, undefined, { polling: 'raf', timeout: 30_000 } );
	await handle.dispose();
	return page.evaluate( () => performance.now() );
}

/** A React screen: mounted in its root, with no spinner or "Loading…" left in it. */
const REACT_READY = `( () => {
	const root = document.querySelector( '[id^="igny8-"][id$="-root"]' );
	if ( ! root || ! root.firstElementChild ) return false;
	if ( root.querySelector( '.components-spinner, [aria-busy="true"]' ) ) return false;
	return ! /Loading…/.test( root.textContent || '' );
} )()`;

/** A PHP-printed screen: its document parsed. */
const PARSED = `document.readyState !== 'loading'`;

const bench: Benchmark = {
	name: 'every IGNY8 screen usable (Chromium, connected site)',
	async run( context ) {
		const { base } = await context.connectedWordPress();
		const { config } = context;

		const { browser, browserContext } = await loggedInBrowser( base, config );
		const results: BenchResult[] = [];
		try {
			const page = await browserContext.newPage();
			const screens = [ ...REACT_SCREENS.map( ( screen ) => ( { screen, ready: REACT_READY } ) ), { screen: HELP_SCREEN, ready: PARSED } ];
			// Warm-up: PHP's opcache and the browser cache, as for an editor who has been in wp-admin before.
			for ( const { screen, ready } of screens ) await usableAfter( page, `${ base }/wp-admin/admin.php?page=${ screen }`, ready );
			const baseline = [];
			for ( let i = 0; i < RUNS; i++ ) baseline.push( await usableAfter( page, `${ base }/wp-admin/edit.php`, PARSED ) );
			const posts = median( baseline );

			const medians: Array<{ name: string; ms: number }> = [];
			for ( const { screen, ready } of screens ) {
				const times = [];
				for ( let i = 0; i < RUNS; i++ ) times.push( await usableAfter( page, `${ base }/wp-admin/admin.php?page=${ screen }`, ready ) );
				medians.push( { name: screenName( screen ), ms: median( times ) } );
			}
			const slowest = medians.reduce( ( worst, entry ) => ( entry.ms > worst.ms ? entry : worst ) );
			const fastest = medians.reduce( ( best, entry ) => ( entry.ms < best.ms ? entry : best ) );
			results.push( {
				name: `slowest IGNY8 screen usable (${ medians.length } screens)`,
				value: slowest.ms / 1000,
				unit: 's',
				detail: `${ slowest.name }; fastest ${ fastest.name } ${ ( fastest.ms / 1000 ).toFixed( 2 ) } s; median of ${ RUNS } loads each`,
				target: TARGET_SECONDS,
			} );
			results.push( {
				name: 'slowest IGNY8 screen / WordPress Posts list',
				value: slowest.ms / posts,
				unit: '×',
				detail: `${ slowest.ms.toFixed( 0 ) } ms / edit.php parsed ${ posts.toFixed( 0 ) } ms`,
			} );
			for ( const entry of medians ) results.push( { name: `  ${ entry.name }`, value: entry.ms / 1000, unit: 's', target: TARGET_SECONDS } );
		} finally {
			await browser.close();
		}
		return results;
	},
};

export default bench;

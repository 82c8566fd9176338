/**
 * The block editor with IGNY8 (helper "editor"'s issue):
 *
 * 1. The sidebar's size: plugin/build/blocks/editor-sidebar/index.js (and its CSS) with the
 *    chunks it loads when a panel opens, gzipped, target ≤ 60 KB; and what loads with the editor.
 * 2. Block editor load time with the plugin active vs deactivated, in Debian's Chromium in the
 *    same run on the bench WordPress: a 5,000-word post opened in post.php until the block list
 *    is rendered in the canvas and a sidebar is open. Active, the author works in IGNY8's sidebar
 *    (they left it open, so it opens with the editor: lib/remember-sidebar.ts) and the figure runs
 *    until its score shows; inactive, the editor's Post settings are open. Target ≤ 1.10×.
 *    Reported beside it: an author who opens the IGNY8 sidebar after the editor has loaded (it
 *    was not left open), until its score shows, against the same inactive runs.
 *    The site is connected to the local Worker, as an editor's is, so the sidebar asks for what a
 *    connected one does (balance, prices, pending changes). Runs alternate between the three;
 *    medians are compared, and each iteration's own ratio is reported beside them.
 * 3. The score for a 5,000-word post is in editor-score.bench.ts (target ≤ 20 ms).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { ROOT, wpEnv, type StackConfig } from '../scripts/lib/config.ts';
import { run } from '../scripts/lib/processes.ts';
import { fiveThousandWordContent } from './editor-score.bench.ts';
import { median, percentile, type BenchResult, type Benchmark } from './harness.ts';

// One load on this 2-core VM varies by ±25% (1.07–1.98 s for the same page within minutes), so
// the median of 7 alternating runs moved between 1.00× and 1.11× for the same build; 21 held at
// 1.04–1.08× over six runs (the 7 still: IGNY8_EDITOR_RUNS=7).
const RUNS = Number( process.env.IGNY8_EDITOR_RUNS ?? 21 );
const PLUGIN = 'igny8/igny8.php';
const SIDEBAR = 'igny8-editor-sidebar/igny8-sidebar';
// Activating as the admin would send the next admin page to the setup wizard once
// (Setup\Activation_Redirect): the bench measures the editor, so the flag goes.
const ACTIVATE = `activate_plugin( '${ PLUGIN }' ); delete_transient( 'igny8_activation_redirect' ); echo 1;`;

/** Runs PHP in the bench WordPress as its admin; returns what it echoes. */
async function wpEval( config: StackConfig, code: string ): Promise<string> {
	const { stdout } = await run( 'php', [ resolve( ROOT, 'scripts/wp/eval.php' ), '-' ], {
		env: { ...wpEnv( config ), IGNY8_WP_AS: config.wpUser },
		cwd: ROOT,
		quiet: true,
		input: code,
	} );
	return stdout.trim();
}

/** Gzipped size of built files, in KB. */
function gzipKb( files: string[] ): number {
	return files.reduce( ( sum, file ) => sum + gzipSync( readFileSync( resolve( ROOT, file ) ), { level: 9 } ).length, 0 ) / 1024;
}

/**
 * Milliseconds from navigation to a rendered block list with a sidebar open: the IGNY8 sidebar
 * showing its score when the plugin is active (opened after the load unless it opened with the
 * editor), the Post settings otherwise. Both conditions are checked on every animation frame, i.e.
 * when the page can next paint: polling every 50 ms instead added 0–50 ms to each figure at
 * random, as much as the sidebar's whole cost.
 */
async function loadEditor( page: Page, url: string, withPlugin: boolean ): Promise<number> {
	const start = performance.now();
	await page.goto( url, { waitUntil: 'commit' } );
	await page.waitForFunction(
		() => {
			const wp = ( window as unknown as { wp?: { data?: { select: ( store: string ) => { getBlocks?: () => unknown[] } | undefined } } } ).wp;
			if ( ( wp?.data?.select( 'core/block-editor' )?.getBlocks?.().length ?? 0 ) === 0 ) return false;
			const canvas = document.querySelector<HTMLIFrameElement>( 'iframe[name="editor-canvas"]' )?.contentDocument;
			return !! canvas?.querySelector( '.is-root-container p' );
		},
		undefined,
		{ timeout: 60_000, polling: 'raf' }
	);
	await page.evaluate( ( sidebar ) => {
		const wp = ( window as unknown as { wp: { data: { dispatch: ( store: string ) => { openGeneralSidebar: ( name: string ) => void } } } } ).wp;
		// A no-op when that sidebar is already the open one.
		wp.data.dispatch( 'core/edit-post' ).openGeneralSidebar( sidebar );
	}, withPlugin ? SIDEBAR : 'edit-post/document' );
	await page.waitForFunction(
		( plugin ) =>
			plugin
				? /^\d+$/.test( document.querySelector( '.igny8-score__value' )?.textContent ?? '' )
				: !! document.querySelector( '.editor-sidebar, .interface-complementary-area' ),
		withPlugin,
		{ timeout: 60_000, polling: 'raf' }
	);
	const elapsed = performance.now() - start;
	// The page's own follow-up requests (the balance refresh, pending changes, saved preferences)
	// finish before the next run navigates: PHP's server would still be answering them while the
	// next page loads, and that run would pay for this one's.
	await page.waitForLoadState( 'networkidle' );
	return elapsed;
}

/** Whether the author left the IGNY8 sidebar open (its preference, set on the open editor page). */
async function leftOpen( page: Page, open: boolean ): Promise<void> {
	await page.evaluate( ( value ) => {
		const wp = ( window as unknown as { wp: { data: { dispatch: ( store: string ) => { set: ( scope: string, name: string, value: boolean ) => void } } } } ).wp;
		wp.data.dispatch( 'core/preferences' ).set( 'igny8', 'sidebarOpen', value );
	}, open );
}

const bench: Benchmark = {
	name: 'block editor with IGNY8: sidebar size, load time',
	async run( context ) {
		const { base } = await context.connectedWordPress();
		const { config } = context;
		const results: BenchResult[] = [];

		// The sidebar is its entry script (loaded with the editor) and the chunks it loads when a panel opens.
		const folder = 'plugin/build/blocks/editor-sidebar';
		const chunks = readdirSync( resolve( ROOT, folder ) ).filter( ( file ) => /^\d+\.js$/.test( file ) ).map( ( file ) => `${ folder }/${ file }` );
		const eager = [ `${ folder }/index.js`, `${ folder }/index.css` ];
		results.push( { name: 'sidebar script + style + on-demand chunks, gzipped', value: gzipKb( [ ...eager, ...chunks ] ), unit: 'KB', detail: `${ folder }/index.{js,css} and ${ chunks.length } chunks`, target: 60 } );
		results.push( { name: 'sidebar loaded with the editor (before it opens), gzipped', value: gzipKb( eager ), unit: 'KB', detail: `${ folder }/index.{js,css}` } );

		const content = fiveThousandWordContent();
		const postId = Number(
			await wpEval( config, `echo wp_insert_post( [ 'post_title' => 'Editor bench', 'post_status' => 'draft', 'post_content' => wp_slash( ${ JSON.stringify( content ) } ), 'meta_input' => [ '_igny8_target_keyword' => 'home composting' ] ] );` )
		);
		if ( ! postId ) throw new Error( 'could not create the bench post' );
		const url = `${ base }/wp-admin/post.php?post=${ postId }&action=edit`;

		const browser = await chromium.launch( { executablePath: process.env.IGNY8_CHROMIUM ?? '/usr/bin/chromium', args: [ '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking' ] } );
		const restored: number[] = [];
		const opened: number[] = [];
		const inactive: number[] = [];
		try {
			const page = await browser.newPage();
			await page.goto( `${ base }/wp-login.php` );
			await page.fill( '#user_login', config.wpUser );
			await page.fill( '#user_pass', config.wpPassword );
			await page.click( '#wp-submit' );
			await page.waitForURL( /wp-admin/ );
			await wpEval( config, "update_user_meta( get_current_user_id(), $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', [ 'core/edit-post' => [ 'welcomeGuide' => false ], 'core' => [ 'fixedToolbar' => false ] ] ); echo 1;" );
			// Warm-up: PHP opcache and the browser cache in both states.
			await loadEditor( page, url, true );
			await wpEval( config, `deactivate_plugins( '${ PLUGIN }', true ); echo 1;` );
			await loadEditor( page, url, false );
			for ( let i = 0; i < RUNS; i++ ) {
				await wpEval( config, ACTIVATE );
				await leftOpen( page, true );
				restored.push( await loadEditor( page, url, true ) );
				await leftOpen( page, false );
				opened.push( await loadEditor( page, url, true ) );
				await wpEval( config, `deactivate_plugins( '${ PLUGIN }', true ); echo 1;` );
				inactive.push( await loadEditor( page, url, false ) );
			}
		} finally {
			await wpEval( config, ACTIVATE ).catch( () => undefined );
			await browser.close();
		}
		// Each iteration's runs follow each other within seconds, so their ratio cancels the
		// machine's drift between iterations; its spread says how far one figure can be trusted.
		const paired = ( active: number[] ) => {
			const ratios = active.map( ( value, i ) => value / inactive[ i ]! );
			return `per-iteration ratio median ${ median( ratios ).toFixed( 3 ) }, quartiles ${ percentile( ratios, 25 ).toFixed( 3 ) }–${ percentile( ratios, 75 ).toFixed( 3 ) }`;
		};
		const off = median( inactive );
		const withSidebar = median( restored );
		const openedLater = median( opened );
		results.push( {
			name: 'block editor load, plugin active / inactive (5,000-word post)',
			value: withSidebar / off,
			unit: '×',
			detail: `active ${ withSidebar.toFixed( 0 ) } ms (IGNY8 sidebar open with the editor, score shown) / inactive ${ off.toFixed( 0 ) } ms (Post settings open); median of ${ RUNS } alternating runs in Chromium; ${ paired( restored ) }`,
			target: 1.1,
		} );
		results.push( {
			name: 'the same, IGNY8 sidebar opened after the load',
			value: openedLater / off,
			unit: '×',
			detail: `active ${ openedLater.toFixed( 0 ) } ms (the editor loaded with Post settings, then IGNY8's sidebar opened until its score shows: ${ ( openedLater - off ).toFixed( 0 ) } ms more than inactive) / inactive ${ off.toFixed( 0 ) } ms; ${ paired( opened ) }`,
		} );
		return results;
	},
};

export default bench;

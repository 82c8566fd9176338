/**
 * The seed's whole workflow through the wp-admin screens, in Chromium against the real
 * WordPress and Worker (the fake model is the only double): import keywords from a CSV →
 * Auto cluster → Generate ideas → Create tasks → Generate content and images → open the
 * draft in the block editor → publish → the task shows Published. Screenshots of every
 * Dashboard and Planner view are saved for review.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screenshotPath } from '../lib/artifacts';
import { seriousA11yViolations, WCAG21_AA } from '../lib/axe';
import { collectConsoleErrors, expectNoPhpErrors, wpEvalJson } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
// One word that ends every keyword: the fake model names a cluster after the last word.
const token = `zq${ Date.now().toString( 36 ) }`;
const cluster = token.charAt( 0 ).toUpperCase() + token.slice( 1 );
const idea = `The complete guide to ${ token }`;

/** A WordPress REST call inside the test site as the admin (scripts/wp/rest.php). */
function wpRest( method: string, route: string, body: unknown = {} ): { status: number; data: unknown } {
	const out = execFileSync( 'php', [ resolve( __dirname, '../../scripts/wp/rest.php' ), method, route, JSON.stringify( body ) ], { env: process.env, encoding: 'utf8' } );
	return JSON.parse( out ) as { status: number; data: unknown };
}

/** The DataViews bulk-action button (the footer that appears once rows are selected). */
// The pipeline's actions are labelled buttons above each table.
const bulkAction = ( page: Page, name: string ) => page.getByRole( 'toolbar', { name: 'Actions on the selected rows' } ).getByRole( 'button', { name } );

/** Confirms the estimate modal of a job action: the credits and balance are shown first. */
async function confirmEstimate( page: Page, title: string ): Promise<void> {
	const dialog = page.getByRole( 'dialog', { name: title } );
	await expect( dialog ).toBeVisible();
	await expect( dialog.getByText( 'Credits needed (at most)' ) ).toBeVisible();
	await expect( dialog.getByTestId( 'igny8-estimate-balance' ) ).toHaveText( /\d/ );
	await dialog.getByRole( 'button', { name: 'Start' } ).click();
}

test.describe.configure( { mode: 'serial' } );

test.beforeAll( () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	// The browser specs start disconnected; connecting through Settings is article-flow's subject.
	const connected = wpRest( 'POST', '/igny8/v1/system/connection', { cloud_url: cloudUrl, api_key: siteKey } );
	expect( connected.status ).toBe( 200 );
} );

test( 'the dashboard shows the pipeline, the credits left and links to each stage', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8' );
	await expectNoPhpErrors( page );
	const pipeline = page.getByRole( 'list', { name: 'Content pipeline' } );
	for ( const stage of [ 'Keywords', 'Clusters', 'Ideas', 'Tasks', 'Drafts', 'Published' ] ) {
		await expect( pipeline.getByRole( 'link', { name: new RegExp( ` ${ stage } — open the list` ) } ) ).toBeVisible();
	}
	await expect( page.getByTestId( 'igny8-credits-left' ) ).toHaveText( /^[\d,.\s]+$/ );
	await expect( page.getByRole( 'heading', { name: 'Recent jobs' } ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'dashboard' ), fullPage: true } );
	await pipeline.getByRole( 'link', { name: / Clusters — open the list/ } ).click();
	await expect( page ).toHaveURL( /page=igny8-planner&tab=clusters/ );
	await expect( page.getByRole( 'tab', { name: 'Clusters', selected: true } ) ).toBeVisible();
	expect( errors ).toEqual( [] );
} );

test( 'keywords are imported from a CSV with a preview, a mapping and a report of rejected rows', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-planner' );
	await expect( page.getByRole( 'tab', { name: 'Keywords', selected: true } ) ).toBeVisible();
	await page.getByRole( 'button', { name: 'Import keywords' } ).first().click();
	const dialog = page.getByRole( 'dialog', { name: 'Import keywords' } );
	const csv = [
		'Term,Monthly volume,KD,Search intent',
		`trail running ${ token },1900,34,informational`,
		`running shoes ${ token },5400,61,commercial`,
		`marathon plan ${ token },880,22,informational`,
		`broken row ${ token },lots,10,informational`,
	].join( '\n' );
	await dialog.getByLabel( 'Keyword file' ).setInputFiles( { name: `keywords-${ token }.csv`, mimeType: 'text/csv', buffer: Buffer.from( csv ) } );
	await dialog.getByRole( 'button', { name: 'Upload and preview' } ).click();

	// Preview of the first rows, read with the suggested mapping; the bad row says why.
	const preview = dialog.getByRole( 'table', { name: 'First rows of the file' } );
	await expect( preview.getByRole( 'cell', { name: `trail running ${ token }` } ).first() ).toBeVisible();
	await dialog.getByLabel( 'Keyword (required)' ).selectOption( { label: 'Column 1: Term' } );
	await dialog.getByLabel( 'Search volume' ).selectOption( { label: 'Column 2: Monthly volume' } );
	await dialog.getByLabel( 'Difficulty' ).selectOption( { label: 'Column 3: KD' } );
	await dialog.getByLabel( 'Intent' ).selectOption( { label: 'Column 4: Search intent' } );
	await dialog.getByRole( 'button', { name: 'Update preview' } ).click();
	await expect( preview.getByText( /Rejected: search volume "lots" is not a number/ ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'planner-import-preview' ), fullPage: true } );

	await dialog.getByRole( 'button', { name: 'Import', exact: true } ).click();
	await expect( dialog.getByText( /Import finished: 3 keywords imported, 0 duplicates merged, 1 row rejected\./ ) ).toBeVisible( { timeout: 30_000 } );
	const [ download ] = await Promise.all( [ page.waitForEvent( 'download' ), dialog.getByRole( 'link', { name: 'Download rejected rows (CSV)' } ).click() ] );
	const report = readFileSync( await download.path(), 'utf8' );
	expect( report ).toContain( 'line,reason,row' );
	expect( report ).toContain( `broken row ${ token }` );
	await dialog.getByRole( 'button', { name: 'Done' } ).click();

	await page.getByRole( 'searchbox', { name: 'Search keywords' } ).fill( token );
	for ( const keyword of [ 'trail running', 'running shoes', 'marathon plan' ] ) {
		await expect( page.getByRole( 'checkbox', { name: `${ keyword } ${ token }` } ) ).toBeVisible();
	}
	await page.screenshot( { path: screenshotPath( 'planner-keywords' ), fullPage: true } );
	expect( errors ).toEqual( [] );
} );

test( 'keywords → Auto cluster → Generate ideas → Create tasks from the Planner tables', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=keywords' );
	await page.getByRole( 'searchbox', { name: 'Search keywords' } ).fill( token );
	for ( const keyword of [ 'trail running', 'running shoes', 'marathon plan' ] ) {
		await page.getByRole( 'checkbox', { name: `${ keyword } ${ token }` } ).check();
	}
	await bulkAction( page, 'Auto cluster' ).click();
	await confirmEstimate( page, 'Auto cluster' );
	await expect( page.locator( '.igny8-job-progress' ).getByRole( 'progressbar' ) ).toBeVisible();
	const clustered = page.locator( '.igny8-notice', { hasText: 'Auto cluster finished' } );
	await expect( clustered ).toBeVisible( { timeout: 90_000 } );
	await clustered.getByRole( 'link', { name: 'View clusters' } ).click();

	await expect( page.getByRole( 'tab', { name: 'Clusters', selected: true } ) ).toBeVisible();
	await page.getByRole( 'searchbox', { name: 'Search clusters' } ).fill( token );
	await page.getByRole( 'checkbox', { name: cluster, exact: true } ).check();
	await page.screenshot( { path: screenshotPath( 'planner-clusters' ), fullPage: true } );
	await bulkAction( page, 'Generate ideas' ).click();
	await confirmEstimate( page, 'Generate ideas' );
	const ideas = page.locator( '.igny8-notice', { hasText: 'Generate ideas finished' } );
	await expect( ideas ).toBeVisible( { timeout: 90_000 } );
	await ideas.getByRole( 'link', { name: 'View ideas' } ).click();

	await expect( page.getByRole( 'tab', { name: 'Ideas', selected: true } ) ).toBeVisible();
	await page.getByRole( 'searchbox', { name: 'Search ideas' } ).fill( token );
	await page.getByRole( 'checkbox', { name: idea, exact: true } ).check();
	await page.screenshot( { path: screenshotPath( 'planner-ideas' ), fullPage: true } );
	await bulkAction( page, 'Create tasks' ).click();
	await confirmEstimate( page, 'Create tasks' );
	const tasks = page.locator( '.igny8-notice', { hasText: '1 task is ready in the Writer.' } );
	await expect( tasks ).toBeVisible( { timeout: 30_000 } );
	await expect( tasks.getByRole( 'link', { name: 'View tasks' } ) ).toHaveAttribute( 'href', /page=igny8-writer&tab=tasks/ );

	const stored = wpEvalJson<{ tasks: number }>(
		`global $wpdb; echo wp_json_encode( [ 'tasks' => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}igny8_tasks WHERE title = %s", ${ JSON.stringify( idea ) } ) ) ] );`
	);
	expect( stored.tasks ).toBe( 1 );
	expect( errors ).toEqual( [] );
} );

test( 'tasks → Generate content and images → the draft opens in the block editor → publish → the task shows Published', async ( { page } ) => {
	await page.goto( '/wp-admin/admin.php?page=igny8-writer&tab=tasks' );
	await expect( page.getByRole( 'tab', { name: 'Tasks', selected: true } ) ).toBeVisible();
	const row = page.getByRole( 'checkbox', { name: idea, exact: true } );
	await row.check();
	await bulkAction( page, 'Generate content' ).click();
	await confirmEstimate( page, 'Generate content' );
	const edit = page.getByRole( 'link', { name: 'Edit draft' } );
	await expect( edit ).toBeVisible( { timeout: 120_000 } );
	const href = ( await edit.getAttribute( 'href' ) ) ?? '';
	const postId = Number( /post=(\d+)/.exec( href )?.[ 1 ] );
	expect( postId ).toBeGreaterThan( 0 );

	await page.getByRole( 'checkbox', { name: idea, exact: true } ).check();
	await bulkAction( page, 'Generate images' ).click();
	await confirmEstimate( page, 'Generate images' );
	await expect( page.locator( '.igny8-notice', { hasText: /Generate images finished/ } ) ).toBeVisible( { timeout: 120_000 } );

	// Each image keeps its prompt; Regenerate draws the featured one again in its place.
	const featuredOf = () => wpEvalJson<{ id: number; prompt: string }>( `$id = (int) get_post_thumbnail_id( ${ postId } ); echo wp_json_encode( [ 'id' => $id, 'prompt' => get_post_meta( $id, '_igny8_image_prompt', true ) ] );` );
	// The images job follows the prompts job; its result lands a moment later.
	await expect.poll( () => featuredOf().id, { timeout: 120_000 } ).toBeGreaterThan( 0 );
	const featuredBefore = featuredOf().id;
	await page.getByRole( 'tab', { name: 'Images' } ).click();
	const imageRow = page.getByRole( 'row' ).filter( { hasText: 'Featured image' } ).filter( { has: page.locator( `a[href$="post=${ postId }&action=edit"]` ) } );
	await imageRow.getByRole( 'button', { name: 'Actions' } ).click();
	await page.getByRole( 'menuitem', { name: 'Regenerate' } ).click();
	const redraw = page.getByRole( 'dialog', { name: 'Regenerate image' } );
	const prompt = redraw.getByLabel( 'Prompt' );
	await expect( prompt ).not.toHaveValue( '' );
	await prompt.fill( '' );
	await redraw.getByRole( 'button', { name: 'Regenerate' } ).click();
	await expect( redraw.getByText( 'Write what the image should show.' ) ).toBeVisible();
	// Judged with its error showing: the field's message must be as readable as the rest.
	expect( await seriousA11yViolations( page, '.components-modal__frame', WCAG21_AA ), 'the Regenerate image dialog' ).toEqual( [] );
	await prompt.fill( 'A watering can beside raised beds at dawn' );
	await redraw.getByRole( 'button', { name: 'Regenerate' } ).click();
	await expect( page.locator( '.igny8-notice', { hasText: 'The new image replaced the old one in its post.' } ) ).toBeVisible( { timeout: 120_000 } );
	const featuredAfter = featuredOf();
	expect( featuredAfter.id ).not.toBe( featuredBefore );
	expect( featuredAfter.prompt ).toBe( 'A watering can beside raised beds at dawn' );

	await page.goto( href );
	await page.waitForFunction( () => {
		const wp = ( window as unknown as { wp?: { data?: { select: ( store: string ) => { getBlocks?: () => unknown[] } | undefined } } } ).wp;
		return ( wp?.data?.select( 'core/block-editor' )?.getBlocks?.().length ?? 0 ) > 0;
	} );
	// The welcome guide may cover the editor on a first visit.
	await page.keyboard.press( 'Escape' );
	await page.getByRole( 'region', { name: 'Editor top bar' } ).getByRole( 'button', { name: 'Publish', exact: true } ).click();
	await page.getByRole( 'region', { name: 'Editor publish' } ).getByRole( 'button', { name: 'Publish', exact: true } ).click();
	await expect( page.getByText( /is now live/ ).first() ).toBeVisible( { timeout: 30_000 } );
	expect( wpEvalJson<{ status: string }>( `echo wp_json_encode( [ 'status' => get_post_status( ${ postId } ) ] );` ).status ).toBe( 'publish' );

	await page.goto( '/wp-admin/admin.php?page=igny8-writer&tab=tasks' );
	const taskRow = page.getByRole( 'row' ).filter( { has: page.getByRole( 'checkbox', { name: idea, exact: true } ) } );
	await expect( taskRow.getByText( 'Published' ) ).toBeVisible( { timeout: 30_000 } );

	await page.goto( '/wp-admin/admin.php?page=igny8' );
	await expect( page.getByRole( 'list', { name: 'Content pipeline' } ).getByRole( 'link', { name: / Published — open the list/ } ) ).not.toHaveText( /^0/ );
	await page.screenshot( { path: screenshotPath( 'dashboard-after-publish' ), fullPage: true } );
} );

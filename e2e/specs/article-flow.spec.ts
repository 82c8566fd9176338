/**
 * The walking skeleton in a real browser: connect the site to the Worker from
 * Settings, generate an article from the Writer screen, and open the draft in
 * the block editor with every block valid.
 */
import { test, expect } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { collectConsoleErrors, editorBlockValidity, expectNoPhpErrors, wpEvalJson } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';

test.describe.configure( { mode: 'serial' } );

test( 'settings explains an unreachable cloud and keeps what was typed', async ( { page } ) => {
	await page.goto( '/wp-admin/admin.php?page=igny8-settings' );
	await page.getByLabel( 'Cloud URL' ).fill( 'http://127.0.0.1:9' );
	await page.getByLabel( 'Site API key' ).fill( 'igny8_sk_not-a-real-key' );
	await page.getByRole( 'button', { name: 'Connect', exact: true } ).click();
	await expect( page.locator( '.components-notice', { hasText: /could not reach the IGNY8 cloud/i } ) ).toBeVisible();
	await expect( page.getByLabel( 'Cloud URL' ) ).toHaveValue( 'http://127.0.0.1:9' );
	await expect( page.getByLabel( 'Site API key' ) ).toHaveValue( 'igny8_sk_not-a-real-key' );
	await expectNoPhpErrors( page );
} );

test( 'settings connects the site with its API key', async ( { page } ) => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-settings' );
	await page.getByLabel( 'Cloud URL' ).fill( cloudUrl );
	await page.getByLabel( 'Site API key' ).fill( siteKey );
	await page.getByRole( 'button', { name: 'Connect', exact: true } ).click();
	await expect( page.getByText( 'Test Agency', { exact: true } ) ).toBeVisible();
	await page.getByRole( 'button', { name: 'Test connection' } ).click();
	await expect( page.locator( '.components-notice', { hasText: /connection works/i } ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'settings' ), fullPage: true } );

	// The key is stored encrypted and never printed into the page.
	expect( await page.content() ).not.toContain( siteKey );
	const stored = wpEvalJson<{ raw: string }>( "echo wp_json_encode( [ 'raw' => (string) get_option( 'igny8_api_key' ) ] );" );
	expect( stored.raw ).not.toBe( '' );
	expect( stored.raw ).not.toContain( siteKey );
	expect( errors ).toEqual( [] );
} );

test( 'writer generates an article that opens in the block editor with valid blocks', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-writer' );
	// A title of its own run: the task it makes is counted below.
	const title = `Trail running for beginners ${ Date.now().toString( 36 ) }`;
	await page.getByLabel( 'Title', { exact: true } ).fill( title );
	await page.getByLabel( 'Brief' ).fill( 'A friendly first guide: shoes, pacing, safety and a four-week plan.' );
	await page.getByRole( 'button', { name: 'Generate', exact: true } ).click();
	// The price comes first, as everywhere credits are spent; Cancel starts nothing and keeps the task.
	const priced = page.getByRole( 'dialog', { name: 'Generate content' } );
	await expect( priced.getByTestId( 'igny8-estimate-credits' ) ).toHaveText( /^[1-9]\d*$/ );
	await expect( priced.getByTestId( 'igny8-estimate-balance' ) ).toHaveText( /\d/ );
	await priced.getByRole( 'button', { name: 'Cancel' } ).click();
	await expect( page.getByText( 'Nothing was started and no credits were used.', { exact: true } ) ).toBeVisible();
	await expect( page.getByRole( 'progressbar' ) ).toHaveCount( 0 );
	const tasksBefore = wpEvalJson<{ tasks: number; jobs: number }>(
		`global $wpdb; echo wp_json_encode( [ 'tasks' => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}igny8_tasks WHERE title = %s", ${ JSON.stringify( title ) } ) ), 'jobs' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}igny8_jobs" ) ] );`
	);
	expect( tasksBefore.tasks ).toBe( 1 );
	await page.getByRole( 'button', { name: 'Generate', exact: true } ).click();
	await priced.getByRole( 'button', { name: 'Start' } ).click();
	await expect( page.getByRole( 'progressbar' ) ).toBeVisible();
	const tasksAfter = wpEvalJson<{ tasks: number; jobs: number }>(
		`global $wpdb; echo wp_json_encode( [ 'tasks' => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}igny8_tasks WHERE title = %s", ${ JSON.stringify( title ) } ) ), 'jobs' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}igny8_jobs" ) ] );`
	);
	// The same task is reused; only Start made a job.
	expect( tasksAfter.tasks ).toBe( 1 );
	expect( tasksAfter.jobs ).toBe( tasksBefore.jobs + 1 );
	const editLink = page.getByRole( 'link', { name: 'Edit draft' } );
	await expect( editLink ).toBeVisible( { timeout: 90_000 } );
	await page.screenshot( { path: screenshotPath( 'writer' ), fullPage: true } );

	const href = ( await editLink.getAttribute( 'href' ) ) ?? '';
	const postId = Number( /post=(\d+)/.exec( href )?.[ 1 ] );
	expect( postId ).toBeGreaterThan( 0 );
	const post = wpEvalJson<{ status: string; content: string; meta: Record<string, string> }>(
		`$p = get_post( ${ postId } ); $m = []; foreach ( [ '_igny8_task_id', '_igny8_content_id', '_igny8_managed', '_igny8_last_synced' ] as $k ) { $m[ $k ] = (string) get_post_meta( $p->ID, $k, true ); } echo wp_json_encode( [ 'status' => $p->post_status, 'content' => $p->post_content, 'meta' => $m ] );`
	);
	expect( post.status ).toBe( 'draft' );
	expect( post.content ).toContain( '<!-- wp:heading' );
	expect( post.content ).not.toMatch( /<script|onerror=|onclick=/i );
	expect( Number( post.meta._igny8_task_id ) ).toBeGreaterThan( 0 );
	expect( post.meta._igny8_content_id ).not.toBe( '' );
	expect( post.meta._igny8_managed ).toBe( '1' );
	expect( post.meta._igny8_last_synced ).toMatch( /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/ );

	await editLink.click();
	const validity = await editorBlockValidity( page );
	expect( validity.total ).toBeGreaterThan( 3 );
	expect( validity.invalid ).toEqual( [] );
	await page.screenshot( { path: screenshotPath( 'editor-draft' ) } );
	expect( errors.filter( ( error ) => /block validation|invalid block/i.test( error ) ) ).toEqual( [] );
} );

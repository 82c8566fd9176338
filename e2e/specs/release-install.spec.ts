/**
 * The release zip as a user meets it, on a clean WordPress that has never seen IGNY8 (npm test
 * starts it beside the test site, without the repo's plugin linked in): Plugins → Add New →
 * Upload Plugin, activate, connect to the local Worker, generate an article; then delete it
 * twice — once after choosing to keep the data (everything is back on reinstall), once with
 * the default choice (every table, option, cron event, meta key and capability is gone).
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { collectConsoleErrors, expectNoPhpErrors, wpEvalJson } from '../lib/wordpress';

const cleanUrl = process.env.IGNY8_TEST_CLEAN_WP_URL ?? '';
const cleanState = process.env.IGNY8_TEST_CLEAN_STATE_DIR ?? '';
const siteKey = process.env.IGNY8_TEST_CLEAN_SITE_KEY ?? '';
const releaseZip = process.env.IGNY8_TEST_RELEASE_ZIP ?? '';
const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';

test.describe.configure( { mode: 'serial' } );

let context: BrowserContext;
let page: Page;
let draftId = 0;

/** What IGNY8 may have left in the clean site, read from its database and files. */
interface Leftovers {
	plugin_dir: boolean;
	tables: string[];
	options: string[];
	post_meta: string[];
	user_meta: string[];
	cron: string[];
	caps: string[];
	import_dir: boolean;
	draft_exists: boolean;
}

const inspect = ( postId: number ): Leftovers =>
	wpEvalJson<Leftovers>(
		`global $wpdb;
		$caps = array();
		foreach ( wp_roles()->roles as $name => $role ) {
			foreach ( array_keys( $role['capabilities'] ) as $cap ) {
				if ( str_contains( $cap, 'igny8' ) ) { $caps[] = "{$name}:{$cap}"; }
			}
		}
		$cron = array();
		foreach ( (array) _get_cron_array() as $events ) {
			foreach ( array_keys( (array) $events ) as $hook ) {
				if ( str_contains( (string) $hook, 'igny8' ) ) { $cron[] = $hook; }
			}
		}
		$like = '%' . $wpdb->esc_like( 'igny8' ) . '%';
		echo wp_json_encode( array(
			'plugin_dir'   => file_exists( WP_PLUGIN_DIR . '/igny8' ),
			'tables'       => $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $like ) ),
			'options'      => $wpdb->get_col( $wpdb->prepare( 'SELECT option_name FROM %i WHERE option_name LIKE %s', $wpdb->options, $like ) ),
			'post_meta'    => $wpdb->get_col( $wpdb->prepare( 'SELECT DISTINCT meta_key FROM %i WHERE meta_key LIKE %s', $wpdb->postmeta, $like ) ),
			'user_meta'    => $wpdb->get_col( $wpdb->prepare( 'SELECT DISTINCT meta_key FROM %i WHERE meta_key LIKE %s', $wpdb->usermeta, $like ) ),
			'cron'         => array_values( array_unique( $cron ) ),
			'caps'         => $caps,
			'import_dir'   => is_dir( wp_upload_dir( null, false )['basedir'] . '/igny8-imports' ),
			'draft_exists' => null !== get_post( ${ postId } ),
		) );`,
		cleanState
	);

async function uploadAndActivate(): Promise<void> {
	await page.goto( '/wp-admin/plugin-install.php' );
	await page.locator( '.upload-view-toggle' ).click();
	await page.locator( '#pluginzip' ).setInputFiles( releaseZip );
	await page.locator( '#install-plugin-submit' ).click();
	await expect( page.getByText( 'Plugin installed successfully.' ) ).toBeVisible();
	await expectNoPhpErrors( page );
	await page.getByRole( 'link', { name: 'Activate Plugin' } ).click();
	// A single activation opens the Setup wizard once (setup is not complete on either install).
	await expect( page ).toHaveURL( /page=igny8-setup/ );
	await expect( page.getByRole( 'heading', { name: 'Set up IGNY8' } ) ).toBeVisible();
	await expectNoPhpErrors( page );
	await page.goto( '/wp-admin/plugins.php' );
	await expect( page.locator( 'tr[data-slug="igny8"].active' ) ).toBeVisible();
	await expectNoPhpErrors( page );
}

async function deactivateAndDelete(): Promise<void> {
	await page.goto( '/wp-admin/plugins.php' );
	const row = page.locator( 'tr[data-slug="igny8"]' );
	await row.getByRole( 'link', { name: /^Deactivate/ } ).click();
	await expect( page.locator( '#message, .notice' ).filter( { hasText: 'Plugin deactivated.' } ) ).toBeVisible();
	// Clicked before updates.js binds it, Delete would follow its no-JavaScript link to another page:
	// the handlers are bound on DOM ready, which a loaded page is past (a busy machine widens the gap).
	await page.waitForLoadState( 'load' );
	await page.waitForFunction( () => Boolean( ( window as unknown as { wp?: { updates?: { deletePlugin?: unknown } } } ).wp?.updates?.deletePlugin ) );
	page.once( 'dialog', ( dialog ) => void dialog.accept() );
	await page.locator( 'tr[data-slug="igny8"]' ).getByRole( 'link', { name: /^Delete/ } ).click();
	await expect( page.getByText( /IGNY8 was successfully deleted/ ) ).toBeVisible( { timeout: 60_000 } );
	await expectNoPhpErrors( page );
}

test.beforeAll( async ( { browser } ) => {
	expect( cleanUrl, 'IGNY8_TEST_CLEAN_WP_URL is set by npm test (scripts/lib/clean-site.ts)' ).not.toBe( '' );
	expect( existsSync( releaseZip ), `the release zip ${ releaseZip } exists` ).toBe( true );
	context = await browser.newContext( { baseURL: cleanUrl, storageState: { cookies: [], origins: [] } } );
	page = await context.newPage();
	await page.goto( '/wp-login.php' );
	await page.fill( '#user_login', process.env.IGNY8_WP_USER ?? 'admin' );
	await page.fill( '#user_pass', process.env.IGNY8_WP_PASSWORD ?? 'password' );
	await Promise.all( [ page.waitForURL( /wp-admin/ ), page.click( '#wp-submit' ) ] );
} );

test.afterAll( async () => {
	await context?.close();
} );

test( 'the clean site has never seen IGNY8', () => {
	const before = inspect( 0 );
	expect( before ).toMatchObject( { plugin_dir: false, tables: [], options: [], post_meta: [], cron: [], caps: [] } );
} );

test( 'the zip uploads through Plugins → Add New, activates, connects and writes an article', async () => {
	await uploadAndActivate();
	const errors = collectConsoleErrors( page );

	await page.goto( '/wp-admin/admin.php?page=igny8-settings' );
	await page.getByLabel( 'Cloud URL' ).fill( cloudUrl );
	await page.getByLabel( 'Site API key' ).fill( siteKey );
	await page.getByRole( 'button', { name: 'Connect', exact: true } ).click();
	await expect( page.getByText( 'Clean Install Agency', { exact: true } ) ).toBeVisible();

	await page.goto( '/wp-admin/admin.php?page=igny8-writer' );
	await page.getByLabel( 'Title', { exact: true } ).fill( 'Composting on a balcony' );
	await page.getByLabel( 'Brief' ).fill( 'Bins, what to add, smells and a first harvest.' );
	await page.getByRole( 'button', { name: 'Generate', exact: true } ).click();
	await page.getByRole( 'dialog', { name: 'Generate content' } ).getByRole( 'button', { name: 'Start' } ).click();
	const editLink = page.getByRole( 'link', { name: 'Edit draft' } );
	await expect( editLink ).toBeVisible( { timeout: 90_000 } );
	draftId = Number( /post=(\d+)/.exec( ( await editLink.getAttribute( 'href' ) ) ?? '' )?.[ 1 ] );
	expect( draftId ).toBeGreaterThan( 0 );
	await expectNoPhpErrors( page );
	expect( errors ).toEqual( [] );

	const installed = inspect( draftId );
	expect( installed.plugin_dir ).toBe( true );
	expect( installed.tables.length ).toBeGreaterThan( 5 );
	expect( installed.options ).toContain( 'igny8_connection' );
	expect( installed.post_meta ).toContain( '_igny8_task_id' );
	expect( installed.cron.length ).toBeGreaterThan( 0 );
	expect( installed.caps ).toContain( 'administrator:igny8_manage' );
} );

test( 'deleted after choosing to keep the data, a reinstall finds the connection and the draft’s task again', async () => {
	await page.goto( '/wp-admin/admin.php?page=igny8-settings&tab=data' );
	const keep = page.getByLabel( 'Keep IGNY8’s data when the plugin is deleted' );
	await expect( keep ).not.toBeChecked();
	await keep.check();
	await page.getByRole( 'button', { name: 'Save data settings' } ).click();
	await expect( page.locator( '.components-notice', { hasText: 'Saved. Deleting the plugin will keep IGNY8’s data.' } ) ).toBeVisible();

	await deactivateAndDelete();
	const kept = inspect( draftId );
	expect( kept.plugin_dir ).toBe( false );
	expect( kept.cron, 'no event may fire into a deleted plugin' ).toEqual( [] );
	expect( kept.tables.length ).toBeGreaterThan( 5 );
	expect( kept.options ).toContain( 'igny8_connection' );
	expect( kept.post_meta ).toContain( '_igny8_task_id' );

	await uploadAndActivate();
	await page.goto( '/wp-admin/admin.php?page=igny8-settings' );
	await expect( page.getByText( 'Clean Install Agency', { exact: true } ) ).toBeVisible();
	await page.goto( '/wp-admin/admin.php?page=igny8-writer&tab=drafts' );
	await expect( page.getByText( 'Composting on a balcony' ).first() ).toBeVisible();
} );

test( 'deleted with the default choice, nothing of IGNY8 is left but the posts it wrote', async () => {
	await page.goto( '/wp-admin/admin.php?page=igny8-settings&tab=data' );
	const keep = page.getByLabel( 'Keep IGNY8’s data when the plugin is deleted' );
	await expect( keep ).toBeChecked();
	await keep.uncheck();
	await page.getByRole( 'button', { name: 'Save data settings' } ).click();
	await expect( page.locator( '.components-notice', { hasText: 'Saved. Deleting the plugin will remove IGNY8’s data.' } ) ).toBeVisible();

	await deactivateAndDelete();
	expect( inspect( draftId ) ).toEqual( {
		plugin_dir: false,
		tables: [],
		options: [],
		post_meta: [],
		user_meta: [],
		cron: [],
		caps: [],
		import_dir: false,
		draft_exists: true,
	} );
	// WP_DEBUG is on: the whole life of the plugin on this site logged no notice, warning or deprecation.
	const log = resolve( cleanState, 'wp', 'debug.log' );
	const lines = existsSync( log ) ? readFileSync( log, 'utf8' ).split( '\n' ).filter( ( line ) => /igny8/i.test( line ) ) : [];
	expect( lines ).toEqual( [] );
} );

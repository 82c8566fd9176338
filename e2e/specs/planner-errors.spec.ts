/**
 * The Planner's failures say what happened and lose nothing: an invalid CSV, and a job the
 * cloud refuses with 402 (a real refusal from the Worker: this spec's own tenant, whose owner
 * set the site's monthly credit limit to 0). The selection and the search stay as they were.
 */
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { screenshotPath } from '../lib/artifacts';
import { registerVerifiedOwner } from '../lib/cloud-accounts';
import { collectConsoleErrors, expectNoPhpErrors } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const wpUrl = process.env.IGNY8_TEST_WP_URL ?? '';
const token = `zc${ Date.now().toString( 36 ) }`;
const keywords = [ `compost bins ${ token }`, `worm farms ${ token }` ];

function wpRest( method: string, route: string, body: unknown = {} ): { status: number; data: unknown } {
	const out = execFileSync( 'php', [ resolve( __dirname, '../../scripts/wp/rest.php' ), method, route, JSON.stringify( body ) ], { env: process.env, encoding: 'utf8' } );
	return JSON.parse( out ) as { status: number; data: unknown };
}

/** One call to the Worker's API; returns the envelope's data. */
async function cloud<T>( method: string, path: string, body: unknown, token?: string ): Promise<T> {
	const response = await fetch( `${ cloudUrl }${ path }`, {
		method,
		headers: { 'content-type': 'application/json', ...( token ? { authorization: `Bearer ${ token }` } : {} ) },
		body: JSON.stringify( body ),
	} );
	const envelope = ( await response.json() ) as { success: boolean; data: T; error?: string };
	expect( envelope.success, `${ method } ${ path }: ${ envelope.error ?? '' }` ).toBe( true );
	return envelope.data;
}

// Not serial: each test stands alone on what beforeAll made, so one failure skips no other.

test.beforeAll( async () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	// A tenant of its own whose owner allows this site 0 credits a month: every job is refused with 402.
	const owner = await registerVerifiedOwner( { email: `capped-${ token }@igny8.test`, password: 'capped-password-1', account_name: 'Capped Agency' } );
	const site = await cloud<{ site: { id: string }; api_key: string }>( 'POST', '/api/v1/auth/sites/', { name: 'Capped site', url: wpUrl }, owner.access );
	await cloud( 'PATCH', `/api/v1/auth/sites/${ site.site.id }/`, { monthly_credit_cap: 0 }, owner.access );
	expect( wpRest( 'POST', '/igny8/v1/system/connection', { cloud_url: cloudUrl, api_key: site.api_key } ).status ).toBe( 200 );
	expect( wpRest( 'POST', '/igny8/v1/planner/keywords/bulk_create', { keywords: keywords.map( ( keyword ) => ( { keyword, search_volume: 100 } ) ) } ).status ).toBe( 200 );
} );

test.afterAll( () => {
	// Back to the run's own tenant for the specs that follow.
	wpRest( 'POST', '/igny8/v1/system/connection', { cloud_url: cloudUrl, api_key: siteKey } );
} );

test( 'an invalid CSV shows why and keeps the chosen file', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=keywords' );
	await page.getByRole( 'button', { name: 'Import keywords' } ).first().click();
	const dialog = page.getByRole( 'dialog', { name: 'Import keywords' } );
	await dialog.getByLabel( 'Keyword file' ).setInputFiles( { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from( '' ) } );
	await dialog.getByRole( 'button', { name: 'Upload and preview' } ).click();
	const notice = dialog.locator( '.igny8-notice' );
	await expect( notice ).toContainText( 'The file is empty.' );
	await expect( notice ).toContainText( 'upload it again' );
	await expect( dialog.getByText( 'Chosen: empty.csv' ) ).toBeVisible();
	await expect( dialog.getByRole( 'button', { name: 'Upload and preview' } ) ).toBeEnabled();
	await page.screenshot( { path: screenshotPath( 'planner-import-invalid' ), fullPage: true } );

	// A file whose rows are all invalid: each rejected row says why in the preview.
	await dialog.getByLabel( 'Keyword file' ).setInputFiles( { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from( `Keyword,Volume\n${ 'x'.repeat( 300 ) },10\n` ) } );
	await dialog.getByRole( 'button', { name: 'Upload and preview' } ).click();
	await expect( dialog.getByText( /Rejected: the keyword is longer than 255 characters/ ) ).toBeVisible();
	// The only console line is Chromium's own log of the empty upload's 400 answer; no script error.
	expect( errors ).toEqual( [ 'Failed to load resource: the server responded with a status of 400 (Bad Request)' ] );
} );

test( 'a 402 from the cloud shows why and keeps the search and selection', async ( { page } ) => {
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=keywords' );
	await expectNoPhpErrors( page );
	const search = page.getByRole( 'searchbox', { name: 'Search keywords' } );
	await search.fill( token );
	for ( const keyword of keywords ) await page.getByRole( 'checkbox', { name: keyword } ).check();
	await page.getByRole( 'toolbar', { name: 'Actions on the selected rows' } ).getByRole( 'button', { name: 'Auto cluster' } ).click();
	const dialog = page.getByRole( 'dialog', { name: 'Auto cluster' } );
	await expect( dialog.getByTestId( 'igny8-estimate-credits' ) ).toHaveText( '2' );
	await dialog.getByRole( 'button', { name: 'Start' } ).click();

	const notice = page.locator( '.igny8-notice', { hasText: /monthly limit/ } );
	await expect( notice ).toBeVisible();
	await expect( notice ).toContainText( 'Add credits to your IGNY8 account' );
	await expect( notice ).toContainText( 'Your selection is kept.' );
	await expect( page.locator( '.igny8-job-progress' ) ).toHaveCount( 0 );
	await expect( search ).toHaveValue( token );
	for ( const keyword of keywords ) await expect( page.getByRole( 'checkbox', { name: keyword } ) ).toBeChecked();
	await page.screenshot( { path: screenshotPath( 'planner-402' ), fullPage: true } );
} );

test( 'deleting keywords asks first and Undo brings the same row back', async ( { page } ) => {
	const before = wpRest( 'GET', '/igny8/v1/planner/keywords', { search: keywords[ 0 ] } ).data as Array<Record<string, unknown>>;
	expect( before ).toHaveLength( 1 );
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=keywords' );
	await page.getByRole( 'searchbox', { name: 'Search keywords' } ).fill( token );
	await page.getByRole( 'checkbox', { name: keywords[ 0 ]! } ).check();
	await page.locator( '.dataviews-bulk-actions-footer__action-buttons' ).getByRole( 'button', { name: 'Delete' } ).click();
	const confirm = page.getByRole( 'dialog' ).filter( { hasText: 'Delete 1 keyword?' } );
	await confirm.getByRole( 'button', { name: 'Delete' } ).click();
	await expect( page.getByRole( 'checkbox', { name: keywords[ 0 ]! } ) ).toHaveCount( 0 );
	const snackbar = page.locator( '.components-snackbar', { hasText: 'Deleted 1 keyword.' } );
	await snackbar.getByRole( 'button', { name: 'Undo' } ).click();
	await expect( page.getByRole( 'checkbox', { name: keywords[ 0 ]! } ) ).toBeVisible();
	await expect( page.locator( '.components-snackbar', { hasText: 'Restored 1 keyword.' } ) ).toBeVisible();
	// The very row: same id, same created_at, every column as it was.
	const stored = wpRest( 'GET', '/igny8/v1/planner/keywords', { search: keywords[ 0 ] } ).data as Array<Record<string, unknown>>;
	expect( stored ).toEqual( before );
} );

test( 'Undo of a cluster deletion brings the cluster back under its id with its keywords', async ( { page } ) => {
	const name = `Undo cluster ${ token }`;
	const created = wpRest( 'POST', '/igny8/v1/planner/clusters', { name } );
	expect( created.status ).toBe( 201 );
	const cluster = ( created.data as { id: number } ).id;
	const kept = wpRest( 'GET', '/igny8/v1/planner/keywords', { search: keywords[ 1 ] } ).data as Array<{ id: number }>;
	expect( wpRest( 'PATCH', `/igny8/v1/planner/keywords/${ kept[ 0 ]!.id }`, { cluster_id: cluster } ).status ).toBe( 200 );

	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=clusters' );
	await page.getByRole( 'searchbox', { name: 'Search clusters' } ).fill( name );
	await page.getByRole( 'checkbox', { name } ).check();
	await page.locator( '.dataviews-bulk-actions-footer__action-buttons' ).getByRole( 'button', { name: 'Delete' } ).click();
	await page.getByRole( 'dialog' ).filter( { hasText: 'Delete 1 cluster?' } ).getByRole( 'button', { name: 'Delete' } ).click();
	await expect( page.getByRole( 'checkbox', { name } ) ).toHaveCount( 0 );
	expect( ( wpRest( 'GET', `/igny8/v1/planner/keywords/${ kept[ 0 ]!.id }` ).data as { cluster_id: number | null } ).cluster_id ).toBeNull();

	await page.locator( '.components-snackbar', { hasText: 'Deleted 1 cluster.' } ).getByRole( 'button', { name: 'Undo' } ).click();
	await expect( page.getByRole( 'checkbox', { name } ) ).toBeVisible();
	const back = wpRest( 'GET', `/igny8/v1/planner/clusters/${ cluster }` ).data as { id: number; name: string; keywords_count: number };
	expect( [ back.id, back.name, back.keywords_count ] ).toEqual( [ cluster, name, 1 ] );
	expect( ( wpRest( 'GET', `/igny8/v1/planner/keywords/${ kept[ 0 ]!.id }` ).data as { cluster_id: number } ).cluster_id ).toBe( cluster );
} );

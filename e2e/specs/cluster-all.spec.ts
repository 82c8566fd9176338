/**
 * "Cluster all unclustered" from the Planner's Keywords tab: keywords imported through the UI,
 * then every unclustered keyword clustered with one price, one progress bar and one notice, in
 * Chromium against the real WordPress and Worker (the fake model is the only double).
 */
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { collectConsoleErrors, wpEvalJson } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
// The fake model names a cluster after a keyword's last word: one token, one cluster.
const token = `ca${ Date.now().toString( 36 ) }`;

test.beforeAll( () => {
	const out = execFileSync( 'php', [ resolve( __dirname, '../../scripts/wp/rest.php' ), 'POST', '/igny8/v1/system/connection', JSON.stringify( { cloud_url: cloudUrl, api_key: siteKey } ) ], { env: process.env, encoding: 'utf8' } );
	expect( ( JSON.parse( out ) as { status: number } ).status ).toBe( 200 );
} );

test( 'every unclustered keyword is clustered from one button, priced first, followed by one bar', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=keywords' );
	await page.getByRole( 'button', { name: 'Import keywords' } ).first().click();
	const dialog = page.getByRole( 'dialog', { name: 'Import keywords' } );
	const csv = [ 'Term,Monthly volume', ...[ 'tent', 'stove', 'lantern', 'hammock' ].map( ( item, index ) => `camping ${ item } ${ token },${ 100 + index }` ) ].join( '\n' );
	await dialog.getByLabel( 'Keyword file' ).setInputFiles( { name: `all-${ token }.csv`, mimeType: 'text/csv', buffer: Buffer.from( csv ) } );
	await dialog.getByRole( 'button', { name: 'Upload and preview' } ).click();
	await dialog.getByLabel( 'Keyword (required)' ).selectOption( { label: 'Column 1: Term' } );
	await dialog.getByLabel( 'Search volume' ).selectOption( { label: 'Column 2: Monthly volume' } );
	await dialog.getByRole( 'button', { name: 'Update preview' } ).click();
	await dialog.getByRole( 'button', { name: 'Import', exact: true } ).click();
	await expect( dialog.getByText( /Import finished: 4 keywords imported/ ) ).toBeVisible( { timeout: 30_000 } );
	await dialog.getByRole( 'button', { name: 'Done' } ).click();

	await page.getByRole( 'button', { name: 'Cluster all unclustered' } ).click();
	const priced = page.getByRole( 'dialog', { name: 'Auto cluster' } );
	await expect( priced.getByText( /Group every keyword that has no cluster yet into topic clusters, in \d+ jobs?\./ ) ).toBeVisible();
	await expect( priced.getByTestId( 'igny8-estimate-credits' ) ).toHaveText( /^[1-9][\d,]*$/ );
	await priced.getByRole( 'button', { name: 'Start' } ).click();
	await expect( page.locator( '.igny8-job-progress' ).getByRole( 'progressbar' ) ).toBeVisible();
	await expect( page.locator( '.igny8-notice', { hasText: 'Auto cluster finished' } ) ).toBeVisible( { timeout: 120_000 } );

	const left = wpEvalJson<{ unclustered: number }>(
		`global $wpdb; echo wp_json_encode( [ 'unclustered' => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}igny8_keywords WHERE keyword LIKE %s AND cluster_id IS NULL", '%' . $wpdb->esc_like( '${ token }' ) ) ) ] );`
	);
	expect( left.unclustered ).toBe( 0 );
	expect( errors ).toEqual( [] );
} );

/**
 * Runs after `npm test` has stopped the Worker (the site is still connected to it): the Planner
 * keeps working on local data, a pipeline action says the cloud is unreachable before anything
 * starts, and the search and selection stay; the Dashboard shows its counts with the credits
 * "unavailable" and why.
 */
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { screenshotPath } from '../lib/artifacts';
import { expectNoPhpErrors } from '../lib/wordpress';

const token = `zd${ Date.now().toString( 36 ) }`;
const keyword = `leaf mould ${ token }`;

function wpRest( method: string, route: string, body: unknown = {} ): { status: number; data: unknown } {
	const out = execFileSync( 'php', [ resolve( __dirname, '../../scripts/wp/rest.php' ), method, route, JSON.stringify( body ) ], { env: process.env, encoding: 'utf8' } );
	return JSON.parse( out ) as { status: number; data: unknown };
}

test.beforeAll( () => {
	// Keywords are local: adding them needs no cloud.
	expect( wpRest( 'POST', '/igny8/v1/planner/keywords/bulk_create', { keywords: [ { keyword, search_volume: 50 } ] } ).status ).toBe( 200 );
} );

test( 'planner says the cloud is unreachable and keeps the search and selection', async ( { page } ) => {
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=keywords' );
	await expectNoPhpErrors( page );
	const search = page.getByRole( 'searchbox', { name: 'Search keywords' } );
	await search.fill( token );
	const row = page.getByRole( 'checkbox', { name: keyword } );
	await row.check();
	await page.getByRole( 'toolbar', { name: 'Actions on the selected rows' } ).getByRole( 'button', { name: 'Auto cluster' } ).click();
	const notice = page.locator( '.igny8-notice', { hasText: /could not reach the IGNY8 cloud/i } );
	await expect( notice ).toBeVisible();
	await expect( notice.getByRole( 'link', { name: 'Open IGNY8 Settings' } ) ).toBeVisible();
	await expect( page.getByRole( 'dialog', { name: 'Auto cluster' } ) ).toHaveCount( 0 );
	await expect( search ).toHaveValue( token );
	await expect( row ).toBeChecked();
	await page.screenshot( { path: screenshotPath( 'planner-cloud-down' ), fullPage: true } );
} );

test( 'dashboard shows the counts and says why the credits are unavailable', async ( { page } ) => {
	await page.goto( '/wp-admin/admin.php?page=igny8' );
	await expectNoPhpErrors( page );
	await expect( page.getByTestId( 'igny8-credits-left' ) ).toHaveText( 'Unavailable' );
	await expect( page.locator( '.igny8-notice', { hasText: /Credits left are unavailable: Could not reach the IGNY8 cloud/ } ) ).toBeVisible();
	await expect( page.getByRole( 'list', { name: 'Content pipeline' } ).getByRole( 'link', { name: / Keywords — open the list/ } ) ).not.toHaveText( /^0/ );
	await page.screenshot( { path: screenshotPath( 'dashboard-cloud-down' ), fullPage: true } );
} );

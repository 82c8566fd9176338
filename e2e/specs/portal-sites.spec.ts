/**
 * Sites under control in Chromium: the plan's site limit and its upgrade message (the typed values
 * kept), a site's own page, renaming and capping it (a bad cap keeps what was typed), suspending it
 * (its jobs refused with the reason) and resuming it — the last part with JavaScript turned off.
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { registerVerifiedOwner } from '../lib/cloud-accounts';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const run = `${ Date.now().toString( 36 ) }${ Math.random().toString( 36 ).slice( 2, 6 ) }`;
const owner = { email: `sites-owner-${ run }@igny8.test`, password: 'sites-password-1', account_name: `Sites Agency ${ run }` };

test.describe.configure( { mode: 'serial' } );

let context: BrowserContext;
let portal: Page;
let apiKey = '';

test.beforeAll( async ( { browser } ) => {
	await registerVerifiedOwner( owner );
	context = await browser.newContext( { baseURL: cloudUrl, storageState: { cookies: [], origins: [] }, javaScriptEnabled: false } );
	portal = await context.newPage();
	await portal.goto( '/portal/login' );
	await portal.getByLabel( 'Email' ).fill( owner.email );
	await portal.getByLabel( 'Password' ).fill( owner.password );
	await portal.getByRole( 'button', { name: 'Log in' } ).click();
	await expect( portal ).toHaveURL( /\/portal\/overview$/ );
} );

test.afterAll( async () => {
	await context?.close();
} );

async function addSite( name: string ) {
	await portal.goto( '/portal/sites' );
	await portal.getByLabel( 'Site name' ).fill( name );
	await portal.getByLabel( 'Site address' ).fill( `https://${ name.toLowerCase().replace( /[^a-z0-9]+/g, '-' ) }.example` );
	await portal.getByRole( 'button', { name: 'Add site' } ).click();
}

test( 'the plan’s site limit says how to make room, keeping what was typed', async () => {
	for ( const name of [ `Alpha ${ run }`, `Beta ${ run }`, `Gamma ${ run }` ] ) {
		await addSite( name );
		await expect( portal.getByRole( 'heading', { name: 'Site added' } ) ).toBeVisible();
		if ( ! apiKey ) apiKey = await portal.getByLabel( 'Site API key' ).inputValue();
	}
	await addSite( `Delta ${ run }` );
	await expect( portal.getByText( 'Your Free trial plan allows 3 sites and all are in use.' ) ).toBeVisible();
	await expect( portal.getByLabel( 'Site name' ) ).toHaveValue( `Delta ${ run }` );
	await expect( portal.getByRole( 'link', { name: 'See the plans' } ) ).toBeVisible();
	await portal.screenshot( { path: screenshotPath( 'portal-site-limit' ), fullPage: true } );
} );

test( 'a site’s page: rename, cap (a bad value is kept), suspend and resume', async () => {
	await portal.goto( '/portal/sites' );
	await portal.getByRole( 'link', { name: `Alpha ${ run }` } ).click();
	await expect( portal.getByRole( 'heading', { name: `Alpha ${ run }` } ) ).toBeVisible();
	await expect( portal.locator( '#site-usage' ) ).toHaveText( '0 (no cap)' );
	await expect( portal.getByText( 'Never: the plugin has not connected yet.' ) ).toBeVisible();
	await expect( portal.getByText( 'None reported yet.' ) ).toBeVisible();

	await portal.getByLabel( 'Site name' ).fill( `Alpha renamed ${ run }` );
	await portal.getByLabel( 'Monthly credit cap' ).fill( '-3' );
	await portal.getByRole( 'button', { name: 'Save' } ).click();
	await expect( portal.getByText( 'Enter a whole number of credits' ) ).toBeVisible();
	await expect( portal.getByLabel( 'Site name' ) ).toHaveValue( `Alpha renamed ${ run }` );
	await expect( portal.getByLabel( 'Monthly credit cap' ) ).toHaveValue( '-3' );
	await portal.getByLabel( 'Monthly credit cap' ).fill( '500' );
	await portal.getByRole( 'button', { name: 'Save' } ).click();
	await expect( portal.getByText( 'Site saved.' ) ).toBeVisible();
	await expect( portal.getByRole( 'heading', { name: `Alpha renamed ${ run }` } ) ).toBeVisible();
	await expect( portal.locator( '#site-usage' ) ).toHaveText( '0 of 500 allowed' );

	await portal.getByRole( 'button', { name: 'Suspend site' } ).click();
	await expect( portal.getByText( 'This site is suspended: it starts no AI jobs until it is resumed.' ) ).toBeVisible();
	await portal.screenshot( { path: screenshotPath( 'portal-site-page' ), fullPage: true } );
	const refused = await portal.request.post( '/api/v1/ai/jobs/', { headers: { 'X-IGNY8-API-Key': apiKey }, data: { function: 'generate_content', input: { title: 'Refused while suspended' } } } );
	expect( refused.status() ).toBe( 403 );
	expect( ( await refused.json() ).error ).toContain( 'is suspended by the account owner' );
	await portal.getByRole( 'button', { name: 'Resume site' } ).click();
	await expect( portal.locator( '#site-status' ) ).toHaveText( 'active' );
	const estimate = await portal.request.post( '/api/v1/ai/jobs/estimate/', { headers: { 'X-IGNY8-API-Key': apiKey }, data: { function: 'generate_content', input: { title: 'Allowed again' } } } );
	expect( estimate.status() ).toBe( 200 );
} );

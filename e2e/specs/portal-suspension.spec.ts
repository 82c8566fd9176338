/**
 * The operator suspends an account the way README says (`npm run account`, here its script on the test
 * stack's local D1): WordPress refuses to start the account's jobs with the cloud's reason instead of
 * blaming the key, the owner reads the same reason in the portal, and resuming lets the job start.
 */
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { screenshotPath } from '../lib/artifacts';
import { registerVerifiedOwner } from '../lib/cloud-accounts';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const wpUrl = process.env.IGNY8_TEST_WP_URL ?? '';
const token = `zs${ Date.now().toString( 36 ) }`;
const keywords = [ `rain barrels ${ token }`, `drip lines ${ token }` ];
const reason = 'a chargeback is being reviewed';
let accountId = '';

function wpRest( method: string, route: string, body: unknown = {} ): { status: number; data: unknown } {
	const out = execFileSync( 'php', [ resolve( __dirname, '../../scripts/wp/rest.php' ), method, route, JSON.stringify( body ) ], { env: process.env, encoding: 'utf8' } );
	return JSON.parse( out ) as { status: number; data: unknown };
}

/** The operator's command, on the stack this run uses (IGNY8_STATE_DIR); returns what it printed. */
function operator( ...args: string[] ): string {
	return execFileSync( process.execPath, [ resolve( __dirname, '../../scripts/account.ts' ), ...args ], { env: process.env, encoding: 'utf8' } );
}

async function cloud<T>( method: string, path: string, body: unknown, bearer: string ): Promise<T> {
	const response = await fetch( `${ cloudUrl }${ path }`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${ bearer }` }, ...( method === 'GET' ? {} : { body: JSON.stringify( body ) } ) } );
	const envelope = ( await response.json() ) as { success: boolean; data: T; error?: string };
	expect( envelope.success, `${ method } ${ path }: ${ envelope.error ?? '' }` ).toBe( true );
	return envelope.data;
}

test.beforeAll( async () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	const owner = await registerVerifiedOwner( { email: `suspended-${ token }@igny8.test`, password: 'suspended-password-1', account_name: 'Suspended Agency' } );
	accountId = ( await cloud<{ account: { id: string } }>( 'GET', '/api/v1/auth/me/', null, owner.access ) ).account.id;
	const site = await cloud<{ api_key: string }>( 'POST', '/api/v1/auth/sites/', { name: 'Suspended site', url: wpUrl }, owner.access );
	expect( wpRest( 'POST', '/igny8/v1/system/connection', { cloud_url: cloudUrl, api_key: site.api_key } ).status ).toBe( 200 );
	expect( wpRest( 'POST', '/igny8/v1/planner/keywords/bulk_create', { keywords: keywords.map( ( keyword ) => ( { keyword, search_volume: 100 } ) ) } ).status ).toBe( 200 );
} );

test.afterAll( () => {
	if ( accountId ) operator( 'resume', accountId );
	// Back to the run's own tenant for the specs that follow.
	wpRest( 'POST', '/igny8/v1/system/connection', { cloud_url: cloudUrl, api_key: siteKey } );
} );

async function startAutoCluster( page: import( '@playwright/test' ).Page ) {
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=keywords' );
	await page.getByRole( 'searchbox', { name: 'Search keywords' } ).fill( token );
	for ( const keyword of keywords ) await page.getByRole( 'checkbox', { name: keyword } ).check();
	await page.getByRole( 'toolbar', { name: 'Actions on the selected rows' } ).getByRole( 'button', { name: 'Auto cluster' } ).click();
	await page.getByRole( 'dialog', { name: 'Auto cluster' } ).getByRole( 'button', { name: 'Start' } ).click();
}

test( 'a suspended account’s job is refused in wp-admin with the reason; resumed, it starts', async ( { page } ) => {
	expect( operator( 'suspend', accountId, '--reason', reason ) ).toContain( `suspended — ${ reason }` );
	await startAutoCluster( page );
	const notice = page.locator( '.igny8-notice', { hasText: 'account is suspended' } );
	await expect( notice ).toContainText( `This IGNY8 account is suspended (${ reason }), so no new AI jobs can start.` );
	await expect( notice ).not.toContainText( 'API key' );
	await expect( page.locator( '.igny8-job-progress' ) ).toHaveCount( 0 );
	// Every admin screen says it too, once WordPress has fetched the balance.
	expect( wpRest( 'GET', '/igny8/v1/billing/balance', { refresh: true } ).status ).toBe( 200 );
	await page.goto( '/wp-admin/index.php' );
	await expect( page.locator( '.igny8-account-notice' ) ).toContainText( `The IGNY8 account is suspended: ${ reason }.` );
	await page.screenshot( { path: screenshotPath( 'account-suspended' ), fullPage: true } );

	expect( operator( 'resume', accountId ) ).toContain( ': trial' );
	await startAutoCluster( page );
	await expect( page.locator( '.igny8-job-progress' ).first() ).toBeVisible();
	expect( wpRest( 'GET', '/igny8/v1/billing/balance', { refresh: true } ).status ).toBe( 200 );
	await page.goto( '/wp-admin/index.php' );
	await expect( page.locator( '.igny8-account-notice' ) ).toHaveCount( 0 );
} );

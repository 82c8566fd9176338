/**
 * Billing in a real browser against `wrangler dev` and the Stripe stand-in (a test double whose
 * hosted Checkout and Billing Portal pages stand in for Stripe's): an owner sees the prices,
 * subscribes, upgrades, sees a failed renewal's banner and its recovery, cancels in the Billing
 * Portal and opens an invoice; a credit pack is bought with JavaScript turned off.
 */
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { registerVerifiedOwner } from '../lib/cloud-accounts';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const stripeUrl = process.env.IGNY8_TEST_STRIPE_URL ?? '';
const run = `${ Date.now().toString( 36 ) }${ Math.random().toString( 36 ).slice( 2, 6 ) }`;
const owner = { email: `billing-owner-${ run }@igny8.test`, password: 'billing-password-1', account_name: `Billing Agency ${ run }` };

test.describe.configure( { mode: 'serial' } );

let context: BrowserContext;
let portal: Page;
let accountId = '';

async function logIn( browser: Browser, javaScriptEnabled = true ): Promise<{ context: BrowserContext; page: Page }> {
	const fresh = await browser.newContext( { baseURL: cloudUrl, storageState: { cookies: [], origins: [] }, javaScriptEnabled } );
	const page = await fresh.newPage();
	await page.goto( '/portal/login' );
	await page.getByLabel( 'Email' ).fill( owner.email );
	await page.getByLabel( 'Password' ).fill( owner.password );
	await page.getByRole( 'button', { name: 'Log in' } ).click();
	await expect( page ).toHaveURL( /\/portal\/overview$/ );
	return { context: fresh, page };
}

/** Drives the stand-in (renewals, payments), as time passing at Stripe would. */
async function stripeControl( input: Record<string, unknown> ): Promise<Array<{ type: string; data: { object: Record<string, unknown> } }>> {
	const response = await fetch( `${ stripeUrl }/__control`, { method: 'POST', body: JSON.stringify( input ) } );
	expect( response.status ).toBe( 200 );
	return ( ( await response.json() ) as { events: Array<{ type: string; data: { object: Record<string, unknown> } }> } ).events;
}

async function subscriptionId(): Promise<string> {
	const events = ( await ( await fetch( `${ stripeUrl }/__events` ) ).json() ) as Array<{ type: string; data: { object: { id: string; metadata?: Record<string, string> } } }>;
	const created = events.find( ( event ) => event.type === 'customer.subscription.created' && event.data.object.metadata?.account_id === accountId );
	expect( created, 'the stand-in created the subscription' ).toBeTruthy();
	return created!.data.object.id;
}

const balanceText = ( page: Page ) => page.locator( 'main p' ).filter( { hasText: 'Balance' } );

test.beforeAll( async ( { browser } ) => {
	expect( stripeUrl, 'IGNY8_TEST_STRIPE_URL is set by npm test (no STRIPE_SECRET_KEY)' ).not.toBe( '' );
	await registerVerifiedOwner( owner );
	( { context, page: portal } = await logIn( browser ) );
	await portal.goto( '/portal/account' );
	accountId = ( ( await portal.locator( '#account-id' ).textContent() ) ?? '' ).trim();
} );

test.afterAll( async () => {
	await context?.close();
} );

test( 'the owner sees the prices, subscribes through Checkout and gets the allowance at once', async () => {
	await portal.goto( '/portal/billing' );
	await expect( portal.getByText( '$49.00 a month' ) ).toBeVisible();
	await expect( portal.getByText( '$199.00 a month' ) ).toBeVisible();
	await expect( portal.locator( '#subscription' ) ).toContainText( 'free tier' );
	await portal.screenshot( { path: screenshotPath( 'portal-billing-plans' ), fullPage: true } );
	await portal.getByRole( 'button', { name: 'Subscribe to Starter' } ).click();
	await expect( portal.getByText( 'Stripe test double' ) ).toBeVisible();
	await expect( portal.getByText( '49.00 USD per month' ) ).toBeVisible();
	await portal.getByRole( 'button', { name: 'Pay' } ).click();
	await expect( portal ).toHaveURL( /\/portal\/billing\?checkout=success$/ );
	await expect( portal.locator( '#subscription' ) ).toContainText( 'Plan Starter — $49.00 a month for 5,000 credits. Renews on' );
	await expect( balanceText( portal ) ).toContainText( 'Balance 7,000 credits' );
	await expect( portal.getByRole( 'button', { name: 'Upgrade to Growth' } ) ).toBeVisible();
} );

test( 'an upgrade changes the same subscription and grants the prorated difference', async () => {
	await portal.getByRole( 'button', { name: 'Upgrade to Growth' } ).click();
	await expect( portal ).toHaveURL( /\/portal\/billing\?plan=upgraded$/ );
	await expect( portal.getByText( 'Plan upgraded.' ) ).toBeVisible();
	// The stand-in sends the proration invoice's events just after answering; the page shows them once applied.
	await expect( async () => {
		await portal.goto( '/portal/transactions' );
		await expect( portal.getByRole( 'row', { name: /Plan change to Growth/ } ) ).toHaveCount( 1, { timeout: 1000 } );
	} ).toPass( { timeout: 30_000 } );
	await portal.goto( '/portal/billing' );
	await expect( portal.locator( '#subscription' ) ).toContainText( 'Plan Growth' );
	const events = ( await ( await fetch( `${ stripeUrl }/__events` ) ).json() ) as Array<{ type: string; data: { object: { metadata?: Record<string, string> } } }>;
	expect( events.filter( ( event ) => event.type === 'checkout.session.completed' && event.data.object.metadata?.account_id === accountId && event.data.object.metadata?.kind === 'plan' ) ).toHaveLength( 1 );
} );

test( 'a failed renewal shows a banner on every page until the payment recovers', async () => {
	const [ failed ] = await stripeControl( { action: 'renew', id: await subscriptionId(), outcome: 'failed' } );
	for ( const path of [ '/portal/overview', '/portal/sites' ] ) {
		await portal.goto( path );
		await expect( portal.getByText( /Your last payment failed\. Update your payment method before/ ) ).toBeVisible();
	}
	await portal.screenshot( { path: screenshotPath( 'portal-payment-failed' ), fullPage: true } );
	await stripeControl( { action: 'pay', id: failed!.data.object.id } );
	await portal.goto( '/portal/overview' );
	await expect( portal.getByText( /Your last payment failed/ ) ).toHaveCount( 0 );
} );

test( 'the owner cancels in the Billing Portal and opens an invoice', async () => {
	await portal.goto( '/portal/billing' );
	await portal.getByRole( 'button', { name: 'Manage subscription and payment method' } ).click();
	await expect( portal.getByRole( 'heading', { name: 'Manage your subscription' } ) ).toBeVisible();
	await portal.getByRole( 'button', { name: 'Cancel subscription' } ).click();
	await expect( portal ).toHaveURL( /\/portal\/billing$/ );
	await expect( async () => {
		await portal.reload();
		await expect( portal.locator( '#subscription' ) ).toContainText( 'Cancelled: it ends on', { timeout: 1000 } );
	} ).toPass( { timeout: 30_000 } );
	const invoiceLinks = portal.getByRole( 'link', { name: /^View invoice TEST-/ } );
	expect( await invoiceLinks.count() ).toBeGreaterThanOrEqual( 3 );
	await portal.screenshot( { path: screenshotPath( 'portal-billing-invoices' ), fullPage: true } );
	await invoiceLinks.first().click();
	await expect( portal.getByRole( 'heading', { name: /^Invoice TEST-/ } ) ).toBeVisible();
} );

test( 'a credit pack is bought without JavaScript', async ( { browser } ) => {
	const { context: noScript, page } = await logIn( browser, false );
	await page.goto( '/portal/billing' );
	const before = Number( ( ( await balanceText( page ).locator( 'strong' ).first().textContent() ) ?? '' ).replace( /[^0-9]/g, '' ) );
	await page.getByRole( 'button', { name: 'Buy 5,000 credits' } ).click();
	await page.getByRole( 'button', { name: 'Pay' } ).click();
	await expect( page ).toHaveURL( /\/portal\/billing\?checkout=success$/ );
	await expect( balanceText( page ) ).toContainText( `Balance ${ ( before + 5000 ).toLocaleString( 'en-US' ) } credits` );
	await noScript.close();
} );

test( 'the ledger downloads as CSV, one row per entry', async () => {
	await portal.goto( '/portal/transactions' );
	const entries = await portal.locator( 'table tbody tr' ).count();
	const download = await Promise.all( [ portal.waitForEvent( 'download' ), portal.getByRole( 'link', { name: 'Download CSV' } ).click() ] ).then( ( [ file ] ) => file );
	expect( download.suggestedFilename() ).toMatch( /^igny8-transactions-\d{4}-\d{2}-\d{2}\.csv$/ );
	const csv = Buffer.concat( await ( await download.createReadStream() ).toArray() ).toString( 'utf8' );
	const lines = csv.trimEnd().split( '\r\n' );
	expect( lines[ 0 ] ).toBe( 'created_at,kind,credits,allowance_credits,topup_credits,balance_after,site,job_id,payment_id,description' );
	expect( lines.length - 1 ).toBeGreaterThanOrEqual( entries ); // the page shows the newest 25; the file has all
	expect( csv ).toMatch( /,grant,5000,0,5000,[^\r\n]*Top-up: 5000 credits/ );
	expect( csv ).toMatch( /,grant,\d+,\d+,0,[^\r\n]*Plan change to Growth/ );
} );

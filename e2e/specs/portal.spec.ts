/**
 * The agency portal in a real browser against `wrangler dev`: a new owner signs up (Turnstile's
 * test double in the page), confirms the emailed link, adds a
 * site, copies its key, connects the local WordPress with it, runs a job there, and sees
 * the usage and the transactions. Then the refusals: a viewer cannot buy credits or manage
 * sites, another account sees none of it, a forged CSRF token, an ended session and a
 * replayed Stripe event change nothing. Every portal page is screenshotted.
 */
import { test, expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import Stripe from 'stripe';
import { LOCAL_STRIPE_WEBHOOK_SECRET } from '../../scripts/lib/local-stripe';
import { screenshotPath } from '../lib/artifacts';
import { emailedLink } from '../lib/cloud-accounts';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const wpUrl = process.env.IGNY8_TEST_WP_URL ?? '';
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET || LOCAL_STRIPE_WEBHOOK_SECRET;
const run = `${ Date.now().toString( 36 ) }${ Math.random().toString( 36 ).slice( 2, 6 ) }`;
const owner = { email: `portal-owner-${ run }@igny8.test`, password: 'portal-password-1', agency: `Portal Agency ${ run }` };
const siteName = `Portal e2e site ${ run }`;

test.describe.configure( { mode: 'serial' } );

let ownerContext: BrowserContext;
let portal: Page;
let apiKey = '';

/** A browser context for the portal only (no wp-admin cookies), with clipboard access for the copy button. */
async function portalContext( browser: Browser ): Promise<BrowserContext> {
	return browser.newContext( { baseURL: cloudUrl, storageState: { cookies: [], origins: [] }, permissions: [ 'clipboard-read', 'clipboard-write' ] } );
}

/** A REST call into the test WordPress as the logged-in admin (cookie + nonce), like the admin screens make. */
async function wpRest( request: APIRequestContext, method: 'GET' | 'POST' | 'DELETE', route: string, data?: unknown ) {
	const nonce = ( await ( await request.get( `${ wpUrl }/wp-admin/admin-ajax.php?action=rest-nonce` ) ).text() ).trim();
	const response = await request.fetch( `${ wpUrl }/wp-json/igny8/v1${ route }`, { method, headers: { 'X-WP-Nonce': nonce }, ...( data === undefined ? {} : { data } ) } );
	return { status: response.status(), body: await response.json() };
}

test.beforeAll( async ( { browser } ) => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	ownerContext = await portalContext( browser );
	portal = await ownerContext.newPage();
} );

test.afterAll( async ( { browser }, testInfo ) => {
	// Leave the WordPress site disconnected even when a test failed, so later specs start clean.
	const admin = await browser.newContext( { storageState: testInfo.project.use.storageState } );
	await wpRest( admin.request, 'DELETE', '/system/connection' ).catch( () => undefined );
	await admin.close();
	await ownerContext?.close();
} );

test( 'a new owner signs up and adds a site; the key is shown once and copied', async () => {
	await portal.goto( '/portal/login' );
	await portal.screenshot( { path: screenshotPath( 'portal-login' ), fullPage: true } );
	await portal.getByRole( 'link', { name: 'Create an account' } ).click();
	await portal.getByLabel( 'Agency or company name' ).fill( owner.agency );
	await portal.getByLabel( 'Email' ).fill( owner.email );
	await portal.getByLabel( 'Password' ).fill( owner.password );
	await portal.screenshot( { path: screenshotPath( 'portal-signup' ), fullPage: true } );
	await portal.getByRole( 'button', { name: 'Create account' } ).click();
	await expect( portal ).toHaveURL( /\/portal\/sites\?welcome=1$/ );
	await expect( portal.getByText( 'Welcome to IGNY8' ) ).toBeVisible();
	// The trial credits wait for the emailed link (the local mailbox's .eml files).
	await expect( portal.getByText( 'Confirm your email address: follow the link we sent' ) ).toBeVisible();
	await portal.goto( await emailedLink( owner.email, '/portal/verify-email/' ) );
	await portal.getByRole( 'button', { name: 'Confirm my email address' } ).click();
	await expect( portal.getByText( '2,000 free-trial credits were added' ) ).toBeVisible();
	await portal.goto( '/portal/sites' );

	// The session cookie is Secure + HttpOnly and still works over http://127.0.0.1.
	const session = ( await ownerContext.cookies( `${ cloudUrl }/portal/` ) ).find( ( cookie ) => cookie.name === 'igny8_session' );
	expect( session ).toMatchObject( { httpOnly: true, secure: true, sameSite: 'Lax', path: '/portal' } );

	await portal.getByLabel( 'Site name' ).fill( siteName );
	await portal.getByLabel( 'Site address' ).fill( wpUrl );
	await portal.getByRole( 'button', { name: 'Add site' } ).click();
	await expect( portal.getByRole( 'heading', { name: 'Site added' } ) ).toBeVisible();
	const keyField = portal.getByLabel( 'Site API key' );
	apiKey = await keyField.inputValue();
	expect( apiKey ).toMatch( /^igny8_sk_/ );
	await portal.getByRole( 'button', { name: 'Copy' } ).click();
	await expect( portal.getByText( 'Copied to the clipboard.' ) ).toBeVisible();
	expect( await portal.evaluate( () => navigator.clipboard.readText() ) ).toBe( apiKey );
	await expect( portal.getByText( `Enter the Cloud URL ${ cloudUrl }` ) ).toBeVisible();
	await portal.screenshot( { path: screenshotPath( 'portal-site-key' ), fullPage: true } );

	// Shown once: the list has only the key's first characters.
	await portal.getByRole( 'link', { name: 'Back to sites' } ).click();
	await expect( portal.getByRole( 'cell', { name: siteName } ) ).toBeVisible();
	expect( await portal.content() ).not.toContain( apiKey );
} );

test( 'the local WordPress connects with the copied key and runs a job; the portal shows usage and transactions', async ( { page } ) => {
	expect( apiKey ).not.toBe( '' );
	const connected = await wpRest( page.request, 'POST', '/system/connection', { cloud_url: cloudUrl, api_key: apiKey } );
	expect( connected.status, JSON.stringify( connected.body ) ).toBe( 200 );
	expect( connected.body ).toMatchObject( { connected: true, account: { name: owner.agency }, site: { name: siteName } } );
	const task = await wpRest( page.request, 'POST', '/writer/tasks', { title: `Portal article ${ run }`, brief: 'A short guide written during the portal browser test.' } );
	expect( task.status, JSON.stringify( task.body ) ).toBe( 201 );
	const started = await wpRest( page.request, 'POST', '/writer/tasks/generate_content', { ids: [ task.body.id ] } );
	expect( started.status, JSON.stringify( started.body ) ).toBe( 202 );

	// The job runs in the Worker's queue; the portal shows it once it has finished.
	await expect( async () => {
		await portal.goto( '/portal/overview' );
		await expect( portal.getByRole( 'row', { name: new RegExp( siteName ) } ) ).toBeVisible( { timeout: 1000 } );
	} ).toPass( { timeout: 90_000 } );
	await portal.screenshot( { path: screenshotPath( 'portal-overview' ), fullPage: true } );
	// Responsive: on a phone-sized screen nothing overflows the page sideways (wide tables scroll in place).
	await portal.setViewportSize( { width: 375, height: 800 } );
	expect( await portal.evaluate( () => document.documentElement.scrollWidth ) ).toBeLessThanOrEqual( 375 );
	await portal.screenshot( { path: screenshotPath( 'portal-overview-mobile' ), fullPage: true } );
	await portal.setViewportSize( { width: 1280, height: 720 } );

	await portal.getByRole( 'link', { name: 'Sites' } ).click();
	const row = portal.getByRole( 'row', { name: new RegExp( siteName ) } );
	await expect( row ).not.toContainText( '—' ); // last seen, plugin and WordPress versions are all known
	await expect( row.getByRole( 'cell' ).nth( 6 ) ).toHaveText( '1' ); // jobs this month
	await portal.screenshot( { path: screenshotPath( 'portal-sites' ), fullPage: true } );

	await portal.getByRole( 'link', { name: 'Usage' } ).click();
	await expect( portal.getByRole( 'img', { name: /Credits per day/ } ) ).toBeVisible();
	// Functions are named as people say them ("Articles"), their ids stay in the CSV's key column.
	await expect( portal.getByRole( 'rowheader', { name: 'Articles' } ) ).toBeVisible();
	await expect( portal.getByRole( 'rowheader', { name: siteName } ) ).toBeVisible();
	await portal.screenshot( { path: screenshotPath( 'portal-usage' ), fullPage: true } );
	const download = await Promise.all( [ portal.waitForEvent( 'download' ), portal.getByRole( 'link', { name: 'Download CSV' } ).click() ] ).then( ( [ file ] ) => file );
	const csv = await ( await download.createReadStream() ).toArray();
	expect( Buffer.concat( csv ).toString( 'utf8' ) ).toMatch( /^function,generate_content,Articles,\d+,\d+,\d+,1\r$/m );

	await portal.getByRole( 'link', { name: 'Transactions' } ).click();
	const ledgerRow = ( kind: string ) => portal.getByRole( 'row' ).filter( { has: portal.getByRole( 'cell', { name: kind, exact: true } ) } );
	await expect( ledgerRow( 'reserve' ) ).toContainText( siteName );
	await expect( ledgerRow( 'settle' ) ).toContainText( 'generate_content' );
	await portal.screenshot( { path: screenshotPath( 'portal-transactions' ), fullPage: true } );
} );

test( 'credits arrive only from a signed Stripe event, once; a replayed event changes nothing', async () => {
	await portal.goto( '/portal/account' );
	const accountId = ( await portal.locator( '#account-id' ).textContent() ) ?? '';
	await portal.screenshot( { path: screenshotPath( 'portal-account' ), fullPage: true } );
	await portal.goto( '/portal/billing' );
	await portal.screenshot( { path: screenshotPath( 'portal-billing' ), fullPage: true } );
	const balance = async () => {
		await portal.goto( '/portal/overview' );
		return Number( ( ( await portal.locator( '.card b' ).first().textContent() ) ?? '' ).replace( /[^0-9]/g, '' ) );
	};
	const before = await balance();
	// The browser's return from Checkout grants nothing.
	await portal.goto( '/portal/billing?checkout=success' );
	await expect( portal.getByText( 'Stripe is confirming the payment' ) ).toBeVisible();
	expect( await balance() ).toBe( before );

	const event = { id: `evt_e2e_${ run }`, object: 'event', type: 'checkout.session.completed', data: { object: { id: `cs_e2e_${ run }`, object: 'checkout.session', mode: 'payment', payment_status: 'paid', amount_total: 2500, currency: 'usd', client_reference_id: accountId, metadata: { account_id: accountId, kind: 'topup', pack: 'credits-5000' } } } };
	const payload = JSON.stringify( event );
	const deliver = ( header: string ) => portal.request.post( '/api/v1/billing/stripe/webhook/', { headers: { 'Stripe-Signature': header, 'Content-Type': 'application/json' }, data: payload } );
	const signed = Stripe.webhooks.generateTestHeaderString( { payload, secret: webhookSecret } );
	expect( ( await deliver( Stripe.webhooks.generateTestHeaderString( { payload, secret: 'whsec_forged' } ) ) ).status() ).toBe( 400 );
	expect( await balance() ).toBe( before );
	const first = await deliver( signed );
	expect( first.status() ).toBe( 200 );
	expect( ( await first.json() ).data ).toMatchObject( { outcome: 'granted' } );
	expect( await balance() ).toBe( before + 5000 );
	const replay = await deliver( signed );
	expect( ( await replay.json() ).data ).toMatchObject( { duplicate: true } );
	expect( await balance() ).toBe( before + 5000 );
	await portal.goto( '/portal/transactions' );
	await expect( portal.getByRole( 'row', { name: /Top-up: 5000 credits/ } ) ).toHaveCount( 1 );
} );

test( 'a viewer reads but cannot buy credits or manage sites; another account sees none of it', async ( { browser } ) => {
	await portal.goto( '/portal/account' );
	const viewerEmail = `portal-viewer-${ run }@igny8.test`;
	await portal.getByLabel( 'Email' ).fill( viewerEmail );
	await portal.getByLabel( 'Role', { exact: true } ).selectOption( 'viewer' );
	await portal.getByRole( 'button', { name: 'Create invitation' } ).click();
	const link = await portal.getByLabel( /Invitation link/ ).inputValue();
	expect( link ).toContain( '/portal/invite/' );

	const viewerContext = await portalContext( browser );
	const viewer = await viewerContext.newPage();
	await viewer.goto( link );
	await viewer.getByLabel( 'Choose a password' ).fill( 'viewer-password-1' );
	await viewer.getByRole( 'button', { name: 'Join' } ).click();
	await expect( viewer ).toHaveURL( /\/portal\/overview$/ );
	await viewer.getByRole( 'link', { name: 'Billing' } ).click();
	await expect( viewer.getByText( 'Your role (viewer) cannot buy credits' ) ).toBeVisible();
	await expect( viewer.getByRole( 'button', { name: /^Buy / } ) ).toHaveCount( 0 );
	await viewer.getByRole( 'link', { name: 'Sites' } ).click();
	await expect( viewer.getByRole( 'cell', { name: siteName } ) ).toBeVisible();
	await expect( viewer.getByRole( 'button', { name: 'Add site' } ) ).toHaveCount( 0 );
	await expect( viewer.getByRole( 'button', { name: 'Revoke' } ) ).toHaveCount( 0 );
	await viewer.screenshot( { path: screenshotPath( 'portal-viewer-sites' ), fullPage: true } );
	// Even a well-formed POST with the viewer's own valid token is refused.
	const token = await viewer.locator( 'input[name="_csrf"]' ).first().inputValue();
	const forced = await viewer.request.post( '/portal/sites', { form: { _csrf: token, name: 'Viewer site', url: 'https://viewer.example' } } );
	expect( forced.status() ).toBe( 403 );
	const buy = await viewer.request.post( '/portal/billing/checkout', { form: { _csrf: token, pack: 'credits-5000' } } );
	expect( buy.status() ).toBe( 403 );
	await viewerContext.close();

	const strangerContext = await portalContext( browser );
	const stranger = await strangerContext.newPage();
	await stranger.goto( '/portal/signup' );
	await stranger.getByLabel( 'Agency or company name' ).fill( `Stranger ${ run }` );
	await stranger.getByLabel( 'Email' ).fill( `portal-stranger-${ run }@igny8.test` );
	await stranger.getByLabel( 'Password' ).fill( 'stranger-password-1' );
	await stranger.getByRole( 'button', { name: 'Create account' } ).click();
	for ( const path of [ '/portal/overview', '/portal/sites', '/portal/usage', '/portal/transactions', '/portal/account' ] ) {
		await stranger.goto( path );
		const html = await stranger.content();
		expect( html, path ).not.toContain( siteName );
		expect( html, path ).not.toContain( owner.email );
		expect( html, path ).not.toContain( owner.agency );
	}
	await strangerContext.close();

	// The owner's site is untouched.
	await portal.goto( '/portal/sites' );
	await expect( portal.getByRole( 'row', { name: new RegExp( siteName ) } ) ).toContainText( 'active' );
	await expect( portal.getByRole( 'cell', { name: 'Viewer site' } ) ).toHaveCount( 0 );
} );

test( 'every essential action works without JavaScript: log in, add a site, rotate and revoke its key', async ( { browser } ) => {
	const context = await browser.newContext( { baseURL: cloudUrl, storageState: { cookies: [], origins: [] }, javaScriptEnabled: false } );
	const page = await context.newPage();
	await page.goto( '/portal/sites' );
	await expect( page ).toHaveURL( /\/portal\/login\?next=%2Fportal%2Fsites$/ );
	await page.getByLabel( 'Email' ).fill( owner.email );
	await page.getByLabel( 'Password' ).fill( owner.password );
	await page.getByRole( 'button', { name: 'Log in' } ).click();
	await expect( page ).toHaveURL( /\/portal\/sites$/ );
	const name = `No-JS site ${ run }`;
	await page.getByLabel( 'Site name' ).fill( name );
	await page.getByLabel( 'Site address' ).fill( 'https://no-js.example' );
	await page.getByRole( 'button', { name: 'Add site' } ).click();
	const first = await page.getByLabel( 'Site API key' ).inputValue();
	expect( first ).toMatch( /^igny8_sk_/ );
	await expect( page.getByRole( 'button', { name: 'Copy' } ) ).toBeHidden(); // the copy button needs script; the field is there to copy by hand
	await page.getByRole( 'link', { name: 'Back to sites' } ).click();
	const row = page.getByRole( 'row', { name: new RegExp( name ) } );
	await row.getByRole( 'button', { name: 'Rotate key' } ).click();
	const second = await page.getByLabel( 'Site API key' ).inputValue();
	expect( second ).toMatch( /^igny8_sk_/ );
	expect( second ).not.toBe( first );
	await page.getByRole( 'link', { name: 'Back to sites' } ).click();
	await page.getByRole( 'row', { name: new RegExp( name ) } ).getByRole( 'button', { name: 'Revoke' } ).click();
	await expect( page.getByRole( 'row', { name: new RegExp( name ) } ) ).toContainText( 'revoked' );
	await page.getByRole( 'button', { name: 'Log out' } ).click();
	await expect( page ).toHaveURL( /\/portal\/login$/ );
	await context.close();
} );

test( 'a forged CSRF token and an ended session are refused and change nothing', async ( { browser } ) => {
	await portal.goto( '/portal/sites' );
	const forged = await portal.request.post( '/portal/sites', { form: { _csrf: 'forged-token', name: 'Forged site', url: 'https://forged.example' } } );
	expect( forged.status() ).toBe( 403 );
	expect( await forged.text() ).toContain( 'did not come from the portal' );
	const rowId = await portal.locator( `form[action$="/rotate"]` ).first().getAttribute( 'action' );
	const rotate = await portal.request.post( rowId ?? '', { form: { _csrf: 'forged-token' } } );
	expect( rotate.status() ).toBe( 403 );
	await portal.reload();
	await expect( portal.getByRole( 'cell', { name: 'Forged site' } ) ).toHaveCount( 0 );

	// Log out; a copy of the old cookie no longer opens anything.
	const oldCookies = await ownerContext.cookies( `${ cloudUrl }/portal/` );
	await portal.getByRole( 'button', { name: 'Log out' } ).click();
	await expect( portal ).toHaveURL( /\/portal\/login$/ );
	const thief = await browser.newContext( { baseURL: cloudUrl, storageState: { cookies: [], origins: [] } } );
	await thief.addCookies( oldCookies );
	const page = await thief.newPage();
	await page.goto( '/portal/sites' );
	await expect( page ).toHaveURL( /\/portal\/login\?next=%2Fportal%2Fsites&expired=1$/ );
	await expect( page.getByText( 'Your session has expired' ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'portal-expired' ), fullPage: true } );
	await thief.close();

	// The key still works: nothing was rotated.
	const balance = await portal.request.get( '/api/v1/billing/balance/', { headers: { 'X-IGNY8-API-Key': apiKey } } );
	expect( balance.status() ).toBe( 200 );
} );

test( 'the WordPress site is disconnected again for the specs that follow', async ( { page } ) => {
	const disconnected = await wpRest( page.request, 'DELETE', '/system/connection' );
	expect( disconnected.status, JSON.stringify( disconnected.body ) ).toBe( 200 );
	const status = await wpRest( page.request, 'GET', '/system/connection' );
	expect( status.body ).toMatchObject( { connected: false, site: null } );
} );

/**
 * Red team, in Chromium against `wrangler dev`: farming trial credits with sign-ups, and
 * sessions that survive a password reset. Turnstile's widget is the local test double (its
 * script gives the page the dummy token of Cloudflare's test sitekeys); emails are the .eml
 * files of the stack's local mailbox (a development stand-in).
 */
import { test, expect, type Browser, type BrowserContext } from '@playwright/test';
import { emailedLink } from '../lib/cloud-accounts';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const run = `${ Date.now().toString( 36 ) }${ Math.random().toString( 36 ).slice( 2, 6 ) }`;

const portalContext = ( browser: Browser ): Promise<BrowserContext> => browser.newContext( { baseURL: cloudUrl, storageState: { cookies: [], origins: [] } } );

/** Signs up through the portal form; the Turnstile test double fills its token. */
async function signUpInPortal( context: BrowserContext, email: string, password: string ) {
	const page = await context.newPage();
	await page.goto( '/portal/signup' );
	await expect( page.getByText( 'Turnstile test double' ) ).toBeVisible();
	await page.getByLabel( 'Agency or company name' ).fill( `Red team ${ run }` );
	await page.getByLabel( 'Email' ).fill( email );
	await page.getByLabel( 'Password' ).fill( password );
	await page.getByRole( 'button', { name: 'Create account' } ).click();
	await expect( page ).toHaveURL( /\/portal\/sites\?welcome=1$/ );
	return page;
}

test.beforeAll( () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
} );

test( 'a scripted sign-up without the Turnstile token is refused', async ( { browser } ) => {
	const context = await portalContext( browser );
	const page = await context.newPage();
	await page.goto( '/portal/signup' );
	const csrf = await page.locator( 'input[name="_csrf"]' ).inputValue();
	const email = `red-bot-${ run }@igny8.test`;
	const scripted = await context.request.post( '/portal/signup', { form: { _csrf: csrf, account_name: 'Bot farm', email, password: 'bot-password-1' } } );
	expect( scripted.status() ).toBe( 400 );
	expect( await scripted.text() ).toContain( 'not a robot' );
	// Nothing was created: the address can still sign up for real.
	await signUpInPortal( context, email, 'real-password-1' );
	await context.close();
} );

test( 'a new account has no credits until its emailed link is confirmed', async ( { browser } ) => {
	const context = await portalContext( browser );
	const email = `red-owner-${ run }@igny8.test`;
	const page = await signUpInPortal( context, email, 'owner-password-1' );
	await page.goto( '/portal/overview' );
	await expect( page.getByText( 'Confirm your email address: follow the link we sent' ) ).toBeVisible();
	await expect( page.locator( '.card', { hasText: 'Balance' } ).locator( 'b' ) ).toHaveText( '0 credits' );

	const link = await emailedLink( email, '/portal/verify-email/' );
	await page.goto( link );
	await page.getByRole( 'button', { name: 'Confirm my email address' } ).click();
	await expect( page.getByText( '2,000 free-trial credits were added' ) ).toBeVisible();
	// The same link a second time pays nothing.
	await page.goto( link );
	await page.getByRole( 'button', { name: 'Confirm my email address' } ).click();
	await expect( page.getByText( 'This confirmation link is not valid any more' ) ).toBeVisible();
	await page.goto( '/portal/overview' );
	await expect( page.locator( '.card', { hasText: 'Balance' } ).locator( 'b' ) ).toHaveText( '2,000 credits' );
	await expect( page.getByText( 'Confirm your email address: follow the link we sent' ) ).toHaveCount( 0 );
	await context.close();
} );

test( 'a password reset by emailed link signs out every other session', async ( { browser } ) => {
	const email = `red-reset-${ run }@igny8.test`;
	const stolen = await portalContext( browser );
	const stolenPage = await signUpInPortal( stolen, email, 'first-password-1' );

	const owner = await portalContext( browser );
	const page = await owner.newPage();
	await page.goto( '/portal/login' );
	await page.getByRole( 'link', { name: 'Forgot your password?' } ).click();
	await page.getByLabel( 'Email' ).fill( email );
	await page.getByRole( 'button', { name: 'Send the link' } ).click();
	await expect( page.getByText( 'we emailed it a link' ) ).toBeVisible();

	const link = await emailedLink( email, '/portal/reset-password/' );
	await page.goto( link );
	await page.getByLabel( 'New password' ).fill( 'second-password-2' );
	await page.getByRole( 'button', { name: 'Set the new password' } ).click();
	await expect( page ).toHaveURL( /\/portal\/login\?reset=1$/ );
	await expect( page.getByText( 'Your password was changed' ) ).toBeVisible();

	// The session opened before the reset is over.
	await stolenPage.goto( '/portal/overview' );
	await expect( stolenPage ).toHaveURL( /\/portal\/login/ );
	// The link was single use.
	await page.goto( link );
	await expect( page.getByText( 'This reset link is not valid any more' ) ).toBeVisible();
	// The new password works.
	await page.goto( '/portal/login' );
	await page.getByLabel( 'Email' ).fill( email );
	await page.getByLabel( 'Password' ).fill( 'second-password-2' );
	await page.getByRole( 'button', { name: 'Log in' } ).click();
	await expect( page ).toHaveURL( /\/portal\/overview$/ );
	await stolen.close();
	await owner.close();
} );

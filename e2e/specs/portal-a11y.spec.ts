/**
 * Every portal page against axe-core's WCAG 2.1 AA rules in Chromium, with real content: a site,
 * a subscription (invoices, the manage button), the team table. No serious or critical violation.
 * (axe-core runs inside the page by evaluate, which the portal's CSP does not block, so the
 * pages are checked with their real policy.)
 */
import { test, expect, type Page } from '@playwright/test';
import { registerVerifiedOwner } from '../lib/cloud-accounts';
import { seriousA11yViolations, WCAG21_AA } from '../lib/axe';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const run = `${ Date.now().toString( 36 ) }${ Math.random().toString( 36 ).slice( 2, 6 ) }`;
const owner = { email: `a11y-owner-${ run }@igny8.test`, password: 'a11y-password-1', account_name: `A11y Agency ${ run }` };

const seriousViolations = ( page: Page ): Promise<string[]> => seriousA11yViolations( page, 'html', WCAG21_AA );

test( 'every portal page meets WCAG 2.1 AA (no serious or critical axe violation)', async ( { browser } ) => {
	await registerVerifiedOwner( owner );
	const context = await browser.newContext( { baseURL: cloudUrl, storageState: { cookies: [], origins: [] } } );
	const page = await context.newPage();
	await page.goto( '/portal/login' );
	expect( await seriousViolations( page ) ).toEqual( [] );
	await page.getByLabel( 'Email' ).fill( owner.email );
	await page.getByLabel( 'Password' ).fill( owner.password );
	await page.getByRole( 'button', { name: 'Log in' } ).click();
	await page.waitForURL( ( url ) => ! url.pathname.endsWith( '/login' ) );
	await page.goto( '/portal/sites' );
	await page.getByLabel( 'Site name' ).fill( `A11y site ${ run }` );
	await page.getByLabel( 'Site address' ).fill( 'https://a11y.example' );
	await page.getByRole( 'button', { name: 'Add site' } ).click();
	// axe runs in the page it finds: wait for the answer's page, not the form being submitted.
	await expect( page.getByRole( 'heading', { name: 'Site added' } ) ).toBeVisible();
	expect( await seriousViolations( page ) ).toEqual( [] ); // the key shown once
	await page.goto( '/portal/billing' );
	await page.getByRole( 'button', { name: 'Subscribe to Starter' } ).click();
	await page.getByRole( 'button', { name: 'Pay' } ).click();
	await expect( page ).toHaveURL( /checkout=success$/ );
	await page.goto( '/portal/sites' );
	const sitePage = ( await page.getByRole( 'link', { name: `A11y site ${ run }` } ).getAttribute( 'href' ) ) ?? '';
	for ( const path of [ '/portal/overview', '/portal/sites', sitePage, '/portal/usage', '/portal/transactions', '/portal/billing', '/portal/account', '/portal/forgot-password' ] ) {
		await page.goto( path );
		expect( await seriousViolations( page ), path ).toEqual( [] );
	}
	await context.close();
} );

/**
 * Every portal page against axe-core's WCAG 2.1 AA rules in Chromium, with real content: a site,
 * a subscription (invoices, the manage button), the team table. No serious or critical violation.
 * (axe-core comes with @wordpress/scripts' dependencies; it is run inside the page by evaluate,
 * which the portal's CSP does not block, so the pages are checked with their real policy.)
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { registerVerifiedOwner } from '../lib/cloud-accounts';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const run = `${ Date.now().toString( 36 ) }${ Math.random().toString( 36 ).slice( 2, 6 ) }`;
const owner = { email: `a11y-owner-${ run }@igny8.test`, password: 'a11y-password-1', account_name: `A11y Agency ${ run }` };
const axeSource = readFileSync( createRequire( __filename ).resolve( 'axe-core/axe.min.js' ), 'utf8' );

interface Violation {
	id: string;
	impact: string | null;
	nodes: Array<{ target: string[] }>;
}

async function seriousViolations( page: Page ): Promise<string[]> {
	await page.evaluate( axeSource );
	const violations = await page.evaluate( async () => {
		const axe = ( window as unknown as { axe: { run( context: Document, options: unknown ): Promise<{ violations: Violation[] }> } } ).axe;
		return ( await axe.run( document, { runOnly: { type: 'tag', values: [ 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa' ] } } ) ).violations;
	} );
	return violations.filter( ( violation ) => violation.impact === 'serious' || violation.impact === 'critical' ).map( ( violation ) => `${ violation.id }: ${ violation.nodes.map( ( node ) => node.target.join( ' ' ) ).join( ' | ' ) }` );
}

test( 'every portal page meets WCAG 2.1 AA (no serious or critical axe violation)', async ( { browser } ) => {
	await registerVerifiedOwner( owner );
	const context = await browser.newContext( { baseURL: cloudUrl, storageState: { cookies: [], origins: [] } } );
	const page = await context.newPage();
	await page.goto( '/portal/login' );
	expect( await seriousViolations( page ) ).toEqual( [] );
	await page.getByLabel( 'Email' ).fill( owner.email );
	await page.getByLabel( 'Password' ).fill( owner.password );
	await page.getByRole( 'button', { name: 'Log in' } ).click();
	await page.goto( '/portal/sites' );
	await page.getByLabel( 'Site name' ).fill( `A11y site ${ run }` );
	await page.getByLabel( 'Site address' ).fill( 'https://a11y.example' );
	await page.getByRole( 'button', { name: 'Add site' } ).click();
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

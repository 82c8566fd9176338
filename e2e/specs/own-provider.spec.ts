/**
 * Settings → AI provider in Chromium against the real WordPress, Worker and the second fake model
 * (a test double standing in for the site's own provider, which answers only to its own key):
 * a refused key keeps what was typed and says why; a checked key is shown only as its last four
 * characters and the model choices follow it; switching back to credits needs no reconnecting.
 */
import { test, expect } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { collectConsoleErrors, expectNoPhpErrors, wpEval } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const ownUrl = process.env.IGNY8_TEST_OWN_PROVIDER_URL ?? '';
const ownKey = process.env.IGNY8_TEST_OWN_PROVIDER_KEY ?? '';

test.describe.configure( { mode: 'serial' } );

test.beforeAll( () => {
	expect( ownUrl, 'IGNY8_TEST_OWN_PROVIDER_URL is set by npm test' ).not.toBe( '' );
	const result = wpEval(
		`$r = ( new \\Igny8\\Cloud\\Connection() )->connect( ${ JSON.stringify( cloudUrl ) }, ${ JSON.stringify( siteKey ) } ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';`
	);
	expect( result ).toBe( 'ok' );
} );

test.afterAll( () => {
	// Other specs share this site: leave it on credits whatever happened here.
	wpEval( '( new \\Igny8\\Cloud\\Provider() )->delete(); \\Igny8\\Rest\\Models_Controller::forget();' );
} );

test( 'saves the site’s own key after the provider checks it, shows only its last four, and switches back to credits', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-settings&tab=models' );
	await expectNoPhpErrors( page );
	const section = page.locator( '.igny8-provider-form' );
	await expect( section.getByRole( 'radio', { name: 'IGNY8 credits' } ) ).toBeChecked();

	await section.getByRole( 'radio', { name: 'Your own provider key' } ).check();
	await section.getByRole( 'textbox', { name: 'Base URL' } ).fill( ownUrl );
	await section.getByLabel( 'API key' ).fill( 'sk-not-the-customers-key-0000' );
	await section.getByRole( 'textbox', { name: 'Models' } ).fill( 'gpt-4o-mini' );
	await section.getByRole( 'button', { name: 'Check and save key' } ).click();

	// The provider's own answer, on the key field; everything typed is still there.
	await expect( section.getByText( /The provider answered 401: Incorrect API key provided/ ) ).toBeVisible();
	await expect( section.getByLabel( 'API key' ) ).toHaveAttribute( 'aria-invalid', 'true' );
	await expect( section.getByRole( 'textbox', { name: 'Base URL' } ) ).toHaveValue( ownUrl );
	await expect( section.getByRole( 'textbox', { name: 'Models' } ) ).toHaveValue( 'gpt-4o-mini' );

	await section.getByLabel( 'API key' ).fill( ownKey );
	await section.getByRole( 'button', { name: 'Check and save key' } ).click();
	await expect( page.locator( '.igny8-notice__message', { hasText: /The key was checked with your provider and saved/ } ) ).toBeVisible();
	await expect( section.getByText( `Saved key: ••••${ ownKey.slice( -4 ) }` ) ).toBeVisible();
	await expect( section.getByLabel( 'New API key' ) ).toHaveValue( '' );
	expect( await page.content() ).not.toContain( ownKey );

	// After a reload the site is still on its own key, and the model choices are the provider's.
	await page.reload();
	await expect( section.getByRole( 'radio', { name: 'Your own provider key' } ) ).toBeChecked();
	await expect( section.getByText( `Saved key: ••••${ ownKey.slice( -4 ) }` ) ).toBeVisible();
	const articleModel = page.getByRole( 'combobox', { name: /Articles/ } );
	await expect( articleModel.locator( 'option', { hasText: /^gpt-4o-mini$/ } ) ).toHaveCount( 1 );
	await expect( articleModel.locator( 'option', { hasText: /^gpt-4\.1$/ } ) ).toHaveCount( 0 );
	await page.screenshot( { path: screenshotPath( 'settings-own-provider' ), fullPage: true } );

	await section.getByRole( 'radio', { name: 'IGNY8 credits' } ).check();
	await section.getByRole( 'button', { name: 'Use IGNY8 credits' } ).click();
	await expect( page.locator( '.igny8-notice__message', { hasText: /This site uses IGNY8 credits again/ } ) ).toBeVisible();
	await page.reload();
	await expect( section.getByRole( 'radio', { name: 'IGNY8 credits' } ) ).toBeChecked();
	await expect( section.getByText( /Saved key/ ) ).toHaveCount( 0 );
	// The one refused save (400, shown on the key field) is the only failed request.
	expect( errors.filter( ( error ) => /status of 400/.test( error ) ) ).toHaveLength( 1 );
	expect( errors.filter( ( error ) => ! /status of 400/.test( error ) ) ).toEqual( [] );
} );

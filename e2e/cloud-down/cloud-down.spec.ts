/**
 * Runs after `npm test` has stopped the Worker: the plugin must say the cloud
 * is unreachable (no PHP warning, no white screen) and lose nothing typed.
 */
import { test, expect } from '@playwright/test';
import { expectNoPhpErrors } from '../lib/wordpress';

test( 'settings says the cloud is unreachable when the Worker is stopped', async ( { page } ) => {
	await page.goto( '/wp-admin/admin.php?page=igny8-settings' );
	await expectNoPhpErrors( page );
	await page.getByRole( 'button', { name: 'Test connection' } ).click();
	await expect( page.locator( '.components-notice', { hasText: /could not reach the IGNY8 cloud/i } ) ).toBeVisible();
	await expectNoPhpErrors( page );
} );

test( 'writer keeps the typed brief when the cloud is down', async ( { page } ) => {
	const brief = 'Compare cushioning, grip and drop for muddy trails; keep it practical.';
	await page.goto( '/wp-admin/admin.php?page=igny8-writer' );
	await page.getByLabel( 'Title', { exact: true } ).fill( 'Choosing trail shoes' );
	await page.getByLabel( 'Brief' ).fill( brief );
	await page.getByRole( 'button', { name: 'Generate', exact: true } ).click();
	await expect( page.locator( '.components-notice', { hasText: /could not reach the IGNY8 cloud/i } ) ).toBeVisible();
	await expect( page.getByLabel( 'Brief' ) ).toHaveValue( brief );
	await page.reload();
	await expect( page.getByLabel( 'Brief' ) ).toHaveValue( brief );
	await expect( page.getByLabel( 'Title', { exact: true } ) ).toHaveValue( 'Choosing trail shoes' );
	await expectNoPhpErrors( page );
} );

/**
 * Runs after `npm test` has stopped the Worker: Credits and Settings say the
 * cloud is unreachable in a notice with a next step, show no PHP error, and
 * keep what the user typed or chose.
 */
import { test, expect } from '@playwright/test';
import { expectNoPhpErrors, wpEval } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';

test.beforeAll( () => {
	// The specs before this phase leave the site connected; a run of only this phase stores a
	// connection the way a successful Connect does (the cloud is down, so it cannot be asked).
	const connected = wpEval( "echo ( new \\Igny8\\Cloud\\Connection() )->is_connected() ? 'yes' : 'no';" );
	if ( connected !== 'yes' ) {
		wpEval(
			`update_option( \\Igny8\\Cloud\\Connection::OPTION, [ 'cloud_url' => ${ JSON.stringify( cloudUrl ) }, 'site_id' => 'site_down', 'site_name' => 'Down site', 'account_name' => 'Test Agency', 'connected_at' => gmdate( 'Y-m-d H:i:s' ), 'last_checked' => gmdate( 'Y-m-d H:i:s' ) ] ); \\Igny8\\Security\\Secrets::store( \\Igny8\\Security\\Secrets::API_KEY, 'igny8_sk_cloud_down_test' );`
		);
	}
	// A cached balance would hide the outage from the balance card; the usage and ledger are never cached.
	wpEval( "delete_transient( 'igny8_balance' );" );
} );

test( 'credits says the cloud is unreachable and keeps the chosen period', async ( { page } ) => {
	await page.goto( '/wp-admin/admin.php?page=igny8-credits' );
	await expectNoPhpErrors( page );
	const notice = page.locator( '.components-notice.is-error', { hasText: /could not reach the IGNY8 cloud/i } );
	await expect( notice.first() ).toBeVisible();
	await expect( notice.first().getByRole( 'link', { name: 'Open IGNY8 Settings' } ) ).toBeVisible();

	await page.getByRole( 'combobox', { name: 'Period' } ).selectOption( '90' );
	await expect( notice.first() ).toBeVisible();
	await expect( page.getByRole( 'combobox', { name: 'Period' } ) ).toHaveValue( '90' );
	await expectNoPhpErrors( page );
} );

test( 'settings keeps unsaved AI models while the connection test fails, and saves them without the cloud', async ( { page } ) => {
	await page.goto( '/wp-admin/admin.php?page=igny8-settings&tab=models' );
	await expectNoPhpErrors( page );
	// The cloud is down: the models it offered last time are still offered (PHPUnit covers the notice).
	const model = 'gpt-4.1';
	await page.getByLabel( 'Articles', { exact: true } ).selectOption( model );

	await page.getByRole( 'tab', { name: 'Connection' } ).click();
	await page.getByRole( 'button', { name: 'Test connection' } ).click();
	// The Connection tab's notice (the AI provider section on the hidden models tab says the same).
	await expect( page.locator( '.components-notice', { hasText: /could not reach the IGNY8 cloud/i } ).filter( { visible: true } ) ).toBeVisible();

	// The other section kept what was typed, and it is stored in WordPress, not the cloud.
	await page.getByRole( 'tab', { name: 'AI models' } ).click();
	await expect( page.getByLabel( 'Articles', { exact: true } ) ).toHaveValue( model );
	await page.getByRole( 'button', { name: 'Save AI settings' } ).click();
	await expect( page.locator( '.components-notice', { hasText: 'AI settings saved.' } ) ).toBeVisible();
	expect( wpEval( "echo \\Igny8\\System\\Settings::get()['models']['generate_content'];" ) ).toBe( model );
	await expectNoPhpErrors( page );
} );

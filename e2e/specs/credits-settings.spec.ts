/**
 * Credits and Settings in Chromium against the real WordPress and Worker:
 * after a real job, the Credits screen draws this site's usage per day and per
 * AI function (SVG charts with data tables) and lists its transactions; every
 * Settings section saves, survives a reload, and undoes its deletions.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { collectConsoleErrors, expectNoPhpErrors, wpEval } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';

test.describe.configure( { mode: 'serial' } );

test.beforeAll( () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	const result = wpEval(
		`$r = ( new \\Igny8\\Cloud\\Connection() )->connect( ${ JSON.stringify( cloudUrl ) }, ${ JSON.stringify( siteKey ) } ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';`
	);
	expect( result ).toBe( 'ok' );
} );

/** Opens a Settings section by its tab. */
async function openSection( page: Page, tab: string ): Promise<void> {
	await page.getByRole( 'tab', { name: tab } ).click();
	await expect( page.getByRole( 'tab', { name: tab } ) ).toHaveAttribute( 'aria-selected', 'true' );
}

test( 'credits show usage per day and per AI function and the transactions of a finished job', async ( { page } ) => {
	// A real generate_content job of this site, run by the Worker's queue consumer to the end.
	const jobId = wpEval(
		"$t = ( new \\Igny8\\Storage\\Tasks_Repository() )->insert( [ 'title' => 'Credits screen job " + Date.now() + "', 'brief' => 'Short.' ] ); $j = \\Igny8\\Actions\\Registry::get( 'generate_content' )->run( [ 'ids' => [ $t ] ] ); echo is_wp_error( $j ) ? 'error: ' . $j->get_error_message() : $j[0]['job_id'];"
	);
	expect( jobId ).not.toMatch( /^error/ );
	await expect
		.poll(
			() => wpEval( `$c = ( new \\Igny8\\Cloud\\Connection() )->client(); $j = $c->get_job( ${ JSON.stringify( jobId ) } ); echo is_wp_error( $j ) ? 'error' : $j['status'];` ),
			{ timeout: 90_000, intervals: [ 1000 ] }
		)
		.toBe( 'completed' );

	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-credits' );
	await expectNoPhpErrors( page );
	await expect( page.locator( '.igny8-credits-balance__number' ) ).toHaveText( /^[\d,.\s]+$/ );

	const daily = page.getByRole( 'img', { name: /Credits used per day/ } );
	await expect( daily ).toBeVisible();
	expect( await daily.locator( 'rect.igny8-chart__bar' ).count() ).toBe( 30 );
	const perFunction = page.getByRole( 'img', { name: 'Credits used per AI function' } );
	await expect( perFunction ).toBeVisible();
	await expect( perFunction.getByText( 'Articles', { exact: true } ) ).toBeVisible();

	// The same numbers as tables, for screen readers and anyone who prefers them.
	await page.getByText( 'Show the numbers as a table' ).nth( 1 ).click();
	const functionRow = page.getByRole( 'table', { name: 'Credits used per AI function' } ).getByRole( 'row', { name: /Articles/ } );
	await expect( functionRow ).toBeVisible();
	expect( Number( ( await functionRow.getByRole( 'cell' ).first().innerText() ).replace( /\D/g, '' ) ) ).toBeGreaterThan( 0 );

	// Transactions: the job's reservation and its settlement, newest first, filterable by type.
	const transactions = page.locator( '.igny8-credits-transactions' );
	await expect( transactions.getByText( 'Reserved for a job' ).first() ).toBeVisible();
	await expect( transactions.getByText( 'Job settled' ).first() ).toBeVisible();

	await page.getByRole( 'combobox', { name: 'Period' } ).selectOption( '7' );
	await expect( page.getByRole( 'img', { name: /in 7 days/ } ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'credits' ), fullPage: true } );
	expect( errors ).toEqual( [] );
} );

test( 'settings: AI models and prompts save and survive a reload; a prompt reset can be undone', async ( { page } ) => {
	await page.goto( '/wp-admin/admin.php?page=igny8-settings' );
	await expect( page.getByRole( 'tab', { name: 'Connection' } ) ).toHaveAttribute( 'aria-selected', 'true' );
	await page.screenshot( { path: screenshotPath( 'settings-connection' ), fullPage: true } );

	await openSection( page, 'AI models' );
	// Only the models the cloud offers can be chosen; the default is named.
	const articles = page.getByLabel( 'Articles', { exact: true } );
	await expect( articles.locator( 'option' ).first() ).toHaveText( 'Cloud default (gpt-4o-mini)' );
	await expect( articles.locator( 'option', { hasText: /^gpt-image-1$/ } ) ).toHaveCount( 0 );
	await expect( page.getByLabel( 'Images', { exact: true } ).locator( 'option', { hasText: /^gpt-image-1$/ } ) ).toHaveCount( 1 );
	const model = 'gpt-4.1-mini';
	await articles.selectOption( model );
	await page.getByLabel( 'Ideas per cluster' ).fill( '4' );
	await page.getByRole( 'button', { name: 'Save AI settings' } ).click();
	await expect( page.locator( '.components-notice', { hasText: 'AI settings saved.' } ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'settings-models' ), fullPage: true } );
	await page.reload();
	await expect( page.getByRole( 'tab', { name: 'AI models' } ) ).toHaveAttribute( 'aria-selected', 'true' );
	await expect( page.getByLabel( 'Articles', { exact: true } ) ).toHaveValue( model );
	await expect( page.getByLabel( 'Ideas per cluster' ) ).toHaveValue( '4' );
	expect( wpEval( "echo \\Igny8\\System\\Settings::get()['models']['generate_content'];" ) ).toBe( model );

	await openSection( page, 'Prompts' );
	await page.getByRole( 'button', { name: /^Articles/ } ).click();
	const instructions = page.getByLabel( 'Articles: instructions' );
	await instructions.fill( 'Write for first-time trail runners. Keep paragraphs short.' );
	await page.getByRole( 'button', { name: 'Save prompt' } ).first().click();
	await expect( page.locator( '.components-notice', { hasText: 'Prompt for Articles saved.' } ) ).toBeVisible();
	await page.reload();
	await page.getByRole( 'button', { name: 'Articles (customised)' } ).click();
	await expect( page.getByLabel( 'Articles: instructions' ) ).toHaveValue( 'Write for first-time trail runners. Keep paragraphs short.' );
	await page.screenshot( { path: screenshotPath( 'settings-prompts' ), fullPage: true } );

	await page.getByRole( 'button', { name: 'Reset to default' } ).click();
	await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Reset', exact: true } ).click();
	await expect( page.getByLabel( 'Articles: instructions' ) ).toHaveValue( '' );
	await page.locator( '.components-snackbar' ).getByRole( 'button', { name: 'Undo' } ).click();
	await expect( page.getByLabel( 'Articles: instructions' ) ).toHaveValue( 'Write for first-time trail runners. Keep paragraphs short.' );
	expect( wpEval( "echo \\Igny8\\System\\Prompts::template( 'generate_content' )['instructions'] ?? '';" ) ).toBe( 'Write for first-time trail runners. Keep paragraphs short.' );
} );

test( 'settings: author profiles and sectors are added, deleted after confirmation, and restored with Undo', async ( { page } ) => {
	await page.goto( '/wp-admin/admin.php?page=igny8-settings&tab=profiles' );
	const name = `E2E voice ${ Date.now() }`;
	await page.getByLabel( 'Profile name' ).fill( name );
	await page.getByLabel( 'Tone', { exact: true } ).fill( 'warm, practical' );
	await page.getByLabel( 'Words to avoid' ).fill( 'delve, tapestry' );
	await page.getByRole( 'button', { name: 'Add profile' } ).click();
	const row = page.getByRole( 'row', { name: new RegExp( name ) } );
	await expect( row ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'settings-profiles' ), fullPage: true } );

	await page.getByRole( 'button', { name: `Delete “${ name }”` } ).click();
	await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Delete', exact: true } ).click();
	await expect( row ).toHaveCount( 0 );
	await page.locator( '.components-snackbar' ).getByRole( 'button', { name: 'Undo' } ).click();
	await expect( page.getByRole( 'row', { name: new RegExp( name ) } ) ).toBeVisible();
	await page.reload();
	await expect( page.getByRole( 'row', { name: new RegExp( name ) } ) ).toContainText( 'warm, practical' );

	await openSection( page, 'Sectors' );
	const sector = `Ultra trails ${ Date.now() }`;
	await page.getByLabel( 'New sector' ).fill( sector );
	await page.getByRole( 'button', { name: 'Add sector' } ).click();
	await expect( page.getByText( sector ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'settings-sectors' ), fullPage: true } );
	await page.getByRole( 'button', { name: `Delete sector “${ sector }”` } ).click();
	await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Delete', exact: true } ).click();
	await expect( page.getByText( sector, { exact: true } ) ).toHaveCount( 0 );
	await page.locator( '.components-snackbar' ).getByRole( 'button', { name: 'Undo' } ).click();
	await expect( page.getByText( sector, { exact: true } ) ).toBeVisible();
	await page.reload();
	await expect( page.getByText( sector, { exact: true } ) ).toBeVisible();
} );

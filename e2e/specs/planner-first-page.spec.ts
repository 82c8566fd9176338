/**
 * The Keywords table's first page printed by PHP (Keywords_First_Page) is the page the app then
 * shows: the same rows and values in the same places, so the editor reads their keywords at once
 * and nothing moves when the DataViews table takes over.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { expectNoPhpErrors, wpEval } from '../lib/wordpress';

const token = `fp${ Date.now().toString( 36 ) }`;
const URL = '/wp-admin/admin.php?page=igny8-planner&tab=keywords';

/** Each body row's cells as the reader sees them (a select by its chosen option). */
async function visibleRows( page: Page, table: string ): Promise<string[][]> {
	return page.locator( `${ table } tbody tr` ).evaluateAll( ( rows ) =>
		rows.map( ( row ) =>
			Array.from( row.querySelectorAll( 'td:not(.dataviews-view-table__checkbox-column):not(.dataviews-view-table__actions-column)' ) ).map( ( cell ) => {
				const select = cell.querySelector( 'select' );
				return ( select ? select.options[ select.selectedIndex ]?.text ?? '' : cell.textContent ?? '' ).trim();
			} )
		)
	);
}

test.beforeAll( () => {
	// Volumes above anything else in the test site, so these lead the default view (by volume).
	const out = wpEval( `
		$repo = new \\Igny8\\Storage\\Keywords_Repository();
		$cluster = ( new \\Igny8\\Storage\\Clusters_Repository() )->insert( array( 'name' => 'First page ${ token }' ) );
		$repo->insert( array( 'keyword' => 'first page <b>bold</b> ${ token }', 'search_volume' => 9000002, 'difficulty' => 12, 'intent' => 'commercial', 'cluster_id' => $cluster ) );
		$repo->insert( array( 'keyword' => 'first page plain ${ token }', 'search_volume' => 9000001, 'status' => 'inactive' ) );
		echo 'ok';
	` );
	expect( out ).toBe( 'ok' );
} );

test.afterAll( () => {
	wpEval( `
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}igny8_keywords WHERE keyword LIKE %s", '%${ token }' ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}igny8_clusters WHERE name = %s", 'First page ${ token }' ) );
	` );
} );

test( 'the printed first page shows the same rows as the table, in the same place, and the app replaces it', async ( { page, context } ) => {
	// Without the screen's script, only what PHP printed is there.
	const printed = await context.newPage();
	await printed.route( /\/build\/admin-ui\/planner\.js/, ( route ) => route.fulfill( { status: 200, contentType: 'application/javascript', body: '' } ) );
	await printed.goto( URL );
	await expectNoPhpErrors( printed );
	const placeholder = printed.locator( '.igny8-first-page' );
	await expect( placeholder ).toHaveAttribute( 'aria-busy', 'true' );
	expect( await placeholder.evaluate( ( element ) => ( element as HTMLElement ).inert ) ).toBe( true );
	const printedRows = await visibleRows( printed, '.igny8-first-page__table' );
	expect( printedRows.slice( 0, 2 ) ).toEqual( [
		[ `first page <b>bold</b> ${ token }`, '9,000,002', '12', 'Commercial', `First page ${ token }`, 'Active' ],
		[ `first page plain ${ token }`, '9,000,001', '—', '—', '—', 'Inactive' ],
	] );
	const printedBox = await printed.locator( '.igny8-first-page__table tbody tr' ).first().boundingBox();
	await printed.screenshot( { path: screenshotPath( 'planner-first-page-printed' ), fullPage: true } );
	await printed.close();

	await page.goto( URL );
	const table = '.dataviews-view-table:not(.igny8-first-page__table)';
	await expect( page.locator( `${ table } tbody tr` ).first() ).toBeVisible();
	await expect( page.locator( '.igny8-first-page' ) ).toHaveCount( 0 );
	expect( await visibleRows( page, table ) ).toEqual( printedRows );
	// The first row stays where it was printed (within a few pixels of rounding).
	const mountedBox = await page.locator( `${ table } tbody tr` ).first().boundingBox();
	expect( Math.abs( ( mountedBox?.y ?? 0 ) - ( printedBox?.y ?? 0 ) ) ).toBeLessThanOrEqual( 4 );
	// And it is the working table: a row can be selected.
	await page.getByRole( 'checkbox', { name: `first page plain ${ token }` } ).check();
	await expect( page.locator( '.igny8-bulk-bar__count' ) ).toHaveText( /^1 of [\d,]+ keywords? selected$/ );
} );

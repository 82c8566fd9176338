/**
 * The Keywords table's first page printed by PHP (Keywords_First_Page) is the page the app then
 * shows: the same rows and values in the same places, so the editor reads their keywords at once
 * and nothing moves when the DataViews table takes over. The same for a cluster's page
 * (Cluster_First_Page): its figures and first keywords. And the rows never blink out in between:
 * the table mounts with its first page instead of a loading state.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { installBlinkProbe, readBlinkProbe } from '../lib/blink-probe';
import { collectConsoleErrors, expectNoPhpErrors, wpEval } from '../lib/wordpress';

const token = `fp${ Date.now().toString( 36 ) }`;
const URL = '/wp-admin/admin.php?page=igny8-planner&tab=keywords';
const CLUSTER_KEYWORDS = 'section[aria-labelledby="igny8-cluster-keywords"]';
let cluster = 0;

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

/** A cluster page's figures as the reader sees them: each term with its value. */
async function figures( page: Page, root: string ): Promise<string[][]> {
	return page.locator( `${ root } .igny8-cluster-summary__figures dt` ).evaluateAll( ( terms ) =>
		terms.map( ( term ) => [ term.textContent?.trim() ?? '', term.nextElementSibling?.textContent?.trim() ?? '' ] )
	);
}

test.beforeAll( () => {
	// Volumes above anything else in the test site, so these lead the default view (by volume).
	const out = wpEval( `
		$repo = new \\Igny8\\Storage\\Keywords_Repository();
		$cluster = ( new \\Igny8\\Storage\\Clusters_Repository() )->insert( array( 'name' => 'First page ${ token }' ) );
		$repo->insert( array( 'keyword' => 'first page <b>bold</b> ${ token }', 'search_volume' => 9000002, 'difficulty' => 12, 'intent' => 'commercial', 'cluster_id' => $cluster ) );
		$repo->insert( array( 'keyword' => 'first page plain ${ token }', 'search_volume' => 9000001, 'status' => 'inactive' ) );
		echo (int) $cluster;
	` );
	cluster = Number( out );
	expect( cluster ).toBeGreaterThan( 0 );
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

test( 'a cluster page is printed with the figures and first keywords the app shows, in the same place', async ( { page, context } ) => {
	const url = `/wp-admin/admin.php?page=igny8-planner&tab=clusters&cluster=${ cluster }`;
	const printed = await context.newPage();
	await printed.route( /\/build\/admin-ui\/planner\.js/, ( route ) => route.fulfill( { status: 200, contentType: 'application/javascript', body: '' } ) );
	await printed.goto( url );
	await expectNoPhpErrors( printed );
	const placeholder = printed.locator( '.igny8-first-page' );
	await expect( placeholder ).toHaveAttribute( 'aria-busy', 'true' );
	expect( await placeholder.evaluate( ( element ) => ( element as HTMLElement ).inert ) ).toBe( true );
	await expect( printed.locator( '.igny8-cluster-detail__title' ) ).toHaveText( `Cluster: First page ${ token }` );
	const printedFigures = await figures( printed, '.igny8-first-page' );
	expect( printedFigures.slice( 0, 3 ) ).toEqual( [ [ 'Keywords', '1' ], [ 'Total search volume', '9,000,002' ], [ 'Difficulty', '12 average (12–12)' ] ] );
	const printedRows = await visibleRows( printed, CLUSTER_KEYWORDS );
	expect( printedRows ).toEqual( [ [ `first page <b>bold</b> ${ token }`, '9,000,002', '12', 'Commercial', 'Active' ] ] );
	const printedBox = await printed.locator( `${ CLUSTER_KEYWORDS } tbody tr` ).first().boundingBox();
	await printed.screenshot( { path: screenshotPath( 'planner-cluster-first-page-printed' ), fullPage: true } );
	await printed.close();

	const errors = collectConsoleErrors( page );
	await page.goto( url );
	const mountedRow = page.locator( `.igny8-cluster-detail ${ CLUSTER_KEYWORDS } .dataviews-view-table:not(.igny8-first-page__table) tbody tr` ).first();
	await expect( mountedRow ).toBeVisible();
	await expect( page.locator( '.igny8-first-page' ) ).toHaveCount( 0 );
	expect( await figures( page, '.igny8-cluster-detail' ) ).toEqual( printedFigures );
	expect( await visibleRows( page, CLUSTER_KEYWORDS ) ).toEqual( printedRows );
	// The first keyword stays where it was printed (within a few pixels of rounding).
	const mountedBox = await mountedRow.boundingBox();
	expect( Math.abs( ( mountedBox?.y ?? 0 ) - ( printedBox?.y ?? 0 ) ) ).toBeLessThanOrEqual( 4 );
	await page.waitForLoadState( 'networkidle' );
	expect( errors ).toEqual( [] );
} );

/** Opens `url` with the probe on `container` and waits until the app's table is in and the page is idle. */
async function expectNoBlink( page: Page, url: string, container: string ): Promise<void> {
	await installBlinkProbe( page, container );
	await page.goto( url );
	await expect( page.locator( `${ container } .dataviews-view-table:not(.igny8-first-page__table) tbody tr` ).first() ).toBeVisible();
	await expect( page.locator( '.igny8-first-page' ) ).toHaveCount( 0 );
	await page.waitForLoadState( 'networkidle' );
	const record = await readBlinkProbe( page );
	// The printed rows were seen first (else "no blink" would prove nothing), then never went away.
	expect( record?.painted ).toBe( true );
	expect( record?.blinks ).toEqual( [] );
}

test( 'the Keywords table takes over from the printed rows without a loading blink, and a refresh reads the server', async ( { page } ) => {
	const reads: string[] = [];
	page.on( 'request', ( request ) => {
		if ( decodeURIComponent( request.url() ).includes( '/igny8/v1/planner/keywords' ) ) reads.push( request.url() );
	} );
	await expectNoBlink( page, URL, '#igny8-planner-root' );
	expect( ( await visibleRows( page, '#igny8-planner-root' ) )[ 0 ]?.[ 0 ] ).toBe( `first page <b>bold</b> ${ token }` );
	// The first page came from the page itself, not from a request.
	expect( reads ).toEqual( [] );

	// Read once: when the table is read again (as after an action), the server answers, with the
	// keyword added since, not the page PHP preloaded.
	wpEval( `( new \\Igny8\\Storage\\Keywords_Repository() )->insert( array( 'keyword' => 'first page later ${ token }', 'search_volume' => 9000003 ) );` );
	await page.evaluate( () => ( window as unknown as { wp: { data: { dispatch: ( s: string ) => { invalidateCollection: ( n: string ) => void } } } } )
		.wp.data.dispatch( 'igny8/core' ).invalidateCollection( 'keywords' ) );
	await expect( page.locator( '#igny8-planner-root tbody tr' ).first() ).toContainText( `first page later ${ token }` );
	expect( reads.length ).toBeGreaterThan( 0 );
} );

test( 'a cluster page\'s keyword table takes over from the printed rows without a loading blink', async ( { page } ) => {
	const url = `/wp-admin/admin.php?page=igny8-planner&tab=clusters&cluster=${ cluster }`;
	await expectNoBlink( page, url, `#igny8-planner-root ${ CLUSTER_KEYWORDS }` );
	expect( await visibleRows( page, CLUSTER_KEYWORDS ) ).toEqual( [
		[ `first page <b>bold</b> ${ token }`, '9,000,002', '12', 'Commercial', 'Active' ],
	] );
} );

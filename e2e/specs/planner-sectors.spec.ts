/**
 * Sectors in the Planner: a keyword added through the form (and a duplicate refused with the
 * typed text kept), the sector of selected keywords set with the bulk action, and the Keywords
 * and Clusters tables filtered by sector. Sectors, keywords and clusters are made through the
 * real REST routes; what the browser does is checked against what WordPress stored.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { collectConsoleErrors, expectNoPhpErrors, wpRest } from '../lib/wordpress';

const PREFIX = 'Sector e2e';
const token = `sx${ Date.now().toString( 36 ) }`;
const orchards = `${ PREFIX } orchards ${ token }`;
const vineyards = `${ PREFIX } vineyards ${ token }`;
const keywords = { pear: `pear trees ${ token }`, apple: `apple trees ${ token }`, grape: `grape vines ${ token }` };
const clusters = { fruit: `Fruit trees ${ token }`, other: `Other plants ${ token }` };
const sectorIds: Record< string, number > = {};

interface Row {
	id: number;
	name?: string;
	keyword?: string;
	sector_id: number | null;
}

function keywordRows(): Row[] {
	return wpRest( 'GET', '/igny8/v1/planner/keywords', { search: token, per_page: 100 } ).data as Row[];
}

/** Filters the open table by Sector = name through the DataViews filter menu. */
async function filterBySector( page: Page, name: string ) {
	await page.getByRole( 'button', { name: 'Add filter' } ).click();
	await page.getByRole( 'menuitem', { name: 'Sector' } ).click();
	await page.getByRole( 'option', { name } ).click();
	await page.keyboard.press( 'Escape' );
}

test.beforeAll( () => {
	// A site has at most five sectors and the test site is kept between runs: make room.
	const existing = wpRest( 'GET', '/igny8/v1/planner/sectors', { per_page: 100, orderby: 'id', order: 'asc' } ).data as Row[];
	const ours = existing.filter( ( sector ) => sector.name?.startsWith( PREFIX ) );
	const others = existing.filter( ( sector ) => ! sector.name?.startsWith( PREFIX ) );
	for ( const sector of [ ...ours, ...others.slice( 0, Math.max( 0, others.length - 3 ) ) ] ) {
		wpRest( 'DELETE', `/igny8/v1/planner/sectors/${ sector.id }` );
	}
	for ( const name of [ orchards, vineyards ] ) {
		const created = wpRest( 'POST', '/igny8/v1/planner/sectors', { name } );
		expect( created.status, JSON.stringify( created.data ) ).toBe( 201 );
		sectorIds[ name ] = ( created.data as Row ).id;
	}
	expect( wpRest( 'POST', '/igny8/v1/planner/keywords/bulk_create', { keywords: Object.values( keywords ).map( ( keyword, i ) => ( { keyword, search_volume: 100 + i } ) ) } ).status ).toBe( 200 );
	expect( wpRest( 'POST', '/igny8/v1/planner/clusters', { name: clusters.fruit, sector_id: sectorIds[ orchards ] } ).status ).toBe( 201 );
	expect( wpRest( 'POST', '/igny8/v1/planner/clusters', { name: clusters.other } ).status ).toBe( 201 );
} );

test.afterAll( () => {
	for ( const id of Object.values( sectorIds ) ) wpRest( 'DELETE', `/igny8/v1/planner/sectors/${ id }` );
} );

test( 'a keyword is added through the form, and a duplicate is refused keeping what was typed', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=keywords' );
	await expectNoPhpErrors( page );
	await page.getByRole( 'button', { name: 'Add keyword' } ).click();
	const dialog = page.getByRole( 'dialog', { name: 'Add keyword' } );
	const keyword = dialog.getByLabel( 'Keyword (required)' );
	await expect( keyword ).toBeFocused();

	// The browser's checks: an empty keyword, a difficulty above 100.
	await dialog.getByRole( 'button', { name: 'Add keyword' } ).click();
	await expect( dialog.getByText( 'Type the keyword.' ) ).toBeVisible();
	await expect( keyword ).toBeFocused();
	const added = `cherry trees ${ token }`;
	await keyword.fill( added );
	await dialog.getByLabel( 'Search volume' ).fill( '320' );
	await dialog.getByLabel( 'Difficulty (0–100)' ).fill( '150' );
	await dialog.getByRole( 'button', { name: 'Add keyword' } ).click();
	await expect( dialog.getByText( /The difficulty is a whole number from 0 to 100/ ) ).toBeVisible();
	await dialog.getByLabel( 'Difficulty (0–100)' ).fill( '35' );
	await dialog.getByLabel( 'Intent' ).selectOption( 'commercial' );
	await dialog.getByLabel( 'Sector' ).selectOption( { label: orchards } );
	await dialog.getByRole( 'button', { name: 'Add keyword' } ).click();

	await expect( dialog ).toHaveCount( 0 );
	await expect( page.locator( '.components-snackbar', { hasText: `Keyword “${ added }” added.` } ) ).toBeVisible();
	await page.getByRole( 'searchbox', { name: 'Search keywords' } ).fill( added );
	await expect( page.getByRole( 'checkbox', { name: added } ) ).toBeVisible();
	const stored = keywordRows().find( ( row ) => row.keyword === added ) as Row & { search_volume: number; difficulty: number; intent: string };
	expect( [ stored.search_volume, stored.difficulty, stored.intent, stored.sector_id ] ).toEqual( [ 320, 35, 'commercial', sectorIds[ orchards ] ] );

	// The same keyword again (other case and spacing): the server's 409 under the field, the text kept.
	await page.getByRole( 'button', { name: 'Add keyword' } ).click();
	const again = page.getByRole( 'dialog', { name: 'Add keyword' } );
	const typed = `  Pear  Trees ${ token }`;
	await again.getByLabel( 'Keyword (required)' ).fill( typed );
	await again.getByLabel( 'Search volume' ).fill( '999' );
	await again.getByRole( 'button', { name: 'Add keyword' } ).click();
	await expect( again.getByText( /This keyword already exists\. Search for it in the table/ ) ).toBeVisible();
	await expect( again.getByLabel( 'Keyword (required)' ) ).toHaveValue( typed );
	await expect( again.getByLabel( 'Keyword (required)' ) ).toHaveAttribute( 'aria-invalid', 'true' );
	await expect( again.getByLabel( 'Search volume' ) ).toHaveValue( '999' );
	await page.screenshot( { path: screenshotPath( 'planner-add-keyword-duplicate' ), fullPage: true } );
	await page.keyboard.press( 'Escape' );
	await expect( again ).toHaveCount( 0 );
	expect( keywordRows().filter( ( row ) => row.keyword?.toLowerCase() === keywords.pear ) ).toHaveLength( 1 );
	// The only console line is Chromium's own log of the 409 answer; no script error.
	expect( errors ).toEqual( [ 'Failed to load resource: the server responded with a status of 409 (Conflict)' ] );
} );

test( 'selected keywords are moved to a sector, and the table filtered by sector shows only them', async ( { page } ) => {
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=keywords' );
	await page.getByRole( 'searchbox', { name: 'Search keywords' } ).fill( token );
	for ( const keyword of [ keywords.pear, keywords.apple ] ) await page.getByRole( 'checkbox', { name: keyword } ).check();
	await page.locator( '.dataviews-bulk-actions-footer__action-buttons' ).getByRole( 'button', { name: 'Set sector…' } ).click();
	const dialog = page.getByRole( 'dialog', { name: 'Set sector' } );
	await dialog.getByLabel( 'Sector' ).selectOption( { label: vineyards } );
	await dialog.getByRole( 'button', { name: 'Set sector' } ).click();
	await expect( dialog ).toHaveCount( 0 );
	await expect( page.locator( '.components-snackbar', { hasText: `2 keywords moved to ${ vineyards }.` } ) ).toBeVisible();
	const bySector = Object.fromEntries( keywordRows().map( ( row ) => [ row.keyword, row.sector_id ] ) );
	expect( [ bySector[ keywords.pear ], bySector[ keywords.apple ], bySector[ keywords.grape ] ] ).toEqual( [ sectorIds[ vineyards ], sectorIds[ vineyards ], null ] );

	await filterBySector( page, vineyards );
	await expect( page.getByRole( 'checkbox', { name: keywords.grape } ) ).toHaveCount( 0 );
	for ( const keyword of [ keywords.pear, keywords.apple ] ) await expect( page.getByRole( 'checkbox', { name: keyword } ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'planner-keywords-by-sector' ), fullPage: true } );

	// "No sector" is the keywords of none.
	await page.getByRole( 'button', { name: /Sector is/ } ).click();
	await page.getByRole( 'option', { name: 'No sector' } ).click();
	await page.keyboard.press( 'Escape' );
	await expect( page.getByRole( 'checkbox', { name: keywords.grape } ) ).toBeVisible();
	await expect( page.getByRole( 'checkbox', { name: keywords.pear } ) ).toHaveCount( 0 );
} );

test( 'the Clusters table shows each cluster’s sector and filters by it', async ( { page } ) => {
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=clusters' );
	await page.getByRole( 'searchbox', { name: 'Search clusters' } ).fill( token );
	await expect( page.getByRole( 'row', { name: new RegExp( clusters.fruit ) } ) ).toContainText( orchards );
	await filterBySector( page, orchards );
	await expect( page.getByRole( 'checkbox', { name: clusters.fruit } ) ).toBeVisible();
	await expect( page.getByRole( 'checkbox', { name: clusters.other } ) ).toHaveCount( 0 );
	await page.screenshot( { path: screenshotPath( 'planner-clusters-by-sector' ), fullPage: true } );
} );

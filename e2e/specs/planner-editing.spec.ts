/**
 * Editing the plan by hand in the Planner: a cluster made with New cluster (the browser's and
 * the server's refusals shown under the name, what was typed kept), keywords moved into it with
 * Move to cluster (a keyword another editor changed meanwhile and one they deleted are skipped
 * and named), and one keyword's volume, difficulty, intent and cluster edited. Only the seed
 * keywords and the other editor's changes go through REST; every step of the editor is the UI.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import {
	collectConsoleErrors,
	expectNoPhpErrors,
	wpRest,
} from '../lib/wordpress';

test.describe.configure( { mode: 'serial' } );

const token = `ed${ Date.now().toString( 36 ) }`;
// Cluster selects list the first 100 clusters by name: a leading digit keeps ours among them.
const cluster = `0 Hand-made ${ token }`;
const keywords = {
	bin: `worm bin ${ token }`,
	tea: `worm tea ${ token }`,
	gone: `worm farm ${ token }`,
	red: `red wigglers ${ token }`,
};

interface Keyword {
	id: number;
	keyword: string;
	search_volume: number | null;
	difficulty: number | null;
	intent: string | null;
	cluster_id: number | null;
}

function stored(): Record< string, Keyword > {
	const rows = wpRest( 'GET', '/igny8/v1/planner/keywords', {
		search: token,
		per_page: 100,
	} ).data as Keyword[];
	return Object.fromEntries( rows.map( ( row ) => [ row.keyword, row ] ) );
}

function clusterId(): number {
	const rows = wpRest( 'GET', '/igny8/v1/planner/clusters', {
		search: token,
		per_page: 100,
	} ).data as Array< { id: number; name: string } >;
	return rows.find( ( row ) => row.name === cluster )?.id ?? 0;
}

async function openKeywords( page: Page ) {
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=keywords' );
	await expectNoPhpErrors( page );
	await page
		.getByRole( 'searchbox', { name: 'Search keywords' } )
		.fill( token );
	await expect(
		page.getByRole( 'checkbox', { name: keywords.bin } )
	).toBeVisible();
}

test.beforeAll( () => {
	const seeded = wpRest( 'POST', '/igny8/v1/planner/keywords/bulk_create', {
		keywords: Object.values( keywords ).map( ( keyword ) => ( {
			keyword,
			search_volume: 10,
		} ) ),
	} );
	expect( seeded.status, JSON.stringify( seeded.data ) ).toBe( 200 );
} );

test.afterAll( () => {
	const id = clusterId();
	if ( id ) wpRest( 'DELETE', `/igny8/v1/planner/clusters/${ id }` );
	const ids = Object.values( stored() ).map( ( row ) => row.id );
	if ( ids.length )
		wpRest( 'POST', '/igny8/v1/planner/keywords/bulk_delete', { ids } );
} );

test( 'a cluster is made by hand; a blank or taken name is refused under the field and the text is kept', async ( {
	page,
} ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=clusters' );
	await expectNoPhpErrors( page );
	await page.getByRole( 'button', { name: 'New cluster' } ).first().click();
	let dialog = page.getByRole( 'dialog', { name: 'New cluster' } );
	await expect( dialog.getByLabel( 'Name (required)' ) ).toBeFocused();

	// The browser's rule: a name of spaces is no name.
	await dialog.getByLabel( 'Name (required)' ).fill( '   ' );
	await dialog.getByRole( 'button', { name: 'Create cluster' } ).click();
	await expect( dialog.getByText( 'Name the cluster.' ) ).toBeVisible();
	await expect( dialog.getByLabel( 'Name (required)' ) ).toBeFocused();

	await dialog.getByLabel( 'Name (required)' ).fill( cluster );
	await dialog
		.getByLabel( 'Description' )
		.fill( 'Bins, worms and what they eat.' );
	await dialog.getByRole( 'button', { name: 'Create cluster' } ).click();
	await expect( dialog ).toHaveCount( 0 );
	await expect(
		page.locator( '.components-snackbar', {
			hasText: `Cluster “${ cluster }” created.`,
		} )
	).toBeVisible();
	await page
		.getByRole( 'searchbox', { name: 'Search clusters' } )
		.fill( token );
	await expect(
		page.getByRole( 'checkbox', { name: cluster } )
	).toBeVisible();
	expect( clusterId() ).toBeGreaterThan( 0 );

	// The server's rule: the name is taken (409), shown under the field with the text kept.
	await page.getByRole( 'button', { name: 'New cluster' } ).first().click();
	dialog = page.getByRole( 'dialog', { name: 'New cluster' } );
	await dialog.getByLabel( 'Name (required)' ).fill( cluster );
	await dialog.getByLabel( 'Description' ).fill( 'A second try.' );
	await dialog.getByRole( 'button', { name: 'Create cluster' } ).click();
	await expect(
		dialog.getByText( /already exists\. Choose another name/ )
	).toBeVisible();
	await expect( dialog.getByLabel( 'Name (required)' ) ).toHaveValue(
		cluster
	);
	await expect( dialog.getByLabel( 'Name (required)' ) ).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect( dialog.getByLabel( 'Description' ) ).toHaveValue(
		'A second try.'
	);
	await page.screenshot( {
		path: screenshotPath( 'planner-new-cluster-taken' ),
		fullPage: true,
	} );
	await page.keyboard.press( 'Escape' );
	expect( errors ).toEqual( [
		'Failed to load resource: the server responded with a status of 409 (Conflict)',
	] );
} );

test( 'Move to cluster moves the selection and names each keyword changed or deleted meanwhile', async ( {
	page,
} ) => {
	const target = clusterId();
	expect( target, 'the first test made the cluster' ).toBeGreaterThan( 0 );
	await openKeywords( page );
	for ( const keyword of [ keywords.bin, keywords.tea, keywords.gone ] )
		await page.getByRole( 'checkbox', { name: keyword } ).check();

	// Another editor, after this table was read: changes one keyword, deletes another.
	await page.waitForTimeout( 1100 ); // updated_at counts seconds.
	const before = stored();
	expect(
		wpRest(
			'PATCH',
			`/igny8/v1/planner/keywords/${ before[ keywords.tea ]!.id }`,
			{ difficulty: 12 }
		).status
	).toBe( 200 );
	expect(
		wpRest(
			'DELETE',
			`/igny8/v1/planner/keywords/${ before[ keywords.gone ]!.id }`
		).status
	).toBe( 200 );

	await page
		.locator( '.dataviews-bulk-actions-footer__action-buttons' )
		.getByRole( 'button', { name: 'Move to cluster…' } )
		.click();
	const dialog = page.getByRole( 'dialog', { name: 'Move to cluster' } );
	await dialog.getByLabel( 'Cluster' ).selectOption( { label: cluster } );
	await dialog.getByRole( 'button', { name: 'Move' } ).click();
	await expect( dialog ).toHaveCount( 0 );

	await expect(
		page.locator( '.components-snackbar', {
			hasText: `1 keyword moved to ${ cluster }.`,
		} )
	).toBeVisible();
	const notice = page
		.locator( '.igny8-notice, .components-notice', {
			hasText: 'Skipped 2 rows',
		} )
		.first();
	// Named in the order the table listed them.
	await expect( notice ).toContainText( 'Skipped 2 rows: ' );
	await expect( notice ).toContainText(
		`“${ keywords.tea }” (changed since the table was read)`
	);
	await expect( notice ).toContainText(
		`“${ keywords.gone }” (deleted meanwhile)`
	);
	await expect( notice ).toContainText(
		'Select them again if you still want to change them.'
	);
	await page.screenshot( {
		path: screenshotPath( 'planner-move-to-cluster-skipped' ),
		fullPage: true,
	} );

	const after = stored();
	expect( [
		after[ keywords.bin ]?.cluster_id,
		after[ keywords.tea ]?.cluster_id,
		after[ keywords.tea ]?.difficulty,
		after[ keywords.gone ],
	] ).toEqual( [ target, null, 12, undefined ] );
} );

test( 'a keyword’s volume, difficulty, intent and cluster are edited, checked as the server checks them', async ( {
	page,
} ) => {
	const target = clusterId();
	await openKeywords( page );
	await page
		.getByRole( 'row', { name: new RegExp( keywords.red ) } )
		.getByRole( 'button', { name: 'Actions' } )
		.click();
	await page.getByRole( 'menuitem', { name: 'Edit' } ).click();
	const dialog = page.getByRole( 'dialog', { name: 'Edit keyword' } );
	await expect( dialog.getByLabel( 'Search volume' ) ).toHaveValue( '10' );

	await dialog.getByLabel( 'Difficulty (0–100)' ).fill( '150' );
	await dialog.getByLabel( 'Intent' ).selectOption( 'commercial' );
	await dialog.getByRole( 'button', { name: 'Save' } ).click();
	await expect(
		dialog.getByText( /The difficulty is a whole number from 0 to 100/ )
	).toBeVisible();
	await expect( dialog.getByLabel( 'Difficulty (0–100)' ) ).toBeFocused();
	await expect( dialog.getByLabel( 'Intent' ) ).toHaveValue( 'commercial' );
	expect( stored()[ keywords.red ]?.difficulty ).toBeNull();

	await dialog.getByLabel( 'Difficulty (0–100)' ).fill( '40' );
	await dialog.getByLabel( 'Search volume' ).fill( '880' );
	await dialog.getByLabel( 'Cluster' ).selectOption( { label: cluster } );
	await dialog.getByRole( 'button', { name: 'Save' } ).click();
	await expect( dialog ).toHaveCount( 0 );
	await expect(
		page.locator( '.components-snackbar', {
			hasText: `Keyword “${ keywords.red }” saved.`,
		} )
	).toBeVisible();
	await expect(
		page.getByRole( 'row', { name: new RegExp( keywords.red ) } )
	).toContainText( cluster );

	const row = stored()[ keywords.red ]!;
	expect( [
		row.search_volume,
		row.difficulty,
		row.intent,
		row.cluster_id,
	] ).toEqual( [ 880, 40, 'commercial', target ] );
} );

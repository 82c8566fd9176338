/**
 * A writer task edited after creation on the Writer's Tasks tab: title, brief, keywords, content
 * type, structure, category and cluster, with the browser's checks (a blank title) and the
 * server's (a category deleted while the form was open) shown under their field and what was
 * typed kept. The task, category and cluster are made through the real REST routes first.
 */
import { test, expect } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import {
	collectConsoleErrors,
	expectNoPhpErrors,
	wpRest,
} from '../lib/wordpress';

const token = `te${ Date.now().toString( 36 ) }`;
const title = `Worm bins ${ token }`;
const ids = { task: 0, cluster: 0, category: 0, gone: 0 };

interface Task {
	title: string;
	brief: string;
	keywords: string[];
	content_type: string;
	content_structure: string;
	taxonomy_term_id: number | null;
	cluster_id: number | null;
}

test.beforeAll( () => {
	const made = ( response: { status: number; data: unknown } ) => {
		expect( response.status, JSON.stringify( response.data ) ).toBe( 201 );
		return ( response.data as { id: number } ).id;
	};
	ids.task = made(
		wpRest( 'POST', '/igny8/v1/writer/tasks', {
			title,
			brief: 'For flats.',
			keywords: [ 'worm bin' ],
		} )
	);
	// Cluster selects list the first 100 clusters by name: a leading digit keeps this one among them.
	ids.cluster = made(
		wpRest( 'POST', '/igny8/v1/planner/clusters', {
			name: `0 Indoor composting ${ token }`,
		} )
	);
	ids.category = made(
		wpRest( 'POST', '/wp/v2/categories', { name: `Composting ${ token }` } )
	);
	ids.gone = made(
		wpRest( 'POST', '/wp/v2/categories', { name: `Gardening ${ token }` } )
	);
} );

test.afterAll( () => {
	wpRest( 'DELETE', `/igny8/v1/writer/tasks/${ ids.task }` );
	wpRest( 'DELETE', `/igny8/v1/planner/clusters/${ ids.cluster }` );
	wpRest( 'DELETE', `/wp/v2/categories/${ ids.category }`, { force: true } );
} );

test( 'a task is edited after creation; a blank title and a category deleted meanwhile are refused under their field', async ( {
	page,
} ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-writer&tab=tasks' );
	await expectNoPhpErrors( page );
	await page.getByRole( 'searchbox', { name: 'Search tasks' } ).fill( token );
	await page
		.getByRole( 'row', { name: new RegExp( title ) } )
		.getByRole( 'button', { name: 'Actions' } )
		.click();
	await page.getByRole( 'menuitem', { name: 'Edit' } ).click();
	const dialog = page.getByRole( 'dialog', { name: 'Edit task' } );
	await expect( dialog.getByLabel( 'Title (required)' ) ).toHaveValue(
		title
	);
	await expect( dialog.getByLabel( 'Keywords' ) ).toHaveValue( 'worm bin' );

	// The browser's rule.
	await dialog.getByLabel( 'Title (required)' ).fill( '  ' );
	await dialog.getByRole( 'button', { name: 'Save' } ).click();
	await expect( dialog.getByText( 'Write a working title.' ) ).toBeVisible();
	await expect( dialog.getByLabel( 'Title (required)' ) ).toBeFocused();

	const edited = `Worm bins for flats ${ token }`;
	await dialog.getByLabel( 'Title (required)' ).fill( edited );
	await dialog
		.getByLabel( 'Brief' )
		.fill( 'For flats and balconies.\nNo garden needed.' );
	await dialog.getByLabel( 'Keywords' ).fill( 'worm bin, indoor compost' );
	await dialog.getByLabel( 'Content type' ).selectOption( 'page' );
	await dialog
		.getByLabel( 'Structure' )
		.selectOption( { label: 'How-to guide' } );
	await dialog
		.getByLabel( 'Cluster' )
		.selectOption( { label: `0 Indoor composting ${ token }` } );
	await dialog
		.getByLabel( 'Category' )
		.selectOption( { label: `Gardening ${ token }` } );

	// The server's rule: another editor deletes that category before Save.
	expect(
		wpRest( 'DELETE', `/wp/v2/categories/${ ids.gone }`, { force: true } )
			.status
	).toBe( 200 );
	await dialog.getByRole( 'button', { name: 'Save' } ).click();
	await expect(
		dialog.getByText( /This category does not exist any more/ )
	).toBeVisible();
	await expect( dialog.getByLabel( 'Title (required)' ) ).toHaveValue(
		edited
	);
	await expect( dialog.getByLabel( 'Brief' ) ).toHaveValue(
		'For flats and balconies.\nNo garden needed.'
	);
	await expect( dialog.getByLabel( 'Category' ) ).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await page.screenshot( {
		path: screenshotPath( 'writer-task-edit-refused' ),
		fullPage: true,
	} );
	let task = wpRest( 'GET', `/igny8/v1/writer/tasks/${ ids.task }` )
		.data as Task;
	expect( task.title, 'nothing was written' ).toBe( title );

	await dialog
		.getByLabel( 'Category' )
		.selectOption( { label: `Composting ${ token }` } );
	await dialog.getByRole( 'button', { name: 'Save' } ).click();
	await expect( dialog ).toHaveCount( 0 );
	await expect(
		page.locator( '.components-snackbar', {
			hasText: `Task “${ edited }” saved.`,
		} )
	).toBeVisible();
	await expect(
		page.getByRole( 'checkbox', { name: edited } )
	).toBeVisible();

	task = wpRest( 'GET', `/igny8/v1/writer/tasks/${ ids.task }` ).data as Task;
	expect( task ).toMatchObject( {
		title: edited,
		brief: 'For flats and balconies.\nNo garden needed.',
		keywords: [ 'worm bin', 'indoor compost' ],
		content_type: 'page',
		content_structure: 'how_to',
		taxonomy_term_id: ids.category,
		cluster_id: ids.cluster,
	} );
	expect( errors ).toEqual( [
		'Failed to load resource: the server responded with a status of 400 (Bad Request)',
	] );
} );

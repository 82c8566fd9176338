/**
 * Writing strategies in Chromium against the real WordPress and Worker: the Dashboard links to
 * IGNY8 → Strategies; a strategy is created (key takeaways on, no FAQ), duplicated, made default
 * and back, and its copy deleted after a confirmation, all through the screen; axe finds no
 * serious or critical violation on it or its form. The strategy is then picked for a task in the
 * Writer's Edit task form, the task is written with Generate content, and the draft the fake model
 * (a test double that follows the request's FAQ and Key takeaways lines) wrote shows the choices.
 * The task itself is made through the real REST route first; the site is connected as the Writer
 * specs connect it.
 */
import { test, expect, type Page } from '@playwright/test';
import { seriousA11yViolations } from '../lib/axe';
import { screenshotPath } from '../lib/artifacts';
import { collectConsoleErrors, expectNoPhpErrors, wpEval, wpRest } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const token = `st${ Date.now().toString( 36 ) }`;
const name = `Takeaways first ${ token }`;
const copyName = `${ name } (copy)`;
const taskTitle = `Balcony tomatoes ${ token }`;
const ids = { task: 0 };

test.describe.configure( { mode: 'serial' } );

test.beforeAll( () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	const connected = wpEval(
		`$r = ( new \\Igny8\\Cloud\\Connection() )->connect( ${ JSON.stringify( cloudUrl ) }, ${ JSON.stringify( siteKey ) } ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';`
	);
	expect( connected ).toBe( 'ok' );
	const made = wpRest( 'POST', '/igny8/v1/writer/tasks', { title: taskTitle, brief: 'Growing tomatoes in pots on a balcony.', keywords: [ 'balcony tomatoes' ] } );
	expect( made.status, JSON.stringify( made.data ) ).toBe( 201 );
	ids.task = ( made.data as { id: number } ).id;
} );

/** The strategies table row of a strategy. */
const row = ( page: Page, strategy: string ) => page.getByRole( 'row', { name: new RegExp( `^${ strategy.replace( /[()]/g, '\\$&' ) }` ) } );

test( 'the Dashboard links to Strategies, where a strategy is created, duplicated, made default and deleted', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8' );
	await page.getByRole( 'link', { name: 'Manage strategies' } ).click();
	await expect( page ).toHaveURL( /page=igny8-strategies/ );
	await expectNoPhpErrors( page );
	await expect( page.getByRole( 'row', { name: /\(default\)/ } ) ).toBeVisible();
	expect( await seriousA11yViolations( page, '#igny8-strategies-root' ) ).toEqual( [] );

	// Create: the browser's rule first (a blank name), then the strategy.
	await page.getByRole( 'button', { name: 'Add strategy' } ).click();
	const dialog = page.getByRole( 'dialog', { name: 'New strategy' } );
	await dialog.getByRole( 'button', { name: 'Save strategy' } ).click();
	await expect( dialog.getByText( 'Give the strategy a name.' ) ).toBeVisible();
	await expect( dialog.getByLabel( 'Name (required)' ) ).toBeFocused();
	await dialog.getByLabel( 'Name (required)' ).fill( name );
	await dialog.getByLabel( 'In-article images' ).fill( '1' );
	await dialog.getByLabel( 'End with frequently asked questions' ).uncheck();
	await dialog.getByLabel( 'Open with key takeaways' ).check();
	expect( await seriousA11yViolations( page, '.components-modal__frame' ) ).toEqual( [] );
	await page.screenshot( { path: screenshotPath( 'strategies-form' ), fullPage: true } );
	await dialog.getByRole( 'button', { name: 'Save strategy' } ).click();
	await expect( dialog ).toBeHidden();
	await expect( row( page, name ) ).toContainText( '1 image, no FAQ, key takeaways, Linker links' );

	// Duplicate: the same choices under a new name.
	await row( page, name ).getByRole( 'button', { name: `Duplicate “${ name }”` } ).click();
	const copy = page.getByRole( 'dialog', { name: 'New strategy' } );
	await expect( copy.getByLabel( 'Name (required)' ) ).toHaveValue( copyName );
	await expect( copy.getByLabel( 'Open with key takeaways' ) ).toBeChecked();
	await copy.getByRole( 'button', { name: 'Save strategy' } ).click();
	await expect( row( page, copyName ) ).toContainText( 'no FAQ, key takeaways' );

	// Make the copy the default, then give the default back (other specs write with it).
	const standard = ( await page.getByRole( 'row', { name: /\(default\)/ } ).getByRole( 'cell' ).first().innerText() ).replace( '(default)', '' ).trim();
	await row( page, copyName ).getByRole( 'button', { name: `Make default: “${ copyName }”` } ).click();
	await expect( row( page, copyName ) ).toContainText( '(default)' );
	await expect( row( page, copyName ).getByRole( 'button', { name: /^Delete/ } ) ).toHaveCount( 0 );
	await row( page, standard ).getByRole( 'button', { name: `Make default: “${ standard }”` } ).click();
	await expect( row( page, standard ) ).toContainText( '(default)' );

	// Delete the copy after the confirmation.
	await row( page, copyName ).getByRole( 'button', { name: `Delete “${ copyName }”` } ).click();
	await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Delete' } ).click();
	await expect( page.getByTestId( 'snackbar' ).filter( { hasText: `Deleted strategy “${ copyName }”.` } ) ).toBeVisible();
	await expect( row( page, copyName ) ).toHaveCount( 0 );
	await page.screenshot( { path: screenshotPath( 'strategies-list' ), fullPage: true } );
	expect( errors ).toEqual( [] );
} );

test( 'a strategy picked for a task shapes the article Generate content writes', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-writer&tab=tasks' );
	await page.getByRole( 'searchbox', { name: 'Search tasks' } ).fill( token );
	const taskRow = page.getByRole( 'row', { name: new RegExp( taskTitle ) } );
	await taskRow.getByRole( 'button', { name: 'Actions' } ).click();
	await page.getByRole( 'menuitem', { name: 'Edit' } ).click();
	const edit = page.getByRole( 'dialog', { name: 'Edit task' } );
	await edit.getByLabel( 'Writing strategy' ).selectOption( { label: name } );
	await edit.getByRole( 'button', { name: 'Save' } ).click();
	await expect( edit ).toBeHidden();
	const stored = wpRest( 'GET', `/igny8/v1/writer/tasks/${ ids.task }` ).data as { strategy_id: number | null };
	expect( stored.strategy_id ).toBeGreaterThan( 0 );

	await page.getByRole( 'checkbox', { name: taskTitle } ).check();
	await page.getByRole( 'button', { name: 'Generate content', exact: true } ).click();
	await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Start', exact: true } ).click();
	const editLink = page.getByRole( 'link', { name: 'Edit draft' } );
	await expect( editLink ).toBeVisible( { timeout: 90_000 } );
	const postId = Number( /post=(\d+)/.exec( ( await editLink.getAttribute( 'href' ) ) ?? '' )?.[ 1 ] );
	expect( postId ).toBeGreaterThan( 0 );

	// The draft has what the strategy asked for: key takeaways, and no FAQ section.
	const post = wpRest( 'GET', `/wp/v2/posts/${ postId }`, { context: 'edit' } ).data as { content: { raw: string } };
	expect( post.content.raw ).toContain( 'Key takeaways' );
	expect( post.content.raw ).not.toContain( 'Frequently asked questions' );
	expect( errors ).toEqual( [] );
} );

test( 'the New task card keeps the strategy picked for the article it creates', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	const newTitle = `Herb spirals ${ token }`;
	await page.goto( '/wp-admin/admin.php?page=igny8-writer' );
	await page.evaluate( () => window.sessionStorage.clear() );
	await page.reload();
	const card = page.locator( 'form.igny8-form' ).filter( { has: page.getByLabel( 'Brief' ) } );
	await card.getByLabel( 'Title' ).fill( newTitle );
	await card.getByLabel( 'Writing strategy' ).selectOption( { label: name } );
	await card.getByRole( 'button', { name: 'Generate', exact: true } ).click();
	// The price comes first; declining it leaves the task made, with its strategy, and nothing spent.
	const confirm = page.getByRole( 'dialog' );
	await expect( confirm ).toBeVisible();
	await confirm.getByRole( 'button', { name: 'Cancel' } ).click();
	const found = wpRest( 'GET', '/igny8/v1/writer/tasks', { search: newTitle } ).data as Array< { title: string; strategy_id: number | null } >;
	const strategies = wpRest( 'GET', '/igny8/v1/strategies', { search: name, per_page: 100 } ).data as Array< { id: number; name: string } >;
	const picked = strategies.find( ( strategy ) => strategy.name === name );
	expect( picked ).toBeDefined();
	expect( found.map( ( task ) => [ task.title, task.strategy_id ] ) ).toEqual( [ [ newTitle, picked?.id ] ] );
	// The choice survives a reload with the rest of the form.
	await page.reload();
	await expect( card.getByLabel( 'Writing strategy' ) ).toHaveValue( String( picked?.id ) );
	expect( errors ).toEqual( [] );
} );

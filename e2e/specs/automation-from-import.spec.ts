/**
 * Automation reached from the UI alone, in Chromium against the real WordPress and Worker (the fake
 * model is the only double): connect in Settings → import keywords → Auto cluster → Generate ideas →
 * approve an idea in the Ideas tab → create a rule, edit it → Run now → the run log ends with the
 * article published. No row is inserted and no PHP is evaluated to get past a step. The wall time of
 * that whole import → publish flow is printed (and attached to the test as an annotation).
 *
 * Then ideas by hand: New idea refuses an empty title and keeps what was typed, Edit changes every
 * field, and Approve over an idea another tab approved meanwhile reports it as skipped.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { collectConsoleErrors, expectNoPhpErrors } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
// One word that ends every keyword: the fake model names a cluster after the last word.
const token = `zr${ Date.now().toString( 36 ) }`;
const cluster = token.charAt( 0 ).toUpperCase() + token.slice( 1 );
const idea = `The complete guide to ${ token }`;
const rule = `From import ${ token }`;

test.describe.configure( { mode: 'serial' } );

/** The DataViews bulk-action button (the footer that appears once rows are selected). */
// The pipeline's actions (and Approve) are labelled buttons above the table; the rest stay in DataViews' footer.
const bulkAction = ( page: Page, name: string ) => page.locator( '.igny8-bulk-bar, .dataviews-bulk-actions-footer__action-buttons' ).getByRole( 'button', { name, exact: true } );

/** Confirms the estimate modal of a job action. */
async function confirmEstimate( page: Page, title: string ): Promise<void> {
	const dialog = page.getByRole( 'dialog', { name: title } );
	await expect( dialog.getByText( 'Credits needed (at most)' ) ).toBeVisible();
	await dialog.getByRole( 'button', { name: 'Start' } ).click();
}

/** Connects through the Settings screen, unless an earlier spec did. */
async function connect( page: Page ): Promise<void> {
	await page.goto( '/wp-admin/admin.php?page=igny8-settings' );
	const connectButton = page.getByRole( 'button', { name: 'Connect', exact: true } );
	const testButton = page.getByRole( 'button', { name: 'Test connection' } );
	await expect( connectButton.or( testButton ).first() ).toBeVisible();
	if ( await connectButton.isVisible() ) {
		await page.getByLabel( 'Cloud URL' ).fill( cloudUrl );
		await page.getByLabel( 'Site API key' ).fill( siteKey );
		await connectButton.click();
		await expect( testButton ).toBeVisible();
	}
}

/** Sends every approved idea of the site back to draft (Ideas tab, Status = Approved, bulk Unapprove), so the rule takes only ours. */
async function unapproveAll( page: Page ): Promise<void> {
	const rows = page.locator( '.dataviews-view-table tbody tr' );
	for ( let round = 0; round < 5; round++ ) {
		await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=ideas' );
		await expect( rows.first() ).toBeVisible();
		await page.getByRole( 'button', { name: 'Add filter' } ).click();
		await page.getByRole( 'menuitem', { name: 'Status' } ).click();
		await page.getByRole( 'option', { name: 'Approved' } ).click();
		await page.keyboard.press( 'Escape' );
		// The filtered page replaces the first one: only approved rows, or none.
		await expect
			.poll( async () => {
				if ( await page.locator( '.dataviews-no-results' ).isVisible() ) return 'none';
				const count = await rows.count();
				return count > 0 && ( await rows.filter( { hasNotText: 'Approved' } ).count() ) === 0 ? 'approved' : 'loading';
			} )
			.not.toBe( 'loading' );
		if ( ( await rows.count() ) === 0 ) return;
		// The header's Select all (the bulk-actions footer has one too).
		await page.getByRole( 'checkbox', { name: 'Select all' } ).first().check();
		await bulkAction( page, 'Unapprove' ).click();
		await expect( page.locator( '.igny8-notice', { hasText: /sent back to draft/ } ) ).toBeVisible();
	}
	throw new Error( 'Approved ideas are still listed after five rounds of Unapprove.' );
}

test( 'import → cluster → ideas → approve → rule (created, edited) → Run now → published, from the UI alone', async ( { page } ) => {
	test.setTimeout( 420_000 );
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	const errors = collectConsoleErrors( page );
	const started = Date.now();
	await connect( page );

	// Import three keywords with the Planner's import dialog.
	await page.goto( '/wp-admin/admin.php?page=igny8-planner' );
	await page.getByRole( 'button', { name: 'Import keywords' } ).first().click();
	const importer = page.getByRole( 'dialog', { name: 'Import keywords' } );
	const csv = [ 'Keyword,Volume', `hedge trimming ${ token },900`, `hedge planting ${ token },700`, `hedge care ${ token },300` ].join( '\n' );
	await importer.getByLabel( 'Keyword file' ).setInputFiles( { name: `hedges-${ token }.csv`, mimeType: 'text/csv', buffer: Buffer.from( csv ) } );
	await importer.getByRole( 'button', { name: 'Upload and preview' } ).click();
	await expect( importer.getByRole( 'table', { name: 'First rows of the file' } ).getByRole( 'cell', { name: `hedge care ${ token }` } ).first() ).toBeVisible();
	await importer.getByLabel( 'Keyword (required)' ).selectOption( { label: 'Column 1: Keyword' } );
	await importer.getByRole( 'button', { name: 'Import', exact: true } ).click();
	await expect( importer.getByText( /Import finished: 3 keywords imported/ ) ).toBeVisible( { timeout: 30_000 } );
	await importer.getByRole( 'button', { name: 'Done' } ).click();

	// Auto cluster, then Generate ideas.
	await page.getByRole( 'searchbox', { name: 'Search keywords' } ).fill( token );
	for ( const keyword of [ 'hedge trimming', 'hedge planting', 'hedge care' ] ) {
		await page.getByRole( 'checkbox', { name: `${ keyword } ${ token }` } ).check();
	}
	await bulkAction( page, 'Auto cluster' ).click();
	await confirmEstimate( page, 'Auto cluster' );
	const clustered = page.locator( '.igny8-notice', { hasText: 'Auto cluster finished' } );
	await expect( clustered ).toBeVisible( { timeout: 90_000 } );
	await clustered.getByRole( 'link', { name: 'View clusters' } ).click();
	await page.getByRole( 'searchbox', { name: 'Search clusters' } ).fill( token );
	await page.getByRole( 'checkbox', { name: cluster, exact: true } ).check();
	await bulkAction( page, 'Generate ideas' ).click();
	await confirmEstimate( page, 'Generate ideas' );
	await expect( page.locator( '.igny8-notice', { hasText: 'Generate ideas finished' } ) ).toBeVisible( { timeout: 90_000 } );

	// Only our idea is approved: the others of the site go back to draft first, through the same tab.
	await unapproveAll( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=ideas' );
	await page.getByRole( 'searchbox', { name: 'Search ideas' } ).fill( token );
	const ideaRow = page.getByRole( 'row' ).filter( { has: page.getByRole( 'checkbox', { name: idea, exact: true } ) } );
	await expect( ideaRow.getByText( 'New', { exact: true } ) ).toBeVisible();
	await page.getByRole( 'checkbox', { name: idea, exact: true } ).check();
	await bulkAction( page, 'Approve' ).click();
	await expect( page.locator( '.igny8-notice', { hasText: '1 idea approved.' } ) ).toBeVisible();
	await expect( ideaRow.getByText( 'Approved', { exact: true } ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'ideas-approved' ), fullPage: true } );

	// A rule that publishes what passes a gate of 0, created then edited.
	await page.goto( '/wp-admin/admin.php?page=igny8-automation' );
	await page.getByRole( 'button', { name: 'New rule' } ).click();
	let form = page.getByRole( 'dialog', { name: 'New automation rule' } );
	await form.getByLabel( 'Name' ).fill( `Draft ${ rule }` );
	await form.getByLabel( 'Approved ideas per run (at most)' ).fill( '30' );
	await form.getByRole( 'button', { name: 'Create rule' } ).click();
	// The browser refuses what the server would, and keeps the typed name.
	await expect( form.getByText( 'A whole number from 1 to 20.' ) ).toBeVisible();
	await expect( form.getByLabel( 'Name' ) ).toHaveValue( `Draft ${ rule }` );
	await form.getByLabel( 'Approved ideas per run (at most)' ).fill( '1' );
	await form.getByRole( 'button', { name: 'Create rule' } ).click();
	const row = page.getByRole( 'row' ).filter( { hasText: `Draft ${ rule }` } );
	await expect( row ).toBeVisible();

	await row.getByRole( 'button', { name: 'Edit' } ).click();
	form = page.getByRole( 'dialog', { name: 'Edit automation rule' } );
	await expect( form.getByLabel( 'Name' ) ).toHaveValue( `Draft ${ rule }` );
	await expect( form.getByLabel( 'Approved ideas per run (at most)' ) ).toHaveValue( '1' );
	await form.getByLabel( 'Name' ).fill( rule );
	await form.getByLabel( 'When a post passes the quality gate' ).selectOption( { label: 'Publish it' } );
	await form.getByLabel( 'Lowest optimisation score to publish (0–100)' ).fill( '0' );
	await form.getByRole( 'button', { name: 'Save rule' } ).click();
	await expect( form ).toBeHidden();
	const edited = page.getByRole( 'row' ).filter( { hasText: rule } );
	await expect( edited.getByRole( 'button', { name: rule, exact: true } ) ).toBeVisible();
	await edited.getByRole( 'button', { name: 'Edit' } ).click();
	form = page.getByRole( 'dialog', { name: 'Edit automation rule' } );
	await expect( form.getByLabel( 'When a post passes the quality gate' ) ).toHaveValue( 'publish' );
	await expect( form.getByLabel( 'Lowest optimisation score to publish (0–100)' ) ).toHaveValue( '0' );
	await form.getByRole( 'button', { name: 'Cancel' } ).click();

	// Run now: the run waits for its article, and the log follows it to the end.
	await edited.getByRole( 'button', { name: 'Run now' } ).click();
	await expect( page.locator( '.components-notice', { hasText: /Run waiting/ } ) ).toBeVisible( { timeout: 60_000 } );
	const log = page.locator( '.igny8-run-log' );
	await expect( log.getByText( `Task`, { exact: false } ).first() ).toBeVisible();
	await expect( log.getByText( new RegExp( `created for "${ idea }"` ) ) ).toBeVisible();
	await expect( log.getByText( '1 published, 0 scheduled, 0 kept as drafts, 0 failed.' ) ).toBeVisible( { timeout: 240_000 } );
	await expect( log.getByText( /Post \d+ published\./ ) ).toBeVisible();
	const seconds = Math.round( ( Date.now() - started ) / 1000 );
	test.info().annotations.push( { type: 'import → publish wall time', description: `${ seconds } s` } );
	console.log( `import → publish wall time: ${ seconds } s` );
	await page.screenshot( { path: screenshotPath( 'automation-run-published' ), fullPage: true } );

	// The Writer shows the article as published.
	await page.goto( '/wp-admin/admin.php?page=igny8-writer&tab=tasks' );
	const task = page.getByRole( 'row' ).filter( { has: page.getByRole( 'checkbox', { name: idea, exact: true } ) } );
	await expect( task.getByText( 'Published' ) ).toBeVisible( { timeout: 30_000 } );
	await expectNoPhpErrors( page );
	expect( errors ).toEqual( [] );
} );

test( 'an idea made by hand: refused without a title (what was typed stays), edited, and a stale Approve reports the skipped row', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	const title = `Hedges for small gardens ${ token }`;
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=ideas' );
	await page.getByRole( 'button', { name: 'New idea' } ).click();
	let form = page.getByRole( 'dialog', { name: 'New idea' } );
	await form.getByLabel( 'Description' ).fill( 'Which hedge fits a small garden.' );
	await form.getByLabel( 'Content structure' ).fill( 'Choosing a hedge\n- Evergreen or not\nPlanting' );
	await form.getByRole( 'button', { name: 'Add idea' } ).click();
	await expect( form.getByText( 'Type the title.' ) ).toBeVisible();
	await expect( form.getByLabel( 'Title (required)' ) ).toBeFocused();
	await expect( form.getByLabel( 'Description' ) ).toHaveValue( 'Which hedge fits a small garden.' );
	await form.getByLabel( 'Title (required)' ).fill( title );
	await form.getByLabel( 'Cluster' ).selectOption( { label: cluster } );
	await form.getByLabel( 'Target keywords' ).fill( `small hedge ${ token }, compact hedge` );
	await form.getByRole( 'button', { name: 'Add idea' } ).click();
	await expect( page.locator( '.components-snackbar', { hasText: `Idea “${ title }” added.` } ) ).toBeVisible();

	await page.getByRole( 'searchbox', { name: 'Search ideas' } ).fill( title );
	const row = page.getByRole( 'row' ).filter( { has: page.getByRole( 'checkbox', { name: title, exact: true } ) } );
	await expect( row.getByText( `small hedge ${ token }, compact hedge` ) ).toBeVisible();
	await expect( row.getByText( cluster, { exact: true } ) ).toBeVisible();

	// Edit: every field comes back as saved, and the changes are kept.
	await row.getByRole( 'button', { name: 'Actions' } ).click();
	await page.getByRole( 'menuitem', { name: 'Edit' } ).click();
	form = page.getByRole( 'dialog', { name: 'Edit idea' } );
	await expect( form.getByLabel( 'Content structure' ) ).toHaveValue( 'Choosing a hedge\n- Evergreen or not\nPlanting' );
	await form.getByLabel( 'Title (required)' ).fill( `${ title } (edited)` );
	await form.getByLabel( 'Content structure' ).fill( 'Choosing a hedge\n- Evergreen or not\n- Flowering\nPlanting' );
	await form.getByLabel( 'Target keywords' ).fill( `small hedge ${ token }` );
	await form.getByRole( 'button', { name: 'Save idea' } ).click();
	await expect( page.locator( '.components-snackbar', { hasText: `Idea “${ title } (edited)” saved.` } ) ).toBeVisible();
	await page.reload();
	await page.getByRole( 'searchbox', { name: 'Search ideas' } ).fill( title );
	const editedRow = page.getByRole( 'row' ).filter( { has: page.getByRole( 'checkbox', { name: `${ title } (edited)`, exact: true } ) } );
	await editedRow.getByRole( 'button', { name: 'Actions' } ).click();
	await page.getByRole( 'menuitem', { name: 'Edit' } ).click();
	form = page.getByRole( 'dialog', { name: 'Edit idea' } );
	await expect( form.getByLabel( 'Content structure' ) ).toHaveValue( 'Choosing a hedge\n- Evergreen or not\n- Flowering\nPlanting' );
	await expect( form.getByLabel( 'Target keywords' ) ).toHaveValue( `small hedge ${ token }` );
	await form.getByRole( 'button', { name: 'Cancel' } ).click();

	// Another tab approves the idea; this tab still shows it as new and approves it too: skipped, and said so.
	const other = await page.context().newPage();
	await other.goto( '/wp-admin/admin.php?page=igny8-planner&tab=ideas' );
	await other.getByRole( 'searchbox', { name: 'Search ideas' } ).fill( title );
	await other.getByRole( 'checkbox', { name: `${ title } (edited)`, exact: true } ).check();
	await bulkAction( other, 'Approve' ).click();
	await expect( other.locator( '.igny8-notice', { hasText: '1 idea approved.' } ) ).toBeVisible();
	await other.close();

	await expect( editedRow.getByText( 'New', { exact: true } ) ).toBeVisible();
	await page.getByRole( 'checkbox', { name: `${ title } (edited)`, exact: true } ).check();
	await bulkAction( page, 'Approve' ).click();
	await expect( page.locator( '.igny8-notice', { hasText: `0 ideas approved. 1 idea skipped: “${ title } (edited)” skipped: It is already approved.` } ) ).toBeVisible();
	await expect( editedRow.getByText( 'Approved', { exact: true } ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'ideas-skipped-approve' ), fullPage: true } );

	// Unapprove sends it back.
	await page.getByRole( 'checkbox', { name: `${ title } (edited)`, exact: true } ).check();
	await bulkAction( page, 'Unapprove' ).click();
	await expect( page.locator( '.igny8-notice', { hasText: '1 idea sent back to draft.' } ) ).toBeVisible();
	await expect( editedRow.getByText( 'New', { exact: true } ) ).toBeVisible();
	await expectNoPhpErrors( page );
	expect( errors ).toEqual( [] );
} );

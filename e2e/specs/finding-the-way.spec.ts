/**
 * Finding the way, in Chromium at 1280 px against the real WordPress and Worker: the Writer's
 * tasks table keeps its Actions column inside the window, says "Not started" for a task nothing
 * is processing, counts the whole table (not the page) above its rows with the pipeline's
 * actions as labelled buttons, and shows a running task's progress in its own row; the
 * Dashboard links each first step; Settings shows the live balance without Test connection.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { collectConsoleErrors, wpEval, wpEvalJson, wpRest } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const fakeModelUrl = process.env.IGNY8_TEST_FAKE_MODEL_URL ?? '';
const BAR = 'Actions on the selected rows';

test.describe.configure( { mode: 'serial' } );
test.use( { viewport: { width: 1280, height: 800 } } );

/** Creates a writer task (setup only: what is tested is how the table shows it). */
function createTask( title: string, keywords: string[] ): number {
	return wpEvalJson<{ id: number }>(
		`echo wp_json_encode( [ 'id' => ( new \\Igny8\\Storage\\Tasks_Repository() )->insert( [ 'title' => ${ JSON.stringify( title ) }, 'brief' => 'A brief.', 'keywords' => ${ JSON.stringify( keywords ) } ] ) ] );`
	).id;
}

/** POST /__control of the fake model (a test double); its settings after the change. */
async function controlFakeModel( body: Record<string, unknown> ): Promise<{ settings: { timeout_hold_ms: number } }> {
	const response = await fetch( `${ fakeModelUrl }/__control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify( body ) } );
	expect( response.status ).toBe( 200 );
	return ( await response.json() ) as { settings: { timeout_hold_ms: number } };
}

async function openTasks( page: Page, search = '' ): Promise<void> {
	await page.goto( '/wp-admin/admin.php?page=igny8-writer&tab=tasks' );
	if ( search ) {
		await page.getByRole( 'searchbox', { name: 'Search tasks' } ).fill( search );
	}
}

test.beforeAll( () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	const result = wpEval(
		`$r = ( new \\Igny8\\Cloud\\Connection() )->connect( ${ JSON.stringify( cloudUrl ) }, ${ JSON.stringify( siteKey ) } ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';`
	);
	expect( result ).toBe( 'ok' );
} );

test( 'the tasks table fits 1280 px with its Actions column, says "Not started" and counts the whole table', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	const token = Date.now();
	// More tasks than one page holds (20), with long titles and keywords that used to push Actions off screen.
	for ( let i = 0; i < 21; i++ ) {
		createTask( `Fit check ${ token } ${ i }: a long title about trail running shoes for wide feet on muddy ground`, [ 'trail running shoes for wide feet', 'muddy trail shoes', 'best wide toe box trail runners' ] );
	}
	await openTasks( page );
	const first = page.getByRole( 'row', { name: new RegExp( `Fit check ${ token } 20:` ) } );
	await expect( first ).toBeVisible();

	// Actions column: inside the viewport, no horizontal scrolling needed.
	const actionsCell = first.locator( 'td.dataviews-view-table__actions-column' );
	await expect( actionsCell ).toBeVisible();
	const box = await actionsCell.boundingBox();
	expect( box ).not.toBeNull();
	expect( box!.x + box!.width ).toBeLessThanOrEqual( 1280 );
	await expect( first.getByRole( 'button', { name: 'Actions' } ) ).toBeVisible();

	// The strategy the selected tasks are written with sits inside the card's padding, not on its edge.
	const card = page.locator( '.igny8-table-card' );
	const strategy = card.locator( '.igny8-tasks__strategy' );
	await expect( strategy.getByRole( 'combobox', { name: 'Writing strategy' } ) ).toBeVisible();
	const [ cardBox, strategyBox ] = [ await card.boundingBox(), await strategy.boundingBox() ];
	expect( strategyBox!.x - cardBox!.x ).toBeGreaterThanOrEqual( 16 );
	expect( cardBox!.x + cardBox!.width - ( strategyBox!.x + strategyBox!.width ) ).toBeGreaterThanOrEqual( 16 );

	// Nothing is processing a new task: it is not "Queued".
	await expect( first ).toContainText( 'Not started' );
	await expect( first ).not.toContainText( 'Queued' );

	// The count above the table is the total, not the 20 rows of the page.
	const count = page.locator( '.igny8-bulk-bar__count' );
	await expect( count ).toHaveText( /^[\d,]+ tasks$/ );
	const shown = Number( ( await count.textContent() ?? '' ).replace( /\D/g, '' ) );
	expect( shown ).toBeGreaterThanOrEqual( 21 );
	expect( await page.locator( '.dataviews-view-table tbody tr' ).count() ).toBe( 20 );
	await expect( page.locator( '.dataviews-bulk-actions-footer__item-count' ) ).toBeHidden();

	// The pipeline's actions are labelled buttons above the rows, usable once rows are selected.
	const bar = page.getByRole( 'toolbar', { name: BAR } );
	const generate = bar.getByRole( 'button', { name: 'Generate content', exact: true } );
	await expect( generate ).toHaveAttribute( 'aria-disabled', 'true' );
	await page.getByRole( 'checkbox', { name: new RegExp( `Fit check ${ token } 20:` ) } ).check();
	await expect( generate ).not.toHaveAttribute( 'aria-disabled', 'true' );
	await expect( count ).toHaveText( new RegExp( `^1 of ${ shown.toLocaleString( 'en-US' ) } tasks selected$` ) );
	await expect( page.locator( '.dataviews-bulk-actions-footer__action-buttons' ).getByRole( 'button', { name: 'Generate content' } ) ).toHaveCount( 0 );
	await page.screenshot( { path: screenshotPath( 'writer-tasks-1280' ), fullPage: true } );
	expect( errors ).toEqual( [] );
} );

test( 'a running task shows its progress in its own row', async ( { page } ) => {
	expect( fakeModelUrl, 'IGNY8_TEST_FAKE_MODEL_URL is set by npm test' ).not.toBe( '' );
	const title = `Row progress ${ Date.now() }`;
	createTask( title, [ 'hill repeats' ] );
	// The fake model holds this article long enough to watch its row, then it is cancelled.
	const previous = ( await controlFakeModel( {} ) ).settings.timeout_hold_ms;
	await controlFakeModel( { timeout_hold_ms: 15_000, script: [ { fault: 'timeout', match: title } ] } );
	try {
		await openTasks( page, title );
		await page.getByRole( 'checkbox', { name: title } ).check();
		await page.getByRole( 'toolbar', { name: BAR } ).getByRole( 'button', { name: 'Generate content', exact: true } ).click();
		await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Start', exact: true } ).click();

		const row = page.getByRole( 'row', { name: new RegExp( title ) } );
		await expect( row ).toContainText( 'Writing' );
		await expect( row.getByRole( 'progressbar' ) ).toBeVisible();
		await expect( row ).toContainText( /\(\d+%\)/ );
		// The run's own bar sits with the table's buttons, not at the top of the page.
		await expect( page.locator( '.igny8-bulk-bar .igny8-job-progress' ) ).toBeVisible();
		await page.getByRole( 'button', { name: 'Cancel and refund' } ).click();
		await expect( row.getByRole( 'progressbar' ) ).toHaveCount( 0 );
	} finally {
		await controlFakeModel( { timeout_hold_ms: previous } );
	}
} );

test( 'the Dashboard links each first step while nothing is published', async ( { page } ) => {
	const dashboard = wpRest( 'GET', '/igny8/v1/system/dashboard' );
	expect( dashboard.status ).toBe( 200 );
	const stages = ( dashboard.data as { stages: Record<string, number> } ).stages;
	await page.goto( '/wp-admin/admin.php?page=igny8' );
	const steps = page.getByRole( 'list', { name: 'Start here' } );
	if ( ( stages.published ?? 0 ) > 0 ) {
		// A site that has published has found its way: the pipeline row says the rest.
		await expect( steps ).toHaveCount( 0 );
		return;
	}
	await expect( steps.getByRole( 'listitem' ) ).toHaveCount( 6 );
	const expected: Array<[ string, RegExp ]> = [
		[ 'Import or add keywords', /page=igny8-planner&tab=keywords$/ ],
		[ 'Cluster keywords', /page=igny8-planner&tab=keywords$/ ],
		[ 'Generate ideas', /page=igny8-planner&tab=clusters$/ ],
		[ 'Create tasks', /page=igny8-planner&tab=ideas$/ ],
		[ 'Write drafts', /page=igny8-writer&tab=tasks$/ ],
		[ 'Review drafts', /page=igny8-writer&tab=drafts$/ ],
	];
	for ( const [ name, href ] of expected ) {
		await expect( steps.getByRole( 'link', { name, exact: true } ) ).toHaveAttribute( 'href', href );
	}
	await steps.getByRole( 'link', { name: 'Import or add keywords', exact: true } ).click();
	await expect( page.getByRole( 'tab', { name: 'Keywords' } ) ).toHaveAttribute( 'aria-selected', 'true' );
} );

test( 'Settings shows the current balance without pressing Test connection', async ( { page } ) => {
	const live = wpRest( 'GET', '/igny8/v1/billing/balance?refresh=1' );
	expect( live.status ).toBe( 200 );
	const credits = ( live.data as { credits: number } ).credits;
	await page.goto( '/wp-admin/admin.php?page=igny8-settings' );
	const line = page.locator( '.igny8-connection__details dt:has-text("Credits") + dd' );
	await expect( line ).toHaveText( `${ credits.toLocaleString( 'en-US' ) } ${ credits === 1 ? 'credit' : 'credits' }` );
	await expect( page.getByText( 'Not checked yet' ) ).toHaveCount( 0 );
} );

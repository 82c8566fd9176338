/**
 * The Writer screen in Chromium against the real WordPress and Worker: its four
 * tabs, "Generate content" as a bulk action of the Tasks table (estimate →
 * progress → "Edit draft"), and a 402 from the cloud (a site whose monthly
 * credit cap its owner set to 0) that shows a clear notice and keeps the
 * table's selection. Connects the site itself; leaves it connected to the
 * test site of `npm test`.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { registerVerifiedOwner } from '../lib/cloud-accounts';
import { collectConsoleErrors, expectNoPhpErrors, wpEval, wpEvalJson, wpRest } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const wpUrl = process.env.IGNY8_TEST_WP_URL ?? 'http://127.0.0.1:8898';
const fakeModelUrl = process.env.IGNY8_TEST_FAKE_MODEL_URL ?? '';

test.describe.configure( { mode: 'serial' } );

/** Connects the plugin with a site key (the same call the Settings screen makes). */
function connect( key: string ): void {
	const result = wpEval(
		`$r = ( new \\Igny8\\Cloud\\Connection() )->connect( ${ JSON.stringify( cloudUrl ) }, ${ JSON.stringify( key ) } ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';`
	);
	expect( result ).toBe( 'ok' );
}

/** Creates a writer task in WordPress and returns its id. */
function createTask( title: string, brief: string ): number {
	return wpEvalJson<{ id: number }>(
		`echo wp_json_encode( [ 'id' => ( new \\Igny8\\Storage\\Tasks_Repository() )->insert( [ 'title' => ${ JSON.stringify( title ) }, 'brief' => ${ JSON.stringify( brief ) }, 'keywords' => [ 'trail running' ] ] ) ] );`
	).id;
}

/** Calls the Worker's API (portal user routes) and returns the envelope's data. */
async function cloud<T>( method: string, path: string, body: unknown, token?: string ): Promise<T> {
	const response = await fetch( `${ cloudUrl }${ path }`, {
		method,
		headers: { 'content-type': 'application/json', ...( token ? { authorization: `Bearer ${ token }` } : {} ) },
		body: JSON.stringify( body ),
	} );
	const envelope = ( await response.json() ) as { success: boolean; data: T; error?: string };
	expect( envelope.success, `${ method } ${ path }: ${ envelope.error ?? '' }` ).toBe( true );
	return envelope.data;
}

/** POST /__control of the fake model (a test double); its settings after the change. */
async function controlFakeModel( body: Record<string, unknown> ): Promise<{ settings: { timeout_hold_ms: number } }> {
	const response = await fetch( `${ fakeModelUrl }/__control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify( body ) } );
	expect( response.status ).toBe( 200 );
	return ( await response.json() ) as { settings: { timeout_hold_ms: number } };
}

/** Opens the Writer and finds one task row through the table's search. */
async function findTask( page: Page, title: string ): Promise<void> {
	await page.goto( '/wp-admin/admin.php?page=igny8-writer&tab=tasks' );
	await page.getByRole( 'searchbox', { name: 'Search tasks' } ).fill( title );
	await expect( page.getByRole( 'checkbox', { name: title } ) ).toBeVisible();
}

/** The draft the Generate content test writes; the excerpt test works on it. */
let draftTitle = '';

test.beforeAll( () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	connect( siteKey );
} );

test( 'the writer has Tasks, Drafts, Published and Images tabs', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-writer' );
	await expectNoPhpErrors( page );
	for ( const [ tab, heading ] of [ [ 'Tasks', 'Tasks' ], [ 'Drafts', 'Drafts' ], [ 'Published', 'Published' ], [ 'Images', 'Images' ] ] as const ) {
		await page.getByRole( 'tab', { name: tab } ).click();
		await expect( page.getByRole( 'tab', { name: tab } ) ).toHaveAttribute( 'aria-selected', 'true' );
		await expect( page.getByRole( 'tabpanel' ).getByRole( 'heading', { name: heading, exact: true } ) ).toBeVisible();
		await expect( page ).toHaveURL( new RegExp( `tab=${ tab.toLowerCase() }` ) );
		await page.screenshot( { path: screenshotPath( `writer-${ tab.toLowerCase() }` ), fullPage: true } );
	}
	// The tab is kept in the URL: a reload opens it again.
	await page.reload();
	await expect( page.getByRole( 'tab', { name: 'Images' } ) ).toHaveAttribute( 'aria-selected', 'true' );
	// Keyboard: arrow keys move between tabs.
	await page.getByRole( 'tab', { name: 'Images' } ).focus();
	await page.keyboard.press( 'ArrowLeft' );
	await expect( page.getByRole( 'tab', { name: 'Published' } ) ).toBeFocused();
	expect( errors ).toEqual( [] );
} );

test( 'Generate content from the Tasks table shows the estimate, the progress and the draft', async ( { page } ) => {
	const title = `Hill repeats for trail runners ${ Date.now() }`;
	createTask( title, 'Why hill repeats help on trails, how to start, and a six-week plan.' );
	await findTask( page, title );
	await page.getByRole( 'checkbox', { name: title } ).check();
	await page.getByRole( 'button', { name: 'Generate content', exact: true } ).click();

	const modal = page.getByRole( 'dialog' );
	await expect( modal.getByText( 'Credits needed (at most)' ) ).toBeVisible();
	await expect( modal.getByText( 'Your balance' ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'writer-generate-estimate' ), fullPage: true } );
	await modal.getByRole( 'button', { name: 'Start', exact: true } ).click();

	await expect( page.getByRole( 'progressbar' ) ).toBeVisible();
	const editLink = page.getByRole( 'link', { name: 'Edit draft' } );
	await expect( editLink ).toBeVisible( { timeout: 90_000 } );
	await page.screenshot( { path: screenshotPath( 'writer-generate-done' ), fullPage: true } );
	const postId = Number( /post=(\d+)/.exec( ( await editLink.getAttribute( 'href' ) ) ?? '' )?.[ 1 ] );
	expect( postId ).toBeGreaterThan( 0 );
	expect( wpEval( `echo get_post( ${ postId } )->post_status;` ) ).toBe( 'draft' );

	// The row now says Completed and links to its post; the draft is on the Drafts tab.
	const row = page.locator( 'tr', { hasText: title } );
	await expect( row.getByText( 'Completed' ) ).toBeVisible();
	await expect( row.getByRole( 'link', { name: /in the block editor/ } ) ).toHaveText( 'Draft' );
	await page.getByRole( 'tab', { name: 'Drafts' } ).click();
	const draftsPanel = page.getByRole( 'tabpanel' );
	await expect( draftsPanel.getByRole( 'link', { name: /in the block editor/ } ).first() ).toBeVisible();
	const editHref = await draftsPanel.getByRole( 'link', { name: /in the block editor/ } ).first().getAttribute( 'href' );
	expect( editHref ).toContain( 'action=edit' );
	await expect( draftsPanel.getByRole( 'link', { name: /on the site/ } ).first() ).toBeVisible();
	draftTitle = title;
} );

test( 'Write excerpt on the Drafts tab shows the price first, then the excerpt the job wrote', async ( { page } ) => {
	expect( draftTitle, 'the Generate content test wrote a draft' ).not.toBe( '' );
	await page.goto( '/wp-admin/admin.php?page=igny8-writer&tab=drafts' );
	await page.getByRole( 'searchbox', { name: 'Search drafts' } ).fill( draftTitle );
	await page.getByRole( 'checkbox', { name: draftTitle } ).check();
	await page.getByRole( 'button', { name: 'Write excerpt', exact: true } ).click();

	const modal = page.getByRole( 'dialog' );
	await expect( modal.getByText( 'Credits needed (at most)' ) ).toBeVisible();
	await expect( modal ).toContainText( 'its current excerpt is replaced' );
	await modal.getByRole( 'button', { name: 'Start', exact: true } ).click();

	await expect( page.getByRole( 'link', { name: 'Edit post' } ) ).toBeVisible( { timeout: 60_000 } );
	// The fake model (a test double) starts its excerpt with the title; the row shows what was stored.
	await expect( page.locator( 'tr', { hasText: draftTitle } ) ).toContainText( `${ draftTitle }: what trail running is` );
	await page.screenshot( { path: screenshotPath( 'writer-excerpt-done' ), fullPage: true } );
} );

test( 'the Drafts tab lists the draft while it is pending review, scheduled or private, with its status', async ( { page } ) => {
	expect( draftTitle, 'the Generate content test wrote a draft' ).not.toBe( '' );
	const found = wpRest( 'GET', '/igny8/v1/writer/content', { search: draftTitle, status: 'draft' } ).data as Array< { id: number } >;
	const postId = found[ 0 ]!.id;
	const inAWeek = new Date( Date.now() + 7 * 86_400_000 ).toISOString().slice( 0, 19 );
	try {
		// What an editor does in the block editor (submit for review, schedule, make private), then the Drafts tab.
		for ( const [ change, label ] of [
			[ { status: 'pending' }, 'Pending review' ],
			[ { status: 'future', date_gmt: inAWeek }, 'Scheduled' ],
			[ { status: 'private' }, 'Private' ],
		] as const ) {
			expect( wpRest( 'POST', `/wp/v2/posts/${ postId }`, change ).status ).toBe( 200 );
			await page.goto( '/wp-admin/admin.php?page=igny8-writer&tab=drafts' );
			await page.getByRole( 'searchbox', { name: 'Search drafts' } ).fill( draftTitle );
			const row = page.locator( 'tr', { hasText: draftTitle } );
			await expect( row ).toContainText( label );
			await expect( row.getByRole( 'link', { name: /in the block editor/ } ) ).toBeVisible();
		}
		await page.screenshot( { path: screenshotPath( 'writer-drafts-private' ), fullPage: true } );
		// Not published for everyone: the Published tab does not list it.
		const listed = page.waitForResponse( ( response ) => /writer(%2F|\/)content/.test( response.url() ) && response.url().includes( 'status=publish' ) );
		await page.goto( '/wp-admin/admin.php?page=igny8-writer&tab=published' );
		const titles = ( ( await ( await listed ).json() ) as Array< { title: string } > ).map( ( post ) => post.title );
		expect( titles ).not.toContain( draftTitle );
		await expect( page.getByRole( 'tabpanel', { name: 'Published' } ).locator( 'tr', { hasText: draftTitle } ) ).toHaveCount( 0 );
	} finally {
		wpRest( 'POST', `/wp/v2/posts/${ postId }`, { status: 'draft' } );
	}
} );

test( 'a running Generate content is cancelled from its progress bar and its task says so', async ( { page } ) => {
	expect( fakeModelUrl, 'IGNY8_TEST_FAKE_MODEL_URL is set by npm test' ).not.toBe( '' );
	const title = `Cancelled hill repeats ${ Date.now() }`;
	const taskId = createTask( title, 'The fake model holds this one, so it is still running when it is cancelled.' );
	// Long enough to cancel in, short enough not to keep the shared queue busy.
	const previous = ( await controlFakeModel( {} ) ).settings.timeout_hold_ms;
	await controlFakeModel( { timeout_hold_ms: 8_000, script: [ { fault: 'timeout', match: title } ] } );
	try {
		await findTask( page, title );
		await page.getByRole( 'checkbox', { name: title } ).check();
		await page.getByRole( 'button', { name: 'Generate content', exact: true } ).click();
		await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Start', exact: true } ).click();
		await page.getByRole( 'button', { name: 'Cancel and refund' } ).click();

		await expect( page.getByText( 'Generate content cancelled (1 job); its unspent credits were refunded.', { exact: true } ) ).toBeVisible();
		await expect( page.getByRole( 'progressbar' ) ).toHaveCount( 0 );
		await page.screenshot( { path: screenshotPath( 'writer-cancelled' ), fullPage: true } );
		const state = wpEvalJson<{ task: string; job: string }>(
			`$t = ( new \\Igny8\\Storage\\Tasks_Repository() )->find( ${ taskId } ); $j = ( new \\Igny8\\Storage\\Jobs_Repository() )->find( (string) $t['job_id'] ); echo wp_json_encode( [ 'task' => $t['status'], 'job' => $j['status'] ] );`
		);
		expect( state ).toEqual( { task: 'failed', job: 'cancelled' } );
	} finally {
		await controlFakeModel( { timeout_hold_ms: previous } );
	}
} );

test( 'credits exhausted (402) shows a clear notice and keeps the selection', async ( { page } ) => {
	// A second account whose owner allows its site 0 credits a month: the Worker refuses
	// every reservation with 402, whatever the balance.
	const owner = await registerVerifiedOwner( {
		email: `cap-${ Date.now() }@igny8.test`,
		password: 'test-password-1',
		account_name: 'Capped Agency',
	} );
	const site = await cloud<{ site: { id: string }; api_key: string }>( 'POST', '/api/v1/auth/sites/', { name: 'Capped site', url: wpUrl }, owner.access );
	await cloud( 'PATCH', `/api/v1/auth/sites/${ site.site.id }/`, { monthly_credit_cap: 0 }, owner.access );
	connect( site.api_key );
	try {
		const title = `Downhill technique ${ Date.now() }`;
		createTask( title, 'Short steps, eyes ahead, arms out.' );
		await findTask( page, title );
		const checkbox = page.getByRole( 'checkbox', { name: title } );
		await checkbox.check();
		await page.getByRole( 'button', { name: 'Generate content', exact: true } ).click();
		await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Start', exact: true } ).click();

		const notice = page.locator( '.components-notice.is-error', { hasText: /monthly limit/i } );
		await expect( notice ).toBeVisible();
		await expect( notice ).toContainText( /Add credits|raise this site/i );
		await page.screenshot( { path: screenshotPath( 'writer-402' ), fullPage: true } );
		// Nothing selected or typed is lost, and no draft was made.
		await expect( checkbox ).toBeChecked();
		await expect( page.getByRole( 'searchbox', { name: 'Search tasks' } ) ).toHaveValue( title );
		expect( wpEval( `echo (string) ( ( new \\Igny8\\Storage\\Tasks_Repository() )->query( [ 'search' => ${ JSON.stringify( title ) } ] )['items'][0]['assigned_post_id'] ?? '' );` ) ).toBe( '' );
	} finally {
		connect( siteKey );
	}
} );

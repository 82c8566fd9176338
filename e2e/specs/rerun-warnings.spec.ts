/**
 * Running an action again over items that already have its result, in Chromium against the real
 * WordPress and Worker (the fake model is the only double): the confirm step warns before anything
 * is charged and offers to replace. Generate ideas for a cluster that has ideas → "Replace their
 * ideas not yet approved" → the old draft idea is gone, the approved one stays, and no title
 * is there twice; the finished notice's Restore brings the old idea back beside the new ones. Generate content for a task already written → "Replace their drafts" → one new
 * draft, the old one in the Trash. The rows are set up in PHP; every step after that is the UI's.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { collectConsoleErrors, wpEval, wpEvalJson } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';

/** A pipeline action: a labelled button in the bar above the table. */
const bulkAction = ( page: Page, name: string ) => page.getByRole( 'toolbar', { name: 'Actions on the selected rows' } ).getByRole( 'button', { name, exact: true } );

test.beforeAll( () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	const result = wpEval(
		`$r = ( new \\Igny8\\Cloud\\Connection() )->connect( ${ JSON.stringify( cloudUrl ) }, ${ JSON.stringify( siteKey ) } ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';`
	);
	expect( result ).toBe( 'ok' );
} );

test( 'ideas for a cluster that has them: a warning first, then Replace keeps what is in use and adds no duplicate', async ( { page } ) => {
	test.setTimeout( 180_000 );
	const token = `rerun${ Date.now() }`;
	const name = `Mulching ${ token }`;
	const ids = wpEvalJson<{ cluster: number; draft: number; approved: number }>( `
		$cluster = ( new \\Igny8\\Storage\\Clusters_Repository() )->insert( [ 'name' => ${ JSON.stringify( name ) } ] );
		( new \\Igny8\\Storage\\Keywords_Repository() )->bulk_insert( [ [ 'keyword' => 'mulch depth ${ token }', 'cluster_id' => $cluster ], [ 'keyword' => 'bark mulch ${ token }', 'cluster_id' => $cluster ] ] );
		$ideas = new \\Igny8\\Storage\\Ideas_Repository();
		$draft = $ideas->insert( [ 'title' => 'Old draft idea ${ token }', 'cluster_id' => $cluster, 'status' => 'draft' ] );
		$approved = $ideas->insert( [ 'title' => 'Approved idea ${ token }', 'cluster_id' => $cluster, 'status' => 'approved' ] );
		echo wp_json_encode( [ 'cluster' => $cluster, 'draft' => $draft, 'approved' => $approved ] );
	` );
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=clusters' );
	await page.getByRole( 'searchbox', { name: 'Search clusters' } ).fill( token );
	await page.getByRole( 'checkbox', { name, exact: true } ).check();
	await bulkAction( page, 'Generate ideas' ).click();

	const dialog = page.getByRole( 'dialog', { name: 'Generate ideas' } );
	await expect( dialog.getByText( '1 of the 1 clusters already has ideas.', { exact: false } ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'ideas-rerun-warning' ), fullPage: true } );
	await dialog.getByRole( 'checkbox', { name: 'Replace their ideas not yet approved' } ).check();
	await dialog.getByRole( 'button', { name: 'Start', exact: true } ).click();
	await expect( page.locator( '.igny8-notice', { hasText: 'Generate ideas finished' } ) ).toBeVisible( { timeout: 90_000 } );

	const after = wpEvalJson<{ draft: boolean; approved: boolean; titles: string[] }>( `
		$ideas = new \\Igny8\\Storage\\Ideas_Repository();
		echo wp_json_encode( [
			'draft' => null !== $ideas->find( ${ ids.draft } ),
			'approved' => null !== $ideas->find( ${ ids.approved } ),
			'titles' => array_column( $ideas->query( [ 'cluster_id' => ${ ids.cluster }, 'per_page' => 100 ] )['items'], 'title' ),
		] );
	` );
	expect( after.draft, 'the draft idea was replaced' ).toBe( false );
	expect( after.approved, 'an approved idea stays' ).toBe( true );
	expect( after.titles.length ).toBeGreaterThan( 1 );
	const normalised = after.titles.map( ( title ) => title.toLowerCase().replace( /[^\p{L}\p{N}]+/gu, ' ' ).trim() );
	expect( new Set( normalised ).size, 'no title twice' ).toBe( normalised.length );

	// The finished notice says what the replace deleted and puts it back on Restore; the new ideas stay.
	const finished = page.locator( '.igny8-notice', { hasText: 'Generate ideas finished' } );
	await expect( finished ).toContainText( '1 idea not yet approved was replaced.' );
	await finished.getByRole( 'button', { name: 'Restore replaced ideas' } ).click();
	await expect( page.getByTestId( 'snackbar' ).filter( { hasText: 'Restored 1 idea.' } ) ).toBeVisible();
	const undone = wpEvalJson<{ draft: string | null; titles: number }>( `
		$ideas = new \\Igny8\\Storage\\Ideas_Repository();
		$draft = $ideas->find( ${ ids.draft } );
		echo wp_json_encode( [ 'draft' => $draft ? $draft['title'] : null, 'titles' => count( $ideas->query( [ 'cluster_id' => ${ ids.cluster }, 'per_page' => 100 ] )['items'] ) ] );
	` );
	expect( undone.draft, 'the replaced idea is back' ).toBe( `Old draft idea ${ token }` );
	expect( undone.titles ).toBe( after.titles.length + 1 );
	await expect( finished, 'used once: the notice goes' ).toHaveCount( 0 );
	expect( errors ).toEqual( [] );
} );

test( 'a task already written: a warning first, then Replace leaves one draft and the old one in the Trash', async ( { page } ) => {
	test.setTimeout( 180_000 );
	const title = `Mulch in winter ${ Date.now() }`;
	const ids = wpEvalJson<{ task: number; post: number }>( `
		$tasks = new \\Igny8\\Storage\\Tasks_Repository();
		$task = $tasks->insert( [ 'title' => ${ JSON.stringify( title ) }, 'brief' => 'When and how deep.', 'keywords' => [ 'winter mulch' ] ] );
		$post = wp_insert_post( [ 'post_title' => ${ JSON.stringify( title ) }, 'post_status' => 'draft', 'post_content' => '<!-- wp:paragraph --><p>First draft.</p><!-- /wp:paragraph -->' ] );
		$tasks->mark_completed( $task, $post, get_permalink( $post ) );
		echo wp_json_encode( [ 'task' => $task, 'post' => $post ] );
	` );
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-writer&tab=tasks' );
	await page.getByRole( 'searchbox', { name: 'Search tasks' } ).fill( title );
	await page.getByRole( 'checkbox', { name: title, exact: true } ).check();
	await page.getByRole( 'button', { name: 'Generate content', exact: true } ).click();

	const dialog = page.getByRole( 'dialog', { name: 'Generate content' } );
	await expect( dialog.getByText( '1 of the 1 tasks is already written.', { exact: false } ) ).toBeVisible();
	await dialog.getByRole( 'checkbox', { name: 'Replace their drafts (unpublished ones go to the Trash; published posts stay)' } ).check();
	await dialog.getByRole( 'button', { name: 'Start', exact: true } ).click();
	await expect( page.getByRole( 'link', { name: 'Edit draft' } ) ).toBeVisible( { timeout: 90_000 } );

	const after = wpEvalJson<{ old: string; assigned: number }>(
		`echo wp_json_encode( [ 'old' => get_post_status( ${ ids.post } ), 'assigned' => (int) ( new \\Igny8\\Storage\\Tasks_Repository() )->find( ${ ids.task } )['assigned_post_id'] ] );`
	);
	expect( after.old ).toBe( 'trash' );
	expect( after.assigned ).not.toBe( ids.post );
	expect( wpEval( `echo get_post_status( ${ after.assigned } );` ) ).toBe( 'draft' );
	expect( errors ).toEqual( [] );
} );

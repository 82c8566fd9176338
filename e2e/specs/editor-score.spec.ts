/**
 * One score (Chromium, real WordPress + Worker + fake model, a test double): an article the Writer's
 * content job wrote opens in the block editor with the same score the Optimizer stores for it (the
 * stored one comes from the Worker scoring the saved post_content, the sidebar's from the editor's
 * blocks), the sidebar's score follows an edit (removing the featured image), the stored score follows
 * once the post is saved and scored again, and the pre-publish check shows the same number with what
 * still fails. Runs on its own: it connects the site and writes its draft first.
 */
import { test, expect, type Page } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { collectConsoleErrors, wpEval, wpEvalJson, wpRest } from '../lib/wordpress';
import { openEditorWithSidebar } from '../lib/editor';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const tag = Date.now().toString( 36 );
const title = `Home composting for beginners ${ tag }`;

test.describe.configure( { mode: 'serial' } );

let postId = 0;
let taskId = 0;
let imageId = 0;

/** The parts of wp.data the spec calls (window globals of the editor page). */
type Wp = {
	data: {
		select: ( store: string ) => Record<string, ( ...args: never[] ) => unknown>;
		dispatch: ( store: string ) => Record<string, ( ...args: unknown[] ) => unknown>;
	};
};

/** The sidebar's score once it shows a number. */
async function sidebarScore( page: Page ): Promise<number> {
	const value = page.locator( '.igny8-score__value' ).first();
	await expect( value ).toHaveText( /^\d+$/ );
	return Number( await value.textContent() );
}

/** Opens the post in the block editor with the IGNY8 sidebar open. */
async function openEditor( page: Page ): Promise<void> {
	await openEditorWithSidebar( page, postId );
}

/** Scores the post through the Optimizer's route (as the Optimizer screen's Score action does) and returns the stored score. */
function storeScore(): number {
	const scored = wpRest( 'POST', '/igny8/v1/optimizer/score', { ids: [ postId ] } );
	expect( scored.status ).toBe( 200 );
	return Number( wpEval( `echo (int) get_post_meta( ${ postId }, '_igny8_seo_score', true );` ) );
}

/** The score the Optimizer screen lists for the post. */
async function optimizerScore( page: Page ): Promise<number> {
	await page.goto( '/wp-admin/admin.php?page=igny8-optimizer' );
	const cell = page.getByRole( 'row' ).filter( { hasText: title } ).locator( '.igny8-score' );
	await expect( cell ).toHaveText( /^\d+$/ );
	return Number( await cell.textContent() );
}

test.beforeAll( () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	const connected = wpEvalJson<{ ok?: boolean; error?: string }>(
		`$c = new Igny8\\Cloud\\Connection(); if ( $c->is_connected() ) { echo wp_json_encode( [ 'ok' => true ] ); return; } $r = $c->connect( ${ JSON.stringify( cloudUrl ) }, ${ JSON.stringify( siteKey ) } ); echo wp_json_encode( is_wp_error( $r ) ? [ 'error' => $r->get_error_message() ] : [ 'ok' => true ] );`
	);
	expect( connected ).toEqual( { ok: true } );
	// A writer task whose article the content job writes (queue → fake model → signed delivery).
	const setup = wpEvalJson<{ task?: number; error?: string }>( `
		$tasks = new Igny8\\Storage\\Tasks_Repository();
		$task  = (int) $tasks->insert( [ 'title' => ${ JSON.stringify( title ) }, 'brief' => 'Greens and browns, turning the heap, what not to add.', 'keywords' => [ 'home composting', 'compost heap' ] ] );
		$started = Igny8\\Actions\\Registry::get( 'generate_content' )->run( [ 'ids' => [ $task ] ] );
		echo wp_json_encode( is_wp_error( $started ) ? [ 'error' => $started->get_error_message() ] : [ 'task' => $task ] );
	` );
	expect( setup.error ).toBeUndefined();
	taskId = setup.task ?? 0;
	expect( taskId ).toBeGreaterThan( 0 );
} );

test( 'the editor shows the score the Optimizer stores for a generated article', async ( { page } ) => {
	test.setTimeout( 180_000 );
	const assigned = () => Number( wpEval( `$t = ( new Igny8\\Storage\\Tasks_Repository() )->find( ${ taskId } ); echo (int) ( $t['assigned_post_id'] ?? 0 );` ) );
	await expect.poll( assigned, { timeout: 120_000, intervals: [ 2_000 ] } ).toBeGreaterThan( 0 );
	postId = assigned();
	// A real image in the media library with alt text, as the post's featured image.
	imageId = Number(
		wpEval( `
			require_once ABSPATH . 'wp-admin/includes/image.php';
			$png  = base64_decode( 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==' );
			$file = wp_upload_bits( 'compost-heap-${ tag }.png', null, $png );
			$id   = wp_insert_attachment( [ 'post_title' => 'Compost heap', 'post_mime_type' => 'image/png', 'post_status' => 'inherit' ], $file['file'], ${ postId } );
			wp_update_attachment_metadata( $id, wp_generate_attachment_metadata( $id, $file['file'] ) );
			update_post_meta( $id, '_wp_attachment_image_alt', 'A compost heap beside a garden shed' );
			set_post_thumbnail( ${ postId }, $id );
			echo (int) get_post_thumbnail_id( ${ postId } );
		` )
	);
	expect( imageId ).toBeGreaterThan( 0 );

	const stored = storeScore();
	expect( stored ).toBeGreaterThan( 0 );
	expect( await optimizerScore( page ) ).toBe( stored );

	const errors = collectConsoleErrors( page );
	await openEditor( page );
	// The first number the sidebar shows is already the whole score (keyword, target length and
	// featured image known), and it is the stored one.
	expect( await sidebarScore( page ) ).toBe( stored );
	await expect( page.locator( '.igny8-check' ) ).toHaveCount( 13 );
	await expect( page.locator( '.igny8-check[data-check="image_alt"]' ) ).toHaveAttribute( 'data-status', 'good' );
	await expect( page.locator( '.igny8-check[data-check="keyword_in_title"]' ) ).toHaveAttribute( 'data-status', 'good' );
	await expect( page.locator( '.igny8-check[data-check="keyword_in_slug"]' ) ).toHaveAttribute( 'data-status', 'good' );
	// The keyword it was written for is the post's own, shown as a value (not a placeholder).
	await expect( page.getByRole( 'textbox', { name: 'Target keyword', exact: true } ) ).toHaveValue( 'home composting' );
	await page.screenshot( { path: screenshotPath( 'editor-score-same' ) } );
	expect( errors ).toEqual( [] );
} );

test( 'removing the featured image changes the score at once, and the stored score follows the saved post', async ( { page } ) => {
	await openEditor( page );
	const before = await sidebarScore( page );
	await page.evaluate( () => ( window as unknown as { wp: Wp } ).wp.data.dispatch( 'core/editor' ).editPost!( { featured_media: 0 } ) );
	await expect( page.locator( '.igny8-check[data-check="image_alt"]' ) ).toHaveAttribute( 'data-status', 'problem' );
	await expect.poll( () => sidebarScore( page ) ).toBeLessThan( before );
	const after = await sidebarScore( page );

	await page.evaluate( () => ( window as unknown as { wp: Wp } ).wp.data.dispatch( 'core/editor' ).savePost!() );
	await page.waitForFunction( () => {
		const editor = ( window as unknown as { wp: Wp } ).wp.data.select( 'core/editor' );
		return ! editor.isSavingPost!() && ! editor.isEditedPostDirty!();
	} );
	expect( Number( wpEval( `echo (int) get_post_thumbnail_id( ${ postId } );` ) ) ).toBe( 0 );
	// Saving marks the stored score outdated; scoring again gives the editor's number.
	expect( storeScore() ).toBe( after );
	expect( await optimizerScore( page ) ).toBe( after );
} );

test( 'the pre-publish check shows the IGNY8 score and what still fails', async ( { page } ) => {
	await openEditor( page );
	const score = await sidebarScore( page );
	await page.locator( '.editor-post-publish-panel__toggle' ).click();
	const panel = page.locator( '.igny8-prepublish' );
	await expect( panel.getByRole( 'button', { name: 'IGNY8 optimisation' } ) ).toBeVisible();
	await expect( panel.locator( '.igny8-score__value' ) ).toHaveText( String( score ) );
	await expect( panel.getByText( /checks do not pass yet\. You can still publish\./ ) ).toBeVisible();
	await expect( panel.locator( '.igny8-check[data-check="image_alt"]' ) ).toHaveAttribute( 'data-status', 'problem' );
	await page.screenshot( { path: screenshotPath( 'editor-score-prepublish' ) } );
	// Nothing is published from the check: Cancel leaves the draft a draft.
	await page.locator( '.editor-post-publish-panel' ).getByRole( 'button', { name: 'Cancel' } ).click();
	expect( wpEval( `echo get_post_status( ${ postId } );` ).trim() ).toBe( 'draft' );
} );

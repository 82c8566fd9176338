/**
 * Linker, Optimizer and Automation screens in a real browser: apply suggested links with a
 * preview and revert them; optimise a post and open its revision; approve an idea, create a rule,
 * dry-run it, pause and resume it.
 */
import { test, expect } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { seriousA11yViolations, WCAG21_AA } from '../lib/axe';
import { collectConsoleErrors, expectNoPhpErrors, wpEval, wpEvalJson } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const tag = Date.now().toString( 36 );

test.describe.configure( { mode: 'serial' } );

let source = 0;

test.beforeAll( () => {
	expect( cloudUrl, 'IGNY8_TEST_CLOUD_URL is set by npm test' ).not.toBe( '' );
	// Connected like the Settings screen does (through the plugin's own connect), unless a spec before did.
	wpEval(
		`$c = new Igny8\\Cloud\\Connection(); if ( ! $c->is_connected() ) { $r = $c->connect( ${ JSON.stringify( cloudUrl ) }, ${ JSON.stringify( siteKey ) } ); if ( is_wp_error( $r ) ) { throw new Exception( $r->get_error_message() ); } }`
	);
	// Two targets with keywords, and a source whose text contains them (one phrase inside a heading, which must not be suggested).
	source = wpEvalJson< { source: number } >( `
		$make = function ( $title, $content, $keyword ) {
			$id = wp_insert_post( [ 'post_title' => $title, 'post_content' => $content, 'post_status' => 'publish', 'post_author' => 1 ] );
			update_post_meta( $id, '_igny8_target_keyword', $keyword );
			return $id;
		};
		$make( 'Rain barrels ${ tag }', '<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->', 'rain barrels ${ tag }' );
		$make( 'Drip irrigation ${ tag }', '<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->', 'drip irrigation ${ tag }' );
		$s = $make( 'Watering the garden ${ tag }', "<!-- wp:heading --><h2>Why drip irrigation ${ tag } matters</h2><!-- /wp:heading -->\\n<!-- wp:paragraph --><p>Collect water in rain barrels ${ tag } and use drip irrigation ${ tag } on the beds.</p><!-- /wp:paragraph -->", 'watering' );
		update_post_meta( $s, '_igny8_seo_score', 12 );
		update_post_meta( $s, '_igny8_seo_issues', wp_slash( wp_json_encode( [ [ 'id' => 'length', 'status' => 'problem', 'message' => 'The post is short.' ] ] ) ) );
		echo wp_json_encode( [ 'source' => $s ] );
	` ).source;
	expect( source ).toBeGreaterThan( 0 );
} );

test( 'linker: preview and apply suggested links, then revert them', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	const before = wpEval( `echo get_post( ${ source } )->post_content;` );
	await page.goto( '/wp-admin/admin.php?page=igny8-linker' );
	await page.getByRole( 'button', { name: 'Rebuild link graph' } ).click();
	await expect( page.locator( '.components-snackbar', { hasText: 'The link graph is up to date.' } ) ).toBeVisible( { timeout: 90_000 } );

	const row = page.getByRole( 'row' ).filter( { hasText: `Watering the garden ${ tag }` } );
	await row.getByRole( 'button', { name: /Suggest links/ } ).click();
	const dialog = page.getByRole( 'dialog' );
	await expect( dialog.getByText( `“rain barrels ${ tag }” → Rain barrels ${ tag }` ) ).toBeVisible();
	await expect( dialog.getByText( `“drip irrigation ${ tag }” → Drip irrigation ${ tag }` ) ).toBeVisible();
	await dialog.getByRole( 'button', { name: 'Preview' } ).click();
	await expect( dialog.locator( 'mark', { hasText: `rain barrels ${ tag }` } ) ).toBeVisible();
	expect( await seriousA11yViolations( page, '.components-modal__frame', WCAG21_AA ), 'the suggestions dialog' ).toEqual( [] );
	await page.screenshot( { path: screenshotPath( 'linker-preview' ), fullPage: true } );
	await dialog.getByRole( 'button', { name: 'Apply links' } ).click();
	await expect( page.locator( '.components-snackbar', { hasText: /Added 2 links to/ } ) ).toBeVisible();

	const applied = wpEval( `echo get_post( ${ source } )->post_content;` );
	expect( applied ).toContain( `">rain barrels ${ tag }</a>` );
	expect( applied ).toContain( `<h2>Why drip irrigation ${ tag } matters</h2>` ); // The heading is untouched.

	await page.getByRole( 'tab', { name: 'Applied links' } ).click();
	const appliedRow = page.getByRole( 'row' ).filter( { hasText: `Watering the garden ${ tag }` } );
	await expect( appliedRow ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'linker-applied' ), fullPage: true } );
	await appliedRow.getByRole( 'button', { name: 'Revert' } ).click();
	await expect( page.locator( '.components-snackbar', { hasText: /Reverted “Watering the garden/ } ) ).toBeVisible();
	expect( wpEval( `echo get_post( ${ source } )->post_content;` ) ).toBe( before );
	await expectNoPhpErrors( page );
	expect( errors ).toEqual( [] );
} );

test( 'optimizer: optimise a post and open its optimised revision', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/admin.php?page=igny8-optimizer' );
	const row = page.getByRole( 'row' ).filter( { hasText: `Watering the garden ${ tag }` } );
	// The seeded score was replaced once the linker's edits saved the post: a save has the stored
	// score refreshed on the next request, so the row shows the post's real score by now.
	await expect( row ).toBeVisible();
	// WP-Cron runs on requests, and this poll makes none of its own: each try visits wp-cron.php as
	// a visitor's request would (a cron run still busy when the page loaded had left the event due).
	// A page load takes the cron lock and then starts the run with a 10 ms loopback request, which a
	// busy PHP server can drop: the lock then turns every other request away for a minute. So a try
	// that finds the lock makes the request the page meant to make, under that lock.
	await expect
		.poll(
			async () => {
				const lock = wpEval( `echo (string) get_transient( 'doing_cron' );` ).trim();
				await page.request.get( lock ? `/wp-cron.php?doing_wp_cron=${ encodeURIComponent( lock ) }` : '/wp-cron.php' );
				return wpEval( `echo get_post_meta( ${ source }, '_igny8_seo_score', true );` );
			},
			{ timeout: 30_000 }
		)
		.not.toBe( '12' );
	await row.getByRole( 'checkbox' ).check();
	// The table's bulk action (DataViews' footer, shown once a row is selected).
	await page.getByRole( 'button', { name: 'Optimize', exact: true } ).click();
	await page.getByRole( 'dialog' ).getByRole( 'button', { name: 'Start' } ).click();
	await expect( page.locator( '.components-notice', { hasText: /Optimize|optimi/i } ).first() ).toBeVisible( { timeout: 90_000 } );
	await expect
		.poll( () => Number( wpEval( `echo (int) get_post_meta( ${ source }, '_igny8_optimized_revision', true );` ) ), { timeout: 90_000 } )
		.toBeGreaterThan( 0 );

	await page.reload();
	await page.getByRole( 'row' ).filter( { hasText: `Watering the garden ${ tag }` } ).getByRole( 'button', { name: 'Optimised revision' } ).click();
	const dialog = page.getByRole( 'dialog' );
	await expect( dialog.getByRole( 'heading', { name: 'What the optimisation changed' } ) ).toBeVisible();
	const compare = dialog.getByRole( 'link', { name: 'Compare with the current post' } );
	await expect( compare ).toHaveAttribute( 'href', /revision\.php\?revision=\d+/ );
	expect( await seriousA11yViolations( page, '.components-modal__frame', WCAG21_AA ), 'the revision dialog' ).toEqual( [] );
	await page.screenshot( { path: screenshotPath( 'optimizer-revision' ), fullPage: true } );

	// The optimisation's meta title and description are applied, then undone.
	const metaOf = () => wpEvalJson<{ title: string; suggested: { meta_title: string } }>( `echo wp_json_encode( [ 'title' => get_post_meta( ${ source }, '_igny8_meta_title', true ), 'suggested' => json_decode( get_post_meta( ${ source }, '_igny8_optimize_meta', true ), true ) ] );` );
	const before = metaOf();
	expect( before.title ).not.toBe( before.suggested.meta_title );
	await dialog.getByRole( 'button', { name: 'Apply meta title and description' } ).click();
	const applied = page.locator( '.components-snackbar', { hasText: 'Meta title and description applied.' } );
	await expect( applied ).toBeVisible();
	expect( metaOf().title ).toBe( before.suggested.meta_title );
	await dialog.getByRole( 'button', { name: 'Undo' } ).click();
	await expect( page.locator( '.components-snackbar', { hasText: 'The earlier meta title and description are back.' } ) ).toBeVisible();
	expect( metaOf().title ).toBe( before.title );
	await expectNoPhpErrors( page );
	expect( errors ).toEqual( [] );
} );

test( 'automation: create a rule, dry-run it, pause and resume it', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	// The rule's idea, made and approved in the Ideas tab (no row inserted behind the UI).
	await page.goto( '/wp-admin/admin.php?page=igny8-planner&tab=ideas' );
	await page.getByRole( 'button', { name: 'New idea' } ).click();
	const ideaForm = page.getByRole( 'dialog', { name: 'New idea' } );
	await ideaForm.getByLabel( 'Title (required)' ).fill( `Mulching basics ${ tag }` );
	await ideaForm.getByRole( 'button', { name: 'Add idea' } ).click();
	await page.getByRole( 'searchbox', { name: 'Search ideas' } ).fill( `Mulching basics ${ tag }` );
	await page.getByRole( 'checkbox', { name: `Mulching basics ${ tag }`, exact: true } ).check();
	await page.getByRole( 'toolbar', { name: 'Actions on the selected rows' } ).getByRole( 'button', { name: 'Approve', exact: true } ).click();
	await expect( page.locator( '.igny8-notice', { hasText: '1 idea approved.' } ) ).toBeVisible();
	await page.goto( '/wp-admin/admin.php?page=igny8-automation' );
	await page.getByRole( 'button', { name: 'New rule' } ).click();
	const form = page.getByRole( 'dialog' );
	await form.getByLabel( 'Name' ).fill( `Weekday articles ${ tag }` );
	await form.getByLabel( 'Monthly credit cap (0: no cap)' ).fill( '500' );
	await form.getByRole( 'button', { name: 'Create rule' } ).click();
	const row = page.getByRole( 'row' ).filter( { hasText: `Weekday articles ${ tag }` } );
	await expect( row ).toBeVisible();

	await row.getByRole( 'button', { name: 'Dry run' } ).click();
	await expect( page.locator( '.components-notice', { hasText: /Dry run: Would create \d+ tasks?/ } ) ).toBeVisible( { timeout: 30_000 } );
	await expect( page.locator( '.igny8-run-log' ).getByText( /dry_run/ ).first() ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'automation-dry-run' ), fullPage: true } );

	await row.getByRole( 'button', { name: 'Pause' } ).click();
	await expect( row.getByRole( 'cell', { name: 'Paused', exact: true } ) ).toBeVisible();
	await row.getByRole( 'button', { name: 'Resume' } ).click();
	await expect( row.getByRole( 'cell', { name: 'Active', exact: true } ) ).toBeVisible();
	await page.screenshot( { path: screenshotPath( 'automation-rules' ), fullPage: true } );
	await expectNoPhpErrors( page );
	expect( errors ).toEqual( [] );
} );

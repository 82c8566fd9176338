/**
 * WooCommerce products through the UI, against the real WordPress and Worker (the fake model is the
 * only double): the offline WooCommerce (a test fixture from ../shared, never bundled) is activated
 * for this spec only and deactivated after it. Above WooCommerce's Products list, "Write
 * descriptions for products that have none" shows one price for the whole run, then writes a draft
 * product's description at once and proposes one for a published product. On the published
 * product's edit screen the proposal is reviewed beside the current copy: rejected, it leaves the
 * product as it was; rewritten again from the list's row action and accepted, it becomes the
 * product's description. The list's bulk action prices the chosen products the same way.
 */
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { seriousA11yViolations } from '../lib/axe';
import { collectConsoleErrors, expectNoPhpErrors, wpEval, wpEvalJson } from '../lib/wordpress';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const siteKey = process.env.IGNY8_TEST_SITE_KEY ?? '';
const SHOP = 'woocommerce/woocommerce.php';
const token = `shop${ Date.now().toString( 36 ) }`;

test.describe.configure( { mode: 'serial' } );

let draftId = 0;
let publishedId = 0;

/** A simple product made with WooCommerce's own API (test data, not a step under test). */
function product( name: string, status: string ): number {
	return wpEvalJson<{ id: number }>(
		`$a = new WC_Product_Attribute(); $a->set_name( 'Colour' ); $a->set_options( array( 'Sage', 'Sand' ) ); $a->set_visible( true );
		$p = new WC_Product_Simple(); $p->set_name( ${ JSON.stringify( name ) } ); $p->set_status( ${ JSON.stringify( status ) } ); $p->set_regular_price( '29' ); $p->set_attributes( array( $a ) );
		echo wp_json_encode( array( 'id' => $p->save() ) );`
	).id;
}

test.beforeAll( () => {
	expect( existsSync( resolve( __dirname, '../../../shared/wordpress-plugins/woocommerce/woocommerce.php' ) ), 'the offline WooCommerce is in ../shared/wordpress-plugins' ).toBe( true );
	const connected = wpEval( `$r = ( new \\Igny8\\Cloud\\Connection() )->connect( ${ JSON.stringify( cloudUrl ) }, ${ JSON.stringify( siteKey ) } ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';` );
	expect( connected ).toBe( 'ok' );
	// The setup wizard and the first-activation redirect to WooCommerce's Home are skipped (the fixture's README).
	expect(
		wpEval(
			`update_option( 'woocommerce_onboarding_profile', array( 'skipped' => true, 'completed' => true ) ); update_option( 'woocommerce_task_list_hidden', 'yes' ); update_option( 'woocommerce_task_list_complete', 'yes' ); update_option( 'woocommerce_coming_soon', 'no' );
			$r = activate_plugin( '${ SHOP }' ); delete_transient( '_wc_activation_redirect' ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';`
		)
	).toBe( 'ok' );
	// Older products of other runs with no description would join the run: they get one first.
	wpEval( `foreach ( get_posts( array( 'post_type' => 'product', 'post_status' => 'any', 'numberposts' => -1, 'fields' => 'ids' ) ) as $id ) { if ( '' === trim( get_post_field( 'post_content', $id ) ) ) { wp_update_post( array( 'ID' => $id, 'post_content' => '<p>Described.</p>' ) ); } } echo 1;` );
	draftId = product( `Linen apron ${ token }`, 'draft' );
	publishedId = product( `Oak board ${ token }`, 'publish' );
} );

test.afterAll( () => {
	wpEval( `deactivate_plugins( '${ SHOP }' ); echo 1;` );
} );

test( 'the Products list offers the missing descriptions for one price, writes the draft’s and proposes the published one’s', async ( { page } ) => {
	const errors = collectConsoleErrors( page );
	await page.goto( '/wp-admin/edit.php?post_type=product' );
	await expectNoPhpErrors( page );
	const panel = page.locator( '#igny8-products-root' );
	await expect( panel ).toContainText( '2 products have no description yet.' );
	expect( await seriousA11yViolations( page, '#igny8-products-root' ) ).toEqual( [] );

	await panel.getByRole( 'button', { name: 'Write descriptions for products that have none' } ).click();
	const modal = page.getByRole( 'dialog' );
	await expect( modal.getByText( 'Credits needed (at most)' ) ).toBeVisible();
	await expect( modal ).toContainText( '2 products that have none' );
	// One price for the whole run: two products at two credits each.
	await expect( modal ).toContainText( '4' );
	expect( await seriousA11yViolations( page, '[role="dialog"]' ) ).toEqual( [] );
	await modal.getByRole( 'button', { name: 'Start', exact: true } ).click();
	await expect( page.getByRole( 'link', { name: 'View products' } ) ).toBeVisible( { timeout: 90_000 } );
	// Checked on the Products list only: WooCommerce's product editor asks for remote resources offline.
	expect( errors ).toEqual( [] );

	// The draft was written at once, from its data (the fake model names its attribute values).
	await page.goto( `/wp-admin/post.php?post=${ draftId }&action=edit` );
	await expect( page.locator( '#content' ) ).toHaveValue( /Sage, Sand/ );
	await expect( page.locator( '#excerpt' ) ).toHaveValue( /Linen apron/ );

	// The published product keeps its (empty) copy; the change waits for review.
	const pending = wpEvalJson<{ count: number; content: string }>(
		`echo wp_json_encode( array( 'count' => count( ( new \\Igny8\\Changes\\Pending_Changes() )->all( ${ publishedId } ) ), 'content' => get_post_field( 'post_content', ${ publishedId } ) ) );`
	);
	expect( pending ).toEqual( { count: 1, content: '' } );
} );

/** The published product's copy and how many changes wait for it. */
function publishedState(): { count: number; content: string; excerpt: string } {
	return wpEvalJson(
		`echo wp_json_encode( array( 'count' => count( ( new \\Igny8\\Changes\\Pending_Changes() )->all( ${ publishedId } ) ), 'content' => get_post_field( 'post_content', ${ publishedId } ), 'excerpt' => get_post_field( 'post_excerpt', ${ publishedId } ) ) );`
	);
}

test( 'a published product’s proposal is reviewed on its edit screen: rejected it leaves the product, accepted it becomes its description', async ( { page } ) => {
	await page.goto( `/wp-admin/post.php?post=${ publishedId }&action=edit` );
	await expectNoPhpErrors( page );
	const box = page.locator( '#igny8-product-review' );
	await expect( box.getByRole( 'heading', { name: 'IGNY8: proposed description' } ) ).toBeVisible();
	await expect( box ).toContainText( 'Sage, Sand' );
	await expect( box ).toContainText( `Oak board ${ token }` );
	await expect( box ).toContainText( '(empty)' );
	expect( await seriousA11yViolations( page, '#igny8-product-review' ) ).toEqual( [] );

	await box.getByRole( 'button', { name: 'Reject', exact: true } ).click();
	await expect( box ).toContainText( 'Rejected: the product keeps its description.' );
	expect( publishedState() ).toEqual( { count: 0, content: '', excerpt: '' } );
	await page.reload();
	await expect( page.locator( '#igny8-product-review' ) ).toHaveCount( 0 );

	// Rewritten again from the Products list's row action, priced first.
	await page.goto( '/wp-admin/edit.php?post_type=product' );
	await page.locator( `#post-${ publishedId }` ).hover();
	await page.getByRole( 'button', { name: `Rewrite description with IGNY8: Oak board ${ token }` } ).click();
	const modal = page.getByRole( 'dialog' );
	await expect( modal.getByText( 'Credits needed (at most)' ) ).toBeVisible();
	await expect( modal ).toContainText( 'of 1 product from its data' );
	await modal.getByRole( 'button', { name: 'Start', exact: true } ).click();
	await expect( page.getByRole( 'link', { name: 'View products' } ) ).toBeVisible( { timeout: 90_000 } );
	expect( publishedState() ).toEqual( { count: 1, content: '', excerpt: '' } );

	await page.goto( `/wp-admin/post.php?post=${ publishedId }&action=edit` );
	await page.locator( '#igny8-product-review' ).getByRole( 'button', { name: 'Accept', exact: true } ).click();
	// The screen reloads so the editor's form holds the new copy (saving the old form would undo it).
	await expect( page.locator( '#content' ) ).toHaveValue( /Sage, Sand/ );
	await expect( page.locator( '#excerpt' ) ).toHaveValue( new RegExp( `Oak board ${ token }` ) );
	await expect( page.locator( '#igny8-product-review' ) ).toHaveCount( 0 );
	const accepted = publishedState();
	expect( accepted.count ).toBe( 0 );
	expect( accepted.content ).toContain( 'Sage, Sand' );
} );

test( 'the Products list’s bulk action prices the chosen products before anything starts', async ( { page } ) => {
	await page.goto( '/wp-admin/edit.php?post_type=product' );
	await page.locator( `#cb-select-${ draftId }` ).check();
	await page.locator( `#cb-select-${ publishedId }` ).check();
	await page.locator( '#bulk-action-selector-top' ).selectOption( 'igny8_rewrite_description' );
	await page.locator( '#doaction' ).click();
	const modal = page.getByRole( 'dialog' );
	await expect( modal.getByText( 'Credits needed (at most)' ) ).toBeVisible();
	await expect( modal ).toContainText( 'of 2 products from their data' );
	expect( await seriousA11yViolations( page, '[role="dialog"]' ) ).toEqual( [] );
	// Still on the list: the form was not submitted.
	expect( page.url() ).toContain( 'edit.php?post_type=product' );
	expect( page.url() ).not.toContain( 'action=' );
	await modal.getByRole( 'button', { name: 'Cancel', exact: true } ).click();
	await expect( modal ).toHaveCount( 0 );
} );

test( 'with WooCommerce inactive, the Products panel and route are gone', async ( { page } ) => {
	wpEval( `deactivate_plugins( '${ SHOP }' ); echo 1;` );
	try {
		await page.goto( '/wp-admin/edit.php' );
		await expect( page.locator( '#igny8-products-root' ) ).toHaveCount( 0 );
		const status = await page.evaluate( async () => ( await fetch( '/wp-json/igny8/v1/writer/products/descriptions', { method: 'POST' } ) ).status );
		expect( status ).toBe( 404 );
	} finally {
		wpEval( `activate_plugin( '${ SHOP }' ); delete_transient( '_wc_activation_redirect' ); echo 1;` );
	}
} );

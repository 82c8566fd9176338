<?php
/**
 * Reviewing a product's pending description on its edit screen, and rewriting chosen products
 * from the Products list.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\WooCommerce;

use Igny8\Changes\Pending_Changes;
use Igny8\Shop\Product_Review;
use Igny8\Shop\Products_Panel;
use Igny8\Shop\WooCommerce;
use Igny8\Tests\TestCase;
use WC_Product_Simple;

require_once ABSPATH . 'wp-admin/includes/template.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-screen.php';
require_once ABSPATH . 'wp-admin/includes/screen.php';

/**
 * Runs with WooCommerce loaded (phpunit-woocommerce.xml.dist), against the real WordPress.
 */
final class Product_Review_Test extends TestCase {

	private const NEW_COPY = '<p>Oiled oak, cut by hand in Sage valley.</p><p>Each board is one of a kind.</p>';

	protected function setUp(): void {
		parent::setUp();
		$this->assertTrue( WooCommerce::active(), 'The shop suite runs with WooCommerce loaded.' );
		$this->as_user( $this->create_user( 'administrator' ) );
		unset( $GLOBALS['wp_meta_boxes'] );
		wp_dequeue_script( 'igny8-' . Product_Review::ENTRY );
	}

	public function test_a_pending_change_shows_the_whole_proposed_copy_beside_the_current_one(): void {
		$product_id = $this->proposed_product();

		Product_Review::add( get_post( $product_id ) );

		$this->assertArrayHasKey( 'igny8-product-review', $GLOBALS['wp_meta_boxes'][ WooCommerce::PRODUCT ]['normal']['high'] ?? array() );
		$this->assertTrue( wp_script_is( 'igny8-' . Product_Review::ENTRY, 'enqueued' ) );
		$changes = Product_Review::changes( get_post( $product_id ) );
		$this->assertCount( 1, $changes );
		$this->assertSame( "Oiled oak, cut by hand in Sage valley.\nEach board is one of a kind.", $changes[0]['description'], 'the whole text, not a cut preview' );
		$this->assertSame( 'Hand-cut oak.', $changes[0]['shortDescription'] );
		$boot = implode( '', (array) wp_scripts()->get_data( 'igny8-' . Product_Review::ENTRY, 'before' ) );
		$this->assertStringContainsString( '"description":"Old copy."', $boot );
		$this->assertStringContainsString( $changes[0]['id'], $boot );
	}

	public function test_no_box_without_a_pending_change_or_for_someone_who_may_not_edit_the_product(): void {
		$plain = $this->product( 'Clay cup', 'publish', '<p>Clay.</p>' );
		Product_Review::add( get_post( $plain ) );
		$this->assertEmpty( $GLOBALS['wp_meta_boxes'][ WooCommerce::PRODUCT ]['normal']['high']['igny8-product-review'] ?? null );

		$proposed = $this->proposed_product();
		$this->as_user( $this->create_user( 'author' ) );
		Product_Review::add( get_post( $proposed ) );
		$this->assertEmpty( $GLOBALS['wp_meta_boxes'][ WooCommerce::PRODUCT ]['normal']['high']['igny8-product-review'] ?? null );
		$this->assertFalse( wp_script_is( 'igny8-' . Product_Review::ENTRY, 'enqueued' ) );
	}

	public function test_accepting_through_the_route_writes_the_product_and_rejecting_leaves_it(): void {
		$accepted = $this->proposed_product();
		$rejected = $this->proposed_product();

		$response = $this->rest( 'POST', '/igny8/v1/editor/pending-changes/accept', array( 'post_id' => $accepted, 'id' => $this->change_id( $accepted ) ) );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertStringContainsString( 'Sage valley', wc_get_product( $accepted )->get_description() );
		$this->assertSame( 'Hand-cut oak.', wc_get_product( $accepted )->get_short_description() );
		$this->assertSame( array(), ( new Pending_Changes() )->all( $accepted ) );

		$response = $this->rest( 'POST', '/igny8/v1/editor/pending-changes/discard', array( 'post_id' => $rejected, 'id' => $this->change_id( $rejected ) ) );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( '<p>Old copy.</p>', wc_get_product( $rejected )->get_description() );
		$this->assertSame( '', wc_get_product( $rejected )->get_short_description() );
		$this->assertSame( array(), ( new Pending_Changes() )->all( $rejected ) );
	}

	public function test_an_author_may_not_accept_a_change_to_a_product_that_is_not_theirs(): void {
		$product_id = $this->proposed_product();
		$change_id  = $this->change_id( $product_id );

		$this->as_user( $this->create_user( 'author' ) );
		$response = $this->rest( 'POST', '/igny8/v1/editor/pending-changes/accept', array( 'post_id' => $product_id, 'id' => $change_id ) );

		$this->assertSame( 403, $response->get_status() );
		$this->assertSame( '<p>Old copy.</p>', wc_get_product( $product_id )->get_description() );
	}

	public function test_the_products_list_offers_the_rewrite_only_on_products_the_user_may_edit(): void {
		$product_id = $this->product( 'Walnut spoon', 'publish', '' );
		$post_id    = $this->create_post();

		$actions = Products_Panel::row_actions( array(), get_post( $product_id ) );
		$this->assertStringContainsString( 'data-igny8-product="' . $product_id . '"', $actions['igny8_rewrite'] ?? '' );
		$this->assertStringContainsString( 'Rewrite description with IGNY8', $actions['igny8_rewrite'] );
		$this->assertArrayNotHasKey( 'igny8_rewrite', Products_Panel::row_actions( array(), get_post( $post_id ) ) );
		$this->assertArrayHasKey( Products_Panel::BULK_ACTION, Products_Panel::bulk_actions( array() ) );

		$this->as_user( $this->create_user( 'author' ) );
		$this->assertArrayNotHasKey( 'igny8_rewrite', Products_Panel::row_actions( array(), get_post( $product_id ) ) );
	}

	/**
	 * A published product with a proposed description and short description waiting.
	 *
	 * @return int
	 */
	private function proposed_product(): int {
		$product_id = $this->product( 'Oak board', 'publish', '<p>Old copy.</p>' );
		$change     = ( new Pending_Changes() )->propose(
			$product_id,
			array(
				'function' => 'generate_product_description',
				'summary'  => 'New product description and short description',
				'job_id'   => '',
				'content'  => self::NEW_COPY,
				'excerpt'  => 'Hand-cut oak.',
			)
		);
		$this->assertIsArray( $change, is_wp_error( $change ) ? $change->get_error_message() : '' );
		return $product_id;
	}

	/**
	 * The id of the product's one pending change.
	 *
	 * @param int $product_id Product id.
	 * @return string
	 */
	private function change_id( int $product_id ): string {
		return (string) ( new Pending_Changes() )->all( $product_id )[0]['id'];
	}

	/**
	 * A simple product.
	 *
	 * @param string $name        Name.
	 * @param string $status      Post status.
	 * @param string $description Description HTML.
	 * @return int
	 */
	private function product( string $name, string $status, string $description ): int {
		$product = new WC_Product_Simple();
		$product->set_name( $name );
		$product->set_status( $status );
		$product->set_description( $description );
		$product->set_regular_price( '12' );
		return $product->save();
	}
}

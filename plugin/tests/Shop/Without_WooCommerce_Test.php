<?php
/**
 * Without WooCommerce nothing of the shop exists.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Shop;

use Igny8\Actions\Registry;
use Igny8\Shop\WooCommerce;
use Igny8\Tests\TestCase;

/**
 * The main suite runs without WooCommerce (tests/WooCommerce runs with it): the product action,
 * its route, its estimate and the Products list panel are all absent.
 */
final class Without_WooCommerce_Test extends TestCase {

	public function test_no_product_action_route_estimate_or_panel_without_woocommerce(): void {
		$this->assertFalse( WooCommerce::active(), 'The main suite runs without WooCommerce.' );
		$this->assertNull( Registry::get( 'generate_product_description' ) );
		$this->assertNotContains( 'generate_product_description', Registry::functions() );
		$this->assertArrayNotHasKey( '/igny8/v1/writer/products/descriptions', rest_get_server()->get_routes( 'igny8/v1' ) );

		$this->as_user( $this->create_user( 'administrator' ) );
		$estimate = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'generate_product_description', 'all' => true ) );
		$this->assertSame( 400, $estimate->get_status(), 'An action the site does not offer cannot be priced.' );
		$this->assertFalse( has_action( 'load-edit.php', array( \Igny8\Shop\Products_Panel::class, 'load' ) ) );
	}
}

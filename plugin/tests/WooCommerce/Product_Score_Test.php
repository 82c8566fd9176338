<?php
/**
 * The score of a product, through the real Worker's one score model.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\WooCommerce;

use Igny8\Optimizer\Scorer;
use Igny8\Shop\WooCommerce;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;
use WC_Product_Attribute;
use WC_Product_Simple;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * A product's attribute terms count as keywords; the same copy as a post has none.
 */
final class Product_Score_Test extends TestCase {

	use Cloud_Fixtures;

	private const TITLE = 'Sage linen apron';

	private const COPY = '<p>A linen apron in Sage for the kitchen.</p><h2>Sand or Sage</h2><p>Washed linen with two pockets and Sand ties.</p>';

	protected function setUp(): void {
		parent::setUp();
		$this->assertTrue( WooCommerce::active(), 'The shop suite runs with WooCommerce loaded.' );
		$this->connect_test_cloud();
		$this->as_user( $this->create_user( 'administrator' ) );
	}

	public function test_a_products_attribute_terms_count_as_keywords_in_its_stored_score(): void {
		$product_id = $this->product();
		$post_id    = $this->create_post(
			array(
				'post_title'   => self::TITLE,
				'post_content' => self::COPY,
			)
		);

		$this->assertSame( array( 'Sage', 'Sand' ), ( new Scorer() )->input( get_post( $product_id ) )['keywords'] );
		$this->assertSame( array(), ( new Scorer() )->input( get_post( $post_id ) )['keywords'] );

		$scored = $this->rest( 'POST', '/igny8/v1/optimizer/score', array( 'ids' => array( $product_id, $post_id ) ) );
		$this->assertSame( 200, $scored->get_status(), (string) wp_json_encode( $scored->get_data() ) );
		$by_id = array_column( $scored->get_data(), null, 'post_id' );

		$product = $this->statuses( $by_id[ $product_id ]['checks'] );
		$post    = $this->statuses( $by_id[ $post_id ]['checks'] );
		foreach ( array( 'keyword_in_title', 'keyword_in_first_paragraph', 'keyword_in_headings', 'keyword_in_slug' ) as $check ) {
			$this->assertSame( 'good', $product[ $check ], $check . ' of the product' );
			$this->assertSame( 'problem', $post[ $check ], $check . ' of the post without a keyword' );
		}
		$this->assertGreaterThan( (int) get_post_meta( $post_id, Scorer::SCORE, true ), (int) get_post_meta( $product_id, Scorer::SCORE, true ) );
	}

	/**
	 * Check id → status.
	 *
	 * @param array<int, array<string, mixed>> $checks Checks.
	 * @return array<string, string>
	 */
	private function statuses( array $checks ): array {
		return array_column( $checks, 'status', 'id' );
	}

	/**
	 * A published product with a Colour attribute (Sage, Sand) and the shared copy.
	 *
	 * @return int
	 */
	private function product(): int {
		$colour = new WC_Product_Attribute();
		$colour->set_name( 'Colour' );
		$colour->set_options( array( 'Sage', 'Sand' ) );
		$colour->set_visible( true );
		$product = new WC_Product_Simple();
		$product->set_name( self::TITLE );
		$product->set_status( 'publish' );
		$product->set_description( self::COPY );
		$product->set_regular_price( '29' );
		$product->set_attributes( array( $colour ) );
		return $product->save();
	}
}

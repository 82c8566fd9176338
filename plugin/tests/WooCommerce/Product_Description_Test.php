<?php
/**
 * generate_product_description on a WooCommerce shop, against the real Worker.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\WooCommerce;

use Igny8\Changes\Pending_Changes;
use Igny8\Shop\Product_Data;
use Igny8\Shop\WooCommerce;
use Igny8\Sync\Job_Pull;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;
use WC_Product_Attribute;
use WC_Product_Simple;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Runs with WooCommerce loaded (phpunit-woocommerce.xml.dist). The fake model is the only double.
 */
final class Product_Description_Test extends TestCase {

	use Cloud_Fixtures;

	protected function setUp(): void {
		parent::setUp();
		$this->assertTrue( WooCommerce::active(), 'The shop suite runs with WooCommerce loaded.' );
		$this->connect_test_cloud();
		$this->as_user( $this->create_user( 'administrator' ) );
	}

	public function test_a_draft_product_gets_its_description_from_its_data_for_the_estimated_price(): void {
		$product_id = $this->product( 'Linen apron', 'draft', '' );

		$input = Product_Data::input( $product_id );
		$this->assertSame( array( 'Sage', 'Sand' ), $input['attributes'][0]['values'] );
		$this->assertStringContainsString( '29', $input['price'] );

		$estimate = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'generate_product_description', 'ids' => array( $product_id ) ) );
		$started  = $this->rest( 'POST', '/igny8/v1/writer/products/descriptions', array( 'ids' => array( $product_id ) ) );

		$this->assertSame( 200, $estimate->get_status(), (string) wp_json_encode( $estimate->get_data() ) );
		$this->assertSame( 2, $estimate->get_data()['credits'] );
		$this->assertSame( 202, $started->get_status(), (string) wp_json_encode( $started->get_data() ) );
		$job = $started->get_data()['jobs'][0];
		$this->assertSame( $product_id, $job['post_id'] );

		$this->pull_until_applied( (string) $job['job_id'] );

		$product = wc_get_product( $product_id );
		$this->assertStringContainsString( 'Sage, Sand', $product->get_description() );
		$this->assertStringNotContainsString( '<!-- wp:', $product->get_description() );
		$this->assertStringContainsString( 'Linen apron', $product->get_short_description() );
		$this->assertSame( array(), ( new Pending_Changes() )->all( $product_id ), 'A draft is changed at once.' );
	}

	public function test_a_published_product_gets_a_proposal_and_keeps_its_copy_until_accepted(): void {
		$product_id = $this->product( 'Oak board', 'publish', '<p>Hand-oiled oak.</p>' );

		$started = $this->rest( 'POST', '/igny8/v1/writer/products/descriptions', array( 'ids' => array( $product_id ) ) );
		$this->assertSame( 202, $started->get_status(), (string) wp_json_encode( $started->get_data() ) );
		$this->pull_until_applied( (string) $started->get_data()['jobs'][0]['job_id'] );

		$this->assertSame( '<p>Hand-oiled oak.</p>', wc_get_product( $product_id )->get_description(), 'Shoppers still see the old copy.' );
		$changes = ( new Pending_Changes() )->all( $product_id );
		$this->assertCount( 1, $changes );
		$this->assertSame( 'generate_product_description', $changes[0]['function'] );
		$this->assertStringContainsString( 'Oak board', (string) $changes[0]['excerpt'] );

		$accepted = ( new Pending_Changes() )->accept( $product_id, $changes[0]['id'] );
		$this->assertIsArray( $accepted, is_wp_error( $accepted ) ? $accepted->get_error_message() : '' );
		$this->assertStringContainsString( 'Sage, Sand', wc_get_product( $product_id )->get_description() );
		$this->assertStringContainsString( 'Oak board', wc_get_product( $product_id )->get_short_description() );
	}

	public function test_a_draft_product_with_copy_gets_a_proposal_so_its_copy_is_never_overwritten_unseen(): void {
		// Products keep no revisions: a rewrite written straight over the copy could not be taken back.
		$product_id = $this->product( 'Ash spoon', 'draft', '<p>Carved by hand from ash.</p>' );

		$started = $this->rest( 'POST', '/igny8/v1/writer/products/descriptions', array( 'ids' => array( $product_id ) ) );
		$this->assertSame( 202, $started->get_status(), (string) wp_json_encode( $started->get_data() ) );
		$this->pull_until_applied( (string) $started->get_data()['jobs'][0]['job_id'] );

		$this->assertSame( '<p>Carved by hand from ash.</p>', wc_get_product( $product_id )->get_description() );
		$this->assertCount( 1, ( new Pending_Changes() )->all( $product_id ) );
	}

	public function test_asked_again_after_its_proposal_was_rejected_a_product_gets_a_new_run(): void {
		$product_id = $this->product( 'Ash bowl', 'publish', '<p>Turned ash.</p>' );
		$route      = '/igny8/v1/writer/products/descriptions';

		$first = $this->rest( 'POST', $route, array( 'ids' => array( $product_id ) ) )->get_data()['jobs'][0]['job_id'];
		$this->pull_until_applied( (string) $first );
		$change    = ( new Pending_Changes() )->all( $product_id )[0];
		$discarded = $this->rest(
			'POST',
			'/igny8/v1/editor/pending-changes/discard',
			array(
				'post_id' => $product_id,
				'id'      => $change['id'],
			)
		);
		$this->assertSame( 200, $discarded->get_status(), (string) wp_json_encode( $discarded->get_data() ) );
		$this->assertSame( '<p>Turned ash.</p>', wc_get_product( $product_id )->get_description() );

		$again = $this->rest( 'POST', $route, array( 'ids' => array( $product_id ) ) );
		$this->assertSame( 202, $again->get_status(), (string) wp_json_encode( $again->get_data() ) );
		$second = $again->get_data()['jobs'][0]['job_id'];
		$this->assertNotSame( $first, $second, 'a new run, not the rejected one back' );
		$this->pull_until_applied( (string) $second );
		$this->assertCount( 1, ( new Pending_Changes() )->all( $product_id ) );
	}

	public function test_all_takes_only_the_products_without_a_description(): void {
		$empty = $this->product( 'Wool throw', 'draft', '' );
		$full  = $this->product( 'Copper pan', 'draft', '<p>Copper.</p>' );

		$ids = Product_Data::missing_description_ids();

		$this->assertContains( $empty, $ids );
		$this->assertNotContains( $full, $ids );
		$estimate = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'generate_product_description', 'all' => true ) );
		$this->assertSame( 200, $estimate->get_status(), (string) wp_json_encode( $estimate->get_data() ) );
		$this->assertSame( 2 * count( $ids ), $estimate->get_data()['credits'] );
	}

	public function test_a_product_with_a_proposal_waiting_or_another_authors_is_not_counted_again(): void {
		$waiting = $this->product( 'Birch bowl', 'publish', '' );
		( new Pending_Changes() )->propose( $waiting, array( 'content' => '<p>Birch.</p>' ) );
		$author  = $this->create_user( 'author' );
		// A shop's own role for writers: their products only (WooCommerce gives authors none).
		get_userdata( $author )->add_cap( 'edit_products' );
		$mine    = $this->product( 'Author lamp', 'draft', '' );
		wp_update_post( array( 'ID' => $mine, 'post_author' => $author ) );
		$admins  = $this->product( 'Admin lamp', 'draft', '' );

		$this->assertNotContains( $waiting, Product_Data::missing_description_ids(), 'a proposal already paid for is reviewed, not bought again' );
		$total = Product_Data::missing_description_count();
		$this->assertGreaterThanOrEqual( 2, $total );

		// An author who may edit only their own products sees those.
		$this->as_user( $author );
		$this->assertSame( array( $mine ), Product_Data::missing_description_ids() );
		$this->assertSame( 1, Product_Data::missing_description_count() );
		$this->assertNotContains( $admins, Product_Data::missing_description_ids() );
	}

	public function test_a_product_the_user_may_not_edit_is_refused_and_anonymous_and_subscribers_are_turned_away(): void {
		$product_id = $this->product( 'Clay mug', 'draft', '' );
		$route      = '/igny8/v1/writer/products/descriptions';
		$body       = array( 'ids' => array( $product_id ) );

		$this->as_user( $this->create_user( 'author' ) );
		$author = $this->rest( 'POST', $route, $body );
		$this->assertContains( $author->get_status(), array( 403 ), (string) wp_json_encode( $author->get_data() ) );

		$this->as_user( $this->create_user( 'subscriber' ) );
		$this->assertSame( 403, $this->rest( 'POST', $route, $body )->get_status() );

		wp_set_current_user( 0 );
		$this->assertSame( 401, $this->rest( 'POST', $route, $body )->get_status() );
	}

	public function test_a_post_is_not_a_product(): void {
		$post_id = $this->create_post( array( 'post_title' => 'Not for sale' ) );
		$this->assert_rest_error( 'igny8_post_not_found', 404, $this->rest( 'POST', '/igny8/v1/writer/products/descriptions', array( 'ids' => array( $post_id ) ) ) );
	}

	public function test_an_optimised_product_gets_a_proposal_not_a_revision_it_could_not_come_back_from(): void {
		$product_id = $this->product( 'Elm stool', 'publish', "<!-- wp:paragraph -->\n<p>A stool of elm, oiled by hand, for the kitchen or the workshop.</p>\n<!-- /wp:paragraph -->" );
		$before     = wc_get_product( $product_id )->get_description();

		$started = $this->rest( 'POST', '/igny8/v1/writer/content/optimize', array( 'ids' => array( $product_id ) ) );
		$this->assertSame( 202, $started->get_status(), (string) wp_json_encode( $started->get_data() ) );
		$this->pull_until_applied( (string) ( $started->get_data()['jobs'][0]['job_id'] ?? $started->get_data()['job_id'] ) );

		$this->assertSame( $before, wc_get_product( $product_id )->get_description(), 'the copy stays until the editor accepts' );
		$this->assertSame( array(), wp_get_post_revisions( $product_id ) );
		$changes = ( new Pending_Changes() )->all( $product_id );
		$this->assertSame( array( 'optimize_content' ), array_column( $changes, 'function' ) );
	}

	public function test_the_optimizer_lists_products_beside_posts(): void {
		$product_id = $this->product( 'Walnut tray', 'draft', '<p>Walnut.</p>' );
		$post_id    = $this->create_post( array( 'post_title' => 'Walnut care guide' ) );

		$listed = $this->rest( 'GET', '/igny8/v1/optimizer/posts', array( 'search' => 'Walnut', 'scored' => 'unscored' ) );

		$this->assertSame( 200, $listed->get_status(), (string) wp_json_encode( $listed->get_data() ) );
		$ids = array_column( (array) ( $listed->get_data()['items'] ?? $listed->get_data() ), 'id' );
		$this->assertContains( $product_id, $ids );
		$this->assertContains( $post_id, $ids );
	}

	/**
	 * A simple product with a category, two attribute terms and a price.
	 *
	 * @param string $name        Name.
	 * @param string $status      Post status.
	 * @param string $description Description HTML.
	 * @return int
	 */
	private function product( string $name, string $status, string $description ): int {
		$category = wp_insert_term( 'Kitchen ' . wp_generate_password( 6, false ), 'product_cat' );
		$colour   = new WC_Product_Attribute();
		$colour->set_name( 'Colour' );
		$colour->set_options( array( 'Sage', 'Sand' ) );
		$colour->set_visible( true );
		$product = new WC_Product_Simple();
		$product->set_name( $name );
		$product->set_status( $status );
		$product->set_description( $description );
		$product->set_regular_price( '29' );
		$product->set_attributes( array( $colour ) );
		$product->set_category_ids( is_wp_error( $category ) ? array() : array( (int) $category['term_id'] ) );
		return $product->save();
	}

	/**
	 * Pulls the job as WP-Cron would until its result is applied.
	 *
	 * @param string $job_id Job id.
	 * @return array<string, mixed>
	 */
	private function pull_until_applied( string $job_id ): array {
		$pull = new Job_Pull();
		for ( $i = 0; $i < 60; $i++ ) {
			$row = $pull->pull( $job_id );
			$this->assertIsArray( $row, is_wp_error( $row ) ? $row->get_error_message() : '' );
			if ( null !== $row['applied_at'] ) {
				return $row;
			}
			usleep( 250000 );
		}
		$this->fail( 'The job was not applied.' );
	}
}

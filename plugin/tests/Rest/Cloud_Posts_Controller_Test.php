<?php
/**
 * The seed's cloud-facing endpoints.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Cloud\Signature;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;
use WP_REST_Response;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Signed requests only; creating is idempotent by content id.
 */
final class Cloud_Posts_Controller_Test extends TestCase {

	use Cloud_Fixtures;

	/**
	 * Seconds subtracted from the next signature time, so two identical requests are not one replayed.
	 *
	 * @var int
	 */
	private static int $skew = 0;

	protected function setUp(): void {
		parent::setUp();
		$this->connect_site();
	}

	public function test_site_metadata_for_a_signed_request(): void {
		$data = $this->signed( 'GET', '/igny8/v1/site-metadata' )->get_data();

		$this->assertContains( 'post', $data['post_types'] );
		$this->assertArrayHasKey( 'post', $data['post_counts'] );
		$this->assertSame( rest_url( 'igny8/v1/deliveries' ), $data['delivery_url'] );
	}

	public function test_create_find_read_and_update_a_post(): void {
		$body    = array( 'title' => 'From the cloud', 'content' => '<!-- wp:paragraph --><p>Hi</p><!-- /wp:paragraph -->', 'content_id' => 'c_77', 'task_id' => 77, 'meta_title' => 'MT' );
		$created = $this->signed( 'POST', '/igny8/v1/posts', $body );
		$this->assertSame( 201, $created->get_status(), wp_json_encode( $created->get_data() ) );
		$post_id = $created->get_data()['post_id'];

		$replayed = $this->signed( 'POST', '/igny8/v1/posts', $body );
		$this->assertSame( 200, $replayed->get_status() );
		$this->assertSame( $post_id, $replayed->get_data()['post_id'], 'a replayed create returns the same post' );

		$this->assertSame( $post_id, $this->signed( 'GET', '/igny8/v1/post-by-task-id/77' )->get_data()['post_id'] );
		$this->assertSame( $post_id, $this->signed( 'GET', '/igny8/v1/post-by-content-id/c_77' )->get_data()['post_id'] );
		$this->assertSame( 404, $this->signed( 'GET', '/igny8/v1/post-by-task-id/78' )->get_status() );

		$updated = $this->signed( 'PUT', '/igny8/v1/posts/' . $post_id, array( 'title' => 'Renamed', 'status' => 'publish' ) )->get_data();
		$this->assertSame( array( 'Renamed', 'publish' ), array( $updated['title'], $updated['status'] ) );
		$this->assertSame( 'MT', get_post_meta( $post_id, '_igny8_meta_title', true ) );
	}

	public function test_posts_igny8_does_not_manage_are_out_of_reach(): void {
		$mine = wp_insert_post( array( 'post_title' => 'Mine', 'post_status' => 'publish' ) );

		$this->assertSame( 404, $this->signed( 'GET', '/igny8/v1/posts/' . $mine )->get_status() );
		$this->assertSame( 404, $this->signed( 'PUT', '/igny8/v1/posts/' . $mine, array( 'title' => 'Taken' ) )->get_status() );
		$this->assertSame( 'Mine', get_post( $mine )->post_title );
	}

	public function test_stale_or_forged_requests_change_nothing(): void {
		$body  = (string) wp_json_encode( array( 'title' => 'Sneaky', 'content_id' => 'c_x' ) );
		$stale = array( 'X-IGNY8-Signature' => Signature::sign( $this->webhook_secret, 'POST', '/igny8/v1/posts', $body, time() - 301 ) );
		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( 'POST', '/igny8/v1/posts', $body, $stale ) );
		$forged = array( 'X-IGNY8-Signature' => Signature::sign( 'guess', 'POST', '/igny8/v1/posts', $body, time() ) );
		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( 'POST', '/igny8/v1/posts', $body, $forged ) );
		$this->assertSame( array(), get_posts( array( 'title' => 'Sneaky', 'post_status' => 'any' ) ) );
	}

	/**
	 * A request signed with the site's webhook secret.
	 *
	 * @param array<string, mixed>|null $body JSON body.
	 */
	private function signed( string $method, string $route, ?array $body = null ): WP_REST_Response {
		$raw = null === $body ? '' : (string) wp_json_encode( $body );
		return $this->rest( $method, $route, $raw, array( 'X-IGNY8-Signature' => Signature::sign( $this->webhook_secret, $method, $route, $raw, time() - self::$skew++ ) ) );
	}
}

<?php
/**
 * Tests for POST /igny8/v1/deliveries.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Cloud\Signature;
use Igny8\Storage\Jobs_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Signed result deliveries from the cloud.
 */
final class Deliveries_Controller_Test extends TestCase {

	use Cloud_Fixtures;

	private const ROUTE = '/igny8/v1/deliveries';

	protected function setUp(): void {
		parent::setUp();
		$this->connect_site();
	}

	public function test_a_signed_delivery_creates_a_draft_with_all_meta_and_valid_blocks(): void {
		$task_id = $this->create_task();
		$job     = self::completed_job( 'job_deliver_1', $task_id );
		$body    = self::delivery_body( $job );

		$response = $this->rest( 'POST', self::ROUTE, $body, $this->delivery_headers( $body, 'job_deliver_1' ) );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertTrue( $data['applied'] );
		$this->assertSame( $task_id, $data['task_id'] );

		$post = get_post( $data['post_id'] );
		$this->assertNotNull( $post );
		$this->assertSame( 'draft', $post->post_status );
		$this->assertSame( 'post', $post->post_type );
		$this->assertSame( 'How to Start Composting at Home', $post->post_title );
		$this->assertSame( 'A short guide to composting.', $post->post_excerpt );
		$this->assertSame( self::content_blocks(), $post->post_content, 'block markup is stored unchanged' );

		$blocks = array_values( array_filter( parse_blocks( $post->post_content ), static fn ( $block ) => null !== $block['blockName'] ) );
		$this->assertSame( array( 'core/paragraph', 'core/heading', 'core/heading', 'core/list', 'core/quote' ), array_column( $blocks, 'blockName' ) );
		$this->assertSame( $post->post_content, serialize_blocks( parse_blocks( $post->post_content ) ), 'markup round-trips through the block parser' );
		$this->assertSame( 3, $blocks[2]['attrs']['level'] );

		$this->assertSame( (string) $task_id, get_post_meta( $post->ID, '_igny8_task_id', true ) );
		$this->assertSame( 'job_deliver_1', get_post_meta( $post->ID, '_igny8_content_id', true ) );
		$this->assertSame( 'job_deliver_1', get_post_meta( $post->ID, '_igny8_job_id', true ) );
		$this->assertSame( '1', get_post_meta( $post->ID, '_igny8_managed', true ) );
		$this->assertMatchesRegularExpression( '/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/', get_post_meta( $post->ID, '_igny8_last_synced', true ) );
		$this->assertSame( 'Composting at Home: A Beginner Guide', get_post_meta( $post->ID, '_igny8_meta_title', true ) );
		$this->assertSame( 'Turn kitchen scraps into rich soil with this simple guide.', get_post_meta( $post->ID, '_igny8_meta_description', true ) );

		$task = ( new Tasks_Repository() )->find( $task_id );
		$this->assertSame( 'completed', $task['status'] );
		$this->assertSame( $post->ID, $task['assigned_post_id'] );
		$this->assertSame( get_permalink( $post->ID ), $task['post_url'] );

		$job_row = ( new Jobs_Repository() )->find( 'job_deliver_1' );
		$this->assertSame( 'completed', $job_row['status'] );
		$this->assertSame( $post->ID, $job_row['post_id'] );
		$this->assertSame( 8, $job_row['credits_charged'] );
		$this->assertNotNull( $job_row['applied_at'] );
	}

	public function test_the_draft_belongs_to_the_user_who_created_the_task(): void {
		$editor  = $this->create_user( 'editor' );
		$task_id = $this->create_task( array( 'created_by' => $editor, 'content_type' => 'page' ) );
		$body    = self::delivery_body( self::completed_job( 'job_author', $task_id ) );

		$data = $this->rest( 'POST', self::ROUTE, $body, $this->delivery_headers( $body, 'job_author' ) )->get_data();

		$post = get_post( $data['post_id'] );
		$this->assertSame( $editor, (int) $post->post_author );
		$this->assertSame( 'page', $post->post_type );
	}

	public function test_a_repeated_delivery_changes_nothing(): void {
		$task_id = $this->create_task();
		$body    = self::delivery_body( self::completed_job( 'job_twice', $task_id ) );

		$first = $this->rest( 'POST', self::ROUTE, $body, $this->delivery_headers( $body, 'job_twice' ) )->get_data();
		$posts = $this->count_posts();
		$task  = ( new Tasks_Repository() )->find( $task_id );

		$second = $this->rest( 'POST', self::ROUTE, $body, $this->delivery_headers( $body, 'job_twice' ) );

		$this->assertSame( 200, $second->get_status() );
		$this->assertFalse( $second->get_data()['applied'] );
		$this->assertSame( $first['post_id'], $second->get_data()['post_id'] );
		$this->assertSame( $posts, $this->count_posts() );
		$this->assertSame( $task, ( new Tasks_Repository() )->find( $task_id ) );
	}

	public function test_a_forged_delivery_is_rejected_and_changes_nothing(): void {
		$task_id = $this->create_task();
		$body    = self::delivery_body( self::completed_job( 'job_forged', $task_id ) );
		$posts   = $this->count_posts();

		$response = $this->rest(
			'POST',
			self::ROUTE,
			$body,
			array( 'X-IGNY8-Signature' => Signature::sign( 'not-the-secret', 'POST', '/igny8/v1/deliveries', $body, time() ) )
		);

		$this->assert_rest_error( 'igny8_invalid_signature', 401, $response );
		$this->assertSame( $posts, $this->count_posts() );
		$this->assertNull( ( new Jobs_Repository() )->find( 'job_forged' ) );
		$this->assertSame( 'queued', ( new Tasks_Repository() )->find( $task_id )['status'] );
	}

	public function test_a_stale_delivery_is_rejected(): void {
		$task_id = $this->create_task();
		$body    = self::delivery_body( self::completed_job( 'job_stale', $task_id ) );

		$response = $this->rest( 'POST', self::ROUTE, $body, $this->delivery_headers( $body, 'job_stale', time() - 301 ) );

		$this->assert_rest_error( 'igny8_invalid_signature', 401, $response );
		$this->assertNull( ( new Jobs_Repository() )->find( 'job_stale' ) );
	}

	public function test_a_signature_for_another_body_is_rejected(): void {
		$task_id  = $this->create_task();
		$original = self::delivery_body( self::completed_job( 'job_original', $task_id ) );
		$tampered = str_replace( 'garden gold', 'something else', $original );

		$response = $this->rest( 'POST', self::ROUTE, $tampered, $this->delivery_headers( $original, 'job_original' ) );

		$this->assert_rest_error( 'igny8_invalid_signature', 401, $response );
		$this->assertNull( ( new Jobs_Repository() )->find( 'job_original' ) );
	}

	public function test_an_unsigned_delivery_is_rejected_even_for_an_administrator(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$body = self::delivery_body( self::completed_job( 'job_unsigned', $this->create_task() ) );

		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( 'POST', self::ROUTE, $body ) );
	}

	public function test_a_site_that_is_not_connected_accepts_no_delivery(): void {
		delete_option( 'igny8_webhook_secret' );
		$body = self::delivery_body( self::completed_job( 'job_nosecret', $this->create_task() ) );

		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( 'POST', self::ROUTE, $body, $this->delivery_headers( $body, 'job_nosecret' ) ) );
	}

	public function test_a_failed_job_marks_the_task_failed_with_the_error(): void {
		$task_id = $this->create_task();
		$job     = array_merge(
			self::completed_job( 'job_failed', $task_id ),
			array(
				'status' => 'failed',
				'result' => null,
				'error'  => 'The model timed out twice.',
			)
		);
		$body    = self::delivery_body( $job );
		$posts   = $this->count_posts();

		$response = $this->rest( 'POST', self::ROUTE, $body, $this->delivery_headers( $body, 'job_failed' ) );

		$this->assertSame( 200, $response->get_status() );
		$this->assertNull( $response->get_data()['post_id'] );
		$this->assertSame( $posts, $this->count_posts() );
		$task = ( new Tasks_Repository() )->find( $task_id );
		$this->assertSame( 'failed', $task['status'] );
		$this->assertSame( 'The model timed out twice.', $task['error'] );
		$this->assertSame( 'failed', ( new Jobs_Repository() )->find( 'job_failed' )['status'] );
	}

	public function test_executable_markup_in_a_result_is_removed(): void {
		$job                             = self::completed_job( 'job_xss', $this->create_task() );
		$job['result']['content_blocks'] = "<!-- wp:paragraph -->\n<p onclick=\"alert(1)\">Hi<script>alert(2)</script></p>\n<!-- /wp:paragraph -->";
		$body                            = self::delivery_body( $job );

		$data = $this->rest( 'POST', self::ROUTE, $body, $this->delivery_headers( $body, 'job_xss' ) )->get_data();

		// kses removes the element and the handler; the script's text stays, as inert text.
		$this->assertSame( "<!-- wp:paragraph -->\n<p>Hialert(2)</p>\n<!-- /wp:paragraph -->", get_post( $data['post_id'] )->post_content );
	}

	public function test_a_delivery_whose_header_names_another_job_is_rejected(): void {
		$body = self::delivery_body( self::completed_job( 'job_a', $this->create_task() ) );

		$response = $this->rest( 'POST', self::ROUTE, $body, $this->delivery_headers( $body, 'job_b' ) );

		$this->assert_rest_error( 'igny8_invalid_delivery', 400, $response );
		$this->assertNull( ( new Jobs_Repository() )->find( 'job_a' ) );
	}

	/**
	 * Number of posts of any status.
	 */
	private function count_posts(): int {
		global $wpdb;
		return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts}" );
	}
}

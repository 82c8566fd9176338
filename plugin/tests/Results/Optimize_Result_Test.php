<?php
/**
 * optimize_content results become revisions.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Results;

use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * The optimised version never overwrites the post.
 */
final class Optimize_Result_Test extends TestCase {

	use Cloud_Fixtures;

	public function test_the_optimised_version_is_a_new_revision_and_the_post_is_untouched(): void {
		$this->connect_site();
		$post_id  = wp_insert_post( array( 'post_title' => 'Compost', 'post_status' => 'publish', 'post_content' => '<!-- wp:paragraph --><p>Old text.</p><!-- /wp:paragraph -->' ) );
		$original = get_post( $post_id );
		$this->fake_cloud( static fn ( string $method, string $path, ?array $body ): array => array( 202, self::ok( array( 'job' => array( 'id' => 'job_opt', 'status' => 'queued' ) ) ) ) );
		$this->as_user( $this->create_user( 'editor' ) );

		$started = $this->rest( 'POST', '/igny8/v1/writer/content/optimize', array( 'ids' => array( $post_id ) ) );
		$this->assertSame( 202, $started->get_status(), wp_json_encode( $started->get_data() ) );
		$this->assertSame( 'optimize_content', $this->cloud_requests[0]['body']['function'] );
		$this->assertSame( array( 'Compost' ), $this->cloud_requests[0]['body']['input']['keywords'] );

		$new  = "<!-- wp:paragraph -->\n<p>Better text about compost.</p>\n<!-- /wp:paragraph -->";
		$body = (string) wp_json_encode(
			array(
				'job_id'    => 'job_opt',
				'function'  => 'optimize_content',
				'status'    => 'completed',
				'reference' => array( 'post_id' => $post_id ),
				'result'    => array( 'title' => 'Composting, improved', 'meta_title' => 'M', 'meta_description' => 'D', 'content_html' => '<p>x</p>', 'content_blocks' => $new, 'changes' => array( 'Added the keyword' ) ),
			)
		);
		$data = $this->rest( 'POST', '/igny8/v1/deliveries', $body, $this->delivery_headers( $body, 'job_opt' ) )->get_data();

		$this->assertSame( $original->post_content, get_post( $post_id )->post_content, 'never silently overwritten' );
		$this->assertSame( $original->post_title, get_post( $post_id )->post_title );
		$revision = get_post( $data['revision_id'] );
		$this->assertSame( 'revision', $revision->post_type );
		$this->assertSame( $post_id, (int) $revision->post_parent );
		$this->assertSame( $new, $revision->post_content );
		$this->assertSame( 'Composting, improved', $revision->post_title );
		$this->assertSame( (string) $data['revision_id'], get_post_meta( $post_id, '_igny8_optimized_revision', true ) );
		$this->assertSame( array( 'Added the keyword' ), json_decode( get_post_meta( $post_id, '_igny8_optimize_changes', true ), true ) );
	}
}

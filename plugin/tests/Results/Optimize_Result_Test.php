<?php
/**
 * optimize_content results become revisions.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Results;

use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\Support\Cloud_Output_Assertions;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';
require_once dirname( __DIR__ ) . '/Support/Cloud_Output_Assertions.php';

/**
 * The optimised version never overwrites the post, and is filtered like any cloud write.
 */
final class Optimize_Result_Test extends TestCase {

	use Cloud_Fixtures;
	use Cloud_Output_Assertions;

	/**
	 * Inline markup the allowlist lets through, with a URL kses must neutralise.
	 */
	private const UNSAFE_INLINE = 'Better <a href="javascript:alert(1)">text</a> more.';

	private const UNSAFE = "<!-- wp:paragraph -->\n<p>Better <scr<script>ipt>alert(1)</scr<script>ipt> text <svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><text>go</text></a></svg> and <form action=\"https://evil.test/\"><input name=\"password\"></form> more.</p>\n<!-- /wp:paragraph -->";

	public function test_the_optimised_version_is_a_new_revision_and_the_post_is_untouched(): void {
		$this->connect_site();
		$post_id  = self::old_post();
		$original = get_post( $post_id );
		$this->fake_cloud( static fn ( string $method, string $path, ?array $body ): array => array( 202, self::ok( array( 'job' => array( 'id' => 'job_opt', 'status' => 'queued' ) ) ) ) );
		$this->as_user( $this->create_user( 'editor' ) );

		$started = $this->rest( 'POST', '/igny8/v1/writer/content/optimize', array( 'ids' => array( $post_id ) ) );
		$this->assertSame( 202, $started->get_status(), wp_json_encode( $started->get_data() ) );
		$this->assertSame( 'optimize_content', $this->cloud_requests[0]['body']['function'] );
		$this->assertSame( array( 'Compost' ), $this->cloud_requests[0]['body']['input']['keywords'] );

		// The post's own markup, with only the paragraph's text replaced.
		$new  = '<!-- wp:paragraph --><p>Better text about compost.</p><!-- /wp:paragraph -->';
		$data = $this->deliver( 'job_opt', $post_id, array( 'title' => 'Composting, improved', 'meta_title' => 'M', 'meta_description' => 'D', 'segments' => self::rewrite( 'Better text about compost.' ), 'changes' => array( 'Added the keyword' ) ) );

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

	/**
	 * @dataProvider current_users
	 */
	public function test_the_optimised_revision_is_filtered_whoever_is_logged_in( string $role ): void {
		$this->connect_site();
		$post_id = self::old_post();
		$this->log_in_as( $role );

		$data = $this->deliver( 'job_opt_unsafe', $post_id, array( 'title' => '<b>Composting</b>', 'segments' => self::rewrite( self::UNSAFE_INLINE ), 'changes' => array( '<i>Tidied</i>' ) ) );

		$revision = get_post( (int) $data['revision_id'] );
		$this->assert_nothing_executable( $revision->post_content );
		$this->assertStringContainsString( '<p>Better <a ', $revision->post_content );
		$this->assertStringContainsString( '>text</a> more.</p>', $revision->post_content );
		$this->assertSame( 'Composting', $revision->post_title );
		$this->assertSame( array( 'Tidied' ), json_decode( get_post_meta( $post_id, '_igny8_optimize_changes', true ), true ) );
	}

	public function test_restoring_an_optimised_revision_filters_it_even_for_an_administrator(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$post_id = self::old_post();
		// An optimised revision stored before cloud writes were filtered: an administrator's write keeps it as it is.
		$unsafe                 = get_post( $post_id, ARRAY_A );
		$unsafe['post_content'] = self::UNSAFE;
		$revision_id            = (int) _wp_put_post_revision( $unsafe );
		$this->assertSame( self::UNSAFE, get_post( $revision_id )->post_content );
		update_post_meta( $post_id, '_igny8_optimized_revision', $revision_id );

		$response = $this->rest( 'POST', "/igny8/v1/optimizer/posts/{$post_id}/restore", array( 'revision_id' => $revision_id ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$restored = get_post( $post_id )->post_content;
		$this->assert_nothing_executable( $restored );
		$this->assertStringContainsString( '<p>Better ', $restored );
	}

	public function test_restoring_a_revision_a_person_saved_follows_that_persons_rights(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$own     = "<!-- wp:html -->\n<script>window.dataLayer = [];</script>\n<!-- /wp:html -->";
		$post_id = wp_insert_post( array( 'post_title' => 'Compost', 'post_status' => 'publish', 'post_content' => $own ) );
		$kept    = (int) _wp_put_post_revision( get_post( $post_id ) );
		wp_update_post( array( 'ID' => $post_id, 'post_content' => '<!-- wp:paragraph --><p>Later.</p><!-- /wp:paragraph -->' ) );

		$response = $this->rest( 'POST', "/igny8/v1/optimizer/posts/{$post_id}/restore", array( 'revision_id' => $kept ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( $own, get_post( $post_id )->post_content, 'an administrator\'s own revision comes back as it was' );
	}

	/**
	 * The result's rewrite of the old post's one paragraph.
	 *
	 * @param string $html New inner HTML.
	 * @return array<int, array{id: string, html: string}>
	 */
	private static function rewrite( string $html ): array {
		return array(
			array(
				'id'   => 's1',
				'html' => $html,
			),
		);
	}

	/**
	 * A published post to optimise.
	 */
	private static function old_post(): int {
		return (int) wp_insert_post( array( 'post_title' => 'Compost', 'post_status' => 'publish', 'post_content' => '<!-- wp:paragraph --><p>Old text.</p><!-- /wp:paragraph -->' ) );
	}

	/**
	 * Delivers a completed optimize_content job and returns the response data.
	 *
	 * @param string               $job_id  Job id.
	 * @param int                  $post_id Optimised post.
	 * @param array<string, mixed> $result  Result.
	 * @return array<string, mixed>
	 */
	private function deliver( string $job_id, int $post_id, array $result ): array {
		$body = (string) wp_json_encode(
			array(
				'job_id'    => $job_id,
				'function'  => 'optimize_content',
				'status'    => 'completed',
				'reference' => array(
					'post_id'      => $post_id,
					'content_hash' => md5( get_post( $post_id )->post_content ),
				),
				'result'    => $result,
			)
		);
		return (array) $this->rest( 'POST', '/igny8/v1/deliveries', $body, $this->delivery_headers( $body, $job_id ) )->get_data();
	}
}

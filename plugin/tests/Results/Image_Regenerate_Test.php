<?php
/**
 * Drawing one IGNY8 image again from its kept prompt.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Results;

use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\Support\Image_Deliveries;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';
require_once dirname( __DIR__ ) . '/Support/Image_Deliveries.php';

/**
 * POST writer/images/regenerate starts generate_images for one image with its prompt (or a new
 * one), and the result takes the old image's place: in its core/image block or as the featured image.
 */
final class Image_Regenerate_Test extends TestCase {

	use Cloud_Fixtures;
	use Image_Deliveries;

	private int $post_id;

	private int $featured;

	private int $inline;

	protected function setUp(): void {
		parent::setUp();
		$this->connect_site();
		$this->post_id = wp_insert_post( array( 'post_title' => 'Compost', 'post_status' => 'draft', 'post_content' => self::content_blocks() ) );
		$this->fake_media();
		$this->deliver(
			'job_first_images',
			'generate_images',
			array( 'post_id' => $this->post_id ),
			array(
				'images' => array(
					self::image( 'a', 'A compost heap', 'featured', 0 ),
					self::image( 'b', 'Hands with soil', 'in_article', 1 ),
				),
			)
		);
		$this->featured = (int) get_post_thumbnail_id( $this->post_id );
		$this->inline   = $this->image_ids_in_content()[0];
		$counter        = 0;
		$this->fake_cloud(
			static function ( string $method, string $path, ?array $body ) use ( &$counter ): array {
				++$counter;
				return array( 202, self::ok( array( 'job' => array( 'id' => 'job_redraw_' . $counter, 'status' => 'queued', 'function' => $body['function'] ) ) ) );
			}
		);
	}

	public function test_an_in_article_image_is_drawn_again_from_its_prompt_and_replaces_its_block(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$listed = $this->rest( 'GET', '/igny8/v1/writer/images' )->get_data();
		$this->assertEqualsCanonicalizing( array( 'A compost heap', 'Hands with soil' ), array_column( $listed, 'prompt' ) );

		$started = $this->rest( 'POST', '/igny8/v1/writer/images/regenerate', array( 'post_id' => $this->post_id, 'attachment_id' => $this->inline ) );
		$this->assertSame( 202, $started->get_status(), wp_json_encode( $started->get_data() ) );
		$this->assertSame( 'job_redraw_1', $started->get_data()['job_id'] );
		$input = $this->cloud_requests[0]['body']['input'];
		$this->assertSame( array( 'Hands with soil', 'Soil', 'in_article' ), array( $input['images'][0]['prompt'], $input['images'][0]['alt'], $input['images'][0]['role'] ) );
		$this->assertSame( 'square', $input['size'] );

		$applied = $this->deliver( 'job_redraw_1', 'generate_images', array( 'post_id' => $this->post_id ), array( 'images' => array( self::image( 'c', 'Hands with soil', 'in_article', 0 ) ) ) );
		$this->assertTrue( $applied['applied'], wp_json_encode( $applied ) );
		$now = $this->image_ids_in_content();
		$this->assertCount( 1, $now, 'the new image took the old one’s place, no second block' );
		$this->assertNotSame( $this->inline, $now[0] );
		$this->assertSame( 'Soil', get_post_meta( $now[0], '_wp_attachment_image_alt', true ) );
		$this->assertSame( $this->featured, (int) get_post_thumbnail_id( $this->post_id ), 'the featured image is untouched' );
		$this->assertSame( 'attachment', get_post_type( $this->inline ), 'the old image stays in the media library' );
	}

	public function test_the_featured_image_is_drawn_again_from_a_new_prompt(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		update_option( 'igny8_settings', array( 'image_size' => 'landscape' ) );
		$started = $this->rest( 'POST', '/igny8/v1/writer/images/regenerate', array( 'post_id' => $this->post_id, 'attachment_id' => $this->featured, 'prompt' => 'A sunny compost heap' ) );
		$this->assertSame( 202, $started->get_status(), wp_json_encode( $started->get_data() ) );
		$input = $this->cloud_requests[0]['body']['input'];
		$this->assertSame( array( 'A sunny compost heap', 'featured', 'landscape' ), array( $input['images'][0]['prompt'], $input['images'][0]['role'], $input['size'] ) );

		$this->deliver( 'job_redraw_1', 'generate_images', array( 'post_id' => $this->post_id ), array( 'images' => array( self::image( 'd', 'A sunny compost heap', 'featured', 0 ) ) ) );
		$new = (int) get_post_thumbnail_id( $this->post_id );
		$this->assertNotSame( $this->featured, $new );
		$this->assertSame( 'A sunny compost heap', get_post_meta( $new, '_igny8_image_prompt', true ) );
		$this->assertSame( array( $this->inline ), $this->image_ids_in_content() );
	}

	public function test_only_an_igny8_image_of_a_post_the_user_may_edit_is_drawn_again(): void {
		$other = wp_insert_post( array( 'post_title' => 'Other', 'post_status' => 'draft' ) );
		$this->as_user( $this->create_user( 'editor' ) );
		$this->assert_rest_error( 'igny8_image_not_found', 404, $this->rest( 'POST', '/igny8/v1/writer/images/regenerate', array( 'post_id' => $other, 'attachment_id' => $this->inline ) ) );
		$plain = wp_insert_attachment( array( 'post_title' => 'Uploaded by hand', 'post_mime_type' => 'image/png' ), false, $this->post_id );
		$this->assert_rest_error( 'igny8_image_not_found', 404, $this->rest( 'POST', '/igny8/v1/writer/images/regenerate', array( 'post_id' => $this->post_id, 'attachment_id' => $plain ) ) );
		delete_post_meta( $this->inline, '_igny8_image_prompt' );
		$this->assert_rest_error( 'igny8_image_prompt_missing', 400, $this->rest( 'POST', '/igny8/v1/writer/images/regenerate', array( 'post_id' => $this->post_id, 'attachment_id' => $this->inline ) ) );

		$this->assertSame( 400, $this->rest( 'POST', '/igny8/v1/writer/images/regenerate', array( 'post_id' => $this->post_id ) )->get_status(), 'the route only redraws an image' );

		$this->as_user( $this->create_user( 'author' ) );
		$status = $this->rest( 'POST', '/igny8/v1/writer/images/regenerate', array( 'post_id' => $this->post_id, 'attachment_id' => $this->featured ) )->get_status();
		$this->assertContains( $status, array( 401, 403 ) );
		$this->assertSame( array(), $this->cloud_requests, 'nothing was started' );
	}

	/**
	 * Attachment ids of the core/image blocks of the post.
	 *
	 * @return array<int, int>
	 */
	private function image_ids_in_content(): array {
		$blocks = array_filter( parse_blocks( (string) get_post_field( 'post_content', $this->post_id ) ), static fn ( $b ) => 'core/image' === $b['blockName'] );
		return array_values( array_map( static fn ( $b ) => (int) $b['attrs']['id'], $blocks ) );
	}

	/**
	 * One generate_images result image.
	 *
	 * @return array<string, mixed>
	 */
	private static function image( string $name, string $prompt, string $role, int $position ): array {
		$alt = 'featured' === $role ? 'Compost heap' : 'Soil';
		return array( 'url' => 'https://cloud.igny8.test/api/v1/ai/media/' . $name . '.png', 'key' => 'img/' . $name . '.png', 'mime' => 'image/png', 'width' => 4, 'height' => 4, 'prompt' => $prompt, 'alt' => $alt, 'caption' => '', 'role' => $role, 'position' => $position );
	}
}

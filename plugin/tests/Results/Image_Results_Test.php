<?php
/**
 * generate_image_prompts → generate_images → media library.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Results;

use Igny8\Storage\Jobs_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\Support\Image_Deliveries;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';
require_once dirname( __DIR__ ) . '/Support/Image_Deliveries.php';

/**
 * The prompts start the images job; the images are sideloaded with alt text and captions, the
 * featured image is set and in-article images become core/image blocks after their headings.
 */
final class Image_Results_Test extends TestCase {

	use Cloud_Fixtures;
	use Image_Deliveries;

	public function test_generate_images_runs_prompts_then_images_and_fills_the_draft(): void {
		$this->connect_site();
		$post_id = wp_insert_post( array( 'post_title' => 'Compost', 'post_status' => 'draft', 'post_content' => self::content_blocks() ) );
		$task_id = $this->create_task();
		( new Tasks_Repository() )->mark_completed( $task_id, $post_id, (string) get_permalink( $post_id ) );
		$this->fake_cloud(
			static function ( string $method, string $path, ?array $body ): array {
				return array( 202, self::ok( array( 'job' => array( 'id' => 'job_' . $body['function'], 'status' => 'queued', 'function' => $body['function'] ) ) ) );
			}
		);
		$this->as_user( $this->create_user( 'editor' ) );

		// 1. The route starts a generate_image_prompts job with the draft.
		$started = $this->rest( 'POST', '/igny8/v1/writer/tasks/generate_images', array( 'ids' => array( $task_id ) ) );
		$this->assertSame( 202, $started->get_status(), wp_json_encode( $started->get_data() ) );
		$this->assertSame( 'generate_image_prompts', $this->cloud_requests[0]['body']['function'] );
		$this->assertSame( self::content_blocks(), $this->cloud_requests[0]['body']['input']['content_html'] );
		$this->assertSame( array( 'task_id' => $task_id, 'post_id' => $post_id ), $this->cloud_requests[0]['body']['reference'] );

		// 2. Its result starts generate_images with every prompt and remembers where each image goes.
		$this->deliver(
			'job_generate_image_prompts',
			'generate_image_prompts',
			array( 'task_id' => $task_id, 'post_id' => $post_id ),
			array(
				'featured'   => array( 'prompt' => 'A compost heap', 'alt' => 'Compost heap', 'caption' => 'Rich compost' ),
				'in_article' => array( array( 'prompt' => 'Hands with soil', 'alt' => 'Soil', 'caption' => 'Soil', 'after_heading' => 'Why compost?' ) ),
			)
		);
		$images = $this->cloud_requests[1]['body'];
		$this->assertSame( 'generate_images', $images['function'] );
		$this->assertSame( array( 'featured', 'in_article' ), array_column( $images['input']['images'], 'role' ) );
		$this->assertSame( 'square', $images['input']['size'], 'the site asks for a shape; the cloud picks the model’s size' );
		$this->assertSame( array( 1 => 'Why compost?' ), ( new Jobs_Repository() )->find( 'job_generate_images' )['context']['after_heading'] );

		// 3. The images are sideloaded with the site key and placed.
		$this->fake_media();
		$result = array(
			'images' => array(
				array( 'url' => $this->cloud_url . '/api/v1/ai/media/a.png', 'key' => 'img/a.png', 'mime' => 'image/png', 'width' => 4, 'height' => 4, 'prompt' => 'A compost heap', 'alt' => 'Compost heap', 'caption' => 'Rich compost', 'role' => 'featured', 'position' => 0 ),
				array( 'url' => $this->cloud_url . '/api/v1/ai/media/b.png', 'key' => 'img/b.png', 'mime' => 'image/png', 'width' => 4, 'height' => 4, 'prompt' => 'Hands with soil', 'alt' => 'Soil', 'caption' => 'Soil', 'role' => 'in_article', 'position' => 1 ),
			),
		);
		$applied = $this->deliver( 'job_generate_images', 'generate_images', array( 'task_id' => $task_id, 'post_id' => $post_id ), $result );
		$this->assertTrue( $applied['applied'], wp_json_encode( $applied ) );
		$this->assertSame( $this->site_key, $this->media[ $this->cloud_url . '/api/v1/ai/media/a.png' ]['X-IGNY8-API-Key'] );

		$featured = (int) get_post_thumbnail_id( $post_id );
		$this->assertGreaterThan( 0, $featured );
		$this->assertSame( 'Compost heap', get_post_meta( $featured, '_wp_attachment_image_alt', true ) );
		$this->assertSame( 'Rich compost', wp_get_attachment_caption( $featured ) );
		$this->assertSame( 'A compost heap', get_post_meta( $featured, '_igny8_image_prompt', true ), 'each image keeps its prompt' );

		$blocks = array_values( array_filter( parse_blocks( get_post_field( 'post_content', $post_id ) ), static fn ( $b ) => null !== $b['blockName'] ) );
		$this->assertSame( array( 'core/paragraph', 'core/heading', 'core/image', 'core/heading', 'core/list', 'core/quote' ), array_column( $blocks, 'blockName' ) );
		$this->assertStringContainsString( 'alt="Soil"', $blocks[2]['innerHTML'] );

		// A repeated delivery adds no media.
		$count = count( get_posts( array( 'post_type' => 'attachment', 'post_status' => 'inherit', 'numberposts' => -1 ) ) );
		$this->deliver( 'job_generate_images', 'generate_images', array( 'task_id' => $task_id, 'post_id' => $post_id ), $result );
		$this->assertCount( $count, get_posts( array( 'post_type' => 'attachment', 'post_status' => 'inherit', 'numberposts' => -1 ) ) );
	}

	public function test_an_image_from_another_host_is_refused_and_can_be_retried(): void {
		$this->connect_site();
		$post_id = wp_insert_post( array( 'post_title' => 'Compost', 'post_status' => 'draft' ) );
		$this->fake_media();
		$result = array( 'images' => array( array( 'url' => 'http://evil.test/x.png', 'key' => 'x', 'mime' => 'image/png', 'alt' => 'x', 'caption' => '', 'role' => 'featured', 'position' => 0 ) ) );

		$response = $this->rest( 'POST', '/igny8/v1/deliveries', $body = $this->body( 'job_evil', 'generate_images', array( 'post_id' => $post_id ), $result ), $this->delivery_headers( $body, 'job_evil' ) );

		$this->assert_rest_error( 'igny8_foreign_media', 422, $response );
		$this->assertSame( array(), $this->media, 'the site key never left for another host' );
		$row = ( new Jobs_Repository() )->find( 'job_evil' );
		$this->assertNull( $row['claimed_at'], 'the claim was given back' );
		$this->assertNull( $row['applied_at'] );
	}
}

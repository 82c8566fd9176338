<?php
/**
 * The AI history shows what the ledger charged.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Editor;

use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\Support\Image_Deliveries;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';
require_once dirname( __DIR__ ) . '/Support/Image_Deliveries.php';

/**
 * A featured image's history entry is written when its job starts (no price yet); once the result
 * is applied it shows the credits the cloud settled for the job.
 */
final class Provenance_Charges_Test extends TestCase {

	use Cloud_Fixtures;
	use Image_Deliveries;

	public function test_the_featured_image_entry_shows_the_credits_the_job_was_charged(): void {
		$this->connect_site();
		$this->fake_media();
		$this->fake_cloud( static fn (): array => array( 202, self::ok( array( 'job' => array( 'id' => 'job_featured_5', 'status' => 'queued', 'function' => 'generate_images' ) ) ) ) );
		$post_id = wp_insert_post( array( 'post_title' => 'Compost', 'post_status' => 'draft', 'post_content' => self::content_blocks() ) );
		$this->as_user( $this->create_user( 'editor' ) );
		wp_update_post( array( 'ID' => $post_id, 'post_author' => get_current_user_id() ) );

		$started = $this->rest( 'POST', '/igny8/v1/editor/featured-image', array( 'post_id' => $post_id, 'prompt' => 'A compost heap at dawn' ) );
		$this->assertSame( 'job_featured_5', $started->get_data()['job_id'], wp_json_encode( $started->get_data() ) );
		$this->assertSame( 0, $this->history( $post_id )['credits'], 'nothing is charged yet when the job starts' );

		$image = array( 'url' => 'https://cloud.igny8.test/api/v1/ai/media/f.png', 'key' => 'img/f.png', 'mime' => 'image/png', 'width' => 4, 'height' => 4, 'prompt' => 'A compost heap at dawn', 'alt' => 'Compost heap', 'caption' => '', 'role' => 'featured', 'position' => 0 );
		$applied = $this->deliver( 'job_featured_5', 'generate_images', array( 'post_id' => $post_id ), array( 'images' => array( $image ) ), 5 );

		$this->assertTrue( $applied['applied'], wp_json_encode( $applied ) );
		$this->assertSame( 5, $this->history( $post_id )['credits'] );
	}

	/**
	 * The post's newest history entry, as the sidebar reads it.
	 *
	 * @return array<string, mixed>
	 */
	private function history( int $post_id ): array {
		$entries = $this->rest( 'GET', '/igny8/v1/editor/provenance', array( 'post_id' => $post_id ) )->get_data();
		$this->assertNotEmpty( $entries, wp_json_encode( $entries ) );
		return $entries[0];
	}
}

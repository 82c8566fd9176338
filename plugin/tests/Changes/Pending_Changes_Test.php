<?php
/**
 * Generated images wait for an editor's acceptance on a published post.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Changes;

use Igny8\Changes\Pending_Changes;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\Support\Image_Deliveries;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';
require_once dirname( __DIR__ ) . '/Support/Image_Deliveries.php';

/**
 * A delivered image job leaves a published post as it is and proposes its blocks and featured
 * image; accepting applies them (and records them in the AI history), discarding drops them.
 * Both need edit_post on the post.
 */
final class Pending_Changes_Test extends TestCase {

	use Cloud_Fixtures;
	use Image_Deliveries;

	/** Delivers two images (featured and in-article) for a post; returns the response data. */
	private function deliver_images( int $post_id, string $job_id ): array {
		$this->connect_site();
		$this->fake_media();
		$image = fn ( string $name, string $role, int $position ): array => array( 'url' => $this->cloud_url . "/api/v1/ai/media/{$name}.png", 'key' => "img/{$job_id}-{$name}.png", 'mime' => 'image/png', 'width' => 4, 'height' => 4, 'prompt' => 'Soil', 'alt' => "Alt {$name}", 'caption' => '', 'role' => $role, 'position' => $position );
		return $this->deliver( $job_id, 'generate_images', array( 'post_id' => $post_id ), array( 'images' => array( $image( 'a', 'featured', 0 ), $image( 'b', 'in_article', 1 ) ) ) );
	}

	public function test_images_for_a_published_post_are_proposed_and_applied_when_accepted(): void {
		$post_id = $this->create_post( array( 'post_content' => self::content_blocks() ) );
		$applied = $this->deliver_images( $post_id, 'job_live' );
		$this->assertTrue( $applied['applied'], wp_json_encode( $applied ) );

		$this->assertSame( self::content_blocks(), get_post_field( 'post_content', $post_id, 'raw' ), 'the live post is not changed' );
		$this->assertSame( 0, (int) get_post_thumbnail_id( $post_id ) );

		$this->as_user( $this->create_user( 'editor' ) );
		$pending = $this->rest( 'GET', '/igny8/v1/editor/pending-changes', array( 'post_id' => $post_id ) )->get_data();
		$this->assertCount( 1, $pending );
		$this->assertSame( array( 'generate_images', 'Generated 2 images' ), array( $pending[0]['function'], $pending[0]['summary'] ) );
		$this->assertSame( array( array( 'add', 'core/image' ) ), array_map( static fn ( array $b ): array => array( $b['action'], $b['name'] ), $pending[0]['blocks'] ) );
		$this->assertMatchesRegularExpression( '/\.png$/', $pending[0]['blocks'][0]['image'] );
		$this->assertGreaterThan( 0, $pending[0]['featured_image']['id'] );

		$accepted = $this->rest( 'POST', '/igny8/v1/editor/pending-changes/accept', array( 'post_id' => $post_id, 'id' => $pending[0]['id'] ) );

		$this->assertSame( 200, $accepted->get_status(), wp_json_encode( $accepted->get_data() ) );
		$this->assertSame( $pending[0]['featured_image']['id'], (int) get_post_thumbnail_id( $post_id ) );
		$this->assertStringContainsString( 'alt="Alt b"', get_post_field( 'post_content', $post_id, 'raw' ) );
		$this->assertSame( array(), $this->rest( 'GET', '/igny8/v1/editor/pending-changes', array( 'post_id' => $post_id ) )->get_data() );
		$history = $this->rest( 'GET', '/igny8/v1/editor/provenance', array( 'post_id' => $post_id ) )->get_data();
		$this->assertSame( array( array( 'generate_images', 'meta' ), array( 'generate_images', 'content' ) ), array_map( static fn ( array $e ): array => array( $e['function'], $e['kind'] ), $history ) );
		$this->assert_rest_error( 'igny8_pending_change_not_found', 404, $this->rest( 'POST', '/igny8/v1/editor/pending-changes/accept', array( 'post_id' => $post_id, 'id' => $pending[0]['id'] ) ) );
	}

	public function test_a_discarded_proposal_leaves_the_post_as_it_was(): void {
		$post_id = $this->create_post( array( 'post_content' => self::content_blocks() ) );
		$this->deliver_images( $post_id, 'job_discard' );
		$this->as_user( $this->create_user( 'editor' ) );
		$id = $this->rest( 'GET', '/igny8/v1/editor/pending-changes', array( 'post_id' => $post_id ) )->get_data()[0]['id'];

		$discarded = $this->rest( 'POST', '/igny8/v1/editor/pending-changes/discard', array( 'post_id' => $post_id, 'id' => $id ) );

		$this->assertSame( 200, $discarded->get_status(), wp_json_encode( $discarded->get_data() ) );
		$this->assertSame( self::content_blocks(), get_post_field( 'post_content', $post_id, 'raw' ) );
		$this->assertSame( 0, (int) get_post_thumbnail_id( $post_id ) );
		$this->assertSame( array(), get_post_meta( $post_id, Pending_Changes::META_KEY ) );
	}

	public function test_a_proposal_whose_place_was_edited_away_is_refused_on_accept(): void {
		$post_id = $this->create_post( array( 'post_content' => self::content_blocks() ) );
		$this->deliver_images( $post_id, 'job_conflict' );
		// The image went at the end, after the quote: the quote is edited and a block follows it now.
		wp_update_post( array( 'ID' => $post_id, 'post_content' => "<!-- wp:paragraph -->\n<p>Rewritten by hand.</p>\n<!-- /wp:paragraph -->" ) );
		$this->as_user( $this->create_user( 'editor' ) );
		$id = $this->rest( 'GET', '/igny8/v1/editor/pending-changes', array( 'post_id' => $post_id ) )->get_data()[0]['id'];

		$this->assert_rest_error( 'igny8_pending_change_conflict', 409, $this->rest( 'POST', '/igny8/v1/editor/pending-changes/accept', array( 'post_id' => $post_id, 'id' => $id ) ) );
		$this->assertSame( 0, (int) get_post_thumbnail_id( $post_id ), 'nothing of a refused change is applied' );
	}

	public function test_a_user_who_may_not_edit_the_post_can_neither_see_nor_accept_nor_discard(): void {
		$post_id = $this->create_post( array( 'post_content' => self::content_blocks(), 'post_author' => $this->create_user( 'editor' ) ) );
		$this->deliver_images( $post_id, 'job_forbidden' );
		$id = ( new Pending_Changes() )->all( $post_id )[0]['id'];
		$this->as_user( $this->create_user( 'author' ) );

		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'GET', '/igny8/v1/editor/pending-changes', array( 'post_id' => $post_id ) ) );
		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'POST', '/igny8/v1/editor/pending-changes/accept', array( 'post_id' => $post_id, 'id' => $id ) ) );
		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'POST', '/igny8/v1/editor/pending-changes/discard', array( 'post_id' => $post_id, 'id' => $id ) ) );
		$this->assertCount( 1, ( new Pending_Changes() )->all( $post_id ) );
	}

	public function test_a_change_whose_content_conflicts_applies_nothing_not_even_its_excerpt(): void {
		$post_id = $this->create_post(
			array(
				'post_content' => self::content_blocks(),
				'post_excerpt' => 'The old short description.',
			)
		);
		$proposed = ( new Pending_Changes() )->propose(
			$post_id,
			array(
				'function' => 'generate_product_description',
				'content'  => str_replace( '</p>', ' And more.</p>', self::content_blocks() ),
				'excerpt'  => 'A new short description.',
			)
		);
		$this->assertIsArray( $proposed );
		wp_update_post( array( 'ID' => $post_id, 'post_content' => "<!-- wp:paragraph -->\n<p>Rewritten by hand.</p>\n<!-- /wp:paragraph -->" ) );
		$this->as_user( $this->create_user( 'editor' ) );

		$this->assert_rest_error( 'igny8_pending_change_conflict', 409, $this->rest( 'POST', '/igny8/v1/editor/pending-changes/accept', array( 'post_id' => $post_id, 'id' => $proposed['id'] ) ) );
		$this->assertSame( 'The old short description.', get_post_field( 'post_excerpt', $post_id, 'raw' ), 'half a change is never applied' );
		$this->assertCount( 1, ( new Pending_Changes() )->all( $post_id ), 'the change stays, to be discarded' );
	}

	public function test_an_accepted_short_description_is_in_the_ai_history_and_can_be_undone(): void {
		$post_id  = $this->create_post(
			array(
				'post_content' => self::content_blocks(),
				'post_excerpt' => 'The old short description.',
			)
		);
		$proposed = ( new Pending_Changes() )->propose(
			$post_id,
			array(
				'function' => 'generate_product_description',
				'excerpt'  => 'A new short description.',
			)
		);
		$this->as_user( $this->create_user( 'editor' ) );

		$accepted = $this->rest( 'POST', '/igny8/v1/editor/pending-changes/accept', array( 'post_id' => $post_id, 'id' => $proposed['id'] ) );

		$this->assertSame( 200, $accepted->get_status(), (string) wp_json_encode( $accepted->get_data() ) );
		$this->assertSame( 'A new short description.', get_post_field( 'post_excerpt', $post_id, 'raw' ) );
		$entries = $accepted->get_data()['entries'];
		$this->assertSame( array( array( 'generate_product_description', 'meta' ) ), array_map( static fn ( array $e ): array => array( $e['function'], $e['kind'] ), $entries ) );

		$undone = $this->rest( 'POST', '/igny8/v1/editor/provenance/undo', array( 'post_id' => $post_id, 'id' => $entries[0]['id'], 'confirm' => true ) );

		$this->assertSame( 200, $undone->get_status(), (string) wp_json_encode( $undone->get_data() ) );
		$this->assertSame( 'The old short description.', get_post_field( 'post_excerpt', $post_id, 'raw' ) );
		$this->assertSame( '', (string) get_post_meta( $post_id, 'post_excerpt', true ), 'the excerpt is a post field, never written as meta' );
	}
}

<?php
/**
 * Tests for the Writer's Drafts and Published lists.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Tests\TestCase;
use Igny8\Writer\Post_Meta;

/**
 * GET writer/content/{id}: the row the Drafts table shows.
 */
final class Content_Controller_Test extends TestCase {

	public function test_a_draft_without_a_utc_modified_time_still_says_when_it_changed(): void {
		global $wpdb;
		$this->as_user( $this->create_user( 'editor' ) );
		$post_id = $this->create_post(
			array(
				'post_status'  => 'draft',
				'post_excerpt' => 'What the reader learns.',
			)
		);
		update_post_meta( $post_id, Post_Meta::MANAGED, 1 );
		$wpdb->update( $wpdb->posts, array( 'post_modified_gmt' => '0000-00-00 00:00:00' ), array( 'ID' => $post_id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- reproduces a row WordPress writes for some drafts.
		clean_post_cache( $post_id );

		$item = $this->rest( 'GET', "/igny8/v1/writer/content/{$post_id}" )->get_data();

		$this->assertMatchesRegularExpression( '/^(19|20)\d\d-\d\d-\d\d \d\d:\d\d:\d\d$/', $item['modified'] );
		$this->assertSame( 'What the reader learns.', $item['excerpt'] );
	}

	public function test_the_drafts_list_holds_pending_scheduled_and_private_posts_with_their_status(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$ids = array();
		foreach ( array( 'draft', 'pending', 'future', 'private', 'publish' ) as $status ) {
			$ids[ $status ] = $this->create_post(
				array(
					'post_status' => $status,
					'post_title'  => 'Managed ' . $status,
					'post_date'   => 'future' === $status ? gmdate( 'Y-m-d H:i:s', time() + WEEK_IN_SECONDS ) : gmdate( 'Y-m-d H:i:s', time() - HOUR_IN_SECONDS ),
				)
			);
			update_post_meta( $ids[ $status ], Post_Meta::MANAGED, 1 );
		}
		$this->create_post( array( 'post_status' => 'draft' ) ); // Not IGNY8's.

		$response = $this->rest( 'GET', '/igny8/v1/writer/content', array( 'status' => 'not_published', 'orderby' => 'id', 'order' => 'asc' ) );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( array( 'draft', 'pending', 'future', 'private' ), array_column( $response->get_data(), 'status' ) );
		$this->assertSame( '4', $response->get_headers()['X-WP-Total'] );
		$this->assertSame( array( $ids['publish'] ), array_column( $this->rest( 'GET', '/igny8/v1/writer/content', array( 'status' => 'publish' ) )->get_data(), 'id' ) );
		$this->assertSame( 400, $this->rest( 'GET', '/igny8/v1/writer/content', array( 'status' => 'trash' ) )->get_status() );
	}
}

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
}

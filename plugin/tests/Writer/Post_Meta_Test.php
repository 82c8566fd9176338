<?php
/**
 * Tests for the registered _igny8_* post meta.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Writer;

use Igny8\Tests\TestCase;
use Igny8\Writer\Post_Meta;

/**
 * The seed's meta keys are registered, readable in REST and protected where they must be.
 */
final class Post_Meta_Test extends TestCase {

	public function test_registers_every_key_for_rest(): void {
		$keys = get_registered_meta_keys( 'post', 'post' ) + get_registered_meta_keys( 'post', '' );
		foreach ( array( Post_Meta::TASK_ID, Post_Meta::CONTENT_ID, Post_Meta::JOB_ID, Post_Meta::MANAGED, Post_Meta::LAST_SYNCED, Post_Meta::META_TITLE, Post_Meta::META_DESCRIPTION ) as $key ) {
			$this->assertArrayHasKey( $key, $keys );
			$this->assertTrue( (bool) $keys[ $key ]['show_in_rest'], $key );
			$this->assertTrue( $keys[ $key ]['single'], $key );
		}
		$this->assertSame( 'integer', $keys[ Post_Meta::TASK_ID ]['type'] );
		$this->assertSame( 'boolean', $keys[ Post_Meta::MANAGED ]['type'] );
	}

	public function test_editors_may_edit_the_seo_fields_but_not_the_links(): void {
		$editor  = $this->create_user( 'editor' );
		$post_id = wp_insert_post(
			array(
				'post_title'  => 'Draft',
				'post_status' => 'draft',
				'post_author' => $editor,
			)
		);
		update_post_meta( $post_id, Post_Meta::TASK_ID, 7 );
		$this->as_user( $editor );

		$response = $this->rest(
			'POST',
			'/wp/v2/posts/' . $post_id,
			array( 'meta' => array( Post_Meta::META_TITLE => 'A better title' ) )
		);
		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'A better title', get_post_meta( $post_id, Post_Meta::META_TITLE, true ) );
		$this->assertSame( 7, $response->get_data()['meta'][ Post_Meta::TASK_ID ] );

		$denied = $this->rest( 'POST', '/wp/v2/posts/' . $post_id, array( 'meta' => array( Post_Meta::TASK_ID => 8 ) ) );
		$this->assertSame( 403, $denied->get_status() );
		$this->assertSame( '7', get_post_meta( $post_id, Post_Meta::TASK_ID, true ) );
	}
}

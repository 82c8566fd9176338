<?php
/**
 * AI change history and undo.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Editor;

use Igny8\Tests\TestCase;

/**
 * Every recorded change names its function, model, prompt version, credits and user; undo
 * restores the content from a revision, or the previous meta values.
 */
final class Provenance_Test extends TestCase {


	public function test_records_and_undoes_a_content_change_through_a_revision(): void {
		$user = $this->create_user( 'editor' );
		$this->as_user( $user );
		$post = $this->create_post( array( 'post_content' => '<!-- wp:paragraph --><p>Original</p><!-- /wp:paragraph -->' ) );

		$recorded = $this->rest(
			'POST',
			'/igny8/v1/editor/provenance',
			array(
				'post_id' => $post,
				'entry'   => array(
					'function'       => 'rewrite',
					'kind'           => 'content',
					'model'          => 'gpt-4o-mini',
					'prompt_version' => 'default-1',
					'credits'        => 1,
					'job_id'         => 'job-1',
					'before_content' => '<!-- wp:paragraph --><p>Original</p><!-- /wp:paragraph -->',
					'after_content'  => '<!-- wp:paragraph --><p>Rewritten</p><!-- /wp:paragraph -->',
				),
			)
		);
		$this->assertSame( 200, $recorded->get_status(), wp_json_encode( $recorded->get_data() ) );
		// The editor then saves the rewritten content.
		wp_update_post( array( 'ID' => $post, 'post_content' => '<!-- wp:paragraph --><p>Rewritten</p><!-- /wp:paragraph -->' ) );

		$history = $this->rest( 'GET', '/igny8/v1/editor/provenance', array( 'post_id' => $post ) )->get_data();
		$this->assertCount( 1, $history );
		$this->assertSame( array( 'rewrite', 'gpt-4o-mini', 'default-1', 1, $user ), array( $history[0]['function'], $history[0]['model'], $history[0]['prompt_version'], $history[0]['credits'], $history[0]['user_id'] ) );
		$this->assertGreaterThan( 0, $history[0]['revision_id'] );

		// The post is published: the undo waits for the editor's confirmation.
		$undone = $this->rest( 'POST', '/igny8/v1/editor/provenance/undo', array( 'post_id' => $post, 'id' => $history[0]['id'], 'confirm' => true ) );
		$this->assertSame( 200, $undone->get_status(), wp_json_encode( $undone->get_data() ) );
		$this->assertStringContainsString( '<p>Original</p>', get_post_field( 'post_content', $post, 'raw' ) );
		$this->assertStringContainsString( '<p>Original</p>', $undone->get_data()['content'] );
		$this->assert_rest_error( 'igny8_already_undone', 409, $this->rest( 'POST', '/igny8/v1/editor/provenance/undo', array( 'post_id' => $post, 'id' => $history[0]['id'], 'confirm' => true ) ) );
	}

	public function test_undoes_a_meta_change_to_the_previous_values(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$post = $this->create_post( array( 'meta_input' => array( '_igny8_meta_title' => 'Old title' ) ) );
		$this->rest(
			'POST',
			'/igny8/v1/editor/provenance',
			array(
				'post_id' => $post,
				'entry'   => array(
					'function'    => 'generate_meta',
					'kind'        => 'meta',
					'before_meta' => array(
						'_igny8_meta_title'       => 'Old title',
						'_igny8_meta_description' => '',
						'post_password'           => 'never restored',
					),
				),
			)
		);
		update_post_meta( $post, '_igny8_meta_title', 'New title' );
		update_post_meta( $post, '_igny8_meta_description', 'New description' );
		$entry = $this->rest( 'GET', '/igny8/v1/editor/provenance', array( 'post_id' => $post ) )->get_data()[0];

		$undone = $this->rest( 'POST', '/igny8/v1/editor/provenance/undo', array( 'post_id' => $post, 'id' => $entry['id'], 'confirm' => true ) )->get_data();

		$this->assertSame( 'Old title', get_post_meta( $post, '_igny8_meta_title', true ) );
		$this->assertSame( '', get_post_meta( $post, '_igny8_meta_description', true ) );
		$this->assertSame(
			array(
				'_igny8_meta_title'       => 'Old title',
				'_igny8_meta_description' => '',
			),
			$undone['meta']
		);
	}

	public function test_another_authors_post_history_is_refused(): void {
		$post = $this->create_post( array( 'post_author' => $this->create_user( 'editor' ) ) );
		$this->as_user( $this->create_user( 'author' ) );

		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'GET', '/igny8/v1/editor/provenance', array( 'post_id' => $post ) ) );
	}
}

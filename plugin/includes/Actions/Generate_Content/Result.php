<?php
/**
 * Applies generate_content results.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Generate_Content;

use Igny8\Actions\Result_Handler;
use Igny8\Results\Post_Writer;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Writer\Post_Meta;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Writes the article as a draft with the seed's `_igny8_*` meta, its category (the task's taxonomy
 * term) and tags (the task's keywords), then marks the task completed with assigned_post_id and post_url.
 *
 * @since 0.2.0
 */
final class Result implements Result_Handler {

	/**
	 * Most tags taken from a task's keywords.
	 */
	private const MAX_TAGS = 10;

	/**
	 * {@inheritDoc}
	 *
	 * @since 0.2.0
	 */
	public function apply( array $result, array $reference, array $local, ?array $task ) {
		$tasks   = new Tasks_Repository();
		$job_id  = (string) ( $local['job_id'] ?? '' );
		$content = (string) ( $result['content_blocks'] ?? ( $result['content_html'] ?? '' ) );
		if ( '' === trim( $content ) ) {
			// A permanent problem: retrying the same result would not help, so the claim stays.
			if ( $task ) {
				$tasks->mark_failed( (int) $task['id'], __( 'The AI result had no content.', 'igny8' ) );
			}
			return array( 'post_id' => null );
		}

		$post_id = $this->insert_draft( $job_id, $task, $result, $content );
		if ( is_wp_error( $post_id ) ) {
			return $post_id;
		}
		$this->assign_terms( $post_id, $task );
		$this->trash_replaced( (int) ( $local['context']['replace_post_id'] ?? 0 ), $task );
		if ( $task ) {
			$tasks->mark_completed( (int) $task['id'], $post_id, (string) get_permalink( $post_id ) );
			( new Keywords_Repository() )->mark_used( (array) $task['keywords'] );
			if ( ! empty( $task['idea_id'] ) ) {
				( new Ideas_Repository() )->update( (int) $task['idea_id'], array( 'status' => 'completed' ) );
			}
		}
		return array( 'post_id' => $post_id );
	}

	/**
	 * A run started to replace a task's draft moves that draft to the Trash (restorable) once the
	 * new one is in; a post published meanwhile, or no longer the task's, is left alone.
	 *
	 * @param int                       $post_id The task's previous post, 0 when not replacing.
	 * @param array<string, mixed>|null $task    Task.
	 */
	private function trash_replaced( int $post_id, ?array $task ): void {
		$post = $post_id > 0 ? get_post( $post_id ) : null;
		if ( ! $post || ! $task || (int) $task['assigned_post_id'] !== $post_id || ! in_array( $post->post_status, array( 'draft', 'pending', 'auto-draft' ), true ) ) {
			return;
		}
		wp_trash_post( $post_id );
	}

	/**
	 * Creates the draft with its meta; Post_Writer filters the content and makes the text fields plain.
	 *
	 * @param string                    $job_id  Cloud job id.
	 * @param array<string, mixed>|null $task    Writer task, when known.
	 * @param array<string, mixed>      $result  generate_content result.
	 * @param string                    $content Block markup.
	 * @return int|WP_Error Post id.
	 */
	private function insert_draft( string $job_id, ?array $task, array $result, string $content ) {
		$post_type = $task && post_type_exists( (string) $task['content_type'] ) ? (string) $task['content_type'] : 'post';
		$title     = Post_Writer::text( (string) ( $result['title'] ?? '' ), 'post_title' );
		if ( '' === $title && $task ) {
			$title = (string) $task['title'];
		}
		$author = $task && ! empty( $task['created_by'] ) && get_userdata( (int) $task['created_by'] ) ? (int) $task['created_by'] : 0;

		$postarr = array(
			'post_type'    => $post_type,
			'post_status'  => 'draft',
			'post_author'  => $author,
			'post_title'   => $title,
			// The slug is set, not left to the editor's placeholder: the title carries the target
			// keyword (the Worker sees to it), so the slug passes the score's slug check as shown.
			'post_name'    => sanitize_title( $title ),
			'post_content' => $content,
			'post_excerpt' => (string) ( $result['excerpt'] ?? '' ),
			'meta_input'   => array(
				Post_Meta::TASK_ID          => $task ? (int) $task['id'] : 0,
				Post_Meta::CONTENT_ID       => $job_id,
				Post_Meta::JOB_ID           => $job_id,
				Post_Meta::MANAGED          => 1,
				Post_Meta::LAST_SYNCED      => current_time( 'mysql', true ),
				Post_Meta::WORDPRESS_STATUS => 'draft',
				Post_Meta::META_TITLE       => (string) ( $result['meta_title'] ?? '' ),
				Post_Meta::META_DESCRIPTION => (string) ( $result['meta_description'] ?? '' ),
				// The keyword the article was written for, as the post's own: the editor sees it as
				// the sidebar's value (not a placeholder guess) and both scores check the same one.
				Post_Meta::TARGET_KEYWORD   => $task ? sanitize_text_field( (string) ( array_values( (array) $task['keywords'] )[0] ?? '' ) ) : '',
			),
		);

		return Post_Writer::insert( $postarr );
	}

	/**
	 * Category from the task's taxonomy term, tags from its keywords.
	 *
	 * @param int                       $post_id Post id.
	 * @param array<string, mixed>|null $task    Task.
	 */
	private function assign_terms( int $post_id, ?array $task ): void {
		if ( ! $task || 'post' !== get_post_type( $post_id ) ) {
			return;
		}
		$term_id = (int) ( $task['taxonomy_term_id'] ?? 0 );
		if ( $term_id > 0 && term_exists( $term_id, 'category' ) ) {
			wp_set_post_categories( $post_id, array( $term_id ) );
		}
		$tags = array_slice( array_values( array_filter( array_map( 'sanitize_text_field', (array) $task['keywords'] ) ) ), 0, self::MAX_TAGS );
		if ( $tags ) {
			wp_set_post_tags( $post_id, $tags );
		}
	}
}

<?php
/**
 * Where each AI change to a post came from, and how to undo it.
 *
 * @package Igny8\Editor
 */

declare( strict_types=1 );

namespace Igny8\Editor;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The `_igny8_provenance` post meta: a list of entries {id, function, model, prompt_version,
 * credits, job_id, user_id, applied_at, kind, summary, undo, undone_at}. Content changes keep
 * the content from before the change as a revision (undo restores it); meta changes keep the
 * previous values (undo writes them back).
 *
 * @since 0.3.0
 */
final class Provenance {

	/**
	 * Post meta key holding the list.
	 *
	 * @since 0.3.0
	 */
	public const META_KEY = '_igny8_provenance';

	/**
	 * Entries kept per post (oldest dropped first).
	 *
	 * @since 0.3.0
	 */
	public const MAX_ENTRIES = 100;

	/**
	 * Meta keys an entry may restore on undo.
	 *
	 * @since 0.3.0
	 */
	public const UNDOABLE_META = array(
		'_igny8_meta_title',
		'_igny8_meta_description',
		'_thumbnail_id',
		'_igny8_target_keyword',
		// The SEO plugins' copies (Seo_Plugins::KEYS), which Meta_Output writes with IGNY8's.
		'_yoast_wpseo_title',
		'_yoast_wpseo_metadesc',
		'rank_math_title',
		'rank_math_description',
	);

	/**
	 * The post's entries, newest first.
	 *
	 * @since 0.3.0
	 *
	 * @param int $post_id Post id.
	 * @return array<int, array<string, mixed>>
	 */
	public function all( int $post_id ): array {
		$stored = get_post_meta( $post_id, self::META_KEY, true );
		$list   = is_array( $stored ) ? array_values( array_filter( $stored, 'is_array' ) ) : array();
		return array_reverse( $list );
	}

	/**
	 * Records one applied change.
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $post_id Post id.
	 * @param array<string, mixed> $entry   function, model, prompt_version, credits, job_id, summary, kind ('content'|'meta'),
	 *                                      before_content (kind content) or before_meta (kind meta).
	 * @return array<string, mixed>|WP_Error The stored entry.
	 */
	public function record( int $post_id, array $entry ) {
		$post = get_post( $post_id );
		if ( ! $post ) {
			return new WP_Error( 'igny8_post_not_found', __( 'This post does not exist.', 'igny8' ), array( 'status' => 404 ) );
		}
		$kind = 'meta' === ( $entry['kind'] ?? '' ) ? 'meta' : 'content';
		$undo = array();
		if ( 'content' === $kind ) {
			$revision = $this->save_revision( $post, (string) ( $entry['before_content'] ?? $post->post_content ) );
			if ( is_wp_error( $revision ) ) {
				return $revision;
			}
			$undo = array( 'revision_id' => $revision );
		} else {
			$before = array();
			foreach ( (array) ( $entry['before_meta'] ?? array() ) as $key => $value ) {
				if ( in_array( $key, self::UNDOABLE_META, true ) ) {
					$before[ $key ] = is_scalar( $value ) ? (string) $value : '';
				}
			}
			$undo = array( 'meta' => $before );
		}
		$stored = array(
			'id'             => wp_generate_uuid4(),
			'function'       => sanitize_key( (string) ( $entry['function'] ?? '' ) ),
			'model'          => sanitize_text_field( (string) ( $entry['model'] ?? '' ) ),
			'prompt_version' => sanitize_text_field( (string) ( $entry['prompt_version'] ?? '' ) ),
			'credits'        => max( 0, (int) ( $entry['credits'] ?? 0 ) ),
			'job_id'         => sanitize_text_field( (string) ( $entry['job_id'] ?? '' ) ),
			'summary'        => sanitize_text_field( (string) ( $entry['summary'] ?? '' ) ),
			'kind'           => $kind,
			'user_id'        => get_current_user_id(),
			'applied_at'     => current_time( 'mysql', true ),
			'undo'           => $undo,
			'undone_at'      => null,
		);
		$list   = array_reverse( $this->all( $post_id ) );
		$list[] = $stored;
		$list   = array_slice( $list, -self::MAX_ENTRIES );
		update_post_meta( $post_id, self::META_KEY, $list );
		return $this->public_entry( $stored );
	}

	/**
	 * Undoes one entry: restores the revision or the previous meta values.
	 *
	 * @since 0.3.0
	 *
	 * @param int    $post_id  Post id.
	 * @param string $entry_id Entry id.
	 * @return array{entry: array<string, mixed>, content: string|null, meta: array<string, string>}|WP_Error
	 */
	public function undo( int $post_id, string $entry_id ) {
		$list  = array_reverse( $this->all( $post_id ) );
		$index = null;
		foreach ( $list as $i => $entry ) {
			if ( ( $entry['id'] ?? '' ) === $entry_id ) {
				$index = $i;
			}
		}
		if ( null === $index ) {
			return new WP_Error( 'igny8_provenance_not_found', __( 'This change is not in the post’s history.', 'igny8' ), array( 'status' => 404 ) );
		}
		$entry = $list[ $index ];
		if ( ! empty( $entry['undone_at'] ) ) {
			return new WP_Error( 'igny8_already_undone', __( 'This change was already undone.', 'igny8' ), array( 'status' => 409 ) );
		}
		$content = null;
		$meta    = array();
		if ( 'content' === $entry['kind'] ) {
			$revision_id = (int) ( $entry['undo']['revision_id'] ?? 0 );
			$revision    = wp_get_post_revision( $revision_id );
			if ( ! $revision || (int) $revision->post_parent !== $post_id ) {
				return new WP_Error( 'igny8_revision_missing', __( 'The revision from before this change no longer exists, so it cannot be undone. Use the post’s revisions screen instead.', 'igny8' ), array( 'status' => 410 ) );
			}
			wp_update_post(
				array(
					'ID'           => $post_id,
					'post_content' => wp_slash( $revision->post_content ),
				)
			);
			$content = (string) get_post_field( 'post_content', $post_id, 'raw' );
		} else {
			foreach ( (array) ( $entry['undo']['meta'] ?? array() ) as $key => $value ) {
				if ( ! in_array( $key, self::UNDOABLE_META, true ) ) {
					continue;
				}
				if ( '' === $value ) {
					delete_post_meta( $post_id, $key );
				} else {
					update_post_meta( $post_id, $key, wp_slash( $value ) );
				}
				$meta[ $key ] = (string) $value;
			}
		}
		$list[ $index ]['undone_at'] = current_time( 'mysql', true );
		update_post_meta( $post_id, self::META_KEY, $list );
		return array(
			'entry'   => $this->public_entry( $list[ $index ] ),
			'content' => $content,
			'meta'    => $meta,
		);
	}

	/**
	 * An entry as the sidebar sees it (undo data reduced to what it needs to know).
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $entry Stored entry.
	 * @return array<string, mixed>
	 */
	public function public_entry( array $entry ): array {
		$user = get_userdata( (int) ( $entry['user_id'] ?? 0 ) );
		return array(
			'id'             => (string) ( $entry['id'] ?? '' ),
			'function'       => (string) ( $entry['function'] ?? '' ),
			'model'          => (string) ( $entry['model'] ?? '' ),
			'prompt_version' => (string) ( $entry['prompt_version'] ?? '' ),
			'credits'        => (int) ( $entry['credits'] ?? 0 ),
			'job_id'         => (string) ( $entry['job_id'] ?? '' ),
			'summary'        => (string) ( $entry['summary'] ?? '' ),
			'kind'           => (string) ( $entry['kind'] ?? 'content' ),
			'user_id'        => (int) ( $entry['user_id'] ?? 0 ),
			'user_name'      => $user ? $user->display_name : '',
			'applied_at'     => (string) ( $entry['applied_at'] ?? '' ),
			'undone_at'      => $entry['undone_at'] ?? null,
			'revision_id'    => (int) ( $entry['undo']['revision_id'] ?? 0 ),
		);
	}

	/**
	 * Stores `content` as a revision of the post (the state before the AI change).
	 *
	 * @param \WP_Post $post    Post.
	 * @param string   $content Content before the change.
	 * @return int|WP_Error Revision id.
	 */
	private function save_revision( \WP_Post $post, string $content ) {
		$copy               = clone $post;
		$copy->post_content = $content;
		$revision           = _wp_put_post_revision( $copy );
		if ( is_wp_error( $revision ) || ! $revision ) {
			return new WP_Error( 'igny8_revision_failed', __( 'Could not keep a copy of the post before the change, so it was not recorded. Save the post and try again.', 'igny8' ), array( 'status' => 500 ) );
		}
		return (int) $revision;
	}
}

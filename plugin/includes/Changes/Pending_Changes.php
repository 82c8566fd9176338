<?php
/**
 * Changes to published posts waiting for an editor to accept them.
 *
 * @package Igny8\Changes
 */

declare( strict_types=1 );

namespace Igny8\Changes;

use Igny8\Results\Post_Writer;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * An applier asks direct_or_propose(): a draft is changed at once, a post readers can see gets a
 * pending change instead — the block hunks (Block_Diff) and the meta it would set — in the
 * `_igny8_pending_changes` post meta. Accepting puts the hunks on the post as it is then (refused
 * when the blocks they touch changed), discarding drops them. Nothing here checks capabilities:
 * the REST layer checks edit_post on the post first.
 *
 * @since 0.7.0
 */
final class Pending_Changes {

	/**
	 * Post meta key holding the list, oldest first.
	 *
	 * @since 0.7.0
	 */
	public const META_KEY = '_igny8_pending_changes';

	/**
	 * Post meta: a fresh id each time a change of the post is discarded. A discard leaves the post
	 * as it was, so an action that keys its jobs on the post reads this too: asked again after a
	 * rejection it starts a new run instead of getting the rejected one back.
	 *
	 * @since 0.9.0
	 */
	public const DISCARDED = '_igny8_pending_discarded';

	/**
	 * Statuses whose posts readers can see (or will, at a set time): changes to them are proposed.
	 *
	 * @since 0.7.0
	 */
	public const LIVE_STATUSES = array( 'publish', 'future', 'private' );

	/**
	 * Meta keys a pending change may set.
	 *
	 * @since 0.7.0
	 */
	public const META_KEYS = array( '_thumbnail_id' );

	/**
	 * Pending changes kept per post (oldest dropped first).
	 *
	 * @since 0.7.0
	 */
	public const MAX_ENTRIES = 20;

	/**
	 * 'propose' for a post readers can see, else 'direct'.
	 *
	 * @since 0.7.0
	 *
	 * @param int $post_id Post id.
	 * @return string 'direct' or 'propose'.
	 */
	public static function direct_or_propose( int $post_id ): string {
		$live = in_array( (string) get_post_status( $post_id ), self::LIVE_STATUSES, true );
		/**
		 * Filters whether an AI change to this post waits for an editor's acceptance.
		 *
		 * @since 0.7.0
		 *
		 * @param bool $propose Whether to propose the change.
		 * @param int  $post_id Post id.
		 */
		return apply_filters( 'igny8_propose_changes', $live, $post_id ) ? 'propose' : 'direct';
	}

	/**
	 * Stores a proposed change.
	 *
	 * @since 0.7.0
	 *
	 * @param int                  $post_id Post id.
	 * @param array<string, mixed> $change  function, summary, job_id, content (the whole proposed content;
	 *                                      omitted when only meta changes), meta (META_KEYS => value),
	 *                                      excerpt (a product's short description; plain text).
	 * @return array<string, mixed>|WP_Error The change as list() shows it.
	 */
	public function propose( int $post_id, array $change ) {
		$post = get_post( $post_id );
		if ( ! $post ) {
			return new WP_Error( 'igny8_post_not_found', __( 'This post does not exist.', 'igny8' ), array( 'status' => 404 ) );
		}
		$hunks = isset( $change['content'] ) ? Block_Diff::diff( (string) $post->post_content, (string) $change['content'] ) : array();
		$meta  = array_intersect_key( array_map( 'strval', (array) ( $change['meta'] ?? array() ) ), array_flip( self::META_KEYS ) );
		$excerpt = isset( $change['excerpt'] ) ? Post_Writer::text( (string) $change['excerpt'], 'post_excerpt' ) : null;
		if ( (string) $post->post_excerpt === $excerpt ) {
			$excerpt = null;
		}
		if ( ! $hunks && ! $meta && null === $excerpt ) {
			return new WP_Error( 'igny8_nothing_to_propose', __( 'The change would leave the post as it is.', 'igny8' ), array( 'status' => 409 ) );
		}
		$stored = array(
			'id'         => wp_generate_uuid4(),
			'function'   => sanitize_key( (string) ( $change['function'] ?? '' ) ),
			'summary'    => sanitize_text_field( (string) ( $change['summary'] ?? '' ) ),
			'job_id'     => sanitize_text_field( (string) ( $change['job_id'] ?? '' ) ),
			'hunks'      => $hunks,
			'meta'       => $meta,
			'excerpt'    => $excerpt,
			'created_at' => current_time( 'mysql', true ),
		);
		$list   = $this->stored( $post_id );
		$list[] = $stored;
		update_post_meta( $post_id, self::META_KEY, wp_slash( array_slice( $list, -self::MAX_ENTRIES ) ) );
		return Change_Preview::of( $stored );
	}

	/**
	 * The post's pending changes with a preview of each, oldest first.
	 *
	 * @since 0.7.0
	 *
	 * @param int $post_id Post id.
	 * @return array<int, array<string, mixed>>
	 */
	public function all( int $post_id ): array {
		return array_map( array( Change_Preview::class, 'of' ), $this->stored( $post_id ) );
	}

	/**
	 * Puts a pending change on the post and drops it from the list.
	 *
	 * @since 0.7.0
	 *
	 * @param int    $post_id Post id.
	 * @param string $id      Change id.
	 * @return array{change: array<string, mixed>, before_content: string, content: ?string, before_meta: array<string, string>, meta: array<string, string>, before_excerpt: ?string}|WP_Error
	 */
	public function accept( int $post_id, string $id ) {
		$change = $this->find( $post_id, $id );
		if ( is_wp_error( $change ) ) {
			return $change;
		}
		$before  = (string) get_post_field( 'post_content', $post_id, 'raw' );
		$content = null;
		$fields  = array();
		// Every check first, then one write: a conflict must not leave half the change applied.
		if ( $change['hunks'] ) {
			$patched = Block_Diff::patch( $before, (array) $change['hunks'], 'apply' );
			if ( null === $patched['content'] ) {
				return new WP_Error( 'igny8_pending_change_conflict', __( 'The parts of the post this change was made for were edited since, so it cannot be applied. Discard it and run the action again.', 'igny8' ), array( 'status' => 409 ) );
			}
			$fields['post_content'] = $patched['content'];
		}
		$before_excerpt = (string) get_post_field( 'post_excerpt', $post_id, 'raw' );
		if ( isset( $change['excerpt'] ) ) {
			$fields['post_excerpt'] = (string) $change['excerpt'];
		}
		if ( $fields ) {
			// Content that came from the cloud: written through the one writer, kses on.
			$written = Post_Writer::insert( array( 'ID' => $post_id ) + $fields );
			if ( is_wp_error( $written ) ) {
				return $written;
			}
			if ( isset( $fields['post_content'] ) ) {
				$content = (string) get_post_field( 'post_content', $post_id, 'raw' );
			}
		}
		$before_meta = array();
		foreach ( (array) $change['meta'] as $key => $value ) {
			$before_meta[ $key ] = (string) get_post_meta( $post_id, $key, true );
			if ( '_thumbnail_id' === $key ) {
				set_post_thumbnail( $post_id, (int) $value );
			}
		}
		$this->remove( $post_id, $id );
		return array(
			'change'         => Change_Preview::of( $change ),
			'before_content' => $before,
			'content'        => $content,
			'before_meta'    => $before_meta,
			'meta'           => array_map( 'strval', (array) $change['meta'] ),
			// Null when the change left the excerpt alone.
			'before_excerpt' => isset( $fields['post_excerpt'] ) ? $before_excerpt : null,
		);
	}

	/**
	 * The whole content the post would have once the change is accepted: what a reviewer compares
	 * with the current content (the preview's blocks are cut short). Null when the change leaves
	 * the content as it is, or no longer fits it.
	 *
	 * @since 0.9.0
	 *
	 * @param int    $post_id Post id.
	 * @param string $id      Change id.
	 * @return string|null
	 */
	public function proposed_content( int $post_id, string $id ): ?string {
		$change = $this->find( $post_id, $id );
		if ( is_wp_error( $change ) || ! $change['hunks'] ) {
			return null;
		}
		return Block_Diff::patch( (string) get_post_field( 'post_content', $post_id, 'raw' ), (array) $change['hunks'], 'apply' )['content'];
	}

	/**
	 * Drops a pending change without applying it.
	 *
	 * @since 0.7.0
	 *
	 * @param int    $post_id Post id.
	 * @param string $id      Change id.
	 * @return array<string, mixed>|WP_Error The dropped change.
	 */
	public function discard( int $post_id, string $id ) {
		$change = $this->find( $post_id, $id );
		if ( is_wp_error( $change ) ) {
			return $change;
		}
		$this->remove( $post_id, $id );
		update_post_meta( $post_id, self::DISCARDED, wp_generate_uuid4() );
		return Change_Preview::of( $change );
	}

	/**
	 * One stored change.
	 *
	 * @param int    $post_id Post id.
	 * @param string $id      Change id.
	 * @return array<string, mixed>|WP_Error
	 */
	private function find( int $post_id, string $id ) {
		foreach ( $this->stored( $post_id ) as $change ) {
			if ( $change['id'] === $id ) {
				return $change;
			}
		}
		return new WP_Error( 'igny8_pending_change_not_found', __( 'This pending change is gone: it was accepted or discarded already. Reload the editor to see the post as it is.', 'igny8' ), array( 'status' => 404 ) );
	}

	/**
	 * Removes one change from the list.
	 *
	 * @param int    $post_id Post id.
	 * @param string $id      Change id.
	 */
	private function remove( int $post_id, string $id ): void {
		$list = array_values( array_filter( $this->stored( $post_id ), static fn ( array $change ): bool => $change['id'] !== $id ) );
		if ( $list ) {
			update_post_meta( $post_id, self::META_KEY, wp_slash( $list ) );
		} else {
			delete_post_meta( $post_id, self::META_KEY );
		}
	}

	/**
	 * The stored list, each entry with every field.
	 *
	 * @param int $post_id Post id.
	 * @return array<int, array{id: string, function: string, summary: string, job_id: string, hunks: array<int, array<string, mixed>>, meta: array<string, string>, created_at: string}>
	 */
	private function stored( int $post_id ): array {
		$stored = get_post_meta( $post_id, self::META_KEY, true );
		$list   = array();
		foreach ( is_array( $stored ) ? $stored : array() as $change ) {
			if ( ! is_array( $change ) || ! is_string( $change['id'] ?? null ) ) {
				continue;
			}
			$list[] = array(
				'id'         => $change['id'],
				'function'   => (string) ( $change['function'] ?? '' ),
				'summary'    => (string) ( $change['summary'] ?? '' ),
				'job_id'     => (string) ( $change['job_id'] ?? '' ),
				'hunks'      => is_array( $change['hunks'] ?? null ) ? $change['hunks'] : array(),
				'meta'       => is_array( $change['meta'] ?? null ) ? $change['meta'] : array(),
				'excerpt'    => isset( $change['excerpt'] ) ? (string) $change['excerpt'] : null,
				'created_at' => (string) ( $change['created_at'] ?? '' ),
			);
		}
		return $list;
	}
}

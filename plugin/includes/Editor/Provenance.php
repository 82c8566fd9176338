<?php
/**
 * Where each AI change to a post came from, and how to undo it.
 *
 * @package Igny8\Editor
 */

declare( strict_types=1 );

namespace Igny8\Editor;

use Igny8\Changes\Block_Diff;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The `_igny8_provenance` post meta: a list of entries {id, function, model, prompt_version,
 * credits, job_id, user_id, applied_at, kind, summary, undo, undone_at, undoes}. Content changes
 * keep the blocks they changed (Changes\Block_Diff hunks, which Provenance_Undo reverses) and the
 * content from before as a revision; meta changes keep the previous values. An undo is recorded
 * as an entry too (function `undo`, `undoes` naming the entry), so it can be undone.
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
		// A post field, not meta (a product's short description): Provenance_Undo writes it as one.
		self::EXCERPT,
	);

	/**
	 * The post field an entry of kind meta may restore beside the meta keys.
	 *
	 * @since 0.9.0
	 */
	public const EXCERPT = 'post_excerpt';

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
	 *                                      before_content and after_content (kind content; each defaults to the saved
	 *                                      content) or before_meta (kind meta); undoes (an entry id, set by undo only).
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
			$before   = (string) ( $entry['before_content'] ?? $post->post_content );
			$revision = $this->save_revision( $post, $before );
			if ( is_wp_error( $revision ) ) {
				return $revision;
			}
			$undo = array(
				'revision_id' => $revision,
				'hunks'       => Block_Diff::diff( $before, (string) ( $entry['after_content'] ?? $post->post_content ) ),
			);
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
			// A job's charge is the ledger's (the local job row), not what the caller passed or left out.
			'credits'        => max( 0, (int) ( Provenance_Charges::of_job( (string) ( $entry['job_id'] ?? '' ) ) ?? ( $entry['credits'] ?? 0 ) ) ),
			'job_id'         => sanitize_text_field( (string) ( $entry['job_id'] ?? '' ) ),
			'summary'        => sanitize_text_field( (string) ( $entry['summary'] ?? '' ) ),
			'kind'           => $kind,
			'user_id'        => get_current_user_id(),
			'applied_at'     => current_time( 'mysql', true ),
			'undo'           => $undo,
			'undone_at'      => null,
			'undoes'         => sanitize_text_field( (string) ( $entry['undoes'] ?? '' ) ),
		);
		$list   = array_reverse( $this->all( $post_id ) );
		$list[] = $stored;
		$this->store( $post_id, $list );
		return $this->public_entry( $stored );
	}

	/**
	 * Sets when an entry was undone (null: its change is on the post again).
	 *
	 * @since 0.7.0
	 *
	 * @param int         $post_id   Post id.
	 * @param string      $entry_id  Entry id.
	 * @param string|null $undone_at GMT time, or null.
	 */
	public function mark_undone( int $post_id, string $entry_id, ?string $undone_at ): void {
		$list = array_reverse( $this->all( $post_id ) );
		foreach ( $list as $i => $entry ) {
			if ( ( $entry['id'] ?? '' ) === $entry_id ) {
				$list[ $i ]['undone_at'] = $undone_at;
			}
		}
		$this->store( $post_id, $list );
	}

	/**
	 * Sets the credits of the entries of a job to what the ledger charged for it (an entry recorded
	 * when the job started knows no price yet: the featured image's).
	 *
	 * @since 0.8.0
	 *
	 * @param int    $post_id Post id.
	 * @param string $job_id  Cloud job id.
	 * @param int    $credits Credits the cloud settled for the job.
	 * @return bool Whether an entry changed.
	 */
	public function set_charged( int $post_id, string $job_id, int $credits ): bool {
		$list    = array_reverse( $this->all( $post_id ) );
		$changed = false;
		foreach ( $list as $i => $entry ) {
			if ( '' !== $job_id && ( $entry['job_id'] ?? '' ) === $job_id && (int) ( $entry['credits'] ?? 0 ) !== $credits ) {
				$list[ $i ]['credits'] = max( 0, $credits );
				$changed               = true;
			}
		}
		if ( $changed ) {
			$this->store( $post_id, $list );
		}
		return $changed;
	}

	/**
	 * Saves the list (oldest first), keeping the newest MAX_ENTRIES. Slashed, since hunks hold block
	 * markup whose attributes may contain backslashes.
	 *
	 * @param int                              $post_id Post id.
	 * @param array<int, array<string, mixed>> $list    Entries, oldest first.
	 */
	private function store( int $post_id, array $list ): void {
		update_post_meta( $post_id, self::META_KEY, wp_slash( array_values( array_slice( $list, -self::MAX_ENTRIES ) ) ) );
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
			'undoes'         => (string) ( $entry['undoes'] ?? '' ),
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

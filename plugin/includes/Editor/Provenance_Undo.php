<?php
/**
 * Undoes one AI change to a post, and only that change.
 *
 * @package Igny8\Editor
 */

declare( strict_types=1 );

namespace Igny8\Editor;

use Igny8\Changes\Block_Diff;
use Igny8\Changes\Pending_Changes;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * A content change is undone block by block on the saved post: each block the change produced
 * that is still there as it left it gets back what it replaced, and everything else (later
 * changes, hand edits) stays. When a block it produced was changed since, nothing is written and
 * the refusal names the later entries that touched it. A post readers can see is changed only
 * with `confirm` (the refusal says how much would change). The undo is recorded as an entry of
 * its own, so it can be undone in turn.
 *
 * @since 0.7.0
 */
final class Provenance_Undo {

	/**
	 * History store.
	 *
	 * @var Provenance
	 */
	private Provenance $provenance;

	/**
	 * Uses the post's history.
	 *
	 * @since 0.7.0
	 *
	 * @param Provenance|null $provenance History store.
	 */
	public function __construct( ?Provenance $provenance = null ) {
		$this->provenance = $provenance ?? new Provenance();
	}

	/**
	 * Undoes one entry.
	 *
	 * @since 0.7.0
	 *
	 * @param int    $post_id  Post id.
	 * @param string $entry_id Entry id.
	 * @param bool   $confirm  Whether the editor confirmed changing a post readers can see.
	 * @return array{entry: array<string, mixed>, undo_entry: array<string, mixed>, content: string|null, meta: array<string, string>}|WP_Error
	 */
	public function undo( int $post_id, string $entry_id, bool $confirm ) {
		$entries = array_reverse( $this->provenance->all( $post_id ) );
		$index   = null;
		foreach ( $entries as $i => $candidate ) {
			if ( ( $candidate['id'] ?? '' ) === $entry_id ) {
				$index = $i;
			}
		}
		if ( null === $index ) {
			return new WP_Error( 'igny8_provenance_not_found', __( 'This change is not in the post’s history.', 'igny8' ), array( 'status' => 404 ) );
		}
		$entry = $entries[ $index ];
		if ( ! empty( $entry['undone_at'] ) ) {
			return new WP_Error( 'igny8_already_undone', __( 'This change was already undone.', 'igny8' ), array( 'status' => 409 ) );
		}
		$plan = 'content' === ( $entry['kind'] ?? '' ) ? $this->plan_content( $post_id, $entry, array_slice( $entries, $index + 1 ) ) : $this->plan_meta( $post_id, $entry );
		if ( is_wp_error( $plan ) ) {
			return $plan;
		}
		if ( ! $confirm && 'propose' === Pending_Changes::direct_or_propose( $post_id ) ) {
			return new WP_Error(
				'igny8_undo_needs_confirmation',
				sprintf(
					/* translators: 1: the change's summary, 2: number of blocks or fields */
					_n( 'This post is published. Undoing “%1$s” changes %2$d block or field of the live post at once.', 'This post is published. Undoing “%1$s” changes %2$d blocks or fields of the live post at once.', $plan['changed'], 'igny8' ),
					$this->label( $entry ),
					$plan['changed']
				),
				array(
					'status'  => 409,
					'changed' => $plan['changed'],
				)
			);
		}
		return 'content' === $entry['kind'] ? $this->write_content( $post_id, $entry, $plan ) : $this->write_meta( $post_id, $entry, $plan );
	}

	/**
	 * The content the undo leaves, or the refusal naming what is in the way.
	 *
	 * @param int                              $post_id Post id.
	 * @param array<string, mixed>             $entry   Entry undone.
	 * @param array<int, array<string, mixed>> $later   Entries recorded after it, oldest first.
	 * @return array{before: string, content: string, changed: int}|WP_Error
	 */
	private function plan_content( int $post_id, array $entry, array $later ) {
		if ( ! isset( $entry['undo']['hunks'] ) || ! is_array( $entry['undo']['hunks'] ) ) {
			return new WP_Error( 'igny8_undo_unknown_change', __( 'This change was recorded before IGNY8 kept which blocks each change touched, so it cannot be undone on its own. Compare and restore it in the post’s revisions screen.', 'igny8' ), array( 'status' => 409 ) );
		}
		$before  = (string) get_post_field( 'post_content', $post_id, 'raw' );
		$patched = Block_Diff::patch( $before, $entry['undo']['hunks'], 'revert' );
		if ( null !== $patched['content'] ) {
			return array(
				'before'  => $before,
				'content' => $patched['content'],
				'changed' => $patched['changed'],
			);
		}
		$blocking = array();
		foreach ( $later as $candidate ) {
			$hunks = $candidate['undo']['hunks'] ?? null;
			if ( empty( $candidate['undone_at'] ) && is_array( $hunks ) && Block_Diff::touches( $entry['undo']['hunks'], $hunks ) ) {
				$blocking[] = $candidate;
			}
		}
		if ( ! $blocking ) {
			return new WP_Error( 'igny8_undo_conflict', __( 'The blocks this change made were edited by hand since, so undoing it here would lose that edit. Change them back by hand, or compare in the post’s revisions screen.', 'igny8' ), array( 'status' => 409 ) );
		}
		return new WP_Error(
			'igny8_undo_conflict',
			sprintf(
				/* translators: %s: list of later changes, e.g. “Inserted 2 internal links” */
				__( 'Later changes touched the same blocks: %s. Undo them first, then undo this one.', 'igny8' ),
				implode( ', ', array_map( fn ( array $later ): string => '“' . $this->label( $later ) . '”', $blocking ) )
			),
			array(
				'status'   => 409,
				'blocking' => array_map( array( $this->provenance, 'public_entry' ), $blocking ),
			)
		);
	}

	/**
	 * The meta values the undo writes back.
	 *
	 * @param int                  $post_id Post id.
	 * @param array<string, mixed> $entry   Entry undone.
	 * @return array{before: array<string, string>, meta: array<string, string>, changed: int}
	 */
	private function plan_meta( int $post_id, array $entry ): array {
		$meta   = array();
		$before = array();
		foreach ( (array) ( $entry['undo']['meta'] ?? array() ) as $key => $value ) {
			if ( in_array( $key, Provenance::UNDOABLE_META, true ) ) {
				$meta[ $key ]   = (string) $value;
				$before[ $key ] = Provenance::EXCERPT === $key ? (string) get_post_field( 'post_excerpt', $post_id, 'raw' ) : (string) get_post_meta( $post_id, $key, true );
			}
		}
		return array(
			'before'  => $before,
			'meta'    => $meta,
			'changed' => count( $meta ),
		);
	}

	/**
	 * Saves the undone content and records the undo.
	 *
	 * @param int                                               $post_id Post id.
	 * @param array<string, mixed>                              $entry   Entry undone.
	 * @param array{before: string, content: string, changed: int} $plan    From plan_content().
	 * @return array<string, mixed>|WP_Error
	 */
	private function write_content( int $post_id, array $entry, array $plan ) {
		$updated = wp_update_post(
			array(
				'ID'           => $post_id,
				'post_content' => wp_slash( $plan['content'] ),
			),
			true
		);
		if ( is_wp_error( $updated ) ) {
			return $updated;
		}
		$content = (string) get_post_field( 'post_content', $post_id, 'raw' );
		$record  = $this->record_undo(
			$post_id,
			$entry,
			array(
				'kind'           => 'content',
				'before_content' => $plan['before'],
				'after_content'  => $content,
			)
		);
		return is_wp_error( $record ) ? $record : $record + array(
			'content' => $content,
			'meta'    => array(),
		);
	}

	/**
	 * Writes the previous meta values back and records the undo.
	 *
	 * @param int                                                                   $post_id Post id.
	 * @param array<string, mixed>                                                  $entry   Entry undone.
	 * @param array{before: array<string, string>, meta: array<string, string>, changed: int} $plan    From plan_meta().
	 * @return array<string, mixed>|WP_Error
	 */
	private function write_meta( int $post_id, array $entry, array $plan ) {
		foreach ( $plan['meta'] as $key => $value ) {
			if ( Provenance::EXCERPT === $key ) {
				$updated = wp_update_post(
					array(
						'ID'           => $post_id,
						'post_excerpt' => wp_slash( $value ),
					),
					true
				);
				if ( is_wp_error( $updated ) ) {
					return $updated;
				}
			} elseif ( '' === $value ) {
				delete_post_meta( $post_id, $key );
			} else {
				update_post_meta( $post_id, $key, wp_slash( $value ) );
			}
		}
		$record = $this->record_undo(
			$post_id,
			$entry,
			array(
				'kind'        => 'meta',
				'before_meta' => $plan['before'],
			)
		);
		return is_wp_error( $record ) ? $record : $record + array(
			'content' => null,
			'meta'    => $plan['meta'],
		);
	}

	/**
	 * Marks the entry undone (and, when it was itself an undo, the change it undid as on again) and
	 * records the undo as a new entry.
	 *
	 * @param int                  $post_id Post id.
	 * @param array<string, mixed> $entry   Entry undone.
	 * @param array<string, mixed> $change  kind with before_content/after_content or before_meta.
	 * @return array{entry: array<string, mixed>, undo_entry: array<string, mixed>}|WP_Error
	 */
	private function record_undo( int $post_id, array $entry, array $change ) {
		$recorded = $this->provenance->record(
			$post_id,
			$change + array(
				'function' => 'undo',
				'undoes'   => (string) $entry['id'],
				'summary'  => $this->undo_summary( $post_id, $entry ),
			)
		);
		if ( is_wp_error( $recorded ) ) {
			return $recorded;
		}
		$now = current_time( 'mysql', true );
		$this->provenance->mark_undone( $post_id, (string) $entry['id'], $now );
		if ( '' !== (string) ( $entry['undoes'] ?? '' ) ) {
			$this->provenance->mark_undone( $post_id, (string) $entry['undoes'], null );
		}
		$entry['undone_at'] = $now;
		return array(
			'entry'      => $this->provenance->public_entry( $entry ),
			'undo_entry' => $recorded,
		);
	}

	/**
	 * "Undid “X”", or "Redid “X”" when the entry undone was itself the undo of X.
	 *
	 * @param int                  $post_id Post id.
	 * @param array<string, mixed> $entry   Entry undone.
	 * @return string
	 */
	private function undo_summary( int $post_id, array $entry ): string {
		$undid = (string) ( $entry['undoes'] ?? '' );
		foreach ( '' === $undid ? array() : $this->provenance->all( $post_id ) as $candidate ) {
			if ( ( $candidate['id'] ?? '' ) === $undid ) {
				/* translators: %s: the summary of the change that is on the post again */
				return sprintf( __( 'Redid “%s”', 'igny8' ), $this->label( $candidate ) );
			}
		}
		/* translators: %s: the undone change's summary */
		return sprintf( __( 'Undid “%s”', 'igny8' ), $this->label( $entry ) );
	}

	/**
	 * How an entry is named to the editor.
	 *
	 * @param array<string, mixed> $entry Entry.
	 * @return string
	 */
	private function label( array $entry ): string {
		$summary = (string) ( $entry['summary'] ?? '' );
		return '' !== $summary ? $summary : (string) ( $entry['function'] ?? '' );
	}
}

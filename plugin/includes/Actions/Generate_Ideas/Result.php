<?php
/**
 * Applies generate_ideas results.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Generate_Ideas;

use Igny8\Actions\Result_Handler;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Jobs_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * Stores each idea as a draft idea of its cluster, with its outline and suggested keywords. An
 * idea whose title the cluster already has (compared normalised: case, spacing, punctuation) is
 * left out, so a second run adds only new ideas; a run started to replace first deletes the
 * cluster's ideas nothing depends on yet (drafts without a task).
 *
 * @since 0.2.0
 */
final class Result implements Result_Handler {

	/**
	 * {@inheritDoc}
	 *
	 * @since 0.2.0
	 */
	public function apply( array $result, array $reference, array $local, ?array $task ) {
		$ideas   = new Ideas_Repository();
		$job_id  = (string) ( $local['job_id'] ?? '' );
		$allowed = array_map( 'intval', (array) ( $reference['cluster_ids'] ?? array() ) );
		$ids     = array();
		if ( '' !== $job_id && $ideas->has_job( $job_id ) ) {
			return array( 'idea_ids' => array() );
		}
		if ( ! empty( $local['context']['replace'] ) ) {
			$replaced = $ideas->delete_replaceable( $allowed, (int) ( $local['context']['started_by'] ?? 0 ) );
			if ( '' !== $job_id && $replaced['count'] > 0 ) {
				// The job's status carries the undo to the screen that started it.
				( new Jobs_Repository() )->set_context( $job_id, array( 'replaced' => $replaced ) + (array) $local['context'] );
			}
		}
		$seen = array();
		foreach ( $ideas->titles_by_cluster( $allowed ) as $cluster_id => $titles ) {
			foreach ( $titles as $title ) {
				$seen[ $cluster_id . ':' . self::normalised( $title ) ] = true;
			}
		}
		foreach ( (array) ( $result['ideas'] ?? array() ) as $idea ) {
			$title = sanitize_text_field( (string) ( $idea['title'] ?? '' ) );
			if ( '' === $title ) {
				continue;
			}
			$cluster_id = (int) ( $idea['cluster_id'] ?? 0 );
			if ( $allowed && ! in_array( $cluster_id, $allowed, true ) ) {
				$cluster_id = 0;
			}
			$key = $cluster_id . ':' . self::normalised( $title );
			if ( isset( $seen[ $key ] ) ) {
				continue;
			}
			$seen[ $key ] = true;
			$outline = array();
			foreach ( (array) ( $idea['outline'] ?? array() ) as $heading ) {
				$outline[] = array(
					'heading' => sanitize_text_field( (string) ( $heading['heading'] ?? '' ) ),
					'level'   => 3 === (int) ( $heading['level'] ?? 2 ) ? 3 : 2,
				);
			}
			$id = $ideas->insert(
				array(
					'cluster_id'         => $cluster_id ? $cluster_id : null,
					'title'              => mb_substr( $title, 0, 255 ),
					'description'        => sanitize_textarea_field( (string) ( $idea['description'] ?? '' ) ),
					'suggested_keywords' => array_values( array_map( 'sanitize_text_field', (array) ( $idea['suggested_keywords'] ?? array() ) ) ),
					'outline'            => $outline,
					'content_type'       => 'page' === ( $idea['content_type'] ?? '' ) ? 'page' : 'post',
					'status'             => 'draft',
					'job_id'             => $job_id,
				)
			);
			if ( is_wp_error( $id ) ) {
				return $id;
			}
			$ids[] = $id;
		}
		return array( 'idea_ids' => $ids );
	}

	/**
	 * A title as compared for duplicates: lower case, letters and digits only, single spaces.
	 *
	 * @param string $title Title.
	 * @return string
	 */
	private static function normalised( string $title ): string {
		$title = mb_strtolower( html_entity_decode( $title, ENT_QUOTES, 'UTF-8' ) );
		$title = (string) preg_replace( '/[^\p{L}\p{N}]+/u', ' ', $title );
		return trim( $title );
	}
}

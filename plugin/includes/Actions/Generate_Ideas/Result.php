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

defined( 'ABSPATH' ) || exit;

/**
 * Stores each idea as a draft idea of its cluster, with its outline and suggested keywords.
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
		foreach ( (array) ( $result['ideas'] ?? array() ) as $idea ) {
			$title = sanitize_text_field( (string) ( $idea['title'] ?? '' ) );
			if ( '' === $title ) {
				continue;
			}
			$cluster_id = (int) ( $idea['cluster_id'] ?? 0 );
			if ( $allowed && ! in_array( $cluster_id, $allowed, true ) ) {
				$cluster_id = 0;
			}
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
}

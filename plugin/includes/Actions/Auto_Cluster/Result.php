<?php
/**
 * Applies auto_cluster results.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Auto_Cluster;

use Igny8\Actions\Result_Handler;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Keywords_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * Creates the clusters (a name that already exists reuses that cluster) and assigns each keyword to
 * its cluster. Only keywords the job was sent are assigned, whatever ids the result names.
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
		$clusters = new Clusters_Repository();
		$keywords = new Keywords_Repository();
		$allowed  = array_map( 'intval', (array) ( $reference['keyword_ids'] ?? array() ) );
		$sector   = isset( $local['context']['sector_id'] ) ? (int) $local['context']['sector_id'] : 0;
		$created  = array();

		foreach ( (array) ( $result['clusters'] ?? array() ) as $cluster ) {
			$name = mb_substr( sanitize_text_field( (string) ( $cluster['name'] ?? '' ) ), 0, 191 );
			if ( '' === $name ) {
				continue;
			}
			$existing = $clusters->find_by_name( $name );
			$id       = $existing ? (int) $existing['id'] : $clusters->insert(
				array(
					'name'        => $name,
					'description' => sanitize_textarea_field( (string) ( $cluster['description'] ?? '' ) ),
					'status'      => 'active',
					'sector_id'   => $sector ? $sector : null,
					'job_id'      => (string) ( $local['job_id'] ?? '' ),
				)
			);
			if ( is_wp_error( $id ) ) {
				return $id;
			}
			$ids = array_map( 'intval', (array) ( $cluster['keyword_ids'] ?? array() ) );
			if ( $allowed ) {
				$ids = array_values( array_intersect( $ids, $allowed ) );
			}
			if ( $ids ) {
				$keywords->update( $ids, array( 'cluster_id' => $id ) );
			}
			$created[] = array(
				'cluster_id'  => (int) $id,
				'name'        => $name,
				'keyword_ids' => $ids,
			);
		}
		return array( 'clusters' => $created );
	}
}

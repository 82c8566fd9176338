<?php
/**
 * The ideas a rule takes.
 *
 * @package Igny8\Automation
 */

declare( strict_types=1 );

namespace Igny8\Automation;

use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Approved ideas without a task, of the rule's sector (through their cluster) or of any sector,
 * oldest first.
 *
 * @since 0.3.0
 */
final class Idea_Source {

	/**
	 * Up to $limit approved ideas.
	 *
	 * @since 0.3.0
	 *
	 * @param int|null $sector_id Sector (null: any).
	 * @param int      $limit     Most ideas.
	 * @return array<int, array<string, mixed>> Hydrated ideas.
	 */
	public function approved( ?int $sector_id, int $limit ): array {
		global $wpdb;
		$ideas    = Schema::table( Schema::IDEAS );
		$clusters = Schema::table( Schema::CLUSTERS );
		$sql      = $sector_id
			? $wpdb->prepare( "SELECT i.id FROM %i i JOIN %i c ON c.id = i.cluster_id WHERE i.status = 'approved' AND i.task_id IS NULL AND c.sector_id = %d ORDER BY i.id ASC LIMIT %d", $ideas, $clusters, $sector_id, $limit )
			: $wpdb->prepare( "SELECT i.id FROM %i i WHERE i.status = 'approved' AND i.task_id IS NULL ORDER BY i.id ASC LIMIT %d", $ideas, $limit );
		$ids      = array_map( 'intval', (array) $wpdb->get_col( $sql ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- the statement was built from Schema table names and placeholders above.
		if ( ! $ids ) {
			return array();
		}
		$found = array();
		foreach ( ( new Ideas_Repository() )->find_many( $ids ) as $idea ) {
			$found[ (int) $idea['id'] ] = $idea;
		}
		ksort( $found );
		return array_values( $found );
	}
}

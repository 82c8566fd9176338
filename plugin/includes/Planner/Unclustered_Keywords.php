<?php
/**
 * Every keyword that has no cluster yet.
 *
 * @package Igny8\Planner
 */

declare( strict_types=1 );

namespace Igny8\Planner;

use Igny8\Storage\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * "Cluster all unclustered" reads the whole backlog (a 100,000-keyword import included) in one
 * indexed query of only the four columns a clustering job sends, highest volume first, so related
 * high-value keywords tend to share a job.
 *
 * @since 0.7.0
 */
final class Unclustered_Keywords {

	/**
	 * Most keywords one "all" run takes; more wait for the next run.
	 *
	 * @since 0.7.0
	 */
	public const MAX = 200000;

	/**
	 * The unclustered keywords, optionally of one sector.
	 *
	 * @since 0.7.0
	 *
	 * @param int|null $sector_id Sector, or null for every sector.
	 * @return array<int, array{id: int, keyword: string, search_volume: int|null, intent: string|null}>
	 */
	public function all( ?int $sector_id ): array {
		global $wpdb;
		$table = Schema::table( Schema::KEYWORDS );
		$rows  = null === $sector_id
			? $wpdb->get_results( $wpdb->prepare( 'SELECT id, keyword, search_volume, intent FROM %i WHERE cluster_id IS NULL ORDER BY search_volume DESC, id ASC LIMIT %d', $table, self::MAX ), ARRAY_A ) // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table, read once per run.
			: $wpdb->get_results( $wpdb->prepare( 'SELECT id, keyword, search_volume, intent FROM %i WHERE cluster_id IS NULL AND sector_id = %d ORDER BY search_volume DESC, id ASC LIMIT %d', $table, $sector_id, self::MAX ), ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- as above.
		return array_map(
			static fn ( array $row ): array => array(
				'id'            => (int) $row['id'],
				'keyword'       => (string) $row['keyword'],
				'search_volume' => null === $row['search_volume'] ? null : (int) $row['search_volume'],
				'intent'        => null === $row['intent'] ? null : (string) $row['intent'],
			),
			(array) $rows
		);
	}
}

<?php
/**
 * Keywords worth acting on next.
 *
 * @package Igny8\Planner
 */

declare( strict_types=1 );

namespace Igny8\Planner;

use Igny8\Storage\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Two ranked lists, highest volume first and, at equal volume, lowest difficulty first:
 *
 * - unclustered: keywords no cluster holds yet (next step: cluster them);
 * - uncovered: clustered keywords no post covers yet, that is neither marked `used` nor in a
 *   cluster that has a post written for it (a task's assigned post, not trashed: the posts the
 *   cluster's page lists). Next step: ideas for their clusters.
 *
 * Only keywords with a known volume of at least min_volume and a known difficulty of at most
 * max_difficulty rank: an unknown difficulty is not a low one. Each list is two SELECTs (the page and
 * its total) read through the rank indexes (Storage\Keyword_Rank_Indexes).
 *
 * @since 0.1.0
 */
final class Keyword_Opportunities {

	/**
	 * The lists.
	 *
	 * @since 0.1.0
	 */
	public const KINDS = array( 'unclustered', 'uncovered' );

	/**
	 * Default ceiling of "low" difficulty (0–100).
	 *
	 * @since 0.1.0
	 */
	public const DEFAULT_MAX_DIFFICULTY = 40;

	/**
	 * One page of a list and its total.
	 *
	 * @since 0.1.0
	 *
	 * @param string                                                                                     $kind unclustered or uncovered.
	 * @param array{min_volume: int, max_difficulty: int, search: string, page: int, per_page: int} $args Filters and page.
	 * @return array{items: array<int, array<string, mixed>>, total: int}
	 */
	public function find( string $kind, array $args ): array {
		global $wpdb;
		list( $where, $values ) = $this->where( $kind, $args );
		$keywords               = Schema::table( Schema::KEYWORDS );
		$tables                 = array( $keywords, Schema::table( Schema::CLUSTERS ) );
		$order                  = 'k.search_volume DESC, k.difficulty ASC, k.id ASC';
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $where and $order hold placeholders and fixed SQL only.
		$total = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i k WHERE {$where}", array_merge( array( $keywords ), $values ) ) );
		$rows  = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT k.id, k.keyword, k.search_volume, k.difficulty, k.intent, k.status, k.sector_id, k.cluster_id, c.name AS cluster_name FROM %i k LEFT JOIN %i c ON c.id = k.cluster_id WHERE {$where} ORDER BY {$order} LIMIT %d OFFSET %d",
				array_merge( $tables, $values, array( $args['per_page'], ( $args['page'] - 1 ) * $args['per_page'] ) )
			),
			ARRAY_A
		);
		// phpcs:enable
		return array(
			'items' => array_map( array( self::class, 'hydrate' ), is_array( $rows ) ? $rows : array() ),
			'total' => $total,
		);
	}

	/**
	 * The WHERE clause (placeholders only) and its values.
	 *
	 * @param string                                                         $kind List.
	 * @param array{min_volume: int, max_difficulty: int, search: string} $args Filters.
	 * @return array{0: string, 1: array<int, int|string>}
	 */
	private function where( string $kind, array $args ): array {
		global $wpdb;
		$where  = array( 'k.search_volume >= %d', 'k.difficulty <= %d' );
		$values = array( max( 0, $args['min_volume'] ), $args['max_difficulty'] );
		if ( 'unclustered' === $kind ) {
			array_unshift( $where, 'k.cluster_id IS NULL' );
		} else {
			$where[]  = 'k.cluster_id IS NOT NULL';
			$where[]  = "k.status <> 'used'";
			$where[]  = "NOT EXISTS (SELECT 1 FROM %i t JOIN %i p ON p.ID = t.assigned_post_id WHERE t.cluster_id = k.cluster_id AND p.post_status <> 'trash')";
			$values[] = Schema::table( Schema::TASKS );
			$values[] = $wpdb->posts;
		}
		if ( '' !== $args['search'] ) {
			$where[]  = 'k.keyword LIKE %s';
			$values[] = '%' . $wpdb->esc_like( $args['search'] ) . '%';
		}
		return array( implode( ' AND ', $where ), $values );
	}

	/**
	 * Typed row.
	 *
	 * @param array<string, mixed> $row Database row.
	 * @return array<string, mixed>
	 */
	private static function hydrate( array $row ): array {
		$int = static fn ( $value ): ?int => null === $value ? null : (int) $value;
		return array(
			'id'            => (int) $row['id'],
			'keyword'       => (string) $row['keyword'],
			'search_volume' => $int( $row['search_volume'] ),
			'difficulty'    => $int( $row['difficulty'] ),
			'intent'        => $row['intent'],
			'status'        => (string) $row['status'],
			'sector_id'     => $int( $row['sector_id'] ),
			'cluster_id'    => $int( $row['cluster_id'] ),
			'cluster_name'  => null === $row['cluster_name'] ? null : (string) $row['cluster_name'],
		);
	}
}

<?php
/**
 * The keyword list query.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

defined( 'ABSPATH' ) || exit;

/**
 * Builds and runs the list query of the keyword screen: search, filters, sort and page, and the
 * total. Every filter and sort has an index (Schema_Tables).
 *
 * @since 0.2.0
 */
final class Keywords_Query {

	/**
	 * Lists keywords with filters, search, order and pagination.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $table Prefixed table name.
	 * @param array<string, mixed> $args  page, per_page, search, orderby, order, status, intent, cluster_id, sector_id (0: none).
	 * @return array{items: array<int, array<string, mixed>>, total: int} Database rows (the repository hydrates them).
	 */
	public static function run( string $table, array $args ): array {
		global $wpdb;
		$where  = array( '1=1' );
		$values = array();

		if ( ! empty( $args['search'] ) ) {
			$where[]  = 'keyword LIKE %s';
			$values[] = '%' . $wpdb->esc_like( (string) $args['search'] ) . '%';
		}
		if ( ! empty( $args['status'] ) ) {
			$where[]  = 'status = %s';
			$values[] = (string) $args['status'];
		}
		if ( ! empty( $args['intent'] ) ) {
			$where[]  = 'intent = %s';
			$values[] = (string) $args['intent'];
		}
		if ( isset( $args['cluster_id'] ) && '' !== $args['cluster_id'] && null !== $args['cluster_id'] ) {
			// cluster_id 0 asks for the keywords no cluster holds yet.
			if ( 0 === (int) $args['cluster_id'] ) {
				$where[] = 'cluster_id IS NULL';
			} else {
				$where[]  = 'cluster_id = %d';
				$values[] = (int) $args['cluster_id'];
			}
		}
		if ( isset( $args['sector_id'] ) && '' !== $args['sector_id'] ) {
			// sector_id 0 asks for the keywords of no sector.
			if ( 0 === (int) $args['sector_id'] ) {
				$where[] = 'sector_id IS NULL';
			} else {
				$where[]  = 'sector_id = %d';
				$values[] = (int) $args['sector_id'];
			}
		}
		foreach ( array(
			'volume_min'     => 'search_volume >= %d',
			'volume_max'     => 'search_volume <= %d',
			'difficulty_min' => 'difficulty >= %d',
			'difficulty_max' => 'difficulty <= %d',
		) as $arg => $clause ) {
			if ( isset( $args[ $arg ] ) && '' !== $args[ $arg ] && null !== $args[ $arg ] ) {
				$where[]  = $clause;
				$values[] = (int) $args[ $arg ];
			}
		}

		$orderby  = in_array( $args['orderby'] ?? '', Keywords_Repository::ORDERBY, true ) ? (string) $args['orderby'] : 'id';
		$order    = 'asc' === strtolower( (string) ( $args['order'] ?? 'desc' ) ) ? 'ASC' : 'DESC';
		$per_page = max( 1, min( 100, (int) ( $args['per_page'] ?? 20 ) ) );
		$page     = max( 1, (int) ( $args['page'] ?? 1 ) );
		$offset   = ( $page - 1 ) * $per_page;
		$where    = implode( ' AND ', $where );

		// The page and the total are two queries. SQL_CALC_FOUND_ROWS would read every matching row
		// in full to count them (at 100,000 keywords, the whole table, slower still while "Cluster all"
		// rewrites it), where the page alone walks the sort index for LIMIT rows and COUNT(*) reads
		// the narrowest index that covers the filters.
		$list_sql  = "SELECT * FROM {$table} WHERE {$where} ORDER BY {$orderby} {$order}, id {$order} LIMIT %d OFFSET %d";
		$count_sql = "SELECT COUNT(*) FROM {$table} WHERE {$where}";

		// phpcs:disable WordPress.DB.PreparedSQL.NotPrepared -- orderby/order are whitelisted above; values are placeholders.
		$rows  = $wpdb->get_results(
			$wpdb->prepare( $list_sql, array_merge( $values, array( $per_page, $offset ) ) ),
			ARRAY_A
		);
		$rows  = $rows ? $rows : array();
		// A short page that is not past the end already tells the total.
		$total = count( $rows ) < $per_page && ( $rows || 0 === $offset )
			? $offset + count( $rows )
			: (int) $wpdb->get_var( $values ? $wpdb->prepare( $count_sql, $values ) : $count_sql );
		// phpcs:enable

		return array(
			'items' => $rows,
			'total' => $total,
		);
	}
}

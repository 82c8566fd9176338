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
 * Builds and runs the list query of the keyword screen: search, filters, sort and page, with the
 * total in the same pass. Every filter and sort has an index (Schema_Tables).
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
		$where    = implode( ' AND ', $where );

		// One pass finds the page and the total (as WP_Query does): the matching rows are read once,
		// where a separate COUNT(*) would read them again.
		$list_sql = "SELECT SQL_CALC_FOUND_ROWS * FROM {$table} WHERE {$where} ORDER BY {$orderby} {$order}, id {$order} LIMIT %d OFFSET %d";

		// phpcs:disable WordPress.DB.PreparedSQL.NotPrepared -- orderby/order are whitelisted above; values are placeholders.
		$rows  = $wpdb->get_results(
			$wpdb->prepare( $list_sql, array_merge( $values, array( $per_page, ( $page - 1 ) * $per_page ) ) ),
			ARRAY_A
		);
		$total = (int) $wpdb->get_var( 'SELECT FOUND_ROWS()' );
		// phpcs:enable

		return array(
			'items' => $rows ? $rows : array(),
			'total' => $total,
		);
	}
}

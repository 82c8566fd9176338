<?php
/**
 * The writer task list query.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

defined( 'ABSPATH' ) || exit;

/**
 * Builds and runs the list query of the task screen: search, filters, sort and page, with the
 * total beside them. Prepared statements only; the order column is whitelisted.
 *
 * @since 0.4.0
 */
final class Tasks_Query {

	/**
	 * Lists tasks with filters, search, order and pagination.
	 *
	 * @since 0.4.0
	 *
	 * @param string               $table Prefixed table name.
	 * @param array<string, mixed> $args  page, per_page, search, orderby, order, status, cluster_id.
	 * @return array{items: array<int, array<string, mixed>>, total: int} Database rows (the repository hydrates them).
	 */
	public static function run( string $table, array $args ): array {
		global $wpdb;
		$where  = array( '1=1' );
		$values = array();

		if ( ! empty( $args['search'] ) ) {
			$where[]  = 'title LIKE %s';
			$values[] = '%' . $wpdb->esc_like( (string) $args['search'] ) . '%';
		}
		if ( ! empty( $args['status'] ) ) {
			$where[]  = 'status = %s';
			$values[] = (string) $args['status'];
		}
		if ( ! empty( $args['cluster_id'] ) ) {
			$where[]  = 'cluster_id = %d';
			$values[] = (int) $args['cluster_id'];
		}

		$orderby  = in_array( $args['orderby'] ?? '', Tasks_Repository::ORDERBY, true ) ? $args['orderby'] : 'id';
		$order    = 'asc' === strtolower( (string) ( $args['order'] ?? 'desc' ) ) ? 'ASC' : 'DESC';
		$per_page = max( 1, min( 100, (int) ( $args['per_page'] ?? 20 ) ) );
		$page     = max( 1, (int) ( $args['page'] ?? 1 ) );
		$where    = implode( ' AND ', $where );

		$count_sql = "SELECT COUNT(*) FROM {$table} WHERE {$where}";
		$list_sql  = "SELECT * FROM {$table} WHERE {$where} ORDER BY {$orderby} {$order}, id {$order} LIMIT %d OFFSET %d";

		// phpcs:disable WordPress.DB.PreparedSQL.NotPrepared -- orderby/order are whitelisted above; values are placeholders.
		$total = (int) $wpdb->get_var( $values ? $wpdb->prepare( $count_sql, $values ) : $count_sql );
		$rows  = $wpdb->get_results(
			$wpdb->prepare( $list_sql, array_merge( $values, array( $per_page, ( $page - 1 ) * $per_page ) ) ),
			ARRAY_A
		);
		// phpcs:enable

		return array(
			'items' => $rows ? $rows : array(),
			'total' => $total,
		);
	}
}

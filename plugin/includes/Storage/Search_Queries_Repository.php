<?php
/**
 * Search Console rows.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

defined( 'ABSPATH' ) || exit;

/**
 * The last imported Search Console export (an export is a snapshot of a date range, so a new one
 * replaces the old), and the striking-distance list read from it: queries whose page ranks on
 * average between MIN_POSITION and MAX_POSITION, most impressions first.
 *
 * @since 0.1.0
 */
final class Search_Queries_Repository {

	/**
	 * Striking distance: the bottom of page one to the end of page two.
	 *
	 * @since 0.1.0
	 */
	public const MIN_POSITION = 8;
	public const MAX_POSITION = 20;

	/**
	 * Rows per INSERT statement.
	 */
	private const INSERT_BATCH = 500;

	/**
	 * Prefixed table name.
	 *
	 * @var string
	 */
	private string $table;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->table = Schema::table( Schema::SEARCH_QUERIES );
	}

	/**
	 * Replaces every stored row with these, in one transaction.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array{query: string, page_url: string, post_id: ?int, clicks: int, impressions: int, ctr: float, position: float}> $rows Parsed rows.
	 * @throws \RuntimeException When a statement fails (nothing is changed then).
	 */
	public function replace( array $rows ): void {
		global $wpdb;
		$now = current_time( 'mysql', true );
		$wpdb->query( 'START TRANSACTION' );
		$ok = false !== $wpdb->query( $wpdb->prepare( 'DELETE FROM %i', $this->table ) );
		foreach ( array_chunk( $rows, self::INSERT_BATCH ) as $chunk ) {
			if ( ! $ok ) {
				break;
			}
			$values = array();
			$args   = array( $this->table );
			foreach ( $chunk as $row ) {
				$values[] = null === $row['post_id'] ? '(%s, %s, NULL, %d, %d, %f, %f, %s)' : '(%s, %s, %d, %d, %d, %f, %f, %s)';
				array_push( $args, $row['query'], $row['page_url'] );
				if ( null !== $row['post_id'] ) {
					$args[] = $row['post_id'];
				}
				array_push( $args, $row['clicks'], $row['impressions'], $row['ctr'], $row['position'], $now );
			}
			$sql = 'INSERT INTO %i (query, page_url, post_id, clicks, impressions, ctr, position, imported_at) VALUES ' . implode( ',', $values );
			$ok  = false !== $wpdb->query( $wpdb->prepare( $sql, $args ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- placeholders only, one group per row.
		}
		if ( ! $ok ) {
			$error = $wpdb->last_error;
			$wpdb->query( 'ROLLBACK' );
			throw new \RuntimeException( esc_html( $error ) );
		}
		$wpdb->query( 'COMMIT' );
	}

	/**
	 * Striking-distance queries, most impressions first, with the post each page matched.
	 *
	 * @since 0.1.0
	 *
	 * @param array{min_impressions: int, matched: string, page: int, per_page: int, search: string} $args Filters and page.
	 * @return array{items: array<int, array<string, mixed>>, total: int}
	 */
	public function striking_distance( array $args ): array {
		global $wpdb;
		$where  = array( 'q.position BETWEEN %d AND %d', 'q.impressions >= %d' );
		$values = array( self::MIN_POSITION, self::MAX_POSITION, max( 1, $args['min_impressions'] ) );
		if ( 'matched' === $args['matched'] ) {
			$where[] = 'q.post_id IS NOT NULL';
		} elseif ( 'unmatched' === $args['matched'] ) {
			$where[] = 'q.post_id IS NULL';
		}
		if ( '' !== $args['search'] ) {
			$where[]  = 'q.query LIKE %s';
			$values[] = '%' . $wpdb->esc_like( $args['search'] ) . '%';
		}
		$where = implode( ' AND ', $where );
		// At equal impressions the better position first: impressions_position (impressions DESC, position,
		// then the id InnoDB appends) holds exactly this order, so the page is read without a sort.
		$total = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i q WHERE {$where}", array_merge( array( $this->table ), $values ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $where holds placeholders only.
		$rows  = $wpdb->get_results(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $where holds placeholders only.
				"SELECT q.id, q.query, q.page_url, q.post_id, q.clicks, q.impressions, q.ctr, q.position, q.imported_at, p.post_title, p.post_status FROM %i q LEFT JOIN %i p ON p.ID = q.post_id WHERE {$where} ORDER BY q.impressions DESC, q.position ASC, q.id ASC LIMIT %d OFFSET %d",
				array_merge( array( $this->table, $wpdb->posts ), $values, array( $args['per_page'], ( $args['page'] - 1 ) * $args['per_page'] ) )
			),
			ARRAY_A
		);
		return array(
			'items' => is_array( $rows ) ? $rows : array(),
			'total' => $total,
		);
	}
}

<?php
/**
 * Keywords table access.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes {prefix}igny8_keywords. Prepared statements only.
 *
 * @since 0.1.0
 */
final class Keywords_Repository {

	/**
	 * Search intents, as in the seed.
	 *
	 * @since 0.1.0
	 */
	public const INTENTS = array( 'informational', 'commercial', 'transactional', 'navigational' );

	/**
	 * Keyword statuses.
	 *
	 * @since 0.1.0
	 */
	public const STATUSES = array( 'active', 'inactive', 'used' );

	/**
	 * Where a keyword came from.
	 *
	 * @since 0.1.0
	 */
	public const SOURCES = array( 'manual', 'csv_import', 'api_import' );

	/**
	 * Columns a list may be ordered by.
	 *
	 * @since 0.1.0
	 */
	public const ORDERBY = array( 'id', 'keyword', 'search_volume', 'difficulty', 'intent', 'status', 'created_at', 'updated_at' );

	/**
	 * Rows per multi-row INSERT in bulk_insert(); keeps each statement well under max_allowed_packet.
	 */
	private const CHUNK = 500;

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
		$this->table = Schema::table( Schema::KEYWORDS );
	}

	/**
	 * Inserts one keyword.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data keyword (required), search_volume, difficulty, intent, status, source, sector_id, cluster_id.
	 * @return int|WP_Error New id, or igny8_keyword_exists (409) when the keyword is already stored.
	 */
	public function insert( array $data ) {
		$result = $this->bulk_insert( array( $data ) );
		if ( 0 === $result['created'] ) {
			return new WP_Error(
				'igny8_keyword_exists',
				__( 'This keyword already exists.', 'igny8' ),
				array( 'status' => 409 )
			);
		}
		global $wpdb;
		return (int) $wpdb->insert_id;
	}

	/**
	 * Inserts many keywords with multi-row INSERT IGNORE; duplicates (same keyword, case-insensitive) are skipped.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array<string, mixed>> $rows Keyword rows, as for insert().
	 * @return array{created:int, skipped:int}
	 */
	public function bulk_insert( array $rows ): array {
		global $wpdb;
		$now     = current_time( 'mysql', true );
		$created = 0;

		foreach ( array_chunk( $rows, self::CHUNK ) as $chunk ) {
			$placeholders = array();
			$values       = array();
			foreach ( $chunk as $row ) {
				$row      = $this->normalize( $row );
				$tuple    = array( '%s' );
				$values[] = $row['keyword'];
				foreach ( array( 'search_volume', 'difficulty' ) as $column ) {
					if ( null === $row[ $column ] ) {
						$tuple[] = 'NULL';
					} else {
						$tuple[]  = '%d';
						$values[] = $row[ $column ];
					}
				}
				array_push( $tuple, '%s', '%s', '%s' );
				array_push( $values, $row['intent'], $row['status'], $row['source'] );
				foreach ( array( 'sector_id', 'cluster_id' ) as $column ) {
					if ( null === $row[ $column ] ) {
						$tuple[] = 'NULL';
					} else {
						$tuple[]  = '%d';
						$values[] = $row[ $column ];
					}
				}
				array_push( $tuple, '%s', '%s' );
				array_push( $values, $now, $now );
				$placeholders[] = '(' . implode( ',', $tuple ) . ')';
			}

			$sql = "INSERT IGNORE INTO {$this->table}
				(keyword, search_volume, difficulty, intent, status, source, sector_id, cluster_id, created_at, updated_at)
				VALUES " . implode( ',', $placeholders );
			// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- built from placeholders only.
			$affected = $wpdb->query( $wpdb->prepare( $sql, $values ) );
			$created += max( 0, (int) $affected );
		}

		return array(
			'created' => $created,
			'skipped' => count( $rows ) - $created,
		);
	}

	/**
	 * Finds one keyword by id.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Keyword id.
	 * @return array<string, mixed>|null
	 */
	public function find( int $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row(
			$wpdb->prepare( "SELECT * FROM {$this->table} WHERE id = %d", $id ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			ARRAY_A
		);
		return $row ? self::hydrate( $row ) : null;
	}

	/**
	 * Lists keywords with filters, search, order and pagination.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $args page, per_page, search, orderby, order, status, intent, cluster_id.
	 * @return array{items: array<int, array<string, mixed>>, total: int}
	 */
	public function query( array $args ): array {
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
		if ( ! empty( $args['cluster_id'] ) ) {
			$where[]  = 'cluster_id = %d';
			$values[] = (int) $args['cluster_id'];
		}

		$orderby  = in_array( $args['orderby'] ?? '', self::ORDERBY, true ) ? $args['orderby'] : 'id';
		$order    = 'asc' === strtolower( (string) ( $args['order'] ?? 'desc' ) ) ? 'ASC' : 'DESC';
		$per_page = max( 1, min( 100, (int) ( $args['per_page'] ?? 20 ) ) );
		$page     = max( 1, (int) ( $args['page'] ?? 1 ) );
		$where    = implode( ' AND ', $where );

		$count_sql = "SELECT COUNT(*) FROM {$this->table} WHERE {$where}";
		$list_sql  = "SELECT * FROM {$this->table} WHERE {$where} ORDER BY {$orderby} {$order}, id {$order} LIMIT %d OFFSET %d";

		// phpcs:disable WordPress.DB.PreparedSQL.NotPrepared -- orderby/order are whitelisted above; values are placeholders.
		$total = (int) $wpdb->get_var( $values ? $wpdb->prepare( $count_sql, $values ) : $count_sql );
		$rows  = $wpdb->get_results(
			$wpdb->prepare( $list_sql, array_merge( $values, array( $per_page, ( $page - 1 ) * $per_page ) ) ),
			ARRAY_A
		);
		// phpcs:enable

		return array(
			'items' => array_map( array( self::class, 'hydrate' ), $rows ? $rows : array() ),
			'total' => $total,
		);
	}

	/**
	 * Fills defaults and clamps one input row.
	 *
	 * @param array<string, mixed> $row Raw row.
	 * @return array<string, mixed>
	 */
	private function normalize( array $row ): array {
		$nullable_int = static function ( $value, int $max ): ?int {
			if ( null === $value || '' === $value ) {
				return null;
			}
			return max( 0, min( $max, (int) $value ) );
		};

		return array(
			'keyword'       => mb_substr( trim( (string) ( $row['keyword'] ?? '' ) ), 0, 255 ),
			'search_volume' => $nullable_int( $row['search_volume'] ?? null, 4294967295 ),
			'difficulty'    => $nullable_int( $row['difficulty'] ?? null, 100 ),
			'intent'        => in_array( $row['intent'] ?? '', self::INTENTS, true ) ? $row['intent'] : 'informational',
			'status'        => in_array( $row['status'] ?? '', self::STATUSES, true ) ? $row['status'] : 'active',
			'source'        => in_array( $row['source'] ?? '', self::SOURCES, true ) ? $row['source'] : 'manual',
			'sector_id'     => $nullable_int( $row['sector_id'] ?? null, PHP_INT_MAX ),
			'cluster_id'    => $nullable_int( $row['cluster_id'] ?? null, PHP_INT_MAX ),
		);
	}

	/**
	 * Casts a database row to its public types.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $row Database row.
	 * @return array<string, mixed>
	 */
	public static function hydrate( array $row ): array {
		$int_or_null = static fn ( $value ): ?int => null === $value ? null : (int) $value;
		return array(
			'id'            => (int) $row['id'],
			'keyword'       => (string) $row['keyword'],
			'search_volume' => $int_or_null( $row['search_volume'] ),
			'difficulty'    => $int_or_null( $row['difficulty'] ),
			'intent'        => (string) $row['intent'],
			'status'        => (string) $row['status'],
			'source'        => (string) $row['source'],
			'sector_id'     => $int_or_null( $row['sector_id'] ),
			'cluster_id'    => $int_or_null( $row['cluster_id'] ),
			'created_at'    => (string) $row['created_at'],
			'updated_at'    => (string) $row['updated_at'],
		);
	}
}

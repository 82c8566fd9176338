<?php
/**
 * Shared table access of the simple planner tables.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Insert, update, delete, find and list for a table described by column formats. Prepared
 * statements only; column and order names come from the subclass's constants, never from input.
 *
 * @since 0.2.0
 */
abstract class Repository {

	use Rows_By_Id;

	/**
	 * Prefixed table name.
	 *
	 * @var string
	 */
	protected string $table;

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 */
	public function __construct() {
		$this->table = Schema::table( static::suffix() );
	}

	/**
	 * Table suffix, e.g. Schema::CLUSTERS.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	abstract protected static function suffix(): string;

	/**
	 * Writable columns: name => type (int, string, json). Every one is nullable.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, string>
	 */
	abstract protected static function columns(): array;

	/**
	 * Column searched by the list's search arg.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	protected static function search_column(): string {
		return 'title';
	}

	/**
	 * Nullable id columns whose list filter 0 asks for the rows with none (e.g. clusters of no sector).
	 *
	 * @since 0.3.0
	 *
	 * @return string[]
	 */
	protected static function none_when_zero(): array {
		return array();
	}

	/**
	 * Prefixed table name.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function table(): string {
		return $this->table;
	}

	/**
	 * Inserts a row.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $data Column values.
	 * @return int|WP_Error New id.
	 */
	public function insert( array $data ) {
		global $wpdb;
		$now                                   = current_time( 'mysql', true );
		$data                                  = array_merge(
			$data,
			array(
				'created_at' => $now,
				'updated_at' => $now,
			)
		);
		list( $names, $placeholders, $values ) = $this->assignments(
			$data,
			array(
				'created_at' => 'string',
				'updated_at' => 'string',
			)
		);

		$sql      = "INSERT INTO {$this->table} (" . implode( ', ', $names ) . ') VALUES (' . implode( ', ', $placeholders ) . ')';
		$suppress = $wpdb->suppress_errors( true );
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- columns whitelisted; values are placeholders.
		$ok = $wpdb->query( $values ? $wpdb->prepare( $sql, $values ) : $sql );
		$wpdb->suppress_errors( $suppress );
		if ( false === $ok ) {
			return $this->write_error();
		}
		return (int) $wpdb->insert_id;
	}

	/**
	 * Why the last write failed: a repeated unique value (409) or anything else (500).
	 *
	 * @return WP_Error
	 */
	private function write_error(): WP_Error {
		global $wpdb;
		return 0 === stripos( (string) $wpdb->last_error, 'Duplicate entry' )
			? new WP_Error( 'igny8_duplicate', __( 'An item with this name already exists.', 'igny8' ), array( 'status' => 409 ) )
			: new WP_Error( 'igny8_db_error', __( 'The item could not be saved.', 'igny8' ), array( 'status' => 500 ) );
	}

	/**
	 * Updates whitelisted columns of one or more rows and bumps updated_at.
	 *
	 * @since 0.2.0
	 *
	 * @param int|int[]            $ids    Row id or ids.
	 * @param array<string, mixed> $fields Column => value; null writes NULL.
	 * @return int|WP_Error Rows matched (0 when none), igny8_duplicate (409) when a unique column
	 *                      would repeat another row's value, igny8_db_error (500) on another failure.
	 */
	public function update( $ids, array $fields ) {
		global $wpdb;
		$ids = array_values( array_filter( array_map( 'intval', (array) $ids ) ) );
		if ( ! $ids ) {
			return 0;
		}
		$fields['updated_at']                  = current_time( 'mysql', true );
		list( $names, $placeholders, $values ) = $this->assignments( $fields, array( 'updated_at' => 'string' ) );

		$set = array();
		foreach ( $names as $i => $name ) {
			$set[] = "{$name} = {$placeholders[ $i ]}";
		}
		$in       = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		$sql      = "UPDATE {$this->table} SET " . implode( ', ', $set ) . " WHERE id IN ({$in})";
		$suppress = $wpdb->suppress_errors( true );
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- columns whitelisted; values are placeholders.
		$ok = $wpdb->query( $wpdb->prepare( $sql, array_merge( $values, $ids ) ) );
		$wpdb->suppress_errors( $suppress );
		if ( false === $ok ) {
			return $this->write_error();
		}
		// Counted, not read back: a bulk assignment (2,000 keywords a clustering job) needs no rows.
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the IN list holds only placeholders.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE id IN ({$in})", array_merge( array( $this->table ), $ids ) ) );
	}

	/**
	 * Lists rows: search, equality filters on writable columns, order and pagination.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $args page, per_page, search, orderby, order, and column => value filters.
	 * @return array{items: array<int, array<string, mixed>>, total: int}
	 */
	public function query( array $args ): array {
		global $wpdb;
		$where   = array( '1=1' );
		$values  = array();
		$columns = static::columns();

		if ( ! empty( $args['search'] ) ) {
			$where[]  = static::search_column() . ' LIKE %s';
			$values[] = '%' . $wpdb->esc_like( (string) $args['search'] ) . '%';
		}
		foreach ( $columns as $column => $type ) {
			if ( ! isset( $args[ $column ] ) || '' === $args[ $column ] || 'json' === $type ) {
				continue;
			}
			if ( 'int' === $type && 0 === (int) $args[ $column ] && in_array( $column, static::none_when_zero(), true ) ) {
				$where[] = "{$column} IS NULL";
				continue;
			}
			$where[]  = 'int' === $type ? "{$column} = %d" : "{$column} = %s";
			$values[] = $args[ $column ];
		}

		$sortable = array_merge( array( 'id', 'created_at', 'updated_at' ), array_keys( $columns ) );
		$orderby  = in_array( $args['orderby'] ?? '', $sortable, true ) ? $args['orderby'] : 'id';
		$order    = 'asc' === strtolower( (string) ( $args['order'] ?? 'desc' ) ) ? 'ASC' : 'DESC';
		$per_page = max( 1, min( 100, (int) ( $args['per_page'] ?? 20 ) ) );
		$page     = max( 1, (int) ( $args['page'] ?? 1 ) );
		$where    = implode( ' AND ', $where );

		// phpcs:disable WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$count = "SELECT COUNT(*) FROM {$this->table} WHERE {$where}";
		$total = (int) $wpdb->get_var( $values ? $wpdb->prepare( $count, $values ) : $count );
		$rows  = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT * FROM {$this->table} WHERE {$where} ORDER BY {$orderby} {$order}, id {$order} LIMIT %d OFFSET %d",
				array_merge( $values, array( $per_page, ( $page - 1 ) * $per_page ) )
			),
			ARRAY_A
		);
		// phpcs:enable

		return array(
			'items' => array_map( array( $this, 'hydrate' ), $rows ? $rows : array() ),
			'total' => $total,
		);
	}

	/**
	 * Casts a database row to its public types.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $row Database row.
	 * @return array<string, mixed>
	 */
	public function hydrate( array $row ): array {
		$out = array( 'id' => (int) $row['id'] );
		foreach ( static::columns() as $column => $type ) {
			$value = $row[ $column ] ?? null;
			if ( null === $value ) {
				$out[ $column ] = 'json' === $type ? array() : null;
			} elseif ( 'int' === $type ) {
				$out[ $column ] = (int) $value;
			} elseif ( 'json' === $type ) {
				$decoded        = json_decode( (string) $value, true );
				$out[ $column ] = is_array( $decoded ) ? $decoded : array();
			} else {
				$out[ $column ] = (string) $value;
			}
		}
		$out['created_at'] = (string) $row['created_at'];
		$out['updated_at'] = (string) $row['updated_at'];
		return $out;
	}

	/**
	 * Column names, placeholders and values of whitelisted fields.
	 *
	 * @param array<string, mixed>  $data  Column => value.
	 * @param array<string, string> $extra Extra allowed columns and their types.
	 * @return array{0: string[], 1: string[], 2: array<int, mixed>}
	 */
	private function assignments( array $data, array $extra ): array {
		$columns      = array_merge( static::columns(), $extra );
		$names        = array();
		$placeholders = array();
		$values       = array();
		foreach ( $data as $column => $value ) {
			if ( ! isset( $columns[ $column ] ) ) {
				continue;
			}
			$names[] = $column;
			if ( null === $value ) {
				// wpdb::prepare() would write '' for null; a literal NULL keeps "unknown" unknown.
				$placeholders[] = 'NULL';
				continue;
			}
			$type           = $columns[ $column ];
			$placeholders[] = 'int' === $type ? '%d' : '%s';
			$values[]       = 'json' === $type ? (string) wp_json_encode( $value ) : ( 'int' === $type ? (int) $value : (string) $value );
		}
		return array( $names, $placeholders, $values );
	}
}

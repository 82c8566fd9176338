<?php
/**
 * Reading and deleting rows by id, shared by every repository.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

defined( 'ABSPATH' ) || exit;

/**
 * Needs a `$table` property (full table name) and a `hydrate( array $row )` method
 * (static or not) on the class that uses it.
 *
 * @since 0.2.0
 */
trait Rows_By_Id {

	/**
	 * Finds one row.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id Row id.
	 * @return array<string, mixed>|null
	 */
	public function find( int $id ): ?array {
		$rows = $this->find_many( array( $id ) );
		return $rows ? $rows[0] : null;
	}

	/**
	 * Finds rows by id, in id order.
	 *
	 * @since 0.2.0
	 *
	 * @param int[] $ids Row ids.
	 * @return array<int, array<string, mixed>>
	 */
	public function find_many( array $ids ): array {
		global $wpdb;
		$ids = self::positive_ids( $ids );
		if ( ! $ids ) {
			return array();
		}
		$in = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours; ids are placeholders.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM %i WHERE id IN ({$in}) ORDER BY id ASC", array_merge( array( $this->table ), $ids ) ), ARRAY_A );
		return array_map( array( $this, 'hydrate' ), $rows ? $rows : array() );
	}

	/**
	 * Deletes rows by id.
	 *
	 * @since 0.2.0
	 *
	 * @param int[] $ids Row ids.
	 * @return int Rows deleted.
	 */
	public function delete( array $ids ): int {
		global $wpdb;
		$ids = self::positive_ids( $ids );
		if ( ! $ids ) {
			return 0;
		}
		$in = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours; ids are placeholders.
		return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM %i WHERE id IN ({$in})", array_merge( array( $this->table ), $ids ) ) );
	}

	/**
	 * Keeps the positive integer ids of a list.
	 *
	 * @param array<int, mixed> $ids Ids as given.
	 * @return int[]
	 */
	private static function positive_ids( array $ids ): array {
		return array_values( array_filter( array_map( 'intval', $ids ), static fn ( int $id ): bool => $id > 0 ) );
	}
}

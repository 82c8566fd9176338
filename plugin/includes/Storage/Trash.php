<?php
/**
 * Deleted planner rows kept for Undo.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

use Igny8\Security\Capabilities;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * A delete first copies the exact rows (and the links the delete breaks, such as the keywords a
 * deleted cluster held) into {prefix}igny8_trash under a random token. Undo puts them back with
 * their original ids, so whatever still points at them (ideas at their cluster, ideas at their
 * task, keywords at their sector) is whole again. Entries expire after a day.
 *
 * @since 0.4.0
 */
final class Trash {

	/**
	 * How long a deletion can be undone.
	 *
	 * @since 0.4.0
	 */
	public const TTL = DAY_IN_SECONDS;

	/**
	 * Rows re-inserted per statement.
	 */
	private const CHUNK = 200;

	/**
	 * The collections whose deletes can be undone: table, capability, the column that names a row,
	 * and the rows of other tables that point at them and are unlinked by the delete.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, array{table:string, capability:string, label:string, unlinks:array<int, array{table:string, column:string}>}>
	 */
	public static function kinds(): array {
		return array(
			'keywords' => array(
				'table'      => Schema::KEYWORDS,
				'capability' => Capabilities::PLAN,
				'label'      => 'keyword',
				'unlinks'    => array(),
			),
			'clusters' => array(
				'table'      => Schema::CLUSTERS,
				'capability' => Capabilities::PLAN,
				'label'      => 'name',
				'unlinks'    => array(
					array(
						'table'  => Schema::KEYWORDS,
						'column' => 'cluster_id',
					),
				),
			),
			'ideas'    => array(
				'table'      => Schema::IDEAS,
				'capability' => Capabilities::PLAN,
				'label'      => 'title',
				'unlinks'    => array(),
			),
			'tasks'    => array(
				'table'      => Schema::TASKS,
				'capability' => Capabilities::WRITE,
				'label'      => 'title',
				'unlinks'    => array(),
			),
			'sectors'  => array(
				'table'      => Schema::SECTORS,
				'capability' => Capabilities::PLAN,
				'label'      => 'name',
				'unlinks'    => array(),
			),
			// Only a strategy no task or rule uses can be deleted, so its undo relinks nothing.
			'strategies' => array(
				'table'      => Schema::STRATEGIES,
				'capability' => Capabilities::WRITE,
				'label'      => 'name',
				'unlinks'    => array(),
			),
		);
	}

	/**
	 * Copies rows about to be deleted (call it before the delete). Expired entries are purged here,
	 * so the table never grows past a day of deletions.
	 *
	 * @since 0.4.0
	 *
	 * @param string   $kind  A key of kinds().
	 * @param int[]    $ids   Ids of the rows.
	 * @param int|null $owner Who may undo it besides a manager: the current user unless given (a
	 *                        delivery runs as nobody, so it names the user who started the job).
	 * @return string|null The undo token, or null when none of the rows exists or the copy failed.
	 */
	public function stash( string $kind, array $ids, ?int $owner = null ): ?string {
		global $wpdb;
		$spec = self::kinds()[ $kind ] ?? null;
		$ids  = array_values( array_filter( array_map( 'intval', $ids ), static fn ( int $id ): bool => $id > 0 ) );
		if ( null === $spec || ! $ids ) {
			return null;
		}
		$rows = $this->rows_where( Schema::table( $spec['table'] ), 'id', $ids, '*' );
		if ( ! $rows ) {
			return null;
		}
		$links = array();
		foreach ( $spec['unlinks'] as $unlink ) {
			$pointing = $this->rows_where( Schema::table( $unlink['table'] ), $unlink['column'], $ids, "id, {$unlink['column']} AS target" );
			foreach ( $pointing as $row ) {
				$links[] = array( $unlink['table'], $unlink['column'], (int) $row['target'], (int) $row['id'] );
			}
		}

		$this->purge_expired();
		$token = wp_generate_uuid4();
		$written = $wpdb->insert(
			$this->table(),
			array(
				'id'         => $token,
				'kind'       => $kind,
				'row_count'  => count( $rows ),
				'rows_json'  => (string) wp_json_encode( $rows ),
				'links_json' => (string) wp_json_encode( $links ),
				'created_by' => $owner ?? get_current_user_id(),
				'created_at' => current_time( 'mysql', true ),
			),
			array( '%s', '%s', '%d', '%s', '%s', '%d', '%s' )
		);
		if ( false === $written ) {
			return null; // No copy, no undo: the caller must not delete.
		}
		return $token;
	}

	/**
	 * Puts the rows of one token back with their original ids and relinks what the delete
	 * unlinked (only where nothing was linked since). A row whose unique name was taken again
	 * meanwhile stays out and is reported. A token is used once.
	 *
	 * @since 0.4.0
	 *
	 * @param string $token Undo token.
	 * @param string $kind  The collection the caller restores into; a token of another one is refused.
	 * @return array{kind:string, restored:int, skipped:array<int, array{id:int, label:string}>}|WP_Error
	 */
	public function restore( string $token, string $kind ) {
		global $wpdb;
		// Inside a caller's transaction (tests) this joins it; otherwise the restore is all or nothing.
		$own = 0 === (int) $wpdb->get_var( 'SELECT @@in_transaction' );
		if ( $own ) {
			$wpdb->query( 'START TRANSACTION' );
		}
		// FOR UPDATE: a second click of Undo waits here, then finds the token used.
		$entry = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %s FOR UPDATE', $this->table(), $token ), ARRAY_A );
		$error = $this->refusal( $entry, $kind );
		if ( $error ) {
			if ( $own ) {
				$wpdb->query( 'ROLLBACK' );
			}
			return $error;
		}

		$spec  = self::kinds()[ $entry['kind'] ];
		$table = Schema::table( $spec['table'] );
		$rows  = (array) json_decode( (string) $entry['rows_json'], true );
		// Only columns the table still has: a schema upgrade within the day may have dropped one.
		$columns = array_values( array_intersect( array_keys( (array) ( $rows[0] ?? array() ) ), $wpdb->get_col( $wpdb->prepare( 'SHOW COLUMNS FROM %i', $table ) ) ) );
		foreach ( array_chunk( $rows, self::CHUNK ) as $chunk ) {
			if ( false === $wpdb->query( $this->insert_ignore_sql( $table, $columns, $chunk ) ) ) { // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- insert_ignore_sql() returns a prepare()d statement.
				if ( $own ) {
					$wpdb->query( 'ROLLBACK' );
				}
				return new WP_Error( 'igny8_restore_failed', __( 'The deleted items could not be put back. Nothing was changed; try Undo again.', 'igny8' ), array( 'status' => 500 ) );
			}
		}
		// The ids were free (auto-increment never hands one out twice), so a row that is there now is
		// one this restore put back; a missing one collided with a unique name added since.
		$back    = array_map( 'intval', array_column( $this->rows_where( $table, 'id', array_map( 'intval', array_column( $rows, 'id' ) ), 'id' ), 'id' ) );
		$skipped = array();
		foreach ( $rows as $row ) {
			if ( ! in_array( (int) $row['id'], $back, true ) ) {
				$skipped[] = array(
					'id'    => (int) $row['id'],
					'label' => (string) ( $row[ $spec['label'] ] ?? '' ),
				);
			}
		}
		$this->relink( (array) json_decode( (string) $entry['links_json'], true ), $back );
		$wpdb->delete( $this->table(), array( 'id' => $token ), array( '%s' ) );
		if ( $own ) {
			$wpdb->query( 'COMMIT' );
		}

		return array(
			'kind'     => (string) $entry['kind'],
			'restored' => count( $back ),
			'skipped'  => $skipped,
		);
	}

	/**
	 * Deletes entries older than TTL.
	 *
	 * @since 0.4.0
	 *
	 * @return int Entries deleted.
	 */
	public function purge_expired(): int {
		global $wpdb;
		$cutoff = gmdate( 'Y-m-d H:i:s', time() - self::TTL );
		return (int) $wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE created_at < %s', $this->table(), $cutoff ) );
	}

	/**
	 * Why the current user may not restore an entry, or null when they may.
	 *
	 * @param array<string, mixed>|null $entry Trash row.
	 * @param string                    $kind  Expected collection.
	 * @return WP_Error|null
	 */
	private function refusal( ?array $entry, string $kind ): ?WP_Error {
		$expired = null !== $entry && strtotime( $entry['created_at'] . ' UTC' ) < time() - self::TTL;
		// Another collection's token reads as unknown: a token says nothing about rows elsewhere.
		if ( null === $entry || $expired || $kind !== $entry['kind'] || ! isset( self::kinds()[ $kind ] ) ) {
			return new WP_Error( 'igny8_undo_expired', __( 'This deletion can no longer be undone: it was undone already or is more than a day old.', 'igny8' ), array( 'status' => 410 ) );
		}
		$own_deletion = get_current_user_id() === (int) $entry['created_by'];
		if ( ! current_user_can( self::kinds()[ $entry['kind'] ]['capability'] ) || ( ! $own_deletion && ! current_user_can( Capabilities::MANAGE ) ) ) {
			return new WP_Error( 'igny8_undo_forbidden', __( 'Only the person who deleted these items, or an IGNY8 manager, can undo the deletion.', 'igny8' ), array( 'status' => 403 ) );
		}
		return null;
	}

	/**
	 * Points rows back at restored rows, where they point at nothing else yet.
	 *
	 * @param array<int, array{0:string, 1:string, 2:int, 3:int}> $links  [table, column, target id, row id].
	 * @param int[]                                               $back   Ids restored.
	 */
	private function relink( array $links, array $back ): void {
		global $wpdb;
		$groups = array();
		foreach ( $links as list( $suffix, $column, $target, $id ) ) {
			if ( in_array( (int) $target, $back, true ) && isset( self::columns_allowed()[ $suffix ][ $column ] ) ) {
				$groups[ "{$suffix}|{$column}|{$target}" ][] = (int) $id;
			}
		}
		foreach ( $groups as $key => $ids ) {
			list( $suffix, $column, $target ) = explode( '|', $key );
			foreach ( array_chunk( $ids, 1000 ) as $chunk ) {
				$in = implode( ',', array_fill( 0, count( $chunk ), '%d' ) );
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- table and column whitelisted by columns_allowed(); values are placeholders.
				$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( $suffix ) . " SET {$column} = %d WHERE {$column} IS NULL AND id IN ({$in})", array_merge( array( (int) $target ), $chunk ) ) );
			}
		}
	}

	/**
	 * Table/column pairs relink() may write (from kinds()), so stored JSON never names a column.
	 *
	 * @return array<string, array<string, true>>
	 */
	private static function columns_allowed(): array {
		$allowed = array();
		foreach ( self::kinds() as $spec ) {
			foreach ( $spec['unlinks'] as $unlink ) {
				$allowed[ $unlink['table'] ][ $unlink['column'] ] = true;
			}
		}
		return $allowed;
	}

	/**
	 * Raw rows whose column is one of the values (in chunks).
	 *
	 * @param string $table  Prefixed table.
	 * @param string $column Column (ours, never input).
	 * @param int[]  $values Values.
	 * @param string $select Select list (ours, never input).
	 * @return array<int, array<string, mixed>>
	 */
	private function rows_where( string $table, string $column, array $values, string $select ): array {
		global $wpdb;
		$rows = array();
		foreach ( array_chunk( $values, 1000 ) as $chunk ) {
			$in = implode( ',', array_fill( 0, count( $chunk ), '%d' ) );
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- table, column and select list are ours; values are placeholders.
			$found = $wpdb->get_results( $wpdb->prepare( "SELECT {$select} FROM {$table} WHERE {$column} IN ({$in}) ORDER BY id", $chunk ), ARRAY_A );
			$rows  = array_merge( $rows, $found ? $found : array() );
		}
		return $rows;
	}

	/**
	 * One INSERT IGNORE of raw rows with their own ids; NULLs stay NULL.
	 *
	 * @param string                           $table   Prefixed table.
	 * @param string[]                         $columns Columns to write.
	 * @param array<int, array<string, mixed>> $rows    Rows as SELECT * returned them.
	 * @return string
	 */
	private function insert_ignore_sql( string $table, array $columns, array $rows ): string {
		global $wpdb;
		$tuples = array();
		foreach ( $rows as $row ) {
			$values = array();
			foreach ( $columns as $column ) {
				$values[] = null === $row[ $column ] ? 'NULL' : $wpdb->prepare( '%s', (string) $row[ $column ] );
			}
			$tuples[] = '(' . implode( ',', $values ) . ')';
		}
		return $wpdb->prepare( 'INSERT IGNORE INTO %i', $table ) . ' (`' . implode( '`,`', $columns ) . '`) VALUES ' . implode( ',', $tuples );
	}

	/**
	 * The trash table.
	 *
	 * @return string
	 */
	private function table(): string {
		return Schema::table( Schema::TRASH );
	}
}

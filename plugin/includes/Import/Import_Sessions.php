<?php
/**
 * Import sessions and their rejected rows.
 *
 * @package Igny8\Import
 */

declare( strict_types=1 );

namespace Igny8\Import;

use Igny8\Storage\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * {prefix}igny8_imports holds where each import stands (byte offset and line reached, counters);
 * {prefix}igny8_import_errors holds every rejected row with its line number and reason.
 *
 * @since 0.2.0
 */
final class Import_Sessions {

	/**
	 * Import statuses: needs_mapping (waiting for the user's column mapping), ready, paused (a batch
	 * failed and was rolled back; run again to resume), completed.
	 *
	 * @since 0.2.0
	 */
	public const STATUSES = array( 'needs_mapping', 'ready', 'paused', 'completed' );

	/**
	 * Sessions table.
	 *
	 * @var string
	 */
	private string $table;

	/**
	 * Errors table.
	 *
	 * @var string
	 */
	private string $errors;

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 */
	public function __construct() {
		$this->table  = Schema::table( Schema::IMPORTS );
		$this->errors = Schema::table( Schema::IMPORT_ERRORS );
	}

	/**
	 * Creates a session.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $data id, file_path, file_name, format, delimiter, header_line, columns, mapping, status, byte_offset, line, total_bytes, created_by.
	 * @return bool
	 */
	public function create( array $data ): bool {
		global $wpdb;
		$now = current_time( 'mysql', true );
		return false !== $wpdb->insert(
			$this->table,
			array(
				'id'          => (string) $data['id'],
				'file_path'   => (string) $data['file_path'],
				'file_name'   => (string) $data['file_name'],
				'format'      => (string) $data['format'],
				'delimiter'   => (string) $data['delimiter'],
				'header_line' => (int) $data['header_line'],
				'columns'     => (string) wp_json_encode( $data['columns'] ),
				'mapping'     => (string) wp_json_encode( $data['mapping'] ),
				'status'      => (string) $data['status'],
				'byte_offset' => (int) $data['byte_offset'],
				'line'        => (int) $data['line'],
				'total_bytes' => (int) $data['total_bytes'],
				'created_by'  => (int) $data['created_by'],
				'created_at'  => $now,
				'updated_at'  => $now,
			),
			array( '%s', '%s', '%s', '%s', '%s', '%d', '%s', '%s', '%s', '%d', '%d', '%d', '%d', '%s', '%s' )
		);
	}

	/**
	 * Finds a session.
	 *
	 * @since 0.2.0
	 *
	 * @param string $id Session id.
	 * @return array<string, mixed>|null
	 */
	public function find( string $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %s', $this->table, $id ), ARRAY_A );
		if ( ! $row ) {
			return null;
		}
		foreach ( array( 'header_line', 'byte_offset', 'line', 'total_bytes', 'imported', 'merged', 'failed', 'created_by' ) as $int ) {
			$row[ $int ] = (int) $row[ $int ];
		}
		$row['columns'] = json_decode( (string) $row['columns'], true );
		$row['mapping'] = json_decode( (string) $row['mapping'], true );
		return $row;
	}

	/**
	 * Sets the mapping and status.
	 *
	 * @since 0.2.0
	 *
	 * @param string               $id      Session id.
	 * @param array<string, mixed> $mapping Column mapping.
	 */
	public function set_mapping( string $id, array $mapping ): void {
		global $wpdb;
		$wpdb->update(
			$this->table,
			array(
				'mapping'    => (string) wp_json_encode( $mapping ),
				'status'     => 'ready',
				'updated_at' => current_time( 'mysql', true ),
			),
			array( 'id' => $id )
		);
	}

	/**
	 * Records a committed batch: new offset and line, counters added. Runs inside the batch's transaction.
	 *
	 * @since 0.2.0
	 *
	 * @param string $id       Session id.
	 * @param int    $offset   Byte offset after the batch.
	 * @param int    $line     Last line read.
	 * @param int    $imported New keywords.
	 * @param int    $merged   Duplicates merged.
	 * @param int    $failed   Rows rejected.
	 * @param bool   $done     Whether the file ended.
	 * @return bool
	 */
	public function advance( string $id, int $offset, int $line, int $imported, int $merged, int $failed, bool $done ): bool {
		global $wpdb;
		return false !== $wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET byte_offset = %d, line = %d, imported = imported + %d, merged = merged + %d, failed = failed + %d, status = %s, last_error = NULL, updated_at = %s WHERE id = %s',
				$this->table,
				$offset,
				$line,
				$imported,
				$merged,
				$failed,
				$done ? 'completed' : 'ready',
				current_time( 'mysql', true ),
				$id
			)
		);
	}

	/**
	 * Marks a session paused after a failed batch, with the reason.
	 *
	 * @since 0.2.0
	 *
	 * @param string $id    Session id.
	 * @param string $error Reason.
	 */
	public function pause( string $id, string $error ): void {
		global $wpdb;
		$wpdb->update(
			$this->table,
			array(
				'status'     => 'paused',
				'last_error' => $error,
				'updated_at' => current_time( 'mysql', true ),
			),
			array( 'id' => $id )
		);
	}

	/**
	 * Stores rejected rows (inside the batch's transaction).
	 *
	 * @since 0.2.0
	 *
	 * @param string                                                 $id     Session id.
	 * @param array<int, array{line:int, reason:string, raw:string}> $errors Rejected rows.
	 * @return bool
	 */
	public function add_errors( string $id, array $errors ): bool {
		global $wpdb;
		if ( ! $errors ) {
			return true;
		}
		$tuples = array();
		$values = array();
		foreach ( $errors as $error ) {
			$tuples[] = '(%s,%d,%s,%s)';
			array_push( $values, $id, $error['line'], mb_substr( $error['reason'], 0, 255 ), mb_substr( $error['raw'], 0, 1000 ) );
		}
		$sql = "INSERT INTO {$this->errors} (import_id, line, reason, raw) VALUES " . implode( ',', $tuples );
		return false !== $wpdb->query( $wpdb->prepare( $sql, $values ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- the statement was built from Schema table names and placeholders above.
	}

	/**
	 * Rejected rows, by line.
	 *
	 * @since 0.2.0
	 *
	 * @param string $id     Session id.
	 * @param int    $limit  Rows.
	 * @param int    $offset Offset.
	 * @return array<int, array{line:int, reason:string, raw:string}>
	 */
	public function errors( string $id, int $limit = 1000000, int $offset = 0 ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare( 'SELECT line, reason, raw FROM %i WHERE import_id = %s ORDER BY line ASC LIMIT %d OFFSET %d', $this->errors, $id, $limit, $offset ),
			ARRAY_A
		);
		return array_map(
			static fn ( $row ) => array(
				'line'   => (int) $row['line'],
				'reason' => (string) $row['reason'],
				'raw'    => (string) $row['raw'],
			),
			$rows ? $rows : array()
		);
	}

	/**
	 * Deletes a session, its errors and its file.
	 *
	 * @since 0.2.0
	 *
	 * @param string $id Session id.
	 */
	public function delete( string $id ): void {
		global $wpdb;
		$session = $this->find( $id );
		if ( $session && is_file( (string) $session['file_path'] ) ) {
			wp_delete_file( (string) $session['file_path'] );
		}
		$wpdb->delete( $this->table, array( 'id' => $id ) );
		$wpdb->delete( $this->errors, array( 'import_id' => $id ) );
	}
}

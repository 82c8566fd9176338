<?php
/**
 * Writes one import batch atomically.
 *
 * @package Igny8\Import
 */

declare( strict_types=1 );

namespace Igny8\Import;

use Igny8\Storage\Schema;
use RuntimeException;

defined( 'ABSPATH' ) || exit;

/**
 * One transaction per batch: the batch's keywords (new ones inserted, duplicates merged), its
 * rejected rows and the session's new offset are committed together or not at all, so a failure
 * leaves no half-written batch and resuming starts exactly where the last commit ended.
 *
 * @since 0.2.0
 */
final class Batch_Writer {

	/**
	 * Import sessions.
	 *
	 * @var Import_Sessions
	 */
	private Import_Sessions $sessions;

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param Import_Sessions $sessions Sessions.
	 */
	public function __construct( Import_Sessions $sessions ) {
		$this->sessions = $sessions;
	}

	/**
	 * Commits a batch.
	 *
	 * @since 0.2.0
	 *
	 * @param string                                                 $id       Session id.
	 * @param array<string, array<string, mixed>>                    $rows     Valid rows keyed by their folded keyword (already de-duplicated).
	 * @param array<int, array{line:int, reason:string, raw:string}> $errors   Rejected rows.
	 * @param int                                                    $in_batch Duplicates merged inside the batch.
	 * @param array{offset:int, line:int, done:bool}                 $position Where the batch ended.
	 * @return array{imported:int, merged:int}
	 * @throws RuntimeException When a statement fails; the batch is rolled back.
	 */
	public function commit( string $id, array $rows, array $errors, int $in_batch, array $position ): array {
		global $wpdb;
		$wpdb->query( 'START TRANSACTION' );
		try {
			$existing = $this->count_existing( array_column( $rows, 'keyword' ) );
			if ( $rows && false === $wpdb->query( $this->upsert_sql( $rows ) ) ) { // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- upsert_sql() returns a prepare()d statement.
				throw new RuntimeException( 'keywords: ' . $wpdb->last_error );
			}
			if ( ! $this->sessions->add_errors( $id, $errors ) ) {
				throw new RuntimeException( 'errors: ' . $wpdb->last_error );
			}
			$imported = count( $rows ) - $existing;
			$merged   = $existing + $in_batch;
			if ( ! $this->sessions->advance( $id, $position['offset'], $position['line'], $imported, $merged, count( $errors ), $position['done'] ) ) {
				throw new RuntimeException( 'session: ' . $wpdb->last_error );
			}
			$wpdb->query( 'COMMIT' );
		} catch ( \Throwable $error ) {
			$wpdb->query( 'ROLLBACK' );
			throw new RuntimeException( $error->getMessage(), 0, $error ); // phpcs:ignore WordPress.Security.EscapeOutput.ExceptionNotEscaped -- caught by the importer and stored as the session's error, never printed as HTML.
		}
		return array(
			'imported' => $imported,
			'merged'   => $merged,
		);
	}

	/**
	 * How many of these keywords are stored already (they will be merged, not added).
	 *
	 * @param string[] $keywords Keywords.
	 * @return int
	 */
	private function count_existing( array $keywords ): int {
		global $wpdb;
		if ( ! $keywords ) {
			return 0;
		}
		$table = Schema::table( Schema::KEYWORDS );
		$in    = implode( ',', array_fill( 0, count( $keywords ), '%s' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
		$count = $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE keyword IN ({$in})", array_merge( array( $table ), $keywords ) ) );
		if ( null === $count && '' !== $wpdb->last_error ) {
			throw new RuntimeException( 'lookup: ' . $wpdb->last_error ); // phpcs:ignore WordPress.Security.EscapeOutput.ExceptionNotEscaped -- caught by the importer and stored as the session's error, never printed as HTML.
		}
		return (int) $count;
	}

	/**
	 * INSERT … ON DUPLICATE KEY UPDATE merging a duplicate into the stored keyword: known metrics
	 * fill unknown ones and newer metrics replace older ones; an unknown (NULL) metric never erases
	 * a known one. Status, cluster and sector of the stored keyword are kept.
	 *
	 * @param array<string, array<string, mixed>> $rows Rows.
	 * @return string Prepared SQL.
	 */
	private function upsert_sql( array $rows ): string {
		global $wpdb;
		$table  = Schema::table( Schema::KEYWORDS );
		$now    = current_time( 'mysql', true );
		$tuples = array();
		$values = array();
		foreach ( $rows as $row ) {
			$tuple    = array( '%s' );
			$values[] = $row['keyword'];
			foreach ( array(
				'search_volume' => '%d',
				'difficulty'    => '%d',
				'intent'        => '%s',
			) as $column => $format ) {
				if ( null === $row[ $column ] ) {
					$tuple[] = 'NULL';
				} else {
					$tuple[]  = $format;
					$values[] = $row[ $column ];
				}
			}
			$tuples[] = '(' . implode( ',', $tuple ) . ",'active','csv_import',%s,%s)";
			array_push( $values, $now, $now );
		}
		return $wpdb->prepare(
			'INSERT INTO %i (keyword, search_volume, difficulty, intent, status, source, created_at, updated_at) VALUES '
			. implode( ',', $tuples ) // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- each tuple holds only placeholders and literals.
			. ' ON DUPLICATE KEY UPDATE search_volume = COALESCE(VALUES(search_volume), search_volume),'
			. ' difficulty = COALESCE(VALUES(difficulty), difficulty), intent = COALESCE(VALUES(intent), intent),'
			. ' updated_at = VALUES(updated_at)',
			array_merge( array( $table ), $values )
		);
	}
}

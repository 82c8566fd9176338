<?php
/**
 * Multi-row keyword inserts.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

defined( 'ABSPATH' ) || exit;

/**
 * INSERT IGNORE of many keywords in few statements; a keyword already stored (same text, ignoring
 * case and spacing) is skipped.
 *
 * @since 0.2.0
 */
final class Keywords_Bulk_Insert {

	/**
	 * Rows per multi-row INSERT; keeps each statement well under max_allowed_packet.
	 */
	private const CHUNK = 500;

	/**
	 * Inserts many keywords with multi-row INSERT IGNORE; duplicates (same keyword, case-insensitive) are skipped.
	 *
	 * @since 0.1.0
	 *
	 * @param string                           $table Prefixed table name.
	 * @param array<int, array<string, mixed>> $rows  Keyword rows, as for Keywords_Repository::insert().
	 * @return array{created:int, skipped:int}
	 */
	public static function run( string $table, array $rows ): array {
		global $wpdb;
		$now     = current_time( 'mysql', true );
		$created = 0;

		foreach ( array_chunk( $rows, self::CHUNK ) as $chunk ) {
			$placeholders = array();
			$values       = array();
			foreach ( $chunk as $row ) {
				$row      = self::normalize( $row );
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
				if ( null === $row['intent'] ) {
					$tuple[] = 'NULL';
				} else {
					$tuple[]  = '%s';
					$values[] = $row['intent'];
				}
				array_push( $tuple, '%s', '%s' );
				array_push( $values, $row['status'], $row['source'] );
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

			$sql = "INSERT IGNORE INTO {$table}
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
	 * Fills defaults and clamps one input row.
	 *
	 * @param array<string, mixed> $row Raw row.
	 * @return array<string, mixed>
	 */
	private static function normalize( array $row ): array {
		$nullable_int = static function ( $value, int $max ): ?int {
			if ( null === $value || '' === $value ) {
				return null;
			}
			return max( 0, min( $max, (int) $value ) );
		};

		return array(
			'keyword'       => mb_substr( Keywords_Repository::normalize_keyword( (string) ( $row['keyword'] ?? '' ) ), 0, 255 ),
			'search_volume' => $nullable_int( $row['search_volume'] ?? null, 4294967295 ),
			'difficulty'    => $nullable_int( $row['difficulty'] ?? null, 100 ),
			'intent'        => in_array( $row['intent'] ?? '', Keywords_Repository::INTENTS, true ) ? $row['intent'] : null,
			'status'        => in_array( $row['status'] ?? '', Keywords_Repository::STATUSES, true ) ? $row['status'] : 'active',
			'source'        => in_array( $row['source'] ?? '', Keywords_Repository::SOURCES, true ) ? $row['source'] : 'manual',
			'sector_id'     => $nullable_int( $row['sector_id'] ?? null, PHP_INT_MAX ),
			'cluster_id'    => $nullable_int( $row['cluster_id'] ?? null, PHP_INT_MAX ),
		);
	}
}

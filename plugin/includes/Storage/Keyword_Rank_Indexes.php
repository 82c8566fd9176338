<?php
/**
 * The indexes of the keyword opportunity rankings.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

defined( 'ABSPATH' ) || exit;

/**
 * Opportunities rank keywords by volume (highest first), then difficulty (lowest first). Only an
 * index whose volume part is descending gives that order without sorting every candidate. The
 * CREATE TABLE in Schema_Tables declares both, and a new table gets them as written; but dbDelta
 * drops ASC/DESC when it adds an index to an existing table, so the upgrade to schema 6 rebuilds them
 * descending here. MariaDB 10.8+ and MySQL 8 honour DESC; older servers keep a plain index and sort
 * the candidates instead.
 *
 * @since 0.1.0
 */
final class Keyword_Rank_Indexes {

	/**
	 * Index name => columns. unclustered_rank serves cluster_id IS NULL (and every lookup by
	 * cluster); volume_rank serves the clustered keywords, read in rank order until a page of
	 * uncovered ones is found.
	 */
	private const INDEXES = array(
		'unclustered_rank' => 'cluster_id, search_volume DESC, difficulty',
		'volume_rank'      => 'search_volume DESC, difficulty',
	);

	/**
	 * Adds each index that is missing and rebuilds one whose volume part is ascending.
	 *
	 * @since 0.1.0
	 */
	public static function install(): void {
		global $wpdb;
		$table = Schema::table( Schema::KEYWORDS );
		foreach ( self::INDEXES as $name => $columns ) {
			// SHOW INDEX rather than information_schema: it also sees a temporary table of the same name.
			$index     = (array) $wpdb->get_row( $wpdb->prepare( 'SHOW INDEX FROM %i WHERE Key_name = %s AND Column_name = %s', $table, $name, 'search_volume' ), ARRAY_A );
			$collation = $index['Collation'] ?? null;
			if ( 'D' === $collation ) {
				continue;
			}
			$drop = null === $collation ? '' : "DROP KEY {$name}, ";
			// Name and columns are the constants above; one statement, so the table is never without the index for long.
			$wpdb->query( $wpdb->prepare( "ALTER TABLE %i {$drop}ADD KEY {$name} ({$columns})", $table ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.SchemaChange, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- dbDelta cannot add a descending index.
		}
	}
}

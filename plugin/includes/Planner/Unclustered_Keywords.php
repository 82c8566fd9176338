<?php
/**
 * Every keyword that has no cluster yet.
 *
 * @package Igny8\Planner
 */

declare( strict_types=1 );

namespace Igny8\Planner;

use Igny8\Storage\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * "Cluster all unclustered" takes the whole backlog (a 100,000-keyword import included), highest
 * volume first, so related high-value keywords tend to share a job.
 *
 * It reads the order once, as ids only (one indexed query), and each job's keywords only when that
 * job is about to start: the first job reaches the cloud after one small query instead of after
 * the whole backlog has been read into memory, and the run never holds 100,000 rows at once.
 *
 * @since 0.7.0
 */
final class Unclustered_Keywords implements \IteratorAggregate, \Countable {

	/**
	 * Most keywords one "all" run takes; more wait for the next run.
	 *
	 * @since 0.7.0
	 */
	public const MAX = 200000;

	/**
	 * Unclustered keyword ids in the order they are clustered.
	 *
	 * @var int[]
	 */
	private array $ids;

	/**
	 * Keywords per chunk.
	 *
	 * @var int
	 */
	private int $chunk_size;

	/**
	 * Reads the order of the unclustered keywords, optionally of one sector.
	 *
	 * @since 0.7.0
	 *
	 * @param int|null $sector_id  Sector, or null for every sector.
	 * @param int      $chunk_size Keywords per chunk (one job each).
	 */
	public function __construct( ?int $sector_id, int $chunk_size ) {
		global $wpdb;
		$this->chunk_size = max( 1, $chunk_size );
		$table     = Schema::table( Schema::KEYWORDS );
		$ids       = null === $sector_id
			? $wpdb->get_col( $wpdb->prepare( 'SELECT id FROM %i WHERE cluster_id IS NULL ORDER BY search_volume DESC, id ASC LIMIT %d', $table, self::MAX ) ) // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table, read once per run.
			: $wpdb->get_col( $wpdb->prepare( 'SELECT id FROM %i WHERE cluster_id IS NULL AND sector_id = %d ORDER BY search_volume DESC, id ASC LIMIT %d', $table, $sector_id, self::MAX ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- as above.
		$this->ids = array_map( 'intval', $ids );
	}

	/**
	 * How many chunks the backlog makes.
	 *
	 * @since 0.9.0
	 */
	public function count(): int {
		return (int) ceil( count( $this->ids ) / $this->chunk_size );
	}

	/**
	 * The chunks in order, each read when it is reached. A keyword clustered meanwhile (by another
	 * run) is left out; a chunk left empty is skipped.
	 *
	 * @since 0.9.0
	 *
	 * @return \Generator<int, array<int, array{id: int, keyword: string, search_volume: int|null, intent: string|null}>>
	 */
	public function getIterator(): \Generator {
		foreach ( array_chunk( $this->ids, $this->chunk_size ) as $chunk ) {
			$rows = self::read( $chunk );
			if ( $rows ) {
				yield $rows;
			}
		}
	}

	/**
	 * One chunk's keywords, still unclustered, in the chunk's order.
	 *
	 * @param int[] $ids Ids.
	 * @return array<int, array{id: int, keyword: string, search_volume: int|null, intent: string|null}>
	 */
	private static function read( array $ids ): array {
		global $wpdb;
		$table = Schema::table( Schema::KEYWORDS );
		$rows  = $wpdb->get_results( $wpdb->prepare( 'SELECT id, keyword, search_volume, intent FROM %i WHERE cluster_id IS NULL AND id IN (' . implode( ',', array_fill( 0, count( $ids ), '%d' ) ) . ')', $table, ...$ids ), ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- the plugin's own table; one %d per id.
		$by_id = array();
		foreach ( (array) $rows as $row ) {
			$by_id[ (int) $row['id'] ] = array(
				'id'            => (int) $row['id'],
				'keyword'       => (string) $row['keyword'],
				'search_volume' => null === $row['search_volume'] ? null : (int) $row['search_volume'],
				'intent'        => null === $row['intent'] ? null : (string) $row['intent'],
			);
		}
		$ordered = array();
		foreach ( $ids as $id ) {
			if ( isset( $by_id[ $id ] ) ) {
				$ordered[] = $by_id[ $id ];
			}
		}
		return $ordered;
	}
}

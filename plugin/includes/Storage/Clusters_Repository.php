<?php
/**
 * Clusters table access.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

defined( 'ABSPATH' ) || exit;

/**
 * {prefix}igny8_clusters. A cluster's keywords are the keyword rows whose cluster_id points at it
 * (one cluster per keyword, as auto_cluster assigns them).
 *
 * @since 0.2.0
 */
final class Clusters_Repository extends Repository {

	/**
	 * Cluster statuses.
	 *
	 * @since 0.2.0
	 */
	public const STATUSES = array( 'active', 'archived' );

	/**
	 * {@inheritDoc}
	 */
	protected static function suffix(): string {
		return Schema::CLUSTERS;
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function columns(): array {
		return array(
			'name'         => 'string',
			'description'  => 'string',
			'target_words' => 'int',
			'status'       => 'string',
			'sector_id'    => 'int',
			'job_id'       => 'string',
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function search_column(): string {
		return 'name';
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function none_when_zero(): array {
		return array( 'sector_id' );
	}

	/**
	 * Finds a cluster by its (case-insensitive) name.
	 *
	 * @since 0.2.0
	 *
	 * @param string $name Cluster name.
	 * @return array<string, mixed>|null
	 */
	public function find_by_name( string $name ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE name = %s', $this->table, $name ), ARRAY_A );
		return $row ? $this->hydrate( $row ) : null;
	}

	/**
	 * Adds keyword counts and total volume to clusters (one grouped query).
	 *
	 * @since 0.2.0
	 *
	 * @param array<int, array<string, mixed>> $clusters Clusters.
	 * @return array<int, array<string, mixed>>
	 */
	public function with_stats( array $clusters ): array {
		global $wpdb;
		$ids = array_map( static fn ( $c ) => (int) $c['id'], $clusters );
		if ( ! $ids ) {
			return $clusters;
		}
		$keywords = Schema::table( Schema::KEYWORDS );
		$in       = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT cluster_id, COUNT(*) AS n, COALESCE(SUM(search_volume),0) AS v FROM %i WHERE cluster_id IN ({$in}) GROUP BY cluster_id", array_merge( array( $keywords ), $ids ) ), ARRAY_A );
		$stats = array();
		foreach ( (array) $rows as $row ) {
			$stats[ (int) $row['cluster_id'] ] = array( (int) $row['n'], (int) $row['v'] );
		}
		foreach ( $clusters as &$cluster ) {
			$cluster['keywords_count'] = $stats[ $cluster['id'] ][0] ?? 0;
			$cluster['volume']         = $stats[ $cluster['id'] ][1] ?? 0;
		}
		return $clusters;
	}
}

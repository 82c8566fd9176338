<?php
/**
 * Content ideas table access.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

defined( 'ABSPATH' ) || exit;

/**
 * {prefix}igny8_ideas, as the seed's ContentIdeas plus the outline generate_ideas returns.
 *
 * @since 0.2.0
 */
final class Ideas_Repository extends Repository {

	/**
	 * Idea statuses, as in the seed.
	 *
	 * @since 0.2.0
	 */
	public const STATUSES = array( 'draft', 'approved', 'in_progress', 'completed' );

	/**
	 * {@inheritDoc}
	 */
	protected static function suffix(): string {
		return Schema::IDEAS;
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function columns(): array {
		return array(
			'cluster_id'         => 'int',
			'title'              => 'string',
			'description'        => 'string',
			'suggested_keywords' => 'json',
			'outline'            => 'json',
			'content_type'       => 'string',
			'status'             => 'string',
			'task_id'            => 'int',
			'job_id'             => 'string',
		);
	}

	/**
	 * Whether a job's ideas were already stored (a second application of the same job adds none).
	 *
	 * @since 0.2.0
	 *
	 * @param string $job_id Job id.
	 * @return bool
	 */
	public function has_job( string $job_id ): bool {
		global $wpdb;
		return (bool) $wpdb->get_var( $wpdb->prepare( 'SELECT 1 FROM %i WHERE job_id = %s LIMIT 1', $this->table, $job_id ) );
	}

	/**
	 * Moves one idea from a status to another, only while it still has that status and no task.
	 *
	 * @since 0.6.0
	 *
	 * @param int    $id   Idea id.
	 * @param string $from Status it must have now.
	 * @param string $to   New status.
	 * @return bool Whether the idea changed.
	 */
	public function transition( int $id, string $from, string $to ): bool {
		global $wpdb;
		$changed = $wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET status = %s, updated_at = %s WHERE id = %d AND status = %s AND task_id IS NULL',
				$this->table,
				$to,
				current_time( 'mysql', true ),
				$id,
				$from
			)
		);
		return 1 === $changed;
	}

	/**
	 * The titles of the ideas each cluster already has, for de-duplicating new ones.
	 *
	 * @since 0.8.0
	 *
	 * @param int[] $cluster_ids Cluster ids.
	 * @return array<int, string[]> Titles by cluster id.
	 */
	public function titles_by_cluster( array $cluster_ids ): array {
		global $wpdb;
		$ids = array_values( array_filter( array_map( 'intval', $cluster_ids ) ) );
		if ( ! $ids ) {
			return array();
		}
		$in     = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the IN list holds only %d placeholders.
		$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT cluster_id, title FROM %i WHERE cluster_id IN ({$in})", array_merge( array( $this->table ), $ids ) ), ARRAY_A );
		$titles = array();
		foreach ( (array) $rows as $row ) {
			$titles[ (int) $row['cluster_id'] ][] = (string) $row['title'];
		}
		return $titles;
	}

	/**
	 * Deletes the ideas of these clusters that nothing depends on yet (drafts without a task),
	 * for a run that replaces them; ideas approved or turned into tasks stay.
	 *
	 * @since 0.8.0
	 *
	 * @param int[] $cluster_ids Cluster ids.
	 * @return int How many were deleted.
	 */
	public function delete_replaceable( array $cluster_ids ): int {
		global $wpdb;
		$ids = array_values( array_filter( array_map( 'intval', $cluster_ids ) ) );
		if ( ! $ids ) {
			return 0;
		}
		$in = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the IN list holds only %d placeholders.
		return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM %i WHERE status = 'draft' AND task_id IS NULL AND cluster_id IN ({$in})", array_merge( array( $this->table ), $ids ) ) );
	}
}

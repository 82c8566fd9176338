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
	 * for a run that replaces them; ideas approved or turned into tasks stay. They go to the
	 * Trash first, so the run's notice can offer Undo for a day.
	 *
	 * @since 0.8.0
	 *
	 * @param int[] $cluster_ids Cluster ids.
	 * @param int   $owner       The user who started the run (may undo it).
	 * @return array{count: int, undo: string|null} How many were deleted, and the undo token.
	 */
	public function delete_replaceable( array $cluster_ids, int $owner ): array {
		global $wpdb;
		$clusters = array_values( array_filter( array_map( 'intval', $cluster_ids ) ) );
		if ( ! $clusters ) {
			return array(
				'count' => 0,
				'undo'  => null,
			);
		}
		// One transaction: an idea approved or given a task while the result is applied is neither
		// copied nor deleted (the rows are locked from the read to the delete).
		$own = 0 === (int) $wpdb->get_var( 'SELECT @@in_transaction' );
		if ( $own ) {
			$wpdb->query( 'START TRANSACTION' );
		}
		$in  = implode( ',', array_fill( 0, count( $clusters ), '%d' ) );
		$ids = array_map(
			'intval',
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the IN list holds only %d placeholders.
			$wpdb->get_col( $wpdb->prepare( "SELECT id FROM %i WHERE status = 'draft' AND task_id IS NULL AND cluster_id IN ({$in}) FOR UPDATE", array_merge( array( $this->table ), $clusters ) ) )
		);
		$token = $ids ? ( new Trash() )->stash( 'ideas', $ids, $owner ) : null;
		$count = 0;
		if ( null !== $token ) {
			$in = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the IN list holds only %d placeholders.
			$count = (int) $wpdb->query( $wpdb->prepare( "DELETE FROM %i WHERE id IN ({$in}) AND status = 'draft' AND task_id IS NULL", array_merge( array( $this->table ), $ids ) ) );
		}
		if ( $own ) {
			$wpdb->query( 'COMMIT' );
		}
		return array(
			'count' => $count,
			'undo'  => $token,
		);
	}
}

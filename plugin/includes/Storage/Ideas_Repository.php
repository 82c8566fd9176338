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
}

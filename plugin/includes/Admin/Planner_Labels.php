<?php
/**
 * The Planner's value labels, for the pages PHP prints before the app mounts.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * Statuses and intents as the React screens label them (admin-ui/src/planner/labels.ts and
 * admin-ui/src/writer/task-status.ts), so a printed first page reads what the app then shows.
 *
 * @since 0.9.0
 */
final class Planner_Labels {

	/**
	 * Keyword intents.
	 *
	 * @since 0.9.0
	 *
	 * @return array<string, string>
	 */
	public static function intents(): array {
		return array(
			'informational' => __( 'Informational', 'igny8' ),
			'commercial'    => __( 'Commercial', 'igny8' ),
			'transactional' => __( 'Transactional', 'igny8' ),
			'navigational'  => __( 'Navigational', 'igny8' ),
		);
	}

	/**
	 * Keyword statuses.
	 *
	 * @since 0.9.0
	 *
	 * @return array<string, string>
	 */
	public static function keyword_statuses(): array {
		return array(
			'active'   => __( 'Active', 'igny8' ),
			'inactive' => __( 'Inactive', 'igny8' ),
			'used'     => __( 'Used', 'igny8' ),
		);
	}

	/**
	 * Cluster statuses.
	 *
	 * @since 0.9.0
	 *
	 * @return array<string, string>
	 */
	public static function cluster_statuses(): array {
		return array(
			'active'   => __( 'Active', 'igny8' ),
			'archived' => __( 'Archived', 'igny8' ),
		);
	}

	/**
	 * Idea statuses.
	 *
	 * @since 0.9.0
	 *
	 * @return array<string, string>
	 */
	public static function idea_statuses(): array {
		return array(
			'draft'       => __( 'New', 'igny8' ),
			'approved'    => __( 'Approved', 'igny8' ),
			'in_progress' => __( 'Task created', 'igny8' ),
			'completed'   => __( 'Written', 'igny8' ),
		);
	}

	/**
	 * Writer task statuses ("queued" has not been sent to the cloud: nothing processes it yet).
	 *
	 * @since 0.9.0
	 *
	 * @return array<string, string>
	 */
	public static function task_statuses(): array {
		return array(
			'pending'     => __( 'Pending', 'igny8' ),
			'queued'      => __( 'Not started', 'igny8' ),
			'running'     => __( 'Writing', 'igny8' ),
			'in_progress' => __( 'Writing', 'igny8' ),
			'completed'   => __( 'Completed', 'igny8' ),
			'failed'      => __( 'Failed', 'igny8' ),
			'cancelled'   => __( 'Cancelled', 'igny8' ),
		);
	}

	/**
	 * The label of a value, the value itself when unknown, or a dash when empty (labels.ts labelOf).
	 *
	 * @since 0.9.0
	 *
	 * @param array<string, string> $labels Labels by value.
	 * @param mixed                 $value  Value.
	 * @return string
	 */
	public static function label( array $labels, $value ): string {
		if ( null === $value || '' === $value ) {
			return '—';
		}
		return $labels[ (string) $value ] ?? (string) $value;
	}
}

<?php
/**
 * How an action applies its result.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Applies the result of one AI function. Result_Applier has already claimed the job (so this runs
 * once per job id) and calls the handler only for completed jobs.
 *
 * @since 0.2.0
 */
interface Result_Handler {

	/**
	 * Applies a result.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed>      $result    The job's result (CONTRACTS2 shape).
	 * @param array<string, mixed>      $reference The job's reference (task_id, cluster_ids, keyword_ids, post_id).
	 * @param array<string, mixed>      $local     The local job row, with its context.
	 * @param array<string, mixed>|null $task      The writer task, when the reference names one.
	 * @return array<string, mixed>|WP_Error What was written (post_id, counts); a WP_Error gives the claim back for a retry.
	 */
	public function apply( array $result, array $reference, array $local, ?array $task );
}

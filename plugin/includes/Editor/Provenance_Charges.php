<?php
/**
 * The AI history's credits, from what the ledger charged.
 *
 * @package Igny8\Editor
 */

declare( strict_types=1 );

namespace Igny8\Editor;

use Igny8\Storage\Jobs_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * A job's history entry is written when the job starts (the featured image) or when its pending
 * change is accepted, before or after the cloud settled it. Once its result is applied, the entry
 * takes the credits the cloud settled for the job (the job's `credits_charged`, which the delivery
 * or pull carries from the ledger), never a guess.
 *
 * @since 0.8.0
 */
final class Provenance_Charges {

	/**
	 * Hooks in.
	 *
	 * @since 0.8.0
	 */
	public function init(): void {
		add_action( 'igny8_result_applied', array( $this, 'result_applied' ), 10, 2 );
	}

	/**
	 * After a result was applied to a post: its entries of that job take the job's charge.
	 *
	 * @since 0.8.0
	 *
	 * @param int    $post_id Post the result wrote (0 for planner results).
	 * @param string $job_id  Cloud job id.
	 */
	public function result_applied( int $post_id, string $job_id ): void {
		if ( $post_id <= 0 || '' === $job_id ) {
			return;
		}
		$job = ( new Jobs_Repository() )->find( $job_id );
		if ( null !== $job ) {
			( new Provenance() )->set_charged( $post_id, $job_id, (int) $job['credits_charged'] );
		}
	}

	/**
	 * The credits of a job the site knows, for an entry recorded after its result came (a pending
	 * change accepted later); null when the job is unknown here.
	 *
	 * @since 0.8.0
	 *
	 * @param string $job_id Cloud job id.
	 * @return int|null
	 */
	public static function of_job( string $job_id ): ?int {
		$job = '' === $job_id ? null : ( new Jobs_Repository() )->find( $job_id );
		return null === $job ? null : (int) $job['credits_charged'];
	}
}

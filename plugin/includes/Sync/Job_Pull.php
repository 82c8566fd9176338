<?php
/**
 * Pull side of result delivery.
 *
 * @package Igny8\Sync
 */

declare( strict_types=1 );

namespace Igny8\Sync;

use Igny8\Actions\Result_Applier;
use Igny8\Cloud\Connection;
use Igny8\Storage\Jobs_Repository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Refreshes one job from the cloud and, when it has finished but its result has not arrived by push,
 * applies the result through the same Result_Applier as a delivery and acknowledges it.
 * Used only by WP-Cron (Pull_Cron): reading a job's status never applies anything.
 *
 * @since 0.1.0
 */
class Job_Pull {

	/**
	 * Cloud connection.
	 *
	 * @var Connection
	 */
	private Connection $connection;

	/**
	 * Jobs table.
	 *
	 * @var Jobs_Repository
	 */
	private Jobs_Repository $jobs;

	/**
	 * Applier shared with deliveries.
	 *
	 * @var Result_Applier
	 */
	private Result_Applier $applier;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Connection|null      $connection Cloud connection.
	 * @param Jobs_Repository|null $jobs       Jobs table.
	 * @param Result_Applier|null  $applier    Result applier.
	 */
	public function __construct( ?Connection $connection = null, ?Jobs_Repository $jobs = null, ?Result_Applier $applier = null ) {
		$this->connection = $connection ?? new Connection();
		$this->jobs       = $jobs ?? new Jobs_Repository();
		$this->applier    = $applier ?? new Result_Applier( $this->jobs );
	}

	/**
	 * Brings one locally known job up to date.
	 *
	 * @since 0.1.0
	 *
	 * @param string $job_id Cloud job id.
	 * @return array<string, mixed>|WP_Error The local job row after the refresh.
	 */
	public function pull( string $job_id ) {
		$local = $this->jobs->find( $job_id );
		if ( null === $local ) {
			return new WP_Error( 'igny8_job_not_found', __( 'This job is not known on this site.', 'igny8' ), array( 'status' => 404 ) );
		}
		// Applied jobs never change again: answer from the table, without a network call.
		if ( null !== $local['applied_at'] ) {
			return $local;
		}

		$client = $this->connection->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$job = $client->get_job( $job_id );
		if ( is_wp_error( $job ) ) {
			return $job;
		}
		$outcome = Job_Wire::outcome( $job, $local );
		if ( is_wp_error( $outcome ) || $outcome['job_id'] !== $job_id ) {
			return new WP_Error( 'igny8_cloud_error', __( 'The IGNY8 cloud answered with another job.', 'igny8' ), array( 'status' => 502 ) );
		}
		$this->jobs->save_from_cloud( array( 'id' => $job_id ) + $outcome );

		if ( in_array( $outcome['status'], Jobs_Repository::FINAL_STATUSES, true ) ) {
			$applied = $this->applier->apply( $outcome );
			if ( is_wp_error( $applied ) ) {
				return $applied;
			}
			if ( ! $outcome['delivered'] ) {
				// Best effort: if the ack is lost the cloud pushes again and the applier answers "already applied".
				$client->ack_job( $job_id );
			}
		}

		$fresh = $this->jobs->find( $job_id );
		return null === $fresh ? $local : $fresh;
	}
}

<?php
/**
 * Starts cloud AI jobs.
 *
 * @package Igny8\Jobs
 */

declare( strict_types=1 );

namespace Igny8\Jobs;

use Igny8\Cloud\Connection;
use Igny8\Storage\Jobs_Repository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The one place a job is created for auto_cluster, generate_ideas, generate_image_prompts,
 * generate_images and optimize_content: create it in the cloud with an idempotency key, mirror it
 * locally with the context its result will need. Only enqueues; the result arrives by delivery or pull.
 *
 * @since 0.2.0
 */
class Job_Starter {

	/**
	 * Option holding a random id for this installation, part of every idempotency key so keys never
	 * collide across reinstalls (task ids restart, the cloud remembers keys).
	 *
	 * @since 0.1.0
	 */
	public const INSTALL_ID_OPTION = 'igny8_install_id';

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
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param Connection|null      $connection Cloud connection.
	 * @param Jobs_Repository|null $jobs       Jobs table.
	 */
	public function __construct( ?Connection $connection = null, ?Jobs_Repository $jobs = null ) {
		$this->connection = $connection ?? new Connection();
		$this->jobs       = $jobs ?? new Jobs_Repository();
	}

	/**
	 * Creates one job.
	 *
	 * @since 0.2.0
	 *
	 * @param string               $function  AI function.
	 * @param array<string, mixed> $input     Function input (CONTRACTS2).
	 * @param array<string, mixed> $reference Echoed back with the result: task_id, cluster_ids, keyword_ids, post_id.
	 * @param string               $key       Idempotency key part; the same key returns the same job, charged once.
	 * @param array<string, mixed> $context   Local context stored with the job.
	 * @return array<string, mixed>|WP_Error {job_id, function, status}
	 */
	public function start( string $function, array $input, array $reference, string $key, array $context = array() ) {
		$client = $this->connection->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$job = $client->create_job( $function, $input, $reference, self::install_id() . ':' . $function . ':' . $key );
		if ( is_wp_error( $job ) ) {
			return $job;
		}
		$job['reference'] = $reference;
		$job['function']  = $function;
		$this->jobs->save_from_cloud( $job );
		if ( $context ) {
			$this->jobs->set_context( (string) $job['id'], $context );
		}
		// Should the signed delivery not arrive, WP-Cron fetches the result soon, not in five minutes.
		\Igny8\Sync\Pull_Cron::soon();
		return array(
			'job_id'   => (string) $job['id'],
			'function' => $function,
			'status'   => (string) ( $job['status'] ?? 'queued' ),
		);
	}

	/**
	 * This installation's random id, created on first use.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public static function install_id(): string {
		$id = get_option( self::INSTALL_ID_OPTION, '' );
		if ( ! is_string( $id ) || '' === $id ) {
			$id = wp_generate_uuid4();
			update_option( self::INSTALL_ID_OPTION, $id, false );
		}
		return $id;
	}
}

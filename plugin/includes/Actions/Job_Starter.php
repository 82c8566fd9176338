<?php
/**
 * Starts cloud AI jobs.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions;

use Igny8\Cloud\Connection;
use Igny8\Storage\Jobs_Repository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The one place the site creates a cloud job, for every action's Job_Plan: create it in the cloud
 * with an idempotency key, mirror it locally with the context its result will need. Only enqueues;
 * the result arrives by delivery or pull.
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
	 * Creates one planned job.
	 *
	 * @since 0.6.0
	 *
	 * @param Job_Plan $plan Plan (its input already carries the site's settings).
	 * @return array<string, mixed>|WP_Error {job_id, function, status}
	 */
	public function start_plan( Job_Plan $plan ) {
		$client = $this->connection->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$job = $client->create_job( $plan->function, $plan->input, $plan->reference, self::install_id() . ':' . $plan->function . ':' . $plan->key, $plan->model );
		if ( is_wp_error( $job ) ) {
			return self::explained( $job );
		}
		$job['reference'] = $plan->reference;
		$job['function']  = $plan->function;
		$this->jobs->save_from_cloud( $job );
		if ( $plan->context ) {
			// A repeated click within the key's minute gets the same job back: what its first start
			// recorded (who started it, what its result replaced) stays.
			$existing = $this->jobs->find( (string) $job['id'] );
			$this->jobs->set_context( (string) $job['id'], array_merge( $plan->context, (array) ( $existing['context'] ?? array() ) ) );
		}
		/**
		 * Fires after a cloud job was created for this site (Sync\Pull_Cron then fetches its
		 * result soon, should the signed delivery not arrive).
		 *
		 * @since 0.6.0
		 *
		 * @param string $job_id   Cloud job id.
		 * @param string $function AI function.
		 */
		do_action( 'igny8_job_started', (string) $job['id'], $plan->function );
		return array(
			'job_id'   => (string) $job['id'],
			'function' => $plan->function,
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

	/**
	 * A refusal of the model chosen in Settings says where to change it; other errors pass as they are.
	 *
	 * @param WP_Error $error The cloud's error.
	 * @return WP_Error
	 */
	private static function explained( WP_Error $error ): WP_Error {
		$data   = (array) $error->get_error_data();
		$reason = $data['errors']['model'][0] ?? null;
		if ( ! is_string( $reason ) ) {
			return $error;
		}
		return new WP_Error(
			'igny8_model_not_allowed',
			/* translators: %s: the cloud's reason, naming the models it allows. */
			sprintf( __( 'The model chosen in Settings → AI models cannot be used: %s Change it there, or leave it empty for the cloud’s choice.', 'igny8' ), $reason ),
			array_merge( $data, array( 'status' => 400 ) )
		);
	}
}

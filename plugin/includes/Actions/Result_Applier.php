<?php
/**
 * Turns a finished AI job into a draft.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions;

use Igny8\Storage\Jobs_Repository;
use Igny8\Storage\Tasks_Repository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Applies a finished job's result with its action's handler (Actions\Registry), whether it arrived
 * by push (signed delivery) or by pull (WP-Cron). Idempotent by job id: the jobs table's claimed_at
 * is taken atomically and applied_at is set once the result is written, so a second application of
 * the same job changes nothing.
 *
 * @since 0.1.0
 */
class Result_Applier {

	/**
	 * Jobs table.
	 *
	 * @var Jobs_Repository
	 */
	private Jobs_Repository $jobs;

	/**
	 * Tasks table.
	 *
	 * @var Tasks_Repository
	 */
	private Tasks_Repository $tasks;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Jobs_Repository|null  $jobs  Jobs table.
	 * @param Tasks_Repository|null $tasks Tasks table.
	 */
	public function __construct( ?Jobs_Repository $jobs = null, ?Tasks_Repository $tasks = null ) {
		$this->jobs  = $jobs ?? new Jobs_Repository();
		$this->tasks = $tasks ?? new Tasks_Repository();
	}

	/**
	 * Applies one finished job.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $job {job_id, function, status, reference?, result?, error?, credits_charged?}.
	 * @return array<string, mixed>|WP_Error {applied: bool, job_id, task_id, post_id}; applied is false when
	 *                                       the job had already been applied (nothing changed).
	 */
	public function apply( array $job ) {
		$job_id   = (string) ( $job['job_id'] ?? '' );
		$function = (string) ( $job['function'] ?? '' );
		$status   = (string) ( $job['status'] ?? '' );

		if ( '' === $job_id ) {
			return new WP_Error( 'igny8_invalid_job', __( 'The job has no id.', 'igny8' ), array( 'status' => 400 ) );
		}
		$action = Registry::get( $function );
		$handler = $action ? $action->result() : null;
		if ( null === $handler ) {
			return new WP_Error(
				'igny8_unsupported_function',
				/* translators: %s: AI function name */
				sprintf( __( 'This site cannot apply results of "%s" yet.', 'igny8' ), $function ),
				array( 'status' => 422 )
			);
		}
		if ( ! in_array( $status, Jobs_Repository::FINAL_STATUSES, true ) ) {
			return new WP_Error( 'igny8_job_not_finished', __( 'The job has not finished yet.', 'igny8' ), array( 'status' => 409 ) );
		}

		$reference = isset( $job['reference'] ) && is_array( $job['reference'] ) ? $job['reference'] : array();
		$this->jobs->save_from_cloud(
			array(
				'id'              => $job_id,
				'function'        => $function,
				'status'          => $status,
				'progress'        => 'completed' === $status ? 100 : (int) ( $job['progress'] ?? 0 ),
				'step'            => (string) ( $job['step'] ?? '' ),
				'error'           => $job['error'] ?? null,
				'credits_charged' => $job['credits_charged'] ?? 0,
				'reference'       => $reference,
			)
		);

		$row     = $this->jobs->find( $job_id );
		$task_id = (int) ( $reference['task_id'] ?? ( $row['task_id'] ?? 0 ) );

		if ( ! $this->jobs->claim( $job_id ) ) {
			return array(
				'applied' => false,
				'job_id'  => $job_id,
				'task_id' => $task_id > 0 ? $task_id : null,
				'post_id' => $row['post_id'] ?? null,
			);
		}

		$task = $task_id > 0 ? $this->tasks->find( $task_id ) : null;

		if ( 'completed' !== $status ) {
			$error = is_string( $job['error'] ?? null ) && '' !== $job['error'] ? $job['error'] : __( 'The AI job failed.', 'igny8' );
			if ( $task && in_array( $function, array( 'generate_content' ), true ) ) {
				$this->tasks->mark_failed( $task_id, $error );
			}
			$this->jobs->finish( $job_id );
			return $this->applied( $job_id, $task ? $task_id : null, null );
		}

		$result  = isset( $job['result'] ) && is_array( $job['result'] ) ? $job['result'] : array();
		$local   = is_array( $row ) ? $row : array();
		$outcome = $handler->apply( $result, $reference, $local, $task );
		if ( is_wp_error( $outcome ) ) {
			// A passing problem (a download failed, the cloud was busy): give the claim back so a retry can apply it.
			$this->jobs->release( $job_id );
			return $outcome;
		}
		$post_id = isset( $outcome['post_id'] ) ? (int) $outcome['post_id'] : null;
		if ( $post_id ) {
			$this->jobs->set_post( $job_id, $post_id );
		}
		// Only now is the result on this site: a status read reports applied together with its post.
		$this->jobs->finish( $job_id );

		/**
		 * Fires after an AI result was applied on this site.
		 *
		 * @since 0.1.0
		 *
		 * @param int    $post_id  Post id the result wrote (0 for planner results).
		 * @param string $job_id   Cloud job id.
		 * @param int    $task_id  Writer task id (0 when unknown).
		 * @param string $function AI function.
		 */
		do_action( 'igny8_result_applied', (int) $post_id, $job_id, $task ? $task_id : 0, $function );

		return array_merge( $outcome, $this->applied( $job_id, $task ? $task_id : null, $post_id ) );
	}

	/**
	 * Result of a successful first application.
	 *
	 * @param string   $job_id  Cloud job id.
	 * @param int|null $task_id Task id.
	 * @param int|null $post_id Post id.
	 * @return array<string, mixed>
	 */
	private function applied( string $job_id, ?int $task_id, ?int $post_id ): array {
		return array(
			'applied' => true,
			'job_id'  => $job_id,
			'task_id' => $task_id,
			'post_id' => $post_id,
		);
	}
}

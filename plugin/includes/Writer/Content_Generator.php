<?php
/**
 * Starts generate_content jobs for writer tasks.
 *
 * @package Igny8\Writer
 */

declare( strict_types=1 );

namespace Igny8\Writer;

use Igny8\Cloud\Connection;
use Igny8\Jobs\Job_Starter;
use Igny8\Storage\Jobs_Repository;
use Igny8\Storage\Tasks_Repository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Sends tasks to the cloud as AI jobs. Only enqueues: the article is written by the cloud and
 * arrives later as a delivery (or through the pull fallback).
 *
 * @since 0.1.0
 */
class Content_Generator {

	/**
	 * Cloud connection.
	 *
	 * @var Connection
	 */
	private Connection $connection;

	/**
	 * Tasks table.
	 *
	 * @var Tasks_Repository
	 */
	private Tasks_Repository $tasks;

	/**
	 * Jobs table.
	 *
	 * @var Jobs_Repository
	 */
	private Jobs_Repository $jobs;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Connection|null       $connection Cloud connection.
	 * @param Tasks_Repository|null $tasks      Tasks table.
	 * @param Jobs_Repository|null  $jobs       Jobs table.
	 */
	public function __construct( ?Connection $connection = null, ?Tasks_Repository $tasks = null, ?Jobs_Repository $jobs = null ) {
		$this->connection = $connection ?? new Connection();
		$this->tasks      = $tasks ?? new Tasks_Repository();
		$this->jobs       = $jobs ?? new Jobs_Repository();
	}

	/**
	 * Starts one job per task. A task whose job is still running (or waiting to be applied) is not sent again.
	 *
	 * The idempotency key is derived from the task and its attempt number, so a retried request
	 * (lost response, double click) reuses the cloud's job and is charged once.
	 *
	 * @since 0.1.0
	 *
	 * @param int[] $task_ids Task ids.
	 * @return array<int, array{task_id:int, job_id:string, status:string}>|WP_Error
	 */
	public function generate( array $task_ids ) {
		$tasks = array();
		foreach ( array_unique( array_map( 'intval', $task_ids ) ) as $task_id ) {
			$task = $this->tasks->find( $task_id );
			if ( null === $task ) {
				return new WP_Error(
					'igny8_task_not_found',
					/* translators: %d: task id */
					sprintf( __( 'Task %d does not exist.', 'igny8' ), $task_id ),
					array( 'status' => 404 )
				);
			}
			$tasks[] = $task;
		}

		$client = $this->connection->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}

		$started = array();
		foreach ( $tasks as $task ) {
			$running = $this->running_job( $task );
			if ( null !== $running ) {
				$started[] = array(
					'task_id' => (int) $task['id'],
					'job_id'  => (string) $running['job_id'],
					'status'  => (string) $running['status'],
				);
				continue;
			}

			$attempt = $this->jobs->count_for_task( (int) $task['id'] ) + 1;
			$job     = ( new Job_Starter( $this->connection, $this->jobs ) )->start(
				'generate_content',
				$this->input( $task ),
				array( 'task_id' => (int) $task['id'] ),
				sprintf( 'task:%d:%d', (int) $task['id'], $attempt )
			);
			if ( is_wp_error( $job ) ) {
				return $job;
			}
			$this->tasks->mark_in_progress( (int) $task['id'], $job['job_id'] );

			$started[] = array(
				'task_id' => (int) $task['id'],
				'job_id'  => $job['job_id'],
				'status'  => $job['status'],
			);
		}

		return $started;
	}

	/**
	 * The generate_content input of a task: its fields, outline, the site's template override and
	 * default author profile. Public so the credit estimate prices exactly what a run would send.
	 *
	 * @since 0.4.0
	 *
	 * @param array<string, mixed> $task Task.
	 * @return array<string, mixed>
	 */
	public function input( array $task ): array {
		$input = array(
			'task_id'      => (int) $task['id'],
			'title'        => (string) $task['title'],
			'brief'        => (string) $task['brief'],
			'keywords'     => $task['keywords'],
			'content_type' => (string) $task['content_type'],
			'language'     => get_locale(),
		);
		if ( ! empty( $task['outline'] ) ) {
			$input['outline'] = array_slice( (array) $task['outline'], 0, 40 );
		}
		$template = \Igny8\System\Prompts::template( 'generate_content' );
		if ( $template ) {
			$input['template'] = $template;
		}
		$settings = \Igny8\System\Settings::get();
		$profile  = '' !== $settings['default_author_profile'] ? \Igny8\System\Prompts::profile( (string) $settings['default_author_profile'] ) : null;
		if ( $profile ) {
			unset( $profile['id'] );
			$input['author_profile'] = $profile;
		}
		if ( '' !== $settings['language'] ) {
			$input['language'] = (string) $settings['language'];
		}
		return $input;
	}

	/**
	 * The task's current job while it is running or its result has not been applied yet
	 * (starting another would charge twice for one article).
	 *
	 * @param array<string, mixed> $task Task.
	 * @return array<string, mixed>|null
	 */
	private function running_job( array $task ): ?array {
		if ( 'in_progress' !== $task['status'] || empty( $task['job_id'] ) ) {
			return null;
		}
		$job = $this->jobs->find( (string) $task['job_id'] );
		if ( null === $job || null !== $job['applied_at'] || in_array( $job['status'], array( 'failed', 'cancelled' ), true ) ) {
			return null;
		}
		return $job;
	}
}

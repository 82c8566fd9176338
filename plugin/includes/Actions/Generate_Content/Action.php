<?php
/**
 * generate_content: write the article of a writer task.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Generate_Content;

use Igny8\Actions\AI_Action;
use Igny8\Actions\Ids_Arg;
use Igny8\Actions\Job_Plan;
use Igny8\Actions\Result_Handler;
use Igny8\Optimizer\Target_Length;
use Igny8\Security\Capabilities;
use Igny8\Security\Post_Access;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Jobs_Repository;
use Igny8\Storage\Strategies_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\System\Job_Contract;
use Igny8\System\Prompts;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * One job per task; the result becomes the task's draft (Result). A task whose job is still running
 * or waiting to be applied is not sent again, and the idempotency key is the task and its attempt
 * number, so a retried request (lost response, double click) is charged once.
 *
 * @since 0.6.0
 */
final class Action extends AI_Action {

	/**
	 * Most tasks one request writes.
	 *
	 * @since 0.1.0
	 */
	public const BATCH = 20;

	/**
	 * {@inheritDoc}
	 */
	public function name(): string {
		return 'generate_content';
	}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Articles', 'igny8' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::WRITE;
	}

	/**
	 * {@inheritDoc}
	 */
	public function args(): array {
		return array(
			'ids'         => Ids_Arg::schema( self::BATCH, __( 'Ids of the tasks to write.', 'igny8' ) ),
			'replace'     => array(
				'description'       => __( 'For a task already written: move its draft to the Trash once the new one is in, instead of keeping both.', 'igny8' ),
				'type'              => 'boolean',
				'default'           => false,
				'validate_callback' => 'rest_validate_request_arg',
			),
			'strategy_id' => array(
				'description' => __( 'Writing strategy for these articles; it becomes the tasks’ strategy. Without it each task uses its own, else the default.', 'igny8' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);
	}

	/**
	 * {@inheritDoc}
	 */
	public function existing( array $params ): int {
		$tasks = $this->tasks( $params );
		return is_wp_error( $tasks ) ? 0 : count( array_filter( $tasks, static fn ( array $task ): bool => 'completed' === $task['status'] && ! empty( $task['assigned_post_id'] ) ) );
	}

	/**
	 * {@inheritDoc}
	 */
	public function authorize( array $params ) {
		return Post_Access::posts_editable( Ids_Arg::task_posts( $params ) );
	}

	/**
	 * {@inheritDoc}
	 */
	public function plan( array $params ) {
		$tasks = $this->tasks( $params );
		if ( is_wp_error( $tasks ) ) {
			return $tasks;
		}
		$picked = empty( $params['strategy_id'] ) ? null : (int) $params['strategy_id'];
		$repo   = new Strategies_Repository();
		if ( null !== $picked && null === $repo->find( $picked ) ) {
			return new WP_Error( 'igny8_strategy_not_found', __( 'This strategy does not exist. Pick one from the list.', 'igny8' ), array( 'status' => 400 ) );
		}
		$jobs  = new Jobs_Repository();
		$plans = array();
		foreach ( $tasks as $task ) {
			if ( null !== $this->running_job( $task ) ) {
				continue;
			}
			$attempt = $jobs->count_for_task( (int) $task['id'] ) + 1;
			$input = self::input( $task, $repo->for_task( $task, $picked ) );
			// Replacing: the draft the task has now goes to the Trash when the new one arrives (Result).
			$context = ! empty( $params['replace'] ) && 'completed' === $task['status'] && ! empty( $task['assigned_post_id'] )
				? array( 'replace_post_id' => (int) $task['assigned_post_id'] )
				: array();
			if ( null !== $picked ) {
				$context['strategy_id'] = $picked;
			}
			$plans[] = Job_Plan::for_site( 'generate_content', $input, array( 'task_id' => (int) $task['id'] ), sprintf( 'task:%d:%d', (int) $task['id'], $attempt ), $context );
		}
		return $plans;
	}

	/**
	 * {@inheritDoc}
	 */
	public function under_way( array $params ): array {
		$tasks = $this->tasks( $params );
		if ( is_wp_error( $tasks ) ) {
			return array();
		}
		$running = array();
		foreach ( $tasks as $task ) {
			$job = $this->running_job( $task );
			if ( null !== $job ) {
				$running[] = array(
					'task_id' => (int) $task['id'],
					'job_id'  => (string) $job['job_id'],
					'status'  => (string) $job['status'],
				);
			}
		}
		return $running;
	}

	/**
	 * {@inheritDoc}
	 */
	public function started( Job_Plan $plan, array $job ): array {
		$task_id = (int) $plan->reference['task_id'];
		$tasks   = new Tasks_Repository();
		$tasks->mark_in_progress( $task_id, (string) $job['job_id'] );
		if ( ! empty( $plan->context['strategy_id'] ) ) {
			// The strategy picked for the run stays the task's, so its score and a re-run use the same choices.
			$tasks->update( $task_id, array( 'strategy_id' => (int) $plan->context['strategy_id'] ) );
		}
		return array(
			'task_id' => $task_id,
			'job_id'  => (string) $job['job_id'],
			'status'  => (string) $job['status'],
		);
	}

	/**
	 * {@inheritDoc}
	 */
	public function result(): ?Result_Handler {
		return new Result();
	}

	/**
	 * The generate_content input of a task: its fields, structure and outline, and the choices of its
	 * writing strategy (Site_Context adds the rest). Automation prices ideas with it before their tasks exist.
	 *
	 * @since 0.4.0
	 *
	 * @param array<string, mixed>      $task     Task.
	 * @param array<string, mixed>|null $strategy Its strategy; null resolves the task's own, else the default.
	 * @return array<string, mixed>
	 */
	public static function input( array $task, ?array $strategy = null ): array {
		$strategy = $strategy ?? ( new Strategies_Repository() )->for_task( $task );
		$input    = array(
			'title'        => (string) $task['title'],
			'brief'        => (string) $task['brief'],
			'keywords'     => $task['keywords'],
			'content_type' => (string) $task['content_type'],
		);
		// A task automation prices before creating it has no id yet.
		if ( ! empty( $task['id'] ) ) {
			$input = array( 'task_id' => (int) $task['id'] ) + $input;
		}
		if ( ! empty( $task['outline'] ) ) {
			$input['outline'] = array_slice( (array) $task['outline'], 0, 40 );
		}
		// The one target length the article, the stored score and the editor's score share.
		$cluster               = empty( $task['cluster_id'] ) ? null : ( new Clusters_Repository() )->find( (int) $task['cluster_id'] );
		$words                 = Job_Contract::article_words();
		$input['target_words'] = max( $words['min'], min( Target_Length::plan_target( $task, $cluster, $strategy ), $words['max'] ) );
		// The task's shape (how-to, listicle, …) becomes the model's instructions; an unknown one is left out.
		$structure = self::structure( $task, $strategy );
		if ( in_array( $structure, Job_Contract::content_structures(), true ) ) {
			$input['content_structure'] = $structure;
		}
		return null === $strategy ? $input : self::with_strategy( $input, $strategy );
	}

	/**
	 * The task's structure when it chose one; 'article' is the column's default, so the strategy's
	 * outline template (if it names one) applies to a task that never picked its shape.
	 *
	 * @param array<string, mixed>      $task     Task.
	 * @param array<string, mixed>|null $strategy Strategy.
	 */
	private static function structure( array $task, ?array $strategy ): string {
		$own = (string) ( $task['content_structure'] ?? '' );
		if ( ( '' === $own || 'article' === $own ) && ! empty( $strategy['content_structure'] ) ) {
			return (string) $strategy['content_structure'];
		}
		return $own;
	}

	/**
	 * Adds a strategy's profile, FAQ, key takeaways and link policy to the input. A profile the
	 * strategy names is set here, so Site_Context's site default no longer applies to it.
	 *
	 * @param array<string, mixed> $input    Input.
	 * @param array<string, mixed> $strategy Strategy.
	 * @return array<string, mixed>
	 */
	private static function with_strategy( array $input, array $strategy ): array {
		$profile = '' !== (string) $strategy['author_profile'] ? Prompts::profile( (string) $strategy['author_profile'] ) : null;
		if ( $profile ) {
			unset( $profile['id'] );
			$input['author_profile'] = $profile;
		}
		$input['faq']            = (bool) $strategy['faq'];
		$input['takeaways']      = (bool) $strategy['takeaways'];
		$input['internal_links'] = (string) $strategy['link_policy'];
		return $input;
	}

	/**
	 * The tasks of the parameters, or a 404 naming the first missing one.
	 *
	 * @param array<string, mixed> $params Parameters.
	 * @return array<int, array<string, mixed>>|WP_Error
	 */
	private function tasks( array $params ) {
		$repo  = new Tasks_Repository();
		$tasks = array();
		foreach ( array_slice( Ids_Arg::of( $params ), 0, self::BATCH ) as $task_id ) {
			$task = $repo->find( $task_id );
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
		return $tasks;
	}

	/**
	 * The task's current job while it is running or its result has not been applied yet.
	 *
	 * @param array<string, mixed> $task Task.
	 * @return array<string, mixed>|null
	 */
	private function running_job( array $task ): ?array {
		if ( 'in_progress' !== $task['status'] || empty( $task['job_id'] ) ) {
			return null;
		}
		$job = ( new Jobs_Repository() )->find( (string) $task['job_id'] );
		if ( null === $job || null !== $job['applied_at'] || in_array( $job['status'], array( 'failed', 'cancelled' ), true ) ) {
			return null;
		}
		return $job;
	}
}

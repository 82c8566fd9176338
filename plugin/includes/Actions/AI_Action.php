<?php
/**
 * What every AI action declares.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * One AI action of the site, in one folder with the handler of its result (after WordPress/ai's
 * ability classes: schema, permission and execution together). The REST routes, the estimate,
 * WP-CLI and automation read actions from Registry and never build job inputs themselves.
 *
 * An action plans (pure: reads the site's tables, never calls the cloud), so the estimate prices
 * exactly what a run would send; run() starts what plan() returns through Job_Starter.
 *
 * @since 0.6.0
 */
abstract class AI_Action {

	/**
	 * The AI function of the jobs this action starts (the Worker's registry name).
	 *
	 * @since 0.6.0
	 *
	 * @return string
	 */
	abstract public function name(): string;

	/**
	 * The action's name for people (credits, prompts screen, WP-CLI help).
	 *
	 * @since 0.6.0
	 *
	 * @return string
	 */
	abstract public function label(): string;

	/**
	 * The capability a user needs (that of the screen the action is on).
	 *
	 * @since 0.6.0
	 *
	 * @return string
	 */
	abstract public function capability(): string;

	/**
	 * REST args schema of the action's parameters, used by its route and by WP-CLI.
	 *
	 * @since 0.6.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	abstract public function args(): array;

	/**
	 * The jobs the parameters call for.
	 *
	 * @since 0.6.0
	 *
	 * @param array<string, mixed> $params Validated parameters (see args()).
	 * @return Job_Plan[]|Lazy_Plans|WP_Error A list, or for a large run plans made as they are reached.
	 */
	abstract public function plan( array $params );

	/**
	 * The handler of this function's results, or null when another action's handler applies them.
	 *
	 * @since 0.6.0
	 *
	 * @return Result_Handler|null
	 */
	abstract public function result(): ?Result_Handler;

	/**
	 * Whether the site offers the action now (a shop's actions need WooCommerce).
	 *
	 * @since 0.9.0
	 *
	 * @return bool
	 */
	public function available(): bool {
		return true;
	}

	/**
	 * Checks on the objects the parameters name, for the current user (edit_post on each post).
	 *
	 * @since 0.6.0
	 *
	 * @param array<string, mixed> $params Parameters.
	 * @return true|WP_Error
	 */
	public function authorize( array $params ) {
		unset( $params );
		return true;
	}

	/**
	 * How many of the selected items already have what this action makes (clusters with ideas,
	 * tasks with a draft), so the estimate can warn before a run adds and charges again.
	 *
	 * @since 0.8.0
	 *
	 * @param array<string, mixed> $params Parameters.
	 * @return int
	 */
	public function existing( array $params ): int {
		unset( $params );
		return 0;
	}

	/**
	 * Jobs a result of this plan will start by itself, so an estimate can price them up front.
	 *
	 * @since 0.6.0
	 *
	 * @param Job_Plan $plan Plan.
	 * @return Job_Plan[]
	 */
	public function follow_ups( Job_Plan $plan ): array {
		unset( $plan );
		return array();
	}

	/**
	 * What the response says of one started job; actions mark their rows here (a task in progress).
	 *
	 * @since 0.6.0
	 *
	 * @param Job_Plan             $plan Plan.
	 * @param array<string, mixed> $job  {job_id, function, status}.
	 * @return array<string, mixed>
	 */
	public function started( Job_Plan $plan, array $job ): array {
		unset( $plan );
		return $job;
	}

	/**
	 * Starts the planned jobs. Stops at the first refusal (credits, connection) and returns it.
	 *
	 * @since 0.6.0
	 *
	 * @param array<string, mixed> $params  Parameters.
	 * @param Job_Starter|null     $starter Job starter.
	 * @return array<int, array<string, mixed>>|WP_Error One entry per job.
	 */
	final public function run( array $params, ?Job_Starter $starter = null ) {
		$run = $this->run_partly( $params, $starter );
		if ( is_wp_error( $run ) ) {
			return $run;
		}
		return $run['stopped'] ?? $run['jobs'];
	}

	/**
	 * Starts the planned jobs and says how far it got: a refusal part-way (the credits ran out at
	 * the 13th of 20 tasks) keeps the jobs that started and names the selection that did not, so a
	 * screen can say both and offer to retry the rest. Rows not started keep their status.
	 *
	 * @since 0.8.0
	 *
	 * @param array<string, mixed> $params  Parameters.
	 * @param Job_Starter|null     $starter Job starter.
	 * @return array{jobs: array<int, array<string, mixed>>, started: int, started_ids: int[], not_started: int[], stopped: WP_Error|null}|WP_Error
	 *         A WP_Error when nothing could be planned, or every plan counted emptied before it was reached.
	 */
	final public function run_partly( array $params, ?Job_Starter $starter = null ) {
		$plans = $this->plan( $params );
		if ( is_wp_error( $plans ) ) {
			return $plans;
		}
		$starter     = $starter ?? new Job_Starter();
		$jobs        = $this->under_way( $params );
		$started     = 0;
		$stopped     = null;
		$not_started = array();
		$started_ids = array();
		$reached     = 0;
		foreach ( $plans as $plan ) {
			++$reached;
			if ( null !== $stopped ) {
				$not_started = array_merge( $not_started, self::selection_ids( $plan ) );
				continue;
			}
			$job = $starter->start_plan( $plan );
			if ( is_wp_error( $job ) ) {
				$stopped     = $job;
				$not_started = array_merge( $not_started, self::selection_ids( $plan ) );
				continue;
			}
			$jobs[] = $this->started( $plan, $job );
			++$started;
			$started_ids = array_merge( $started_ids, self::selection_ids( $plan ) );
		}
		// Plans made as the run reaches them (Lazy_Plans) may all have emptied since they were
		// counted: another run did the work. Say so, rather than "started" with no job to follow.
		if ( 0 === $reached && count( $plans ) > 0 && array() === $jobs ) {
			return new WP_Error(
				'igny8_nothing_to_do',
				__( 'Nothing was started: the work was done meanwhile, by another run or another editor. Reload the list to see it.', 'igny8' ),
				array( 'status' => 409 )
			);
		}
		return array(
			'jobs'        => $jobs,
			'started'     => $started,
			// Rows, not jobs: one clustering job covers up to 2,000 keywords.
			'started_ids' => array_values( array_unique( $started_ids ) ),
			'not_started' => array_values( array_unique( $not_started ) ),
			'stopped'     => $stopped,
		);
	}

	/**
	 * The ids of the selection a plan covers, in the terms of the action's `ids` (a task, a post,
	 * clusters or keywords), so "retry the ones not started" can send them back as they are.
	 *
	 * @param Job_Plan $plan Plan.
	 * @return int[]
	 */
	private static function selection_ids( Job_Plan $plan ): array {
		$reference = $plan->reference;
		foreach ( array( 'task_id', 'post_id' ) as $key ) {
			if ( isset( $reference[ $key ] ) ) {
				return array( (int) $reference[ $key ] );
			}
		}
		foreach ( array( 'cluster_ids', 'keyword_ids' ) as $key ) {
			if ( isset( $reference[ $key ] ) ) {
				return array_map( 'intval', (array) $reference[ $key ] );
			}
		}
		return array();
	}

	/**
	 * Jobs already working on part of the selection, which plan() left out (paying twice for one
	 * article is never what a second click means).
	 *
	 * @since 0.6.0
	 *
	 * @param array<string, mixed> $params Parameters.
	 * @return array<int, array<string, mixed>>
	 */
	public function under_way( array $params ): array {
		unset( $params );
		return array();
	}
}

<?php
/**
 * The REST route of an AI action.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Actions\AI_Action;
use Igny8\Actions\Registry;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Registers POST igny8/v1/<path> for one action of the Registry: its args schema, its capability,
 * its per-post checks, then run(). Controllers keep their seed paths and call this instead of
 * building the job themselves.
 *
 * @since 0.6.0
 */
final class Action_Route {

	/**
	 * Answer with the one job the action starts ({job_id, function, status}).
	 *
	 * @since 0.6.0
	 */
	public const ONE_JOB = 'job';

	/**
	 * Answer with {jobs: [...]}.
	 *
	 * @since 0.6.0
	 */
	public const JOBS = 'jobs';

	/**
	 * Registers the route.
	 *
	 * @since 0.6.0
	 *
	 * @param string   $path     Route under igny8/v1, e.g. /planner/keywords/auto_cluster.
	 * @param string   $name     Action (function) name in the Registry.
	 * @param string   $shape    ONE_JOB or JOBS.
	 * @param string[] $required Optional args of the action this route requires (its one use of the action).
	 */
	public static function register( string $path, string $name, string $shape = self::JOBS, array $required = array() ): void {
		$action = Registry::get( $name );
		if ( null === $action ) {
			return;
		}
		$args = $action->args();
		foreach ( array_intersect( $required, array_keys( $args ) ) as $arg ) {
			$args[ $arg ]['required'] = true;
			unset( $args[ $arg ]['default'] );
		}
		register_rest_route(
			Controller::REST_NAMESPACE,
			$path,
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => static fn ( WP_REST_Request $request ) => self::run( $action, $request, $shape ),
					'permission_callback' => static fn () => Controller::check_capability( $action->capability() ),
					'args'                => $args,
				),
			)
		);
	}

	/**
	 * Runs the action: 202 with the started jobs.
	 *
	 * @param AI_Action       $action  Action.
	 * @param WP_REST_Request $request Request.
	 * @param string          $shape   Answer shape.
	 * @return WP_REST_Response|WP_Error
	 */
	private static function run( AI_Action $action, WP_REST_Request $request, string $shape ) {
		$params = array_intersect_key( $request->get_params(), $action->args() );
		$allow  = $action->authorize( $params );
		if ( is_wp_error( $allow ) ) {
			return $allow;
		}
		$run = $action->run_partly( $params );
		if ( is_wp_error( $run ) ) {
			return $run;
		}
		// Refused before anything started: the refusal itself (402, 409, …), as before.
		if ( null !== $run['stopped'] && 0 === $run['started'] ) {
			return $run['stopped'];
		}
		$jobs = $run['jobs'];
		// A one-job route keeps the seed's {job_id} answer; a run that needed more jobs lists them all too.
		$one    = ( $jobs[0] ?? array() ) + ( count( $jobs ) > 1 ? array( 'jobs' => $jobs ) : array() );
		$answer = self::ONE_JOB === $shape ? $one : array( 'jobs' => $jobs );
		if ( null !== $run['stopped'] ) {
			$answer += self::partial( count( $run['started_ids'] ), $run['not_started'], $run['stopped'] );
		}
		$response = new WP_REST_Response( $answer );
		$response->set_status( 202 );
		return $response;
	}

	/**
	 * What a run refused part-way adds to its answer: the ids it did not start (their rows keep
	 * their status) and why, with the refusal's HTTP status (402: out of credits).
	 *
	 * @param int      $started     Rows of the selection started (a run over "all" has no ids to count).
	 * @param int[]    $not_started Ids of the selection not started.
	 * @param WP_Error $stopped     The refusal.
	 * @return array<string, mixed>
	 */
	private static function partial( int $started, array $not_started, WP_Error $stopped ): array {
		$data = (array) $stopped->get_error_data();
		return array(
			'started'     => $started,
			'not_started' => $not_started,
			'stopped'     => array(
				'code'    => (string) $stopped->get_error_code(),
				'message' => $stopped->get_error_message(),
				'status'  => (int) ( $data['status'] ?? 500 ),
			),
		);
	}
}

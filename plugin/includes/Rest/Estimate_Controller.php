<?php
/**
 * Credit estimate of a pipeline action.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Actions\AI_Action;
use Igny8\Actions\Auto_Cluster\Action as Auto_Cluster;
use Igny8\Actions\Registry;
use Igny8\Cloud\Estimate;
use Igny8\Security\Capabilities;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * POST jobs/estimate {action, ids} → {credits, balance, enough, jobs, billing}: what the screens show before an
 * action runs. The jobs are planned by the very action that would run (Registry), with the jobs its
 * results start by themselves, and priced by the cloud; nothing is started.
 *
 * @since 0.3.0
 */
class Estimate_Controller extends Controller {

	/**
	 * Route.
	 *
	 * @since 0.3.0
	 */
	public const ROUTE = '/jobs/estimate';

	/**
	 * Names the screens use for an action whose first job is another function's: the Writer's
	 * "Generate images" starts with the image prompts.
	 *
	 * @since 0.6.0
	 */
	private const ALIASES = array( 'generate_images' => 'generate_image_prompts' );

	/**
	 * Creating tasks from ideas needs no AI: free, priced here so the screens can ask uniformly.
	 *
	 * @since 0.6.0
	 */
	private const FREE = 'create_tasks';

	/**
	 * Every action the route prices.
	 *
	 * @since 0.3.0
	 *
	 * @return string[]
	 */
	public static function actions(): array {
		return array_values( array_unique( array_merge( array_keys( Registry::all() ), array_keys( self::ALIASES ), array( self::FREE ) ) ) );
	}

	/**
	 * Registers the route.
	 *
	 * @since 0.3.0
	 */
	public function register_routes(): void {
		// POST /igny8/v1/jobs/estimate — {action, ids, ideas_per_cluster?, all?, sector_id?, strategy_id?}: credits the action
		// would reserve, the balance and how many jobs it starts.
		$this->add_route(
			self::ROUTE,
			WP_REST_Server::CREATABLE,
			'estimate',
			'can_run',
			array(
				'action'            => array(
					'description'       => __( 'The pipeline action.', 'igny8' ),
					'type'              => 'string',
					'required'          => true,
					'enum'              => self::actions(),
					'sanitize_callback' => 'sanitize_key',
					'validate_callback' => 'rest_validate_request_arg',
				),
				// Empty only with `all` (checked in estimate()).
				'ids'               => array_merge(
					$this->ids_arg( Auto_Cluster::BATCH ),
					array(
						'required' => false,
						'minItems' => 0,
						'default'  => array(),
					)
				),
				'all'               => array(
					'description'       => __( 'Instead of ids: every unclustered keyword (auto_cluster), every product without a description (generate_product_description).', 'igny8' ),
					'type'              => 'boolean',
					'validate_callback' => 'rest_validate_request_arg',
				),
				'sector_id'         => array(
					'description'       => __( 'auto_cluster: the sector to cluster (with all).', 'igny8' ),
					'type'              => 'integer',
					'minimum'           => 1,
					'validate_callback' => 'rest_validate_request_arg',
				),
				'strategy_id'       => array(
					'description'       => __( 'generate_content: the writing strategy picked for the run.', 'igny8' ),
					'type'              => 'integer',
					'minimum'           => 1,
					'validate_callback' => 'rest_validate_request_arg',
				),
				'ideas_per_cluster' => array(
					'description'       => __( 'Ideas per cluster (generate_ideas); the site’s setting when not given.', 'igny8' ),
					'type'              => 'integer',
					'minimum'           => 1,
					'maximum'           => 10,
					'validate_callback' => 'rest_validate_request_arg',
				),
			)
		);
	}

	/**
	 * Permission: the capability of the action.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function can_run( WP_REST_Request $request ) {
		$action = self::action( (string) $request['action'] );
		return $this->require_capability( $action ? $action->capability() : Capabilities::WRITE );
	}

	/**
	 * POST: the estimate.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function estimate( WP_REST_Request $request ) {
		$action = self::action( (string) $request['action'] );
		if ( ! $request['ids'] && ! $request['all'] ) {
			return new WP_Error( 'igny8_nothing_selected', __( 'Select at least one item to price.', 'igny8' ), array( 'status' => 400 ) );
		}
		$params = array_filter(
			array(
				'ids'               => array_map( 'intval', (array) $request['ids'] ),
				'ideas_per_cluster' => $request['ideas_per_cluster'],
				'all'               => $request['all'],
				'sector_id'         => $request['sector_id'],
				'strategy_id'       => $request['strategy_id'],
			),
			static fn ( $value ): bool => null !== $value
		);
		// create_tasks (no action) needs no AI: nothing to price, only the balance to show.
		$plans = null === $action ? array() : $action->plan( $params );
		if ( is_wp_error( $plans ) ) {
			return $plans;
		}
		$calls = null === $action ? array() : self::calls( $action, $plans );
		$priced = ( new Estimate() )->for_calls( $calls );
		if ( is_wp_error( $priced ) && ! $calls ) {
			// Nothing to price: the action needs no cloud, so neither does its estimate.
			return new WP_REST_Response(
				array(
					'credits'  => 0,
					'balance'  => null,
					'enough'   => true,
					'jobs'     => 0,
					'billing'  => 'credits',
					'existing' => 0,
				)
			);
		}
		if ( is_wp_error( $priced ) ) {
			return $priced;
		}
		return new WP_REST_Response(
			array(
				'credits'  => $priced['credits'],
				'balance'  => $priced['balance'],
				'enough'   => $priced['credits'] <= $priced['balance'],
				// How many jobs the action starts (a "cluster all" run is many; their results' jobs not counted).
				'jobs'     => count( $plans ),
				// own_key: the site pays its provider for the model and IGNY8 a flat platform fee per job.
				'billing'  => $priced['billing'],
				// Selected items that already have a result (clusters with ideas, tasks with a draft): the
				// screens warn and offer to replace rather than add and charge again.
				'existing' => null === $action ? 0 : $action->existing( $params ),
			)
		);
	}

	/**
	 * The registered action a name (or alias) means; null for the free one.
	 *
	 * @param string $name Action name.
	 * @return AI_Action|null
	 */
	private static function action( string $name ): ?AI_Action {
		return self::FREE === $name ? null : Registry::get( self::ALIASES[ $name ] ?? $name );
	}

	/**
	 * The jobs the plans would create, and those their results would start, with their inputs.
	 *
	 * @param AI_Action      $action Action.
	 * @param iterable<int, \Igny8\Actions\Job_Plan> $plans  The action's plans.
	 * @return array<int, array{function: string, input: array<string, mixed>}>
	 */
	private static function calls( AI_Action $action, iterable $plans ): array {
		$calls = array();
		foreach ( $plans as $plan ) {
			foreach ( array_merge( array( $plan ), $action->follow_ups( $plan ) ) as $job ) {
				$calls[] = array(
					'function' => $job->function,
					'input'    => $job->input,
				);
			}
		}
		return $calls;
	}
}

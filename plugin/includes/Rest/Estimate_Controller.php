<?php
/**
 * Credit estimate of a pipeline action.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Cloud\Estimate;
use Igny8\Jobs\Job_Starter;
use Igny8\Jobs\Pipeline;
use Igny8\Security\Capabilities;
use Igny8\Storage\Tasks_Repository;
use Igny8\Writer\Content_Generator;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * POST jobs/estimate {action, ids} → {credits, balance, enough}: what the screens show before an
 * action runs. The job inputs are built by the very code the action runs (Pipeline and
 * Content_Generator) with a starter that records instead of starting, then priced by the cloud.
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
	 * Actions run from the Planner (igny8_plan); the others from the Writer (igny8_write).
	 *
	 * @since 0.3.0
	 */
	public const PLANNER_ACTIONS = array( 'auto_cluster', 'generate_ideas' );

	/**
	 * Every action the route prices.
	 *
	 * @since 0.3.0
	 */
	public const ACTIONS = array( 'auto_cluster', 'generate_ideas', 'create_tasks', 'generate_content', 'generate_images', 'optimize_content' );

	/**
	 * In-article images generate_image_prompts asks for when its input does not say (the Worker's
	 * max_in_article default); with the featured image, what the follow-up generate_images job can hold.
	 *
	 * @since 0.3.0
	 */
	public const DEFAULT_IN_ARTICLE_IMAGES = 3;

	/**
	 * Registers the route.
	 *
	 * @since 0.3.0
	 */
	public function register_routes(): void {
		// POST /igny8/v1/jobs/estimate — {action, ids, ideas_per_cluster?}: credits the action would reserve, the balance.
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
					'enum'              => self::ACTIONS,
					'sanitize_callback' => 'sanitize_key',
					'validate_callback' => 'rest_validate_request_arg',
				),
				'ids'               => $this->ids_arg( Pipeline::CLUSTER_BATCH ),
				'ideas_per_cluster' => array(
					'description'       => __( 'Ideas per cluster (generate_ideas).', 'igny8' ),
					'type'              => 'integer',
					'minimum'           => 1,
					'maximum'           => 10,
					'default'           => 3,
					'validate_callback' => 'rest_validate_request_arg',
				),
			)
		);
	}

	/**
	 * Permission: the capability of the screen the action belongs to.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function can_run( WP_REST_Request $request ) {
		return in_array( (string) $request['action'], self::PLANNER_ACTIONS, true )
			? $this->require_capability( Capabilities::PLAN )
			: $this->require_capability( Capabilities::WRITE );
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
		$calls = $this->calls( (string) $request['action'], array_map( 'intval', (array) $request['ids'] ), (int) $request['ideas_per_cluster'] );
		if ( is_wp_error( $calls ) ) {
			return $calls;
		}
		$priced = ( new Estimate() )->for_calls( $calls );
		if ( is_wp_error( $priced ) && ! $calls ) {
			// Nothing to price (create_tasks): the action needs no cloud, so neither does its estimate.
			return new WP_REST_Response(
				array(
					'credits' => 0,
					'balance' => null,
					'enough'  => true,
				)
			);
		}
		if ( is_wp_error( $priced ) ) {
			return $priced;
		}
		return new WP_REST_Response(
			array(
				'credits' => $priced['credits'],
				'balance' => $priced['balance'],
				'enough'  => $priced['credits'] <= $priced['balance'],
			)
		);
	}

	/**
	 * The jobs the action would create, with their inputs.
	 *
	 * @param string $action            Action.
	 * @param int[]  $ids               Ids.
	 * @param int    $ideas_per_cluster Ideas per cluster.
	 * @return array<int, array{function: string, input: array<string, mixed>}>|WP_Error
	 */
	private function calls( string $action, array $ids, int $ideas_per_cluster ) {
		if ( 'create_tasks' === $action ) {
			return array(); // No AI: tasks are rows, free.
		}
		if ( 'generate_content' === $action ) {
			return $this->content_calls( $ids );
		}
		$recorder = self::recorder();
		$pipeline = new Pipeline( $recorder );
		switch ( $action ) {
			case 'auto_cluster':
				$result = $pipeline->auto_cluster( $ids );
				break;
			case 'generate_ideas':
				$result = $pipeline->generate_ideas( $ids, $ideas_per_cluster );
				break;
			case 'generate_images':
				$result = $pipeline->generate_images( $ids );
				break;
			default:
				$result = array();
				foreach ( $ids as $post_id ) {
					$result = $pipeline->optimize( $post_id );
					if ( is_wp_error( $result ) ) {
						break;
					}
				}
		}
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$calls = $recorder->calls;
		if ( 'generate_images' === $action ) {
			// Each prompts job is followed by a generate_images job of up to 1 + max_in_article images.
			foreach ( $recorder->calls as $call ) {
				$calls[] = array(
					'function' => 'generate_images',
					'input'    => self::images_input( 1 + (int) ( $call['input']['max_in_article'] ?? self::DEFAULT_IN_ARTICLE_IMAGES ) ),
				);
			}
		}
		return $calls;
	}

	/**
	 * generate_content inputs, one per task, built by Content_Generator itself.
	 *
	 * @param int[] $ids Task ids.
	 * @return array<int, array{function: string, input: array<string, mixed>}>|WP_Error
	 */
	private function content_calls( array $ids ) {
		$tasks = new Tasks_Repository();
		// Content_Generator::input() is the one place the input is built.
		$generator = new Content_Generator();
		$calls     = array();
		foreach ( array_slice( $ids, 0, Tasks_Controller::GENERATE_LIMIT ) as $task_id ) {
			$task = $tasks->find( $task_id );
			if ( null === $task ) {
				return $this->not_found( 'task' );
			}
			$calls[] = array(
				'function' => 'generate_content',
				'input'    => $generator->input( $task ),
			);
		}
		return $calls;
	}

	/**
	 * A generate_images input of n placeholder images, to price the follow-up job.
	 *
	 * @param int $count Images.
	 * @return array<string, mixed>
	 */
	private static function images_input( int $count ): array {
		$images = array();
		for ( $i = 0; $i < max( 1, min( 8, $count ) ); $i++ ) {
			$images[] = array(
				'prompt'   => 'estimate',
				'role'     => 0 === $i ? 'featured' : 'in_article',
				'position' => $i,
			);
		}
		return array( 'images' => $images );
	}

	/**
	 * A Job_Starter that records the jobs it is asked to start and starts none.
	 *
	 * @return Job_Starter&object{calls: array<int, array{function: string, input: array<string, mixed>}>}
	 */
	private static function recorder(): Job_Starter {
		return new class() extends Job_Starter {
			/**
			 * Recorded jobs.
			 *
			 * @var array<int, array{function: string, input: array<string, mixed>}>
			 */
			public array $calls = array();

			/**
			 * Records the job.
			 *
			 * @param string               $function  AI function.
			 * @param array<string, mixed> $input     Input.
			 * @param array<string, mixed> $reference Reference.
			 * @param string               $key       Idempotency key part.
			 * @param array<string, mixed> $context   Context.
			 * @return array<string, mixed>
			 */
			public function start( string $function, array $input, array $reference, string $key, array $context = array() ) {
				$this->calls[] = array(
					'function' => $function,
					'input'    => $input,
				);
				return array(
					'job_id'   => 'estimate-' . count( $this->calls ),
					'function' => $function,
					'status'   => 'estimate',
				);
			}
		};
	}
}

<?php
/**
 * The abilities backed by one of the plugin's REST routes: a job, a price, the balance, lists, and
 * the free writes an agent needs between AI actions (add a keyword, ideas → tasks).
 *
 * @package Igny8\Abilities
 */

declare( strict_types=1 );

namespace Igny8\Abilities;

use Igny8\Security\Capabilities;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Each runs the plugin's own REST route inside the request (rest_do_request), so the answer, its
 * errors and the route's permission check are exactly those the screens get.
 *
 * @since 0.7.0
 */
final class Route_Abilities {

	/**
	 * The abilities, by name within the category.
	 *
	 * @since 0.7.0
	 *
	 * @return array<string, array{label: string, description: string, capability: string, input: array<string, mixed>, method: string, route: string, readonly?: bool}>
	 */
	public static function all(): array {
		$ids = array(
			'type'     => 'array',
			'maxItems' => 500,
			'items'    => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
		);
		return array(
			'get-job'       => array(
				'label'       => __( 'Get a job', 'igny8' ),
				'description' => __( 'The status, progress and (once applied here) the result links of one IGNY8 job.', 'igny8' ),
				'capability'  => Capabilities::WRITE,
				'input'       => array(
					'type'                 => 'object',
					'properties'           => array(
						'job_id' => array(
							'type'    => 'string',
							'pattern' => '^[A-Za-z0-9_-]{1,64}$',
						),
					),
					'required'             => array( 'job_id' ),
					'additionalProperties' => false,
				),
				'method'      => 'GET',
				'route'       => '/igny8/v1/jobs/{job_id}',
			),
			'estimate'      => array(
				'label'       => __( 'Estimate a price', 'igny8' ),
				'description' => __( 'The credits an action would reserve for a selection (or for all unclustered keywords), the balance, and how many jobs it would start. Reserves nothing.', 'igny8' ),
				'capability'  => Capabilities::PLAN,
				'input'       => array(
					'type'                 => 'object',
					'properties'           => array(
						'action'            => array(
							'description' => __( 'The action to price: auto_cluster, generate_ideas, create_tasks, generate_content, generate_images, optimize_content or generate_excerpt.', 'igny8' ),
							'type'        => 'string',
							'pattern'     => '^[a-z_]{1,64}$',
						),
						'ids'               => $ids,
						'all'               => array( 'type' => 'boolean' ),
						'sector_id'         => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
						'ideas_per_cluster' => array(
							'type'    => 'integer',
							'minimum' => 1,
							'maximum' => 10,
						),
					),
					'required'             => array( 'action' ),
					'additionalProperties' => false,
				),
				'method'      => 'POST',
				'route'       => '/igny8/v1/jobs/estimate',
			),
			'get-balance'   => array(
				'label'       => __( 'Get the balance', 'igny8' ),
				'description' => __( 'The IGNY8 account’s credits now, and whether they are running low.', 'igny8' ),
				'capability'  => Capabilities::WRITE,
				'input'       => array(
					'type'                 => 'object',
					'properties'           => array(),
					'additionalProperties' => false,
					'default'              => array(),
				),
				'method'      => 'GET',
				'route'       => '/igny8/v1/billing/balance',
			),
			'list-keywords' => array(
				'label'       => __( 'List keywords', 'igny8' ),
				'description' => __( 'A page of the site’s keywords, searchable and filterable by cluster (0: unclustered), sector and status.', 'igny8' ),
				'capability'  => Capabilities::PLAN,
				'input'       => array(
					'type'                 => 'object',
					'properties'           => array(
						'search'     => array(
							'type'      => 'string',
							'maxLength' => 200,
						),
						'cluster_id' => array(
							'type'    => 'integer',
							'minimum' => 0,
						),
						'sector_id'  => array(
							'type'    => 'integer',
							'minimum' => 0,
						),
						'status'     => array( 'type' => 'string' ),
						'page'       => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
						'per_page'   => array(
							'type'    => 'integer',
							'minimum' => 1,
							'maximum' => 100,
						),
					),
					'additionalProperties' => false,
					'default'              => array(),
				),
				'method'      => 'GET',
				'route'       => '/igny8/v1/planner/keywords',
			),
			'list-clusters' => array(
				'label'       => __( 'List clusters', 'igny8' ),
				'description' => __( 'A page of the site’s topic clusters, searchable.', 'igny8' ),
				'capability'  => Capabilities::PLAN,
				'input'       => self::page_input(),
				'method'      => 'GET',
				'route'       => '/igny8/v1/planner/clusters',
			),
			'list-ideas'    => array(
				'label'       => __( 'List ideas', 'igny8' ),
				'description' => __( 'A page of the site’s content ideas, searchable.', 'igny8' ),
				'capability'  => Capabilities::PLAN,
				'input'       => self::page_input(),
				'method'      => 'GET',
				'route'       => '/igny8/v1/planner/ideas',
			),
			'add-keyword'   => array(
				'label'       => __( 'Add a keyword', 'igny8' ),
				'description' => __( 'Adds one keyword to the Planner (a duplicate is refused with the existing one named).', 'igny8' ),
				'capability'  => Capabilities::PLAN,
				'readonly'    => false,
				'input'       => array(
					'type'                 => 'object',
					'properties'           => array(
						'keyword'       => array(
							'type'      => 'string',
							'minLength' => 1,
							'maxLength' => 255,
						),
						'search_volume' => array(
							'type'    => 'integer',
							'minimum' => 0,
						),
						'intent'        => array( 'type' => 'string' ),
						'sector_id'     => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
					),
					'required'             => array( 'keyword' ),
					'additionalProperties' => false,
				),
				'method'      => 'POST',
				'route'       => '/igny8/v1/planner/keywords',
			),
			'create-tasks'  => array(
				'label'       => __( 'Create tasks from ideas', 'igny8' ),
				'description' => __( 'One Writer task per idea (an idea that has one keeps it); free.', 'igny8' ),
				'capability'  => Capabilities::WRITE,
				'readonly'    => false,
				'input'       => array(
					'type'                 => 'object',
					'properties'           => array( 'ids' => $ids ),
					'required'             => array( 'ids' ),
					'additionalProperties' => false,
				),
				'method'      => 'POST',
				'route'       => '/igny8/v1/planner/ideas/create_tasks',
			),
		);
	}

	/**
	 * The input of a list: a search and a page.
	 *
	 * @return array<string, mixed>
	 */
	private static function page_input(): array {
		return array(
			'type'                 => 'object',
			'properties'           => array(
				'search'   => array(
					'type'      => 'string',
					'maxLength' => 200,
				),
				'page'     => array(
					'type'    => 'integer',
					'minimum' => 1,
				),
				'per_page' => array(
					'type'    => 'integer',
					'minimum' => 1,
					'maximum' => 100,
				),
			),
			'additionalProperties' => false,
			'default'              => array(),
		);
	}

	/**
	 * Runs one read through its REST route.
	 *
	 * @since 0.7.0
	 *
	 * @param string               $name  Ability name within the category.
	 * @param array<string, mixed> $input Validated input.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function run( string $name, array $input ) {
		$read = self::all()[ $name ] ?? null;
		if ( null === $read ) {
			return new WP_Error( 'igny8_unknown_ability', __( 'Unknown IGNY8 ability.', 'igny8' ), array( 'status' => 404 ) );
		}
		$route = $read['route'];
		if ( str_contains( $route, '{job_id}' ) ) {
			$route = str_replace( '{job_id}', rawurlencode( (string) ( $input['job_id'] ?? '' ) ), $route );
			unset( $input['job_id'] );
		}
		$request = new WP_REST_Request( $read['method'], $route );
		if ( 'GET' === $read['method'] ) {
			$request->set_query_params( $input );
		} else {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( (object) $input ) );
		}
		$response = rest_do_request( $request );
		if ( $response->is_error() ) {
			return $response->as_error();
		}
		$data = $response->get_data();
		// A list answers with its rows; the totals travel in headers, which abilities do not have.
		if ( array_is_list( (array) $data ) ) {
			$headers = $response->get_headers();
			return array(
				'items' => $data,
				'total' => (int) ( $headers['X-WP-Total'] ?? count( (array) $data ) ),
			);
		}
		return (array) $data;
	}
}

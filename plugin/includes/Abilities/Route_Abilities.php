<?php
/**
 * The abilities backed by the plugin's REST routes: a job, a price, the balance (Job_Abilities),
 * keywords, clusters, ideas and tasks (Planner_Abilities), a post's score and links (Post_Abilities).
 *
 * @package Igny8\Abilities
 */

declare( strict_types=1 );

namespace Igny8\Abilities;

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
	 * @return array<string, array<string, mixed>> Each: label, description, capability, input and
	 *         output schemas, readonly/idempotent flags, and either method + route (with optional
	 *         request/answer reshaping) or a run callable.
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
		return Job_Abilities::all( $ids ) + Planner_Abilities::all( $ids ) + Post_Abilities::all();
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
		if ( isset( $read['run'] ) ) {
			return call_user_func( $read['run'], $input );
		}
		$route = $read['route'];
		if ( str_contains( $route, '{job_id}' ) ) {
			$route = str_replace( '{job_id}', rawurlencode( (string) ( $input['job_id'] ?? '' ) ), $route );
			unset( $input['job_id'] );
		}
		if ( isset( $read['request'] ) ) {
			$input = ( $read['request'] )( $input );
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
		if ( isset( $read['answer'] ) ) {
			return ( $read['answer'] )( (array) $data );
		}
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

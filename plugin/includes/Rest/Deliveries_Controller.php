<?php
/**
 * Result deliveries pushed by the cloud.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Actions\Result_Applier;
use Igny8\Sync\Job_Wire;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Receives finished AI jobs from the cloud and turns them into drafts.
 *
 * @since 0.1.0
 */
class Deliveries_Controller extends Controller {

	use Signed_Request;

	/**
	 * Route of the delivery endpoint.
	 *
	 * @since 0.1.0
	 */
	public const ROUTE = '/deliveries';

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		// POST /igny8/v1/deliveries — a finished job, serialised as the cloud's job API answers it (Sync\Job_Wire reads it).
		// Public on purpose: the caller is the cloud, which has no WordPress user or cookie. Authentication is the
		// permission callback itself: an HMAC signature over method, route, time and raw body with the site's webhook
		// secret, at most five minutes old and accepted once. Anything else gets a 401 before the callback runs.
		register_rest_route(
			$this->namespace,
			self::ROUTE,
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'receive' ),
					'permission_callback' => array( $this, 'verify_signature' ),
				),
			)
		);
	}

	/**
	 * POST: apply a delivery. A repeated job id answers 200 with applied=false and changes nothing.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function receive( WP_REST_Request $request ) {
		$job = Job_Wire::outcome( json_decode( $request->get_body(), true ) );
		if ( is_wp_error( $job ) ) {
			return $job;
		}
		$header_job = (string) $request->get_header( 'x_igny8_job_id' );
		if ( '' !== $header_job && $header_job !== $job['job_id'] ) {
			return new WP_Error( 'igny8_invalid_delivery', __( 'The delivery names two different jobs.', 'igny8' ), array( 'status' => 400 ) );
		}

		$result = ( new Result_Applier() )->apply( $job );
		return is_wp_error( $result ) ? $result : new WP_REST_Response( $result );
	}
}

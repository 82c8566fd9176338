<?php
/**
 * The Dashboard's pipeline at a glance.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Admin\Pipeline_Report;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * GET system/dashboard: how many items each pipeline stage holds (keywords → clusters → ideas →
 * tasks → drafts → published), the credits left and the latest jobs. Counts are plain COUNT(*)
 * reads (primary key / indexed status), so 100k keywords cost one index scan, not a page load.
 *
 * @since 0.3.0
 */
class Dashboard_Controller extends Controller {

	/**
	 * Route.
	 *
	 * @since 0.3.0
	 */
	public const ROUTE = '/system/dashboard';

	/**
	 * Registers the route.
	 *
	 * @since 0.3.0
	 */
	public function register_routes(): void {
		// GET /igny8/v1/system/dashboard — {stages:{keywords, clusters, ideas, tasks, drafts, published}, credits, credits_error, recent_jobs[]}.
		$this->add_route( self::ROUTE, WP_REST_Server::READABLE, 'get_item', 'can_write' );
	}

	/**
	 * GET: the dashboard.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_item( $request ) {
		$data = array_merge(
			array(
				'stages'      => Pipeline_Report::stages(),
				'recent_jobs' => Pipeline_Report::recent_jobs(),
			),
			self::credits()
		);
		return new WP_REST_Response( $data );
	}

	/**
	 * Credits left from the cloud's balance (GET billing/balance, with its cache); null and the
	 * reason when the cloud cannot say.
	 *
	 * @since 0.3.0
	 *
	 * @return array{credits: int|null, credits_error: array{code: string, message: string}|null}
	 */
	public static function credits(): array {
		$response = rest_do_request( new WP_REST_Request( 'GET', '/' . self::REST_NAMESPACE . '/billing/balance' ) );
		$data     = $response->get_data();
		if ( $response->is_error() || ! is_array( $data ) || ! isset( $data['credits'] ) ) {
			$error = $response->as_error();
			return array(
				'credits'       => null,
				'credits_error' => array(
					'code'    => $error ? (string) $error->get_error_code() : 'igny8_cloud_error',
					'message' => $error ? $error->get_error_message() : __( 'The credit balance is unavailable.', 'igny8' ),
				),
			);
		}
		return array(
			'credits'       => (int) $data['credits'],
			'credits_error' => null,
		);
	}
}

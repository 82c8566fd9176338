<?php
/**
 * Billing module: the credit balance.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Cloud\Connection;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * GET billing/balance proxies the cloud's balance and keeps it for CACHE_SECONDS, so screens that
 * show it on every page do not each call the cloud. The ledger itself lives only in the cloud.
 *
 * @since 0.2.0
 */
class Billing_Controller extends Controller {

	/**
	 * Seconds a balance is reused.
	 *
	 * @since 0.2.0
	 */
	public const CACHE_SECONDS = 30;

	/**
	 * Transient holding the balance.
	 *
	 * @since 0.2.0
	 */
	public const TRANSIENT = 'igny8_balance';

	/**
	 * Registers the routes.
	 *
	 * @since 0.2.0
	 */
	public function register_routes(): void {
		// GET /igny8/v1/billing/balance — {credits, low_balance_threshold, low_balance}.
		register_rest_route(
			$this->namespace,
			'/billing/balance',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_balance' ),
					'permission_callback' => array( $this, 'can_write' ),
					'args'                => array( 'refresh' => array( 'type' => 'boolean', 'default' => false ) ),
				),
			)
		);
	}

	/**
	 * GET balance.
	 *
	 * @since 0.2.0
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function get_balance( $request ) {
		$cached = get_transient( self::TRANSIENT );
		if ( is_array( $cached ) && ! $request['refresh'] ) {
			return new WP_REST_Response( $cached );
		}
		$client = ( new Connection() )->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$balance = $client->get_balance();
		if ( is_wp_error( $balance ) ) {
			return $balance;
		}
		$balance = array(
			'credits'               => (int) ( $balance['credits'] ?? 0 ),
			'low_balance_threshold' => (int) ( $balance['low_balance_threshold'] ?? 0 ),
			'low_balance'           => (bool) ( $balance['low_balance'] ?? false ),
		);
		set_transient( self::TRANSIENT, $balance, self::CACHE_SECONDS );
		return new WP_REST_Response( $balance );
	}
}

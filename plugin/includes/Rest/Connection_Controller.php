<?php
/**
 * System module: the connection to the IGNY8 cloud.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Cloud\Connection;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Routes behind the Settings screen. Administrators only; the API key goes in, never out.
 *
 * @since 0.1.0
 */
class Connection_Controller extends Controller {

	/**
	 * Route of the connection resource.
	 *
	 * @since 0.1.0
	 */
	public const ROUTE = '/system/connection';

	/**
	 * Route that re-tests the stored connection.
	 *
	 * @since 0.1.0
	 */
	public const TEST_ROUTE = '/system/connection/test';

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		// GET    /igny8/v1/system/connection — status from stored state, no network call.
		// POST   /igny8/v1/system/connection — connect with {cloud_url, api_key}; calls the cloud's test-connection.
		// DELETE /igny8/v1/system/connection — forget the key, webhook secret and site.
		register_rest_route(
			$this->namespace,
			self::ROUTE,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_status' ),
					'permission_callback' => array( $this, 'can_manage' ),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'connect' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => array(
						'cloud_url' => array(
							'description'       => __( 'Base URL of the IGNY8 cloud, e.g. http://127.0.0.1:8787.', 'igny8' ),
							'type'              => 'string',
							'format'            => 'uri',
							'required'          => true,
							'sanitize_callback' => static fn ( $value ): string => untrailingslashit( esc_url_raw( trim( (string) $value ) ) ),
							'validate_callback' => array( self::class, 'validate_cloud_url' ),
						),
						'api_key'   => array(
							'description'       => __( 'Site API key from the IGNY8 portal.', 'igny8' ),
							'type'              => 'string',
							'required'          => true,
							'minLength'         => 8,
							'maxLength'         => 200,
							'pattern'           => '^\S+$',
							'sanitize_callback' => static fn ( $value ): string => trim( (string) $value ),
							'validate_callback' => array( self::class, 'validate_api_key' ),
						),
					),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'disconnect' ),
					'permission_callback' => array( $this, 'can_manage' ),
				),
			)
		);

		// POST /igny8/v1/system/connection/test — re-test the stored key, refresh names, balance and webhook secret.
		register_rest_route(
			$this->namespace,
			self::TEST_ROUTE,
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'test' ),
					'permission_callback' => array( $this, 'can_manage' ),
				),
			)
		);
	}

	/**
	 * GET: current status.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_REST_Response
	 */
	public function get_status(): WP_REST_Response {
		return new WP_REST_Response( ( new Connection() )->status() );
	}

	/**
	 * POST: connect.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function connect( WP_REST_Request $request ) {
		$status = ( new Connection() )->connect( (string) $request['cloud_url'], (string) $request['api_key'] );
		return is_wp_error( $status ) ? $status : new WP_REST_Response( $status );
	}

	/**
	 * POST test: re-test the stored connection.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public function test() {
		$status = ( new Connection() )->test();
		return is_wp_error( $status ) ? $status : new WP_REST_Response( $status );
	}

	/**
	 * DELETE: disconnect.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_REST_Response
	 */
	public function disconnect(): WP_REST_Response {
		return new WP_REST_Response( ( new Connection() )->disconnect() );
	}

	/**
	 * Accepts absolute http(s) URLs only.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed           $value   Value.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Parameter name.
	 * @return true|WP_Error
	 */
	public static function validate_cloud_url( $value, WP_REST_Request $request, string $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true !== $valid ) {
			return $valid;
		}
		$scheme = wp_parse_url( (string) $value, PHP_URL_SCHEME );
		$host   = wp_parse_url( (string) $value, PHP_URL_HOST );
		if ( ! in_array( $scheme, array( 'http', 'https' ), true ) || empty( $host ) ) {
			return new WP_Error(
				'rest_invalid_param',
				__( 'The Cloud URL must start with http:// or https://, e.g. http://127.0.0.1:8787.', 'igny8' ),
				array( 'status' => 400 )
			);
		}
		return true;
	}

	/**
	 * Accepts a key of plausible length without whitespace.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed           $value   Value.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Parameter name.
	 * @return true|WP_Error
	 */
	public static function validate_api_key( $value, WP_REST_Request $request, string $param ) {
		$valid = rest_validate_request_arg( is_string( $value ) ? trim( $value ) : $value, $request, $param );
		if ( true !== $valid ) {
			return new WP_Error(
				'rest_invalid_param',
				__( 'The site API key looks incomplete. Copy it again from the IGNY8 portal.', 'igny8' ),
				array( 'status' => 400 )
			);
		}
		return true;
	}
}

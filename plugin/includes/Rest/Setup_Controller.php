<?php
/**
 * System module: the Setup wizard's state and its one-click connect.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Cloud\Authorization;
use Igny8\Cloud\Connection;
use Igny8\Setup\Setup_State;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Routes behind the Setup screen, for those who manage the connection (like Settings → Connection).
 * The key never passes through the browser: the portal hands the browser a one-time code, and PHP
 * trades it for the key.
 *
 * @since 0.8.0
 */
class Setup_Controller extends Controller {

	/**
	 * Route of the wizard's state.
	 *
	 * @since 0.8.0
	 */
	public const ROUTE = '/setup';

	/**
	 * Registers the routes.
	 *
	 * @since 0.8.0
	 */
	public function register_routes(): void {
		// GET /igny8/v1/setup — every step's status, whether setup is complete, and the connection.
		$this->add_route( self::ROUTE, WP_REST_Server::READABLE, 'get_state', 'can_manage' );

		// POST /igny8/v1/setup/steps/{step} — {status: done|skipped|pending}; skipping or finishing a step.
		$this->add_route(
			self::ROUTE . '/steps/(?P<step>[a-z_]+)',
			WP_REST_Server::CREATABLE,
			'update_step',
			'can_manage',
			array(
				'step'   => array(
					'description' => __( 'The wizard step.', 'igny8' ),
					'type'        => 'string',
					'enum'        => Setup_State::STEPS,
					'required'    => true,
				),
				'status' => array(
					'description' => __( 'The step’s new status.', 'igny8' ),
					'type'        => 'string',
					'enum'        => Setup_State::STATUSES,
					'required'    => true,
				),
			)
		);

		// POST /igny8/v1/setup/connect — {cloud_url}: the portal's authorise URL for this user (state + PKCE kept here).
		$this->add_route(
			self::ROUTE . '/connect',
			WP_REST_Server::CREATABLE,
			'start_connect',
			'can_manage',
			array(
				'cloud_url' => array(
					'description'       => __( 'Base URL of the IGNY8 cloud, e.g. http://127.0.0.1:8787.', 'igny8' ),
					'type'              => 'string',
					'format'            => 'uri',
					'required'          => true,
					'sanitize_callback' => static fn ( $value ): string => untrailingslashit( esc_url_raw( trim( (string) $value ) ) ),
					'validate_callback' => array( Connection_Controller::class, 'validate_cloud_url' ),
				),
			)
		);

		// POST /igny8/v1/setup/connect/callback — {state, code} or {state, error} from the portal's redirect.
		$this->add_route(
			self::ROUTE . '/connect/callback',
			WP_REST_Server::CREATABLE,
			'finish_connect',
			'can_manage',
			array(
				'state' => array(
					'description' => __( 'The state the connect started with.', 'igny8' ),
					'type'        => 'string',
					'required'    => true,
					'pattern'     => '^[A-Za-z0-9]{16,200}$',
				),
				'code'  => array(
					'description' => __( 'One-time code from the IGNY8 portal.', 'igny8' ),
					'type'        => 'string',
					'pattern'     => '^[A-Za-z0-9_-]{20,200}$',
				),
				'error' => array(
					'description' => __( 'Why the portal returned without a code, e.g. access_denied.', 'igny8' ),
					'type'        => 'string',
					'pattern'     => '^[a-z_]{1,64}$',
				),
			)
		);
	}

	/**
	 * GET: the wizard's state.
	 *
	 * @since 0.8.0
	 *
	 * @return WP_REST_Response
	 */
	public function get_state(): WP_REST_Response {
		return new WP_REST_Response( Setup_State::summary() );
	}

	/**
	 * POST step: records a step's status.
	 *
	 * @since 0.8.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_step( WP_REST_Request $request ) {
		$step   = (string) $request['step'];
		$status = (string) $request['status'];
		if ( 'connect' === $step && 'done' === $status && ! ( new Connection() )->is_connected() ) {
			return new WP_Error(
				'igny8_setup_not_connected',
				__( 'The site is not connected yet, so this step cannot be marked done. Connect it, or skip the step.', 'igny8' ),
				array( 'status' => 409 )
			);
		}
		Setup_State::mark( $step, $status );
		return new WP_REST_Response( Setup_State::summary() );
	}

	/**
	 * POST connect: the authorise URL to send the browser to.
	 *
	 * @since 0.8.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function start_connect( WP_REST_Request $request ) {
		$url = ( new Authorization() )->start( get_current_user_id(), (string) $request['cloud_url'], Setup_State::PAGE_SLUG );
		return is_wp_error( $url ) ? $url : new WP_REST_Response( array( 'authorize_url' => $url ) );
	}

	/**
	 * POST callback: trades the code for the key and connects; or records that the portal was cancelled.
	 *
	 * @since 0.8.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error The wizard's state once connected.
	 */
	public function finish_connect( WP_REST_Request $request ) {
		$authorization = new Authorization();
		$state         = (string) $request['state'];
		$code          = (string) ( $request['code'] ?? '' );
		if ( '' === $code ) {
			$authorization->cancel( get_current_user_id(), $state );
			return new WP_Error(
				'igny8_connect_denied',
				'access_denied' === $request['error']
					? __( 'The connection was cancelled in the IGNY8 portal. Select “Connect to IGNY8” to try again, or paste a site API key instead.', 'igny8' )
					: __( 'The IGNY8 portal returned without connecting the site. Select “Connect to IGNY8” to try again, or paste a site API key instead.', 'igny8' ),
				array( 'status' => 400 )
			);
		}
		$status = $authorization->complete( get_current_user_id(), $state, $code );
		if ( is_wp_error( $status ) ) {
			return $status;
		}
		Setup_State::mark( 'connect', 'done' );
		return new WP_REST_Response( Setup_State::summary() );
	}
}

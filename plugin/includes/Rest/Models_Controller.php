<?php
/**
 * Settings → AI models: what the cloud lets this site choose.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Actions\Registry;
use Igny8\Cloud\Connection;
use WP_Error;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * GET system/models: for each AI action, the model the cloud runs by default and the ones the site
 * may choose instead. The cloud refuses a job with any other model, so the screen offers only these.
 * While the cloud cannot be asked, the last list it gave is served with the reason.
 *
 * @since 0.7.0
 */
class Models_Controller extends Controller {

	/**
	 * The list changes only when the operator redeploys; a short cache keeps the screen quick.
	 */
	private const TRANSIENT     = 'igny8_ai_models';
	private const CACHE_SECONDS = 600;

	/**
	 * The last list the cloud gave, so the screen still offers it while the cloud is unreachable.
	 */
	public const LAST_KNOWN = 'igny8_ai_models_last';

	/**
	 * Registers the route.
	 *
	 * @since 0.7.0
	 */
	public function register_routes(): void {
		// GET /igny8/v1/system/models — {functions: {<action>: {default, allowed[]}}, stale: null|reason}.
		$this->add_route( '/system/models', WP_REST_Server::READABLE, 'get_models', 'can_write' );
	}

	/**
	 * GET models: the AI actions of this plugin, each with the cloud's default and allowed models.
	 *
	 * @since 0.7.0
	 *
	 * @return WP_REST_Response
	 */
	public function get_models(): WP_REST_Response {
		$catalog = get_transient( self::TRANSIENT );
		$stale   = null;
		if ( ! is_array( $catalog ) ) {
			$fetched = $this->fetch();
			if ( is_wp_error( $fetched ) ) {
				// Not an error status: the screen explains it, and a new site has nothing to list yet.
				$catalog = (array) get_option( self::LAST_KNOWN, array() );
				$stale   = $fetched->get_error_message();
			} else {
				$catalog = $fetched;
				set_transient( self::TRANSIENT, $catalog, self::CACHE_SECONDS );
				update_option( self::LAST_KNOWN, $catalog, false );
			}
		}
		$functions = array();
		foreach ( Registry::functions() as $name ) {
			if ( isset( $catalog[ $name ] ) ) {
				$functions[ $name ] = $catalog[ $name ];
			}
		}
		// stale: why the cloud could not be asked (the list is the last one it gave, or empty).
		return new WP_REST_Response(
			array(
				'functions' => $functions,
				'stale'     => $stale,
			)
		);
	}

	/**
	 * Forgets the cached list: the models a site may choose change when it switches provider.
	 *
	 * @since 0.7.0
	 */
	public static function forget(): void {
		delete_transient( self::TRANSIENT );
		delete_option( self::LAST_KNOWN );
	}

	/**
	 * The cloud's list.
	 *
	 * @return array<string, array{default: string, allowed: string[]}>|WP_Error
	 */
	private function fetch() {
		$client = ( new Connection() )->client();
		return is_wp_error( $client ) ? $client : $client->models();
	}
}

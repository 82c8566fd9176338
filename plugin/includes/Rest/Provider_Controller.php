<?php
/**
 * Settings → AI provider: IGNY8 credits, or this site's own OpenAI-compatible provider key.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Cloud\Provider;
use Igny8\System\Connector_Keys;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Proxies the site's provider to the cloud, which checks the key with the provider, seals it and
 * never returns it. The key is write-only here too: it is passed on in the request that saves it and
 * never stored in WordPress. Administrators only (igny8_manage).
 *
 * @since 0.7.0
 */
class Provider_Controller extends Controller {

	/**
	 * Route of the provider resource.
	 *
	 * @since 0.7.0
	 */
	public const ROUTE = '/system/provider';

	/**
	 * A model id as the cloud accepts it.
	 *
	 * @since 0.7.0
	 */
	public const MODEL_PATTERN = '^[A-Za-z0-9._:/-]{1,100}$';

	/**
	 * Registers the routes.
	 *
	 * @since 0.7.0
	 */
	public function register_routes(): void {
		// GET    /igny8/v1/system/provider — {mode, base_url, models, key_last4, platform_fee, connectors[]}.
		// PUT    /igny8/v1/system/provider — {base_url, api_key | connector, models[]}: checked and saved by the cloud.
		// DELETE /igny8/v1/system/provider — back to IGNY8 credits; the cloud deletes the key.
		register_rest_route(
			$this->namespace,
			self::ROUTE,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_provider' ),
					'permission_callback' => array( $this, 'can_manage' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'save_provider' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => $this->save_args(),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_provider' ),
					'permission_callback' => array( $this, 'can_manage' ),
				),
			)
		);
	}

	/**
	 * GET: how the site pays for its model, and the Connectors keys it could use instead of typing one.
	 *
	 * @since 0.7.0
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_provider() {
		$provider = ( new Provider() )->get();
		if ( is_wp_error( $provider ) ) {
			return $provider;
		}
		return new WP_REST_Response( $this->shape( $provider ) );
	}

	/**
	 * PUT: switch to (or update) the site's own provider.
	 *
	 * @since 0.7.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function save_provider( WP_REST_Request $request ) {
		$base_url  = (string) $request['base_url'];
		$api_key   = (string) $request['api_key'];
		$connector = (string) $request['connector'];
		if ( '' !== $connector ) {
			$credential = ( new Connector_Keys() )->credential( $connector );
			if ( null === $credential ) {
				return new WP_Error(
					'igny8_connector_unavailable',
					__( 'That connector has no key in Settings → Connectors any more. Enter the key here instead.', 'igny8' ),
					array(
						'status' => 400,
						'errors' => array( 'connector' => array( __( 'No key is set for this connector.', 'igny8' ) ) ),
					)
				);
			}
			$base_url = $credential['base_url'];
			$api_key  = $credential['api_key'];
		}
		if ( '' === $api_key || '' === $base_url ) {
			return new WP_Error(
				'rest_missing_callback_param',
				__( 'Enter the provider’s base URL and key, or use a key from Settings → Connectors.', 'igny8' ),
				array(
					'status' => 400,
					'errors' => array( '' === $api_key ? 'api_key' : 'base_url' => array( __( 'This field is required.', 'igny8' ) ) ),
				)
			);
		}
		$saved = ( new Provider() )->save( $base_url, $api_key, (array) $request['models'] );
		if ( is_wp_error( $saved ) ) {
			return $saved;
		}
		Models_Controller::forget();
		return new WP_REST_Response( $this->shape( $saved ) );
	}

	/**
	 * DELETE: back to IGNY8 credits.
	 *
	 * @since 0.7.0
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_provider() {
		$deleted = ( new Provider() )->delete();
		if ( is_wp_error( $deleted ) ) {
			return $deleted;
		}
		Models_Controller::forget();
		return new WP_REST_Response( $this->shape( $deleted ) );
	}

	/**
	 * The cloud's answer as the screen reads it (only known fields, never a key), with the Connectors offer.
	 *
	 * @param array<string, mixed> $provider The cloud's provider view.
	 * @return array<string, mixed>
	 */
	private function shape( array $provider ): array {
		$own = 'own_key' === ( $provider['mode'] ?? '' );
		return array(
			'mode'         => $own ? 'own_key' : 'credits',
			'base_url'     => $own ? (string) ( $provider['base_url'] ?? '' ) : '',
			'models'       => $own ? array_values( array_map( 'strval', (array) ( $provider['models'] ?? array() ) ) ) : array(),
			'key_last4'    => $own ? (string) ( $provider['key_last4'] ?? '' ) : '',
			// Credits IGNY8 charges per job on an own key (the cloud's one rule).
			'platform_fee' => (int) ( $provider['platform_fee'] ?? 0 ),
			'connectors'   => ( new Connector_Keys() )->available(),
		);
	}

	/**
	 * Arguments of PUT: the cloud's own rules, so the form can say what is wrong before asking it.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function save_args(): array {
		return array(
			'base_url'  => array(
				'description'       => __( 'Base URL of an OpenAI-compatible API, e.g. https://api.openai.com/v1.', 'igny8' ),
				'type'              => 'string',
				'maxLength'         => 500,
				'default'           => '',
				'sanitize_callback' => static fn ( $value ): string => untrailingslashit( esc_url_raw( trim( (string) $value ), array( 'http', 'https' ) ) ),
				'validate_callback' => array( self::class, 'validate_base_url' ),
			),
			'api_key'   => array(
				'description'       => __( 'The provider’s API key; sent to the IGNY8 cloud once and never shown again.', 'igny8' ),
				'type'              => 'string',
				'maxLength'         => 500,
				'pattern'           => '^(|[\x21-\x7e]{8,})$',
				'default'           => '',
				'sanitize_callback' => static fn ( $value ): string => trim( (string) $value ),
			),
			'connector' => array(
				'description' => __( 'Use the key of this Settings → Connectors connector instead of typing one.', 'igny8' ),
				'type'        => 'string',
				'pattern'     => '^(|[a-z0-9_-]{1,64})$',
				'default'     => '',
			),
			'models'    => array(
				'description' => __( 'Models this site’s jobs may use; the first is the default.', 'igny8' ),
				'type'        => 'array',
				'required'    => true,
				'minItems'    => 1,
				'maxItems'    => 20,
				'uniqueItems' => true,
				'items'       => array(
					'type'    => 'string',
					'pattern' => self::MODEL_PATTERN,
				),
			),
		);
	}

	/**
	 * Accepts an empty value (a connector names the URL) or an absolute http(s) URL.
	 *
	 * @since 0.7.0
	 *
	 * @param mixed           $value   Value.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Parameter name.
	 * @return true|WP_Error
	 */
	public static function validate_base_url( $value, WP_REST_Request $request, string $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true !== $valid || '' === trim( (string) $value ) ) {
			return $valid;
		}
		$scheme = wp_parse_url( trim( (string) $value ), PHP_URL_SCHEME );
		$host   = wp_parse_url( trim( (string) $value ), PHP_URL_HOST );
		if ( ! in_array( $scheme, array( 'http', 'https' ), true ) || empty( $host ) ) {
			return new WP_Error( 'rest_invalid_param', __( 'The base URL must start with https://, e.g. https://api.openai.com/v1.', 'igny8' ), array( 'status' => 400 ) );
		}
		return true;
	}
}

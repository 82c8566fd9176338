<?php
/**
 * System module: prompts, author profiles, settings.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Actions\Registry;
use Igny8\System\Prompts;
use Igny8\System\Settings;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Writers read prompts, author profiles and settings; only igny8_manage (administrators) may change
 * them: they are site-wide and steer every article anyone generates.
 *
 * @since 0.2.0
 */
class System_Controller extends Controller {

	/**
	 * Registers the routes.
	 *
	 * @since 0.2.0
	 */
	public function register_routes(): void {
		$text       = static fn ( int $max ): array => array(
			'type'              => 'string',
			'maxLength'         => $max,
			'validate_callback' => 'rest_validate_request_arg',
		);
		$function   = array(
			'function' => array(
				'type'              => 'string',
				'enum'              => Registry::prompt_functions(),
				'required'          => true,
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
		$profile    = array(
			'name'          => array_merge( $text( 100 ), array( 'minLength' => 1 ) ),
			'tone'          => $text( 200 ),
			'audience'      => $text( 200 ),
			'point_of_view' => $text( 50 ),
			'banned_words'  => array(
				'type'              => 'array',
				'items'             => array(
					'type'      => 'string',
					'maxLength' => 100,
				),
				'maxItems'          => 200,
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
		$profile_id = array(
			'id' => array(
				'type'              => 'string',
				'pattern'           => '^[a-z0-9_-]{1,64}$',
				'required'          => true,
				'validate_callback' => 'rest_validate_request_arg',
			),
		);

		// GET /igny8/v1/system/prompts — the site's template overrides, keyed by function.
		$this->add_route( '/system/prompts', WP_REST_Server::READABLE, 'get_prompts', 'can_write' );
		// PUT/DELETE /igny8/v1/system/prompts/{function} — set or reset one override.
		register_rest_route(
			$this->namespace,
			'/system/prompts/(?P<function>[a-z_]+)',
			array(
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'save_prompt' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => array_merge(
						$function,
						array(
							'system'       => $text( 20000 ),
							'instructions' => $text( 20000 ),
							'version'      => $text( 50 ),
						)
					),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'reset_prompt' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => $function,
				),
			)
		);
		// GET/POST /igny8/v1/system/author-profiles — list and create.
		register_rest_route(
			$this->namespace,
			'/system/author-profiles',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_profiles' ),
					'permission_callback' => array( $this, 'can_write' ),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'save_profile' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => array_merge( $profile, array( 'name' => array_merge( $profile['name'], array( 'required' => true ) ) ) ),
				),
			)
		);
		// PUT/DELETE /igny8/v1/system/author-profiles/{id}.
		register_rest_route(
			$this->namespace,
			'/system/author-profiles/(?P<id>[a-z0-9_-]{1,64})',
			array(
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'save_profile' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => array_merge( $profile, $profile_id ),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_profile' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => $profile_id,
				),
			)
		);
		// GET/PUT /igny8/v1/system/settings — AI settings (igny8_settings; schema shared with /wp/v2/settings).
		$settings = array();
		foreach ( Settings::schema()['properties'] as $name => $schema ) {
			$settings[ $name ] = array_merge( $schema, array( 'validate_callback' => 'rest_validate_request_arg' ) );
		}
		register_rest_route(
			$this->namespace,
			'/system/settings',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_settings' ),
					'permission_callback' => array( $this, 'can_write' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'save_settings' ),
					'permission_callback' => array( $this, 'can_manage' ),
					'args'                => $settings,
				),
			)
		);
	}

	/**
	 * GET prompts.
	 *
	 * @since 0.2.0
	 *
	 * @return WP_REST_Response
	 */
	public function get_prompts(): WP_REST_Response {
		return new WP_REST_Response(
			array(
				'functions' => Registry::prompt_functions(),
				'overrides' => (object) Prompts::all(),
			)
		);
	}

	/**
	 * PUT prompt.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function save_prompt( WP_REST_Request $request ): WP_REST_Response {
		Prompts::save(
			(string) $request['function'],
			array_filter(
				array(
					'system'       => $request['system'],
					'instructions' => $request['instructions'],
					'version'      => $request['version'],
				),
				'is_string'
			)
		);
		return $this->get_prompts();
	}

	/**
	 * DELETE prompt.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function reset_prompt( WP_REST_Request $request ): WP_REST_Response {
		Prompts::save( (string) $request['function'], null );
		return $this->get_prompts();
	}

	/**
	 * GET author profiles.
	 *
	 * @since 0.2.0
	 *
	 * @return WP_REST_Response
	 */
	public function get_profiles(): WP_REST_Response {
		$profiles = Prompts::profiles();
		$response = new WP_REST_Response( $profiles );
		$response->header( 'X-WP-Total', (string) count( $profiles ) );
		$response->header( 'X-WP-TotalPages', '1' );
		return $response;
	}

	/**
	 * POST/PUT author profile.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function save_profile( WP_REST_Request $request ) {
		$id = (string) ( $request['id'] ?? '' );
		if ( '' !== $id && null === Prompts::profile( $id ) ) {
			return $this->not_found( 'author profile' );
		}
		$fields = '' !== $id ? (array) Prompts::profile( $id ) : array();
		foreach ( array( 'name', 'tone', 'audience', 'point_of_view', 'banned_words' ) as $name ) {
			if ( null !== $request[ $name ] ) {
				$fields[ $name ] = $request[ $name ];
			}
		}
		$saved = Prompts::save_profile( $fields );
		return '' === $id ? $this->created( $saved ) : new WP_REST_Response( $saved );
	}

	/**
	 * DELETE author profile.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function delete_profile( WP_REST_Request $request ) {
		return Prompts::delete_profile( (string) $request['id'] ) ? new WP_REST_Response( array( 'deleted' => true ) ) : $this->not_found( 'author profile' );
	}

	/**
	 * GET settings.
	 *
	 * @since 0.2.0
	 *
	 * @return WP_REST_Response
	 */
	public function get_settings(): WP_REST_Response {
		return new WP_REST_Response( Settings::get() );
	}

	/**
	 * PUT settings (only the fields sent change).
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function save_settings( WP_REST_Request $request ): WP_REST_Response {
		$changes = array_intersect_key( (array) $request->get_json_params(), Settings::defaults() );
		update_option( Settings::OPTION, Settings::sanitize( array_merge( Settings::get(), $changes ) ) );
		return $this->get_settings();
	}
}

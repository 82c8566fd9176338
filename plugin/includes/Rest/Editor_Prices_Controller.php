<?php
/**
 * The price of a block editor action.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Editor\Editor_Prices;
use Igny8\Security\Post_Access;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * POST editor/price {post_id, scope, chars?} → {credits, balance, billing, confirm_above}: what the
 * sidebar shows on each AI button before it is pressed. Nothing is started or reserved.
 *
 * @since 0.8.0
 */
final class Editor_Prices_Controller extends Controller {

	/**
	 * Registers the route.
	 *
	 * @since 0.8.0
	 */
	public function register_routes(): void {
		// POST /igny8/v1/editor/price — {post_id, scope, chars?}: the credits the action would reserve.
		register_rest_route(
			$this->namespace,
			'/editor/price',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'price' ),
				'permission_callback' => array( $this, 'can_write' ),
				'args'                => Editor_Args::post_id() + array(
					'scope' => array(
						'description'       => __( 'The editor action to price.', 'igny8' ),
						'type'              => 'string',
						'enum'              => Editor_Prices::scopes(),
						'required'          => true,
						'validate_callback' => 'rest_validate_request_arg',
					),
					'chars' => array(
						'description'       => __( 'Rewrite: how many characters are selected.', 'igny8' ),
						'type'              => 'integer',
						'minimum'           => 0,
						'maximum'           => 20000,
						'default'           => 0,
						'validate_callback' => 'rest_validate_request_arg',
					),
				),
			)
		);
	}

	/**
	 * POST: the price.
	 *
	 * @since 0.8.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_Error
	 */
	public function price( WP_REST_Request $request ) {
		$post = Post_Access::editable( (int) $request['post_id'] );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		return ( new Editor_Prices() )->price( $post->ID, (string) $request['scope'], (int) $request['chars'] );
	}
}

<?php
/**
 * The restore route of a collection whose deletes can be undone.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Trash;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * POST {collection}/restore — {tokens}: puts back what the deletes that returned these undo tokens
 * removed, with the original ids. One route per collection, so each keeps its own capability and a
 * token can only restore rows of the collection it came from.
 *
 * @since 0.4.0
 */
final class Undo_Route {

	/**
	 * Most tokens one request may name (a bulk delete returns one per request).
	 *
	 * @since 0.4.0
	 */
	public const MAX_TOKENS = 200;

	/**
	 * Registers POST {route}/restore.
	 *
	 * @since 0.4.0
	 *
	 * @param string   $route      Collection route, e.g. /planner/keywords.
	 * @param string   $kind       A Trash::kinds() key, e.g. keywords.
	 * @param callable $permission The collection's permission callback.
	 */
	public static function register( string $route, string $kind, callable $permission ): void {
		register_rest_route(
			Controller::REST_NAMESPACE,
			$route . '/restore',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => static fn ( WP_REST_Request $request ) => self::restore( $kind, (array) $request['tokens'] ),
					'permission_callback' => $permission,
					'args'                => array(
						'tokens' => array(
							'description'       => __( 'Undo tokens returned by the deletes.', 'igny8' ),
							'type'              => 'array',
							'required'          => true,
							'minItems'          => 1,
							'maxItems'          => self::MAX_TOKENS,
							'items'             => array(
								'type'    => 'string',
								'pattern' => '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$',
							),
							'validate_callback' => 'rest_validate_request_arg',
						),
					),
				),
			)
		);
	}

	/**
	 * Restores every token; refuses only when nothing could be restored.
	 *
	 * @since 0.4.0
	 *
	 * @param string   $kind   Collection.
	 * @param string[] $tokens Undo tokens.
	 * @return WP_REST_Response|WP_Error {restored, skipped: [{id, label}], expired}
	 */
	public static function restore( string $kind, array $tokens ) {
		$trash    = new Trash();
		$restored = 0;
		$skipped  = array();
		$refused  = array();
		foreach ( array_unique( $tokens ) as $token ) {
			$result = $trash->restore( (string) $token, $kind );
			if ( is_wp_error( $result ) ) {
				$refused[] = $result;
				continue;
			}
			$restored += $result['restored'];
			$skipped   = array_merge( $skipped, $result['skipped'] );
		}
		if ( $refused && 0 === $restored && ! $skipped ) {
			return $refused[0];
		}
		return new WP_REST_Response(
			array(
				'restored' => $restored,
				'skipped'  => $skipped,
				'expired'  => count( $refused ),
			)
		);
	}
}

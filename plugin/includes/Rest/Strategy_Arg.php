<?php
/**
 * The strategy_id field of tasks, automation rules and the Writer's generate route.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Strategies_Repository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * One schema and one existence check for every form that picks a writing strategy.
 *
 * @since 0.6.0
 */
final class Strategy_Arg {

	/**
	 * JSON schema: a strategy id, or null for the default strategy.
	 *
	 * @since 0.6.0
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		return array(
			'description' => __( 'Writing strategy; null for the default strategy.', 'igny8' ),
			'type'        => array( 'integer', 'null' ),
			'minimum'     => 1,
		);
	}

	/**
	 * A 400 on the field when the id names no strategy.
	 *
	 * @since 0.6.0
	 *
	 * @param mixed  $id    Submitted id (null or 0: the default).
	 * @param string $field Parameter name.
	 * @return WP_Error|null
	 */
	public static function check( $id, string $field = 'strategy_id' ): ?WP_Error {
		if ( empty( $id ) || null !== ( new Strategies_Repository() )->find( (int) $id ) ) {
			return null;
		}
		$message = __( 'This strategy does not exist. Pick one from the list or leave the default.', 'igny8' );
		return new WP_Error(
			'rest_invalid_param',
			$message,
			array(
				'status' => 400,
				'params' => array( $field => $message ),
			)
		);
	}
}

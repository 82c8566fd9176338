<?php
/**
 * The service behind `wp igny8 action <name>`.
 *
 * @package Igny8\Cli
 */

declare( strict_types=1 );

namespace Igny8\Cli;

use Igny8\Actions\Registry;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Runs any action of the Registry from the command line with the same args schema, capability and
 * per-post checks as its REST route: `--ids=3,4` and the action's other args as `--name=value`.
 *
 * @since 0.6.0
 */
final class Action_Runner {

	/**
	 * Runs one action as the current user (`wp --user=…`).
	 *
	 * @since 0.6.0
	 *
	 * @param string                $name       Action name.
	 * @param array<string, string> $assoc_args Options as WP-CLI passes them.
	 * @return array<int, array<string, mixed>>|WP_Error Started jobs.
	 */
	public function run( string $name, array $assoc_args ) {
		$action = Registry::get( $name );
		if ( null === $action ) {
			return new WP_Error(
				'igny8_unknown_action',
				/* translators: %s: action names */
				sprintf( __( 'Unknown action. Use one of: %s.', 'igny8' ), implode( ', ', array_keys( Registry::all() ) ) )
			);
		}
		if ( ! current_user_can( $action->capability() ) ) {
			return new WP_Error( 'igny8_cli_forbidden', __( 'Run this as a user who may do it, e.g. wp --user=admin igny8 action …', 'igny8' ) );
		}
		$params = array();
		foreach ( $action->args() as $key => $schema ) {
			if ( isset( $assoc_args[ $key ] ) ) {
				$value = 'array' === ( $schema['type'] ?? '' ) ? array_filter( array_map( 'trim', explode( ',', (string) $assoc_args[ $key ] ) ), 'strlen' ) : $assoc_args[ $key ];
				$value = rest_sanitize_value_from_schema( $value, $schema, $key );
			} elseif ( array_key_exists( 'default', $schema ) ) {
				$value = $schema['default'];
			} elseif ( ! empty( $schema['required'] ) ) {
				/* translators: %s: option name */
				return new WP_Error( 'igny8_cli_missing', sprintf( __( 'Missing --%s.', 'igny8' ), $key ) );
			} else {
				continue;
			}
			$valid = rest_validate_value_from_schema( $value, $schema, $key );
			if ( is_wp_error( $valid ) ) {
				return $valid;
			}
			$params[ $key ] = $value;
		}
		$allowed = $action->authorize( $params );
		return is_wp_error( $allowed ) ? $allowed : $action->run( $params );
	}
}

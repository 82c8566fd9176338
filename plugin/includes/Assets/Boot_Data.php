<?php
/**
 * What every IGNY8 script reads first: window.igny8Boot.
 *
 * @package Igny8\Assets
 */

declare( strict_types=1 );

namespace Igny8\Assets;

defined( 'ABSPATH' ) || exit;

/**
 * The REST root and nonce for apiFetch and the script's initial state, printed before the script
 * as window.igny8Boot: the same shape for the screens, the Products panel and the product review.
 *
 * @since 0.9.0
 */
final class Boot_Data {

	/**
	 * The boot data.
	 *
	 * @since 0.9.0
	 *
	 * @param array<string, mixed> $initial_state What the script starts with.
	 * @return array<string, mixed>
	 */
	public static function of( array $initial_state ): array {
		return array(
			'rest'         => array(
				'root'  => esc_url_raw( rest_url() ),
				'nonce' => wp_create_nonce( 'wp_rest' ),
			),
			'initialState' => $initial_state,
		);
	}

	/**
	 * Prints the boot data before the script `$handle` (already registered).
	 *
	 * @since 0.9.0
	 *
	 * @param string               $handle        Script handle.
	 * @param array<string, mixed> $initial_state What the script starts with.
	 */
	public static function print_before( string $handle, array $initial_state ): void {
		wp_add_inline_script( $handle, 'window.igny8Boot = ' . wp_json_encode( self::of( $initial_state ), JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES ) . ';', 'before' );
	}
}

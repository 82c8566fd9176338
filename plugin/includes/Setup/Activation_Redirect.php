<?php
/**
 * Opens the Setup wizard once after the plugin is activated.
 *
 * @package Igny8\Setup
 */

declare( strict_types=1 );

namespace Igny8\Setup;

use Igny8\Cloud\Connection;

defined( 'ABSPATH' ) || exit;

/**
 * The standard activation-redirect pattern: activation leaves a short-lived flag, and the next admin page
 * load of the user who activated the plugin consumes it and opens the wizard. Bulk activation, network
 * activation, AJAX, and a setup already complete (a reactivated site) are not redirected.
 *
 * @since 0.8.0
 */
final class Activation_Redirect {

	/**
	 * Transient holding the id of the user who activated the plugin.
	 *
	 * @since 0.8.0
	 */
	public const TRANSIENT = 'igny8_activation_redirect';

	/**
	 * Hooks the check.
	 *
	 * @since 0.8.0
	 */
	public function init(): void {
		add_action( 'admin_init', array( $this, 'maybe_redirect' ) );
	}

	/**
	 * Called on activation: remembers who activated, unless the plugin was activated for the whole network.
	 *
	 * @since 0.8.0
	 *
	 * @param bool $network_wide Whether the activation was network-wide.
	 */
	public static function remember( bool $network_wide ): void {
		if ( $network_wide ) {
			return;
		}
		set_transient( self::TRANSIENT, get_current_user_id(), MINUTE_IN_SECONDS );
	}

	/**
	 * Consumes the flag and, when this is the activating user's single activation, opens the wizard.
	 *
	 * @since 0.8.0
	 *
	 * @param bool $connected Whether the site is connected (a reactivated, set-up site is left alone).
	 * @return string|null The wizard URL to go to, or null to stay.
	 */
	public static function target( bool $connected ): ?string {
		$user = get_transient( self::TRANSIENT );
		if ( false === $user ) {
			return null;
		}
		delete_transient( self::TRANSIENT );
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only read to skip bulk activation.
		$bulk = isset( $_GET['activate-multi'] );
		if ( $bulk || is_network_admin() || wp_doing_ajax() || get_current_user_id() !== (int) $user || ! current_user_can( 'manage_options' ) ) {
			return null;
		}
		return Setup_State::is_complete( $connected ) ? null : Setup_State::page_url();
	}

	/**
	 * admin_init: redirects to the wizard when target() says so.
	 *
	 * @since 0.8.0
	 */
	public function maybe_redirect(): void {
		$target = self::target( ( new Connection() )->is_connected() );
		if ( null !== $target ) {
			wp_safe_redirect( $target );
			exit;
		}
	}
}

<?php
/**
 * The IGNY8 → Setup screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

use Igny8\Cloud\Connection;
use Igny8\Security\Capabilities;
use Igny8\Setup\Setup_State;

defined( 'ABSPATH' ) || exit;

/**
 * The Setup wizard: connect in one click (a pasted key as the fallback), industry and sectors, content
 * language and a first author profile, keywords, and the first clustering. Each step can be skipped and
 * resumed; the steps' state lives in an option (Setup_State) behind igny8/v1/setup.
 *
 * @since 0.8.0
 */
class Setup_Page extends Screen {

	/**
	 * Menu slug.
	 *
	 * @since 0.8.0
	 */
	public const SLUG = Setup_State::PAGE_SLUG;

	/**
	 * Capability: the wizard connects the site, which only administrators do.
	 *
	 * @since 0.8.0
	 *
	 * @return string
	 */
	public function capability(): string {
		return 'manage_options';
	}

	/**
	 * Page slug.
	 *
	 * @since 0.8.0
	 *
	 * @return string
	 */
	public function slug(): string {
		return self::SLUG;
	}

	/**
	 * Menu label.
	 *
	 * @since 0.8.0
	 *
	 * @return string
	 */
	public function menu_title(): string {
		return __( 'Setup', 'igny8' );
	}

	/**
	 * Heading.
	 *
	 * @since 0.8.0
	 *
	 * @return string
	 */
	public function title(): string {
		return __( 'Set up IGNY8', 'igny8' );
	}

	/**
	 * Entry name in build/admin-ui/.
	 *
	 * @since 0.8.0
	 *
	 * @return string
	 */
	protected function entry(): string {
		return 'setup';
	}

	/**
	 * {setup: Setup_State::summary(), defaultCloudUrl, capabilities, urls} — no cloud call.
	 *
	 * @since 0.8.0
	 *
	 * @return array<string, mixed>
	 */
	protected function initial_state(): array {
		return array(
			'setup'           => Setup_State::summary(),
			'defaultCloudUrl' => ( new Connection() )->cloud_url(),
			'capabilities'    => array(
				'manage' => current_user_can( Capabilities::MANAGE ),
				'write'  => current_user_can( Capabilities::WRITE ),
				'plan'   => current_user_can( Capabilities::PLAN ),
			),
			'dashboardUrl'    => admin_url( 'admin.php?page=' . Dashboard_Page::SLUG ),
			'plannerUrl'      => admin_url( 'admin.php?page=igny8-planner' ),
			'settingsUrl'     => admin_url( 'admin.php?page=' . Settings_Page::SLUG ),
			'portalReturn'    => self::portal_return(),
		);
	}

	/**
	 * What the portal's redirect brought back (?state=…&code=… or ?state=…&error=…), read here because
	 * wp-admin's canonical-URL script drops `error` from the address before the screen's script runs.
	 * Only well-formed values pass; the REST callback checks the state against the pending connect.
	 *
	 * @since 0.8.0
	 *
	 * @return array<string, string>|null {state, code} or {state, error}; null when the page was opened normally.
	 */
	public static function portal_return(): ?array {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- the OAuth state is this request's CSRF check (REST callback).
		$read = static function ( string $name, string $pattern ): string {
			$value = isset( $_GET[ $name ] ) && is_string( $_GET[ $name ] ) ? sanitize_text_field( wp_unslash( $_GET[ $name ] ) ) : '';
			return 1 === preg_match( $pattern, $value ) ? $value : '';
		};
		// phpcs:enable WordPress.Security.NonceVerification.Recommended
		$state = $read( 'state', '/^[A-Za-z0-9]{16,200}$/' );
		$code  = $read( 'code', '/^[A-Za-z0-9_-]{20,200}$/' );
		$error = $read( 'error', '/^[a-z_]{1,64}$/' );
		if ( '' === $state || ( '' === $code && '' === $error ) ) {
			return null;
		}
		$answer = array( 'state' => $state );
		if ( '' !== $code ) {
			$answer['code'] = $code;
		} else {
			$answer['error'] = $error;
		}
		return $answer;
	}
}

<?php
/**
 * Whether the plugin's tables match its code, and what to tell an admin when they do not.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

defined( 'ABSPATH' ) || exit;

/**
 * Three states: current; upgrading (an upgrade started and has not finished, e.g. it failed
 * midway and resumes on the next admin request); downgraded (the tables were upgraded by a newer
 * release than the code now running, which must not touch them). The IGNY8 screens show a notice
 * instead of working on tables in either of the last two states.
 *
 * @since 0.1.0
 */
final class Upgrade_Status {

	/**
	 * Option holding the last upgrade failure (message), cleared when an upgrade completes.
	 *
	 * @since 0.1.0
	 */
	public const ERROR_OPTION = 'igny8_upgrade_error';

	public const CURRENT    = 'current';
	public const UPGRADING  = 'upgrading';
	public const DOWNGRADED = 'downgraded';

	/**
	 * The state of the tables against the code.
	 *
	 * @since 0.1.0
	 *
	 * @return string One of the class constants.
	 */
	public static function state(): string {
		$installed = (string) get_option( Schema::VERSION_OPTION, '0' );
		if ( version_compare( $installed, Schema::VERSION, '>' ) ) {
			return self::DOWNGRADED;
		}
		return version_compare( $installed, Schema::VERSION, '<' ) ? self::UPGRADING : self::CURRENT;
	}

	/**
	 * What an admin needs to know and do, or '' when the tables are current.
	 *
	 * @since 0.1.0
	 *
	 * @return string Plain text.
	 */
	public static function message(): string {
		$installed = (string) get_option( Schema::VERSION_OPTION, '0' );
		switch ( self::state() ) {
			case self::DOWNGRADED:
				return sprintf(
					/* translators: 1: the data version found, 2: the data version this release uses. */
					__( 'IGNY8 data was upgraded by a newer version of the plugin (data version %1$s; this version uses %2$s). To protect it, this version does not touch it: install the newer IGNY8 version again.', 'igny8' ),
					$installed,
					Schema::VERSION
				);
			case self::UPGRADING:
				$error = (string) get_option( self::ERROR_OPTION, '' );
				return '' === $error
					? __( 'IGNY8 is updating its data. Reload this page in a moment.', 'igny8' )
					: sprintf(
						/* translators: %s: the reason the last attempt stopped. */
						__( 'IGNY8 could not finish updating its data (%s). Nothing was lost: the update carries on where it stopped on the next admin page load. If this notice stays, contact support with this message.', 'igny8' ),
						$error
					);
			default:
				return '';
		}
	}

	/**
	 * Prints the message as an admin notice for those who manage IGNY8.
	 *
	 * @since 0.1.0
	 */
	public static function print_notice(): void {
		$message = self::message();
		if ( '' === $message || ! current_user_can( 'igny8_manage' ) ) {
			return;
		}
		$class = self::DOWNGRADED === self::state() ? 'notice-error' : 'notice-warning';
		printf( '<div class="notice %1$s"><p>%2$s</p></div>', esc_attr( $class ), esc_html( $message ) );
	}
}

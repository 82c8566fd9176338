<?php
/**
 * The cloud account's standing, shown in wp-admin.
 *
 * @package Igny8\Cloud
 */

declare( strict_types=1 );

namespace Igny8\Cloud;

defined( 'ABSPATH' ) || exit;

/**
 * When the cloud says the account needs its owner — a failed renewal in its grace period, a
 * suspended or cancelled account — every balance WordPress fetches carries `account_notice`.
 * It is kept in an option (the notice must not wait for a network call on every screen) and
 * printed on every admin screen for users who can run IGNY8, with a link to the portal's
 * Billing page; a later balance without it removes it.
 *
 * @since 0.3.0
 */
final class Account_Notice {

	/**
	 * Option holding the cloud's sentence.
	 *
	 * @since 0.3.0
	 */
	public const OPTION = 'igny8_account_notice';

	/**
	 * Hooks the notice.
	 *
	 * @since 0.3.0
	 */
	public function init(): void {
		add_action( 'admin_notices', array( self::class, 'print_notice' ) );
	}

	/**
	 * Keeps what the cloud said with a balance: its notice, or nothing.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $balance Balance as the cloud answered it.
	 */
	public static function remember( array $balance ): void {
		$notice = $balance['account_notice'] ?? null;
		if ( is_string( $notice ) && '' !== trim( $notice ) ) {
			update_option( self::OPTION, sanitize_text_field( $notice ), false );
			return;
		}
		delete_option( self::OPTION );
	}

	/**
	 * The kept notice, or an empty string.
	 *
	 * @since 0.3.0
	 */
	public static function current(): string {
		$notice = get_option( self::OPTION, '' );
		return is_string( $notice ) ? $notice : '';
	}

	/**
	 * Prints the notice for users who can use IGNY8 (admin_notices).
	 *
	 * @since 0.3.0
	 */
	public static function print_notice(): void {
		$notice = self::current();
		if ( '' === $notice || ! ( current_user_can( 'igny8_write' ) || current_user_can( 'igny8_plan' ) || current_user_can( 'igny8_manage' ) ) ) {
			return;
		}
		$cloud = ( new Connection() )->cloud_url();
		printf(
			'<div class="notice notice-warning igny8-account-notice"><p><strong>%1$s</strong> %2$s%3$s</p></div>',
			esc_html__( 'IGNY8:', 'igny8' ),
			esc_html( $notice ),
			'' === $cloud ? '' : sprintf( ' <a href="%1$s">%2$s</a>', esc_url( untrailingslashit( $cloud ) . '/portal/billing' ), esc_html__( 'Open Billing in the IGNY8 portal', 'igny8' ) )
		);
	}
}

<?php
/**
 * Where the Setup wizard stands.
 *
 * @package Igny8\Setup
 */

declare( strict_types=1 );

namespace Igny8\Setup;

use Igny8\Cloud\Connection;

defined( 'ABSPATH' ) || exit;

/**
 * The wizard's steps, each pending, done or skipped, kept in one option so the wizard resumes where it
 * was left. Setup is finished once no step is pending. The connect step also counts as done whenever
 * the site is connected, however it was connected (the wizard, or a key pasted in Settings).
 *
 * @since 0.8.0
 */
final class Setup_State {

	/**
	 * Option holding {steps: {step: status}}.
	 *
	 * @since 0.8.0
	 */
	public const OPTION = 'igny8_setup';

	/**
	 * The wizard's page slug (admin.php?page=igny8-setup).
	 *
	 * @since 0.8.0
	 */
	public const PAGE_SLUG = 'igny8-setup';

	/**
	 * The steps, in order.
	 *
	 * @since 0.8.0
	 */
	public const STEPS = array( 'connect', 'industry', 'profile', 'keywords', 'clustering' );

	/**
	 * A step's statuses.
	 *
	 * @since 0.8.0
	 */
	public const STATUSES = array( 'pending', 'done', 'skipped' );

	/**
	 * Every step's status, in order.
	 *
	 * @since 0.8.0
	 *
	 * @param bool $connected Whether the site is connected to the cloud.
	 * @return array<string, string>
	 */
	public static function steps( bool $connected ): array {
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) && isset( $stored['steps'] ) && is_array( $stored['steps'] ) ? $stored['steps'] : array();
		$steps  = array();
		foreach ( self::STEPS as $step ) {
			$status         = $stored[ $step ] ?? 'pending';
			$steps[ $step ] = in_array( $status, self::STATUSES, true ) ? $status : 'pending';
		}
		if ( $connected ) {
			$steps['connect'] = 'done';
		}
		return $steps;
	}

	/**
	 * Whether no step is pending any more.
	 *
	 * @since 0.8.0
	 *
	 * @param bool $connected Whether the site is connected to the cloud.
	 * @return bool
	 */
	public static function is_complete( bool $connected ): bool {
		return ! in_array( 'pending', self::steps( $connected ), true );
	}

	/**
	 * Records a step's status.
	 *
	 * @since 0.8.0
	 *
	 * @param string $step   One of STEPS.
	 * @param string $status One of STATUSES.
	 */
	public static function mark( string $step, string $status ): void {
		if ( ! in_array( $step, self::STEPS, true ) || ! in_array( $status, self::STATUSES, true ) ) {
			return;
		}
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		$steps  = isset( $stored['steps'] ) && is_array( $stored['steps'] ) ? $stored['steps'] : array();

		$steps[ $step ]  = $status;
		$stored['steps'] = $steps;
		update_option( self::OPTION, $stored, false );
	}

	/**
	 * What the wizard shows: every step's status, whether setup is complete, and the connection (no cloud call).
	 *
	 * @since 0.8.0
	 *
	 * @return array<string, mixed> {steps, complete, connection}
	 */
	public static function summary(): array {
		$connection = new Connection();
		$connected  = $connection->is_connected();
		return array(
			'steps'      => self::steps( $connected ),
			'complete'   => self::is_complete( $connected ),
			'connection' => $connection->status(),
		);
	}

	/**
	 * The wizard's address.
	 *
	 * @since 0.8.0
	 *
	 * @return string
	 */
	public static function page_url(): string {
		return admin_url( 'admin.php?page=' . self::PAGE_SLUG );
	}
}

<?php
/**
 * IGNY8's WP-Cron interval.
 *
 * @package Igny8\System
 */

declare( strict_types=1 );

namespace Igny8\System;

defined( 'ABSPATH' ) || exit;

/**
 * The one five-minute interval the job pull, the outbox, automation and scoring run on.
 *
 * @since 0.6.0
 */
final class Cron_Schedule {

	/**
	 * Schedule name.
	 *
	 * @since 0.6.0
	 */
	public const NAME = 'igny8_five_minutes';

	/**
	 * Adds the interval to WP-Cron's schedules (once, whoever asks first).
	 *
	 * @since 0.6.0
	 */
	public static function register(): void {
		if ( false === has_filter( 'cron_schedules', array( self::class, 'add' ) ) ) {
			add_filter( 'cron_schedules', array( self::class, 'add' ) ); // phpcs:ignore WordPress.WP.CronInterval -- automation fires at the minute the user chose; five minutes is the coarsest that keeps that promise.
		}
	}

	/**
	 * `cron_schedules`: the five-minute interval.
	 *
	 * @internal
	 *
	 * @param array<string, array<string, mixed>>|mixed $schedules Schedules.
	 * @return array<string, array<string, mixed>>
	 */
	public static function add( $schedules ): array {
		$schedules               = is_array( $schedules ) ? $schedules : array();
		$schedules[ self::NAME ] = array(
			'interval' => 5 * MINUTE_IN_SECONDS,
			'display'  => __( 'Every five minutes (IGNY8)', 'igny8' ),
		);
		return $schedules;
	}
}

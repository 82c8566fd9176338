<?php
/**
 * The WP-Cron dispatcher of automation rules.
 *
 * @package Igny8\Automation
 */

declare( strict_types=1 );

namespace Igny8\Automation;

defined( 'ABSPATH' ) || exit;

/**
 * One event every five minutes: under the lock, run each due rule once and move waiting runs on.
 * Two overlapping triggers (WP-Cron fired by two requests, a system cron beside it) cannot both run:
 * the second finds the lock taken and returns; and a rule is claimed by moving its next_run_at on
 * with a conditional UPDATE before it runs, so even a lock that expired mid-run cannot start it twice.
 *
 * @since 0.3.0
 */
class Cron_Runner {

	/**
	 * Cron hook.
	 *
	 * @since 0.3.0
	 */
	public const HOOK = 'igny8_automation_tick';

	/**
	 * Cron schedule name.
	 *
	 * @since 0.3.0
	 */
	public const SCHEDULE = 'igny8_five_minutes';

	/**
	 * Hooks the event and its schedule.
	 *
	 * @since 0.3.0
	 */
	public function init(): void {
		add_filter( 'cron_schedules', array( self::class, 'add_schedule' ) ); // phpcs:ignore WordPress.WP.CronInterval -- rules fire at the minute the user chose; five minutes is the coarsest that keeps that promise.
		add_action( self::HOOK, array( $this, 'tick' ) );
		add_action( 'init', array( self::class, 'schedule' ) );
	}

	/**
	 * Adds the five-minute interval.
	 *
	 * @internal
	 *
	 * @param array<string, array<string, mixed>> $schedules Schedules.
	 * @return array<string, array<string, mixed>>
	 */
	public static function add_schedule( $schedules ): array {
		$schedules                   = (array) $schedules;
		$schedules[ self::SCHEDULE ] = array(
			'interval' => 5 * MINUTE_IN_SECONDS,
			'display'  => __( 'Every five minutes (IGNY8 automation)', 'igny8' ),
		);
		return $schedules;
	}

	/**
	 * Schedules the event when it is missing.
	 *
	 * @since 0.3.0
	 */
	public static function schedule(): void {
		if ( ! wp_next_scheduled( self::HOOK ) ) {
			wp_schedule_event( time() + MINUTE_IN_SECONDS, self::SCHEDULE, self::HOOK );
		}
	}

	/**
	 * Removes the event (uninstall).
	 *
	 * @since 0.3.0
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::HOOK );
	}

	/**
	 * One dispatcher pass.
	 *
	 * @since 0.3.0
	 *
	 * @param string|null $now GMT 'Y-m-d H:i:s' (tests); defaults to now.
	 * @return array{locked:bool, runs:int[], advanced:int}
	 */
	public function tick( $now = null ): array {
		$lock  = new Run_Lock();
		$token = $lock->acquire();
		if ( null === $token ) {
			return array(
				'locked'   => true,
				'runs'     => array(),
				'advanced' => 0,
			);
		}
		try {
			$now   = is_string( $now ) && '' !== $now ? $now : current_time( 'mysql', true );
			$rules = new Rule_Repository();
			$runs  = array();
			foreach ( $rules->due( $now ) as $rule ) {
				$next = Schedule::next( $rule['days'], (string) $rule['run_time'], new \DateTimeImmutable( $now, new \DateTimeZone( 'UTC' ) ) );
				if ( ! $rules->claim( (int) $rule['id'], $rule['next_run_at'], $next ) ) {
					continue;
				}
				$runs[] = ( new Rule_Runner() )->run( $rule );
			}
			return array(
				'locked'   => false,
				'runs'     => $runs,
				'advanced' => $this->advance_waiting(),
			);
		} finally {
			$lock->release( $token );
		}
	}

	/**
	 * Moves every waiting run on.
	 *
	 * @since 0.3.0
	 *
	 * @return int Runs looked at.
	 */
	public function advance_waiting(): int {
		$log      = new Run_Log();
		$rules    = new Rule_Repository();
		$advancer = new Run_Advancer( $log );
		$count    = 0;
		foreach ( $log->waiting() as $run ) {
			$rule = $rules->find( (int) $run['rule_id'] );
			if ( $rule ) {
				$advancer->advance( $run, $rule );
				++$count;
			}
		}
		return $count;
	}
}

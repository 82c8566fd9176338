<?php
/**
 * The WP-Cron dispatcher of automation rules.
 *
 * @package Igny8\Automation
 */

declare( strict_types=1 );

namespace Igny8\Automation;

use Igny8\System\Cron_Schedule;

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
	 * Single event that moves waiting runs on as soon as one of their results was applied.
	 *
	 * @since 0.6.0
	 */
	public const ADVANCE_HOOK = 'igny8_automation_advance';

	/**
	 * Functions whose applied results a waiting run may be waiting for.
	 */
	private const RUN_FUNCTIONS = array( 'generate_content', 'generate_image_prompts', 'generate_images' );

	/**
	 * Cron schedule name.
	 *
	 * @since 0.3.0
	 */
	public const SCHEDULE = Cron_Schedule::NAME;

	/**
	 * Hooks the event and its schedule.
	 *
	 * @since 0.3.0
	 */
	public function init(): void {
		Cron_Schedule::register();
		add_action( self::HOOK, array( $this, 'tick' ) );
		add_action( self::ADVANCE_HOOK, array( $this, 'advance_now' ) );
		add_action( 'igny8_result_applied', array( $this, 'result_applied' ), 10, 4 );
		add_action( 'init', array( self::class, 'schedule' ) );
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
		wp_clear_scheduled_hook( self::ADVANCE_HOOK );
	}

	/**
	 * After an article or its images arrived: a waiting run takes the next step (quality gate,
	 * publishing) at the next WP-Cron spawn instead of up to five minutes later. The delivery that
	 * applied the result only schedules; it never advances runs itself.
	 *
	 * @since 0.6.0
	 *
	 * @param int    $post_id  Post the result wrote.
	 * @param string $job_id   Job.
	 * @param int    $task_id  Task.
	 * @param string $function AI function.
	 */
	public function result_applied( int $post_id, string $job_id, int $task_id, string $function ): void {
		if ( ! in_array( $function, self::RUN_FUNCTIONS, true ) || wp_next_scheduled( self::ADVANCE_HOOK ) || ! ( new Run_Log() )->waiting() ) {
			return;
		}
		wp_schedule_single_event( time(), self::ADVANCE_HOOK );
	}

	/**
	 * Moves waiting runs on under the dispatcher's lock (a tick holding it does the same work).
	 *
	 * @since 0.6.0
	 *
	 * @return int Runs looked at (0 when the lock was taken).
	 */
	public function advance_now(): int {
		$lock  = new Run_Lock();
		$token = $lock->acquire();
		if ( null === $token ) {
			return 0;
		}
		try {
			return $this->advance_waiting();
		} finally {
			$lock->release( $token );
		}
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

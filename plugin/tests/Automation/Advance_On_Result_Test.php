<?php
/**
 * A waiting run moves on as soon as one of its results was applied.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Automation;

use Igny8\Automation\Cron_Runner;
use Igny8\Automation\Rule_Repository;
use Igny8\Automation\Run_Lock;
use Igny8\Automation\Run_Log;
use Igny8\Tests\TestCase;

/**
 * igny8_result_applied schedules one advance event (only for article and image results, only while a
 * run waits); the event moves the waiting runs on under the dispatcher's lock.
 */
final class Advance_On_Result_Test extends TestCase {

	private function waiting_run(): int {
		$rule = ( new Rule_Repository() )->insert(
			array(
				'name'         => 'Weekday articles',
				'status'       => 'active',
				'days'         => '1,2,3,4,5',
				'run_time'     => '09:00',
				'publish_mode' => 'publish',
			)
		);
		$this->assertIsInt( $rule );
		$log = new Run_Log();
		$run = $log->start( $rule, false );
		$log->update( $run, array( 'status' => 'waiting' ) );
		return $run;
	}

	public function test_an_applied_article_schedules_the_next_step_of_a_waiting_run(): void {
		wp_clear_scheduled_hook( Cron_Runner::ADVANCE_HOOK );
		do_action( 'igny8_result_applied', 12, 'job_a', 3, 'generate_content' );
		$this->assertFalse( wp_next_scheduled( Cron_Runner::ADVANCE_HOOK ), 'no run waits: nothing to schedule' );

		$this->waiting_run();
		do_action( 'igny8_result_applied', 0, 'job_b', 0, 'auto_cluster' );
		$this->assertFalse( wp_next_scheduled( Cron_Runner::ADVANCE_HOOK ), 'a planner result is no step of a run' );

		do_action( 'igny8_result_applied', 12, 'job_c', 3, 'generate_content' );
		$when = wp_next_scheduled( Cron_Runner::ADVANCE_HOOK );
		$this->assertIsInt( $when );
		$this->assertLessThanOrEqual( time(), $when, 'due at once, not at the next five-minute tick' );
		wp_clear_scheduled_hook( Cron_Runner::ADVANCE_HOOK );
	}

	public function test_the_advance_event_moves_waiting_runs_on_under_the_lock(): void {
		$run  = $this->waiting_run();
		$cron = new Cron_Runner();
		$lock = new Run_Lock();

		$token = $lock->acquire();
		$this->assertNotNull( $token );
		$this->assertSame( 0, $cron->advance_now(), 'a tick holding the lock does the work' );
		$this->assertSame( 'waiting', ( new Run_Log() )->find( $run )['status'] );
		$lock->release( (string) $token );

		$this->assertSame( 1, $cron->advance_now() );
		$this->assertSame( 'completed', ( new Run_Log() )->find( $run )['status'], 'a run with nothing left open completes' );
	}
}

<?php
/**
 * Tests for the WP-Cron pull fallback.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Sync;

use Igny8\Lifecycle;
use Igny8\Storage\Jobs_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Sync\Pull_Cron;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Unapplied jobs are pulled in the background.
 */
final class Pull_Cron_Test extends TestCase {

	use Cloud_Fixtures;

	public function test_activation_schedules_and_deactivation_unschedules(): void {
		Pull_Cron::unschedule();

		Lifecycle::activate();
		$this->assertNotFalse( wp_next_scheduled( Pull_Cron::HOOK ) );
		$this->assertSame( Pull_Cron::SCHEDULE, wp_get_schedule( Pull_Cron::HOOK ) );
		$this->assertSame( 300, wp_get_schedules()[ Pull_Cron::SCHEDULE ]['interval'] );

		Lifecycle::deactivate();
		$this->assertFalse( wp_next_scheduled( Pull_Cron::HOOK ) );
	}

	public function test_applies_finished_jobs_and_skips_applied_ones(): void {
		$this->connect_site();
		$jobs    = new Jobs_Repository();
		$task_id = $this->create_task();
		$jobs->save_from_cloud( array( 'id' => 'job_cron', 'function' => 'generate_content', 'status' => 'running', 'reference' => array( 'task_id' => $task_id ) ) );
		$jobs->save_from_cloud( array( 'id' => 'job_old_done', 'function' => 'generate_content', 'status' => 'completed' ) );
		$jobs->claim( 'job_old_done' );
		$jobs->finish( 'job_old_done' );
		$this->fake_cloud( fn ( $method ) => array( 200, self::ok( 'POST' === $method ? array() : self::completed_job( 'job_cron', $task_id ) ) ) );

		$pulled = ( new Pull_Cron() )->run();

		$this->assertSame( 1, $pulled );
		$this->assertSame( '/api/v1/ai/jobs/job_cron/', $this->cloud_requests[0]['path'] );
		$this->assertSame( 'completed', ( new Tasks_Repository() )->find( $task_id )['status'] );
		$this->assertNotNull( $jobs->find( 'job_cron' )['applied_at'] );
	}

	public function test_the_one_off_pull_asks_again_while_a_recent_job_waits_and_stops_when_none_does(): void {
		$this->connect_site();
		$jobs = new Jobs_Repository();
		$jobs->save_from_cloud( array( 'id' => 'job_waiting', 'function' => 'generate_content', 'status' => 'queued' ) );
		$this->fake_cloud( fn () => array( 200, self::ok( array( 'id' => 'job_waiting', 'function' => 'generate_content', 'status' => 'running', 'progress' => 30 ) ) ) );

		// WP-Cron removes an event before running it; run_soon() is called here as WP-Cron would.
		wp_clear_scheduled_hook( Pull_Cron::SOON_HOOK );
		( new Pull_Cron() )->run_soon();
		$next = wp_next_scheduled( Pull_Cron::SOON_HOOK );
		$this->assertNotFalse( $next, 'a job still running: pull again soon' );
		$this->assertLessThanOrEqual( time() + 20, $next );
		$this->assertSame( 30, $jobs->find( 'job_waiting' )['progress'] );

		$jobs->claim( 'job_waiting' );
		$jobs->finish( 'job_waiting' );
		wp_clear_scheduled_hook( Pull_Cron::SOON_HOOK );
		( new Pull_Cron() )->run_soon();
		$this->assertFalse( wp_next_scheduled( Pull_Cron::SOON_HOOK ), 'nothing waits: no more one-off pulls' );

		// Asking twice schedules once.
		Pull_Cron::soon();
		Pull_Cron::soon();
		$this->assertCount( 1, array_filter( (array) _get_cron_array(), static fn ( $events ) => isset( $events[ Pull_Cron::SOON_HOOK ] ) ) );
		Pull_Cron::unschedule();
		$this->assertFalse( wp_next_scheduled( Pull_Cron::SOON_HOOK ) );
	}

	public function test_does_nothing_when_not_connected(): void {
		( new Jobs_Repository() )->save_from_cloud( array( 'id' => 'job_x', 'function' => 'generate_content', 'status' => 'queued' ) );
		$this->fake_cloud( fn () => array( 500, self::fail_envelope( 'must not be called' ) ) );

		$this->assertSame( 0, ( new Pull_Cron() )->run() );
		$this->assertSame( array(), $this->cloud_requests );
	}

	public function test_stops_at_the_first_unreachable_error(): void {
		$this->connect_site( 'http://127.0.0.1:9' );
		$jobs = new Jobs_Repository();
		$jobs->save_from_cloud( array( 'id' => 'job_a', 'function' => 'generate_content', 'status' => 'queued' ) );
		$jobs->save_from_cloud( array( 'id' => 'job_b', 'function' => 'generate_content', 'status' => 'queued' ) );

		$this->assertSame( 0, ( new Pull_Cron() )->run() );
	}
}

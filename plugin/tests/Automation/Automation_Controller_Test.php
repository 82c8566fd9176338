<?php
/**
 * The Automation REST routes.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Automation;

use Igny8\Automation\Schedule;
use Igny8\Tests\TestCase;

require_once __DIR__ . '/Real_Cloud.php';

/**
 * Create, validate, pause/resume, dry run and the run log through igny8/v1/automation.
 */
final class Automation_Controller_Test extends TestCase {

	use Real_Cloud;

	public function test_create_validates_and_schedules_the_next_run(): void {
		$this->as_user( $this->create_user( 'administrator' ) );

		$created = $this->rest( 'POST', '/igny8/v1/automation/rules', array( 'name' => 'Weekdays', 'days' => array( 5, 1, 3 ), 'run_time' => '07:30', 'monthly_credit_cap' => 100, 'publish_mode' => 'schedule', 'publish_time' => '18:00' ) );

		$this->assertSame( 201, $created->get_status(), wp_json_encode( $created->get_data() ) );
		$rule = $created->get_data();
		$this->assertSame( array( 1, 3, 5 ), $rule['days'] );
		$this->assertSame( Schedule::next( array( 1, 3, 5 ), '07:30' ), $rule['next_run_at'] );
		$this->assertSame( 'active', $rule['status'] );
		$this->assertSame( 100, $rule['monthly_credit_cap'] );

		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'POST', '/igny8/v1/automation/rules', array( 'name' => 'Bad', 'run_time' => '25:00' ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'POST', '/igny8/v1/automation/rules', array( 'name' => 'Bad', 'days' => array( 8 ) ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'POST', '/igny8/v1/automation/rules', array( 'name' => 'Bad', 'quality_threshold' => 101 ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'POST', '/igny8/v1/automation/rules', array( 'name' => 'Bad', 'sector_id' => 999999 ) ) );
		$this->assert_rest_error( 'igny8_rule_not_found', 404, $this->rest( 'GET', '/igny8/v1/automation/rules/999999' ) );
	}

	public function test_a_rule_is_edited_with_the_create_rules_and_kept_when_an_edit_is_refused(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$id = $this->rest( 'POST', '/igny8/v1/automation/rules', array( 'name' => 'Weekdays' ) )->get_data()['id'];

		$edited = $this->rest( 'PUT', "/igny8/v1/automation/rules/{$id}", array( 'name' => 'Weekends', 'days' => array( 7, 6 ), 'run_time' => '10:45', 'max_ideas' => 5, 'publish_mode' => 'publish', 'quality_threshold' => 0, 'generate_images' => true, 'monthly_credit_cap' => 250 ) );

		$this->assertSame( 200, $edited->get_status(), (string) wp_json_encode( $edited->get_data() ) );
		$rule = $edited->get_data();
		$this->assertSame( 'Weekends', $rule['name'] );
		$this->assertSame( array( 6, 7 ), $rule['days'] );
		$this->assertSame( 5, $rule['max_ideas'] );
		$this->assertSame( 'publish', $rule['publish_mode'] );
		$this->assertSame( 0, $rule['quality_threshold'] );
		$this->assertTrue( (bool) $rule['generate_images'] );
		$this->assertSame( 250, $rule['monthly_credit_cap'] );
		$this->assertSame( 0, $rule['credits_this_month'], 'the answer has what the table shows, like GET' );
		$this->assertSame( Schedule::next( array( 6, 7 ), '10:45' ), $rule['next_run_at'] );

		foreach ( array( array( 'name' => '' ), array( 'days' => array() ), array( 'max_ideas' => 21 ), array( 'run_time' => '9am' ), array( 'publish_time' => '24:00' ), array( 'publish_mode' => 'tweet' ), array( 'sector_id' => 999999 ) ) as $body ) {
			$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'PATCH', "/igny8/v1/automation/rules/{$id}", $body ) );
		}
		$this->assertSame( $rule, $this->rest( 'GET', "/igny8/v1/automation/rules/{$id}" )->get_data(), 'a refused edit changes nothing' );
		$this->assert_rest_error( 'igny8_rule_not_found', 404, $this->rest( 'PATCH', '/igny8/v1/automation/rules/999999', array( 'name' => 'Gone' ) ) );

		$this->as_user( $this->create_user( 'editor' ) );
		$this->assertSame( 403, $this->rest( 'PATCH', "/igny8/v1/automation/rules/{$id}", array( 'name' => 'Mine' ) )->get_status() );
	}

	public function test_pause_stops_the_schedule_and_resume_restarts_it(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$id = $this->rest( 'POST', '/igny8/v1/automation/rules', array( 'name' => 'Daily' ) )->get_data()['id'];

		$paused = $this->rest( 'POST', "/igny8/v1/automation/rules/{$id}/pause" )->get_data();
		$this->assertSame( 'paused', $paused['status'] );
		$this->assertNull( $paused['next_run_at'] );
		$this->assertSame( array(), ( new \Igny8\Automation\Rule_Repository() )->due( '2099-01-01 00:00:00' ), 'a paused rule is never due' );

		$resumed = $this->rest( 'POST', "/igny8/v1/automation/rules/{$id}/resume" )->get_data();
		$this->assertSame( 'active', $resumed['status'] );
		$this->assertSame( Schedule::next( array( 1, 2, 3, 4, 5 ), '09:00' ), $resumed['next_run_at'] );

		$patched = $this->rest( 'PATCH', "/igny8/v1/automation/rules/{$id}", array( 'run_time' => '06:15' ) )->get_data();
		$this->assertSame( Schedule::next( array( 1, 2, 3, 4, 5 ), '06:15' ), $patched['next_run_at'] );
	}

	public function test_dry_run_through_rest_returns_the_run_with_its_steps(): void {
		$this->connect_new_tenant();
		$this->as_user( $this->create_user( 'administrator' ) );
		( new \Igny8\Storage\Ideas_Repository() )->insert( array( 'title' => 'Raised beds', 'status' => 'approved' ) );
		$id = $this->rest( 'POST', '/igny8/v1/automation/rules', array( 'name' => 'Any sector', 'max_ideas' => 1 ) )->get_data()['id'];

		$run = $this->rest( 'POST', "/igny8/v1/automation/rules/{$id}/dry-run" );

		$this->assertSame( 200, $run->get_status(), wp_json_encode( $run->get_data() ) );
		$this->assertSame( 'dry_run', $run->get_data()['status'] );
		$this->assertSame( array( 'select_ideas', 'estimate', 'dry_run' ), array_column( $run->get_data()['steps'], 'step' ) );
		$this->assertSame( 10, $run->get_data()['credits_estimated'] );
		$listed = $this->rest( 'GET', '/igny8/v1/automation/runs', array( 'rule_id' => $id ) );
		$this->assertSame( '1', $listed->get_headers()['X-WP-Total'] );
		$this->assertSame( $run->get_data()['id'], $this->rest( 'GET', '/igny8/v1/automation/runs/' . $run->get_data()['id'] )->get_data()['id'] );
	}

	public function test_the_run_list_brings_each_runs_steps_only_when_asked(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$rule = $this->rest( 'POST', '/igny8/v1/automation/rules', array( 'name' => 'Logged' ) )->get_data()['id'];
		$log  = new \Igny8\Automation\Run_Log();
		$old  = $log->start( $rule, true );
		$log->step( $old, 'select_ideas', 'ok', 'Two ideas.' );
		$log->step( $old, 'dry_run', 'info', 'Would create 2 tasks.' );
		$new = $log->start( $rule, false );
		$log->step( $new, 'credits', 'failed', 'Out of credits.' );
		$other = $log->start( $rule + 1000, true );
		$log->step( $other, 'dry_run', 'info', 'Another rule.' );

		$plain = $this->rest( 'GET', '/igny8/v1/automation/runs', array( 'rule_id' => $rule ) );
		$this->assertSame( array( $new, $old ), array_column( $plain->get_data(), 'id' ) );
		$this->assertArrayNotHasKey( 'steps', $plain->get_data()[0] );

		$listed = $this->rest( 'GET', '/igny8/v1/automation/runs', array( 'rule_id' => $rule, 'steps' => 'true' ) );
		$this->assertSame( 200, $listed->get_status() );
		$this->assertSame( '2', $listed->get_headers()['X-WP-Total'] );
		$runs = $listed->get_data();
		$this->assertSame( array( 'credits' ), array_column( $runs[0]['steps'], 'step' ) );
		$this->assertSame( array( 'select_ideas', 'dry_run' ), array_column( $runs[1]['steps'], 'step' ) );
		$this->assertSame( 'Would create 2 tasks.', $runs[1]['steps'][1]['message'] );
		$this->assertSame( $runs[1]['steps'], $this->rest( 'GET', "/igny8/v1/automation/runs/{$old}" )->get_data()['steps'] );

		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'GET', '/igny8/v1/automation/runs', array( 'steps' => 'maybe' ) ) );
	}

	public function test_run_now_is_refused_while_another_run_holds_the_lock(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$id    = $this->rest( 'POST', '/igny8/v1/automation/rules', array( 'name' => 'Busy' ) )->get_data()['id'];
		$token = ( new \Igny8\Automation\Run_Lock() )->acquire();

		$this->assert_rest_error( 'igny8_automation_busy', 409, $this->rest( 'POST', "/igny8/v1/automation/rules/{$id}/run" ) );
		( new \Igny8\Automation\Run_Lock() )->release( (string) $token );
	}
}

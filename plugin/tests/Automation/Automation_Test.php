<?php
/**
 * Automation rules against the real Worker (and its fake model, a test double).
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Automation;

use Igny8\Automation\Cron_Runner;
use Igny8\Automation\Rule_Repository;
use Igny8\Automation\Rule_Runner;
use Igny8\Automation\Run_Lock;
use Igny8\Automation\Run_Log;
use Igny8\Automation\Schedule;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Sectors_Repository;
use Igny8\Tests\TestCase;

require_once __DIR__ . '/Real_Cloud.php';

/**
 * A rule runs on schedule, respects its cap, stops cleanly when credits run out, logs every step,
 * and two overlapping triggers run it once.
 */
final class Automation_Test extends TestCase {

	use Real_Cloud;

	/**
	 * Sector of the test's ideas.
	 */
	private int $sector = 0;

	/**
	 * Creates a sector, a cluster and $n approved ideas (plus one draft idea that must never be taken).
	 *
	 * @return int[] Idea ids.
	 */
	private function ideas( int $n ): array {
		global $wpdb;
		$wpdb->query( "DELETE FROM {$wpdb->prefix}igny8_sectors" ); // At most five sectors per site.
		$this->sector = (int) ( new Sectors_Repository() )->insert( array( 'name' => 'Garden ' . wp_generate_password( 5, false, false ) ) );
		$cluster      = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Compost ' . wp_generate_password( 6, false, false ), 'sector_id' => $this->sector ) );
		$ideas        = new Ideas_Repository();
		$ids          = array();
		for ( $i = 1; $i <= $n; $i++ ) {
			$ids[] = (int) $ideas->insert( array( 'title' => "Compost guide part {$i}", 'description' => 'A practical guide.', 'suggested_keywords' => array( 'compost', 'garden' ), 'cluster_id' => $cluster, 'status' => 'approved' ) );
		}
		$ideas->insert( array( 'title' => 'Not approved', 'cluster_id' => $cluster, 'status' => 'draft' ) );
		return $ids;
	}

	/**
	 * Creates a rule due a minute ago.
	 *
	 * @param array<string, mixed> $fields Overrides.
	 * @return array<string, mixed> Rule.
	 */
	private function rule( array $fields = array() ): array {
		$repo = new Rule_Repository();
		$id   = $repo->insert(
			array_merge(
				array(
					'name'               => 'Weekday articles',
					'status'             => 'active',
					'sector_id'          => $this->sector,
					'max_ideas'          => 2,
					'days'               => '1,2,3,4,5,6,7',
					'run_time'           => '09:00',
					'publish_mode'       => 'publish',
					'quality_threshold'  => 0,
					'monthly_credit_cap' => 0,
					'next_run_at'        => gmdate( 'Y-m-d H:i:s', time() - 60 ),
					'created_by'         => $this->create_user( 'administrator' ),
				),
				$fields
			)
		);
		$this->assertIsInt( $id );
		return $repo->find( $id );
	}

	/**
	 * Ticks the dispatcher until the run is over (the queue consumer writes the articles meanwhile).
	 *
	 * @return array<string, mixed> The run with its steps.
	 */
	private function finish_run( int $run_id ): array {
		$log = new Run_Log();
		for ( $i = 0; $i < 160; $i++ ) {
			$run = $log->find( $run_id );
			if ( in_array( $run['status'], Run_Log::FINAL_STATUSES, true ) ) {
				return $run;
			}
			( new Cron_Runner() )->advance_waiting();
			usleep( 500000 );
		}
		$this->fail( 'The run did not finish within 80 s: ' . wp_json_encode( $log->find( $run_id ) ) );
	}

	public function test_a_due_rule_runs_on_schedule_writes_publishes_and_logs_every_step(): void {
		$this->connect_new_tenant();
		$ideas = $this->ideas( 3 );
		$rule  = $this->rule();

		$tick = ( new Cron_Runner() )->tick();

		$this->assertFalse( $tick['locked'] );
		$this->assertCount( 1, $tick['runs'] );
		$after = ( new Rule_Repository() )->find( $rule['id'] );
		$this->assertSame( Schedule::next( range( 1, 7 ), '09:00' ), $after['next_run_at'], 'the next run is the next 09:00' );
		$this->assertSame( array(), ( new Cron_Runner() )->tick()['runs'], 'not due again before then' );

		$run = $this->finish_run( $tick['runs'][0] );

		$this->assertSame( 'completed', $run['status'], wp_json_encode( $run ) );
		$this->assertCount( 2, $run['items'], 'max_ideas' );
		$steps = array_map( static fn ( array $s ): string => $s['step'] . ':' . $s['status'], $run['steps'] );
		foreach ( array( 'select_ideas:ok', 'estimate:ok', 'create_task:ok', 'generate_content:ok', 'article:ok', 'quality_gate:ok', 'publish:ok', 'finish:ok' ) as $expected ) {
			$this->assertContains( $expected, $steps );
		}
		$this->assertSame( 2, count( array_keys( $steps, 'publish:ok', true ) ) );
		foreach ( $run['items'] as $item ) {
			$this->assertSame( 'published', $item['state'] );
			$this->assertSame( 'publish', get_post_status( $item['post_id'] ) );
			$this->assertIsNumeric( get_post_meta( $item['post_id'], '_igny8_seo_score', true ), 'the gate stored the score' );
		}
		$this->assertGreaterThan( 0, $run['credits_charged'] );
		$this->assertSame( $run['credits_charged'], ( new Run_Log() )->credits_this_month( $rule['id'] ) );
		$this->assertSame( 'approved', ( new Ideas_Repository() )->find( $ideas[2] )['status'], 'the third idea waits for the next run' );
	}

	public function test_a_rule_with_images_waits_for_them_before_the_gate(): void {
		$this->connect_new_tenant();
		$this->ideas( 1 );
		$rule = $this->rule( array( 'max_ideas' => 1, 'generate_images' => 1, 'publish_mode' => 'draft' ) );

		$run = $this->finish_run( ( new Rule_Runner() )->run( $rule ) );

		$this->assertSame( 'completed', $run['status'], wp_json_encode( $run ) );
		$steps = array_map( static fn ( array $s ): string => $s['step'] . ':' . $s['status'] . ':' . $s['message'], $run['steps'] );
		$images_done = array_keys( array_filter( $steps, static fn ( string $s ): bool => 0 === strpos( $s, 'images:ok:Images added.' ) ) );
		$gate        = array_keys( array_filter( $steps, static fn ( string $s ): bool => 0 === strpos( $s, 'quality_gate:' ) ) );
		$this->assertCount( 1, $images_done, implode( "\n", $steps ) );
		$this->assertLessThan( $gate[0], $images_done[0], 'the gate runs after the images arrived' );
		$this->assertGreaterThan( 0, (int) get_post_thumbnail_id( $run['items'][0]['post_id'] ), 'the featured image is set' );
	}

	public function test_a_post_below_the_threshold_stays_a_draft_and_the_log_says_why(): void {
		$this->connect_new_tenant();
		$this->ideas( 1 );
		$rule = $this->rule( array( 'quality_threshold' => 100, 'publish_mode' => 'schedule', 'max_ideas' => 1 ) );

		$run = $this->finish_run( ( new Rule_Runner() )->run( $rule ) );

		$this->assertSame( 'kept_draft', $run['items'][0]['state'] );
		$this->assertSame( 'draft', get_post_status( $run['items'][0]['post_id'] ) );
		$gate = current( array_filter( $run['steps'], static fn ( array $s ): bool => 'quality_gate' === $s['step'] ) );
		$this->assertSame( 'failed', $gate['status'] );
		$this->assertStringContainsString( 'below the rule\'s threshold of 100', $gate['message'] );
		$this->assertLessThan( 100, $gate['data']['score'] );
	}

	public function test_the_monthly_cap_limits_what_a_rule_starts(): void {
		$this->connect_new_tenant();
		$this->ideas( 3 );
		// generate_content reserves 10 credits: a cap of 15 leaves room for one article.
		$rule = $this->rule( array( 'max_ideas' => 3, 'monthly_credit_cap' => 15, 'publish_mode' => 'draft' ) );

		$first = ( new Run_Log() )->find( ( new Rule_Runner() )->run( $rule ) );

		$this->assertCount( 1, $first['items'] );
		$cap = current( array_filter( $first['steps'], static fn ( array $s ): bool => 'cap' === $s['step'] ) );
		$this->assertSame( 'info', $cap['status'] );
		$this->assertSame( 1, $cap['data']['fit'] );

		$second = ( new Run_Log() )->find( ( new Rule_Runner() )->run( $rule ) );
		$this->assertSame( 'capped', $second['status'], 'the first run\'s 10 credits count against the cap' );
		$this->assertSame( array(), $second['items'] );

		$this->finish_run( $first['id'] );
		$this->assertLessThanOrEqual( 15, ( new Run_Log() )->credits_this_month( $rule['id'] ) );
	}

	public function test_a_run_stops_cleanly_when_the_cloud_refuses_for_credits(): void {
		// The cloud allows this site 15 credits a month: the second article's reservation gets a 402.
		$this->connect_new_tenant( 15 );
		$ideas = $this->ideas( 3 );
		$rule  = $this->rule( array( 'max_ideas' => 3, 'publish_mode' => 'draft' ) );

		$run = ( new Run_Log() )->find( ( new Rule_Runner() )->run( $rule ) );

		$this->assertSame( 'waiting', $run['status'], 'the started article goes on' );
		$this->assertSame( array( 'writing', 'not_started' ), array_column( $run['items'], 'state' ) );
		$refused = array_values( array_filter( $run['steps'], static fn ( array $s ): bool => 'generate_content' === $s['step'] && 'failed' === $s['status'] ) );
		$this->assertCount( 1, $refused );
		$this->assertSame( 'igny8_insufficient_credits', $refused[0]['data']['code'] );
		$this->assertContains( 'stop:failed', array_map( static fn ( array $s ): string => $s['step'] . ':' . $s['status'], $run['steps'] ) );
		$this->assertSame( 'approved', ( new Ideas_Repository() )->find( $ideas[2] )['status'], 'the third idea is untouched' );

		$done = $this->finish_run( $run['id'] );
		$this->assertSame( 'stopped', $done['status'] );
		$this->assertSame( 'kept_draft', $done['items'][0]['state'] );
	}

	public function test_a_dry_run_says_what_would_happen_and_what_it_would_cost_and_changes_nothing(): void {
		$this->connect_new_tenant();
		$ideas = $this->ideas( 2 );
		$rule  = $this->rule( array( 'generate_images' => 1 ) );

		$run = ( new Run_Log() )->find( ( new Rule_Runner() )->run( $rule, true ) );

		$this->assertSame( 'dry_run', $run['status'] );
		$this->assertGreaterThanOrEqual( 24, $run['credits_estimated'], 'two articles (10 each) and their image prompts (2 each)' );
		$this->assertSame( 0, $run['credits_charged'] );
		$dry = current( array_filter( $run['steps'], static fn ( array $s ): bool => 'dry_run' === $s['step'] ) );
		$this->assertStringContainsString( 'Would create 2 tasks and write 2 articles with images', $dry['message'] );
		$this->assertSame( array( 'Compost guide part 1', 'Compost guide part 2' ), $dry['data']['titles'] );
		foreach ( $ideas as $id ) {
			$this->assertSame( 'approved', ( new Ideas_Repository() )->find( $id )['status'] );
		}
		$this->assertSame( 0, ( new Run_Log() )->credits_this_month( $rule['id'] ), 'dry runs cost nothing' );
	}

	public function test_a_trigger_during_a_run_finds_the_lock_and_the_rule_runs_once(): void {
		$this->connect_new_tenant();
		$this->ideas( 1 );
		$rule   = $this->rule( array( 'max_ideas' => 1, 'publish_mode' => 'draft' ) );
		$nested = array();
		add_action(
			'igny8_automation_step',
			static function () use ( &$nested ): void {
				if ( ! $nested ) {
					$nested[] = ( new Cron_Runner() )->tick();
				}
			}
		);

		$outer = ( new Cron_Runner() )->tick();

		$this->assertTrue( $nested[0]['locked'] );
		$this->assertCount( 1, $outer['runs'] );
		$this->assertSame( 1, ( new Run_Log() )->query( $rule['id'] )['total'] );
		$this->assertNull( get_option( Run_Lock::OPTION, null ), 'released' );
	}

	public function test_a_second_process_triggering_while_the_lock_is_held_does_nothing(): void {
		$this->run_outside_transaction();
		$lock  = new Run_Lock();
		$token = $lock->acquire();
		$this->assertNotNull( $token );
		try {
			$this->assertSame( array( 'locked' => true, 'runs' => array(), 'advanced' => 0 ), $this->tick_in_another_process() );
		} finally {
			$lock->release( $token );
		}
		$this->assertFalse( $this->tick_in_another_process()['locked'], 'free again once released' );
	}

	public function test_an_abandoned_lock_expires(): void {
		$lock = new Run_Lock();
		$this->assertNotNull( $lock->acquire( -1 ) );
		$this->assertNotNull( $lock->acquire(), 'an expired lock is taken over' );
		$this->assertNull( $lock->acquire() );
	}

	public function test_schedule_picks_the_next_matching_weekday_and_time(): void {
		update_option( 'timezone_string', 'Europe/Paris' );
		$friday = new \DateTimeImmutable( '2026-11-27 09:30:00', new \DateTimeZone( 'Europe/Paris' ) );
		$this->assertSame( '2026-11-30 08:00:00', Schedule::next( array( 1, 2, 3, 4, 5 ), '09:00', $friday ), 'Friday after 09:00 → Monday 09:00 Paris' );
		$this->assertSame( '2026-11-27 16:00:00', Schedule::next( array( 5 ), '17:00', $friday ) );
		$this->assertNull( Schedule::next( array(), '09:00', $friday ) );
	}

	/**
	 * Runs the dispatcher in a separate PHP process against the test database.
	 *
	 * @return array<string, mixed>
	 */
	private function tick_in_another_process(): array {
		$script  = dirname( __DIR__, 3 ) . '/scripts/wp/eval.php';
		$command = array( PHP_BINARY, $script, 'return ( new Igny8\\Automation\\Cron_Runner() )->tick();' );
		$process = proc_open( $command, array( 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ), $pipes, null, array_merge( getenv(), array( 'IGNY8_DB_NAME' => DB_NAME ) ) );
		$this->assertIsResource( $process );
		$out = stream_get_contents( $pipes[1] );
		$err = stream_get_contents( $pipes[2] );
		proc_close( $process );
		$decoded = json_decode( (string) $out, true );
		$this->assertIsArray( $decoded, "stdout: {$out}\nstderr: {$err}" );
		return $decoded;
	}
}

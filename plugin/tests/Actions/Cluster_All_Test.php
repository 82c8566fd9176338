<?php
/**
 * Tests for "Cluster all unclustered".
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Actions;

use Igny8\Actions\Auto_Cluster\Action as Auto_Cluster;
use Igny8\Actions\Lazy_Plans;
use Igny8\Actions\Registry;
use Igny8\Storage\Sectors_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Every unclustered keyword (of one sector, or all) is planned in jobs of ALL_JOB_SIZE, highest
 * volume first; clustered keywords and a selection's 500 limit are left as they were.
 */
final class Cluster_All_Test extends TestCase {

	use Cloud_Fixtures;

	/**
	 * Inserts keywords in one statement (a big backlog in milliseconds).
	 *
	 * @param int      $count     How many.
	 * @param int|null $sector_id Sector.
	 * @param int|null $cluster   Cluster id.
	 * @param string   $prefix    Keyword prefix.
	 */
	private function backlog( int $count, ?int $sector_id, ?int $cluster, string $prefix ): void {
		global $wpdb;
		$now    = current_time( 'mysql', true );
		$rows   = array();
		$values = array();
		// NULL is written as such: a placeholder would turn it into '' (refused by a strict database).
		$sector = null === $sector_id ? 'NULL' : (string) (int) $sector_id;
		$group  = null === $cluster ? 'NULL' : (string) (int) $cluster;
		for ( $i = 0; $i < $count; $i++ ) {
			$rows[] = "(%s, %d, {$sector}, {$group}, %s, %s, %s)";
			array_push( $values, "{$prefix} {$i}", $i, 'active', $now, $now );
		}
		$sql = "INSERT INTO {$wpdb->prefix}igny8_keywords (keyword, search_volume, sector_id, cluster_id, status, created_at, updated_at) VALUES " . implode( ',', $rows );
		$wpdb->query( $wpdb->prepare( $sql, $values ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared,WordPress.DB.DirectDatabaseQuery -- placeholders built above; the ids are integers.
		$this->assertSame( '', $wpdb->last_error );
	}

	public function test_plans_every_unclustered_keyword_in_jobs_of_the_batch_size_highest_volume_first(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$this->backlog( Auto_Cluster::ALL_JOB_SIZE * 2 + 17, null, null, 'backlog' );
		$this->backlog( 30, null, 999, 'clustered' );

		$lazy = Registry::get( 'auto_cluster' )->plan( array( 'all' => true ) );

		$this->assertInstanceOf( Lazy_Plans::class, $lazy );
		$this->assertCount( 3, $lazy, 'The estimate counts the jobs before any is made.' );
		$plans = iterator_to_array( $lazy, false );
		$this->assertCount( 3, $plans );
		$this->assertCount( Auto_Cluster::ALL_JOB_SIZE, $plans[0]->input['keywords'] );
		$this->assertCount( 17, $plans[2]->input['keywords'] );
		$all = array_merge( ...array_map( static fn ( $plan ): array => $plan->input['keywords'], $plans ) );
		$this->assertCount( Auto_Cluster::ALL_JOB_SIZE * 2 + 17, $all );
		$this->assertSame( array(), array_filter( $all, static fn ( array $k ): bool => str_starts_with( $k['keyword'], 'clustered' ) ), 'Clustered keywords stay where they are.' );
		$this->assertSame( Auto_Cluster::ALL_JOB_SIZE * 2 + 16, $all[0]['search_volume'], 'Highest volume first.' );
		$this->assertSame( $plans[1]->reference['keyword_ids'], array_column( $plans[1]->input['keywords'], 'id' ), 'Each job may assign only its own keywords.' );
		$this->assertNotSame( $plans[0]->key, $plans[1]->key );
	}

	public function test_one_sector_only_and_nothing_to_do_is_said(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$sector = ( new Sectors_Repository() )->insert( array( 'name' => 'Camping ' . wp_generate_password( 4, false ) ) );
		$this->assertIsInt( $sector );
		$this->backlog( 12, $sector, null, 'camping' );
		$this->backlog( 40, null, null, 'other' );

		$lazy = Registry::get( 'auto_cluster' )->plan(
			array(
				'all'       => true,
				'sector_id' => $sector,
			)
		);
		$this->assertInstanceOf( Lazy_Plans::class, $lazy );
		$plans = iterator_to_array( $lazy, false );
		$this->assertCount( 1, $plans );
		$this->assertCount( 12, $plans[0]->input['keywords'] );
		$this->assertSame( $sector, $plans[0]->context['sector_id'] );

		global $wpdb;
		$wpdb->query( "UPDATE {$wpdb->prefix}igny8_keywords SET cluster_id = 1" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- test set-up.
		$none = Registry::get( 'auto_cluster' )->plan( array( 'all' => true ) );
		$this->assertInstanceOf( \WP_Error::class, $none );
		$this->assertSame( 'igny8_nothing_to_do', $none->get_error_code() );
	}

	public function test_each_job_reads_its_keywords_when_it_starts_and_skips_those_clustered_meanwhile(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$this->backlog( Auto_Cluster::ALL_JOB_SIZE * 2 + 3, null, null, 'meanwhile' );
		$lazy = Registry::get( 'auto_cluster' )->plan( array( 'all' => true ) );
		$this->assertInstanceOf( Lazy_Plans::class, $lazy );
		$this->assertCount( 3, $lazy );

		$made = array();
		foreach ( $lazy as $plan ) {
			$made[] = $plan;
			if ( 1 === count( $made ) ) {
				// While the first job runs, another run clusters all but 5 of the keywords still waiting.
				global $wpdb;
				$first = implode( ',', array_map( 'intval', $plan->reference['keyword_ids'] ) );
				$wpdb->query( "UPDATE {$wpdb->prefix}igny8_keywords SET cluster_id = 7 WHERE id NOT IN ({$first}) ORDER BY search_volume ASC LIMIT " . ( Auto_Cluster::ALL_JOB_SIZE + 3 - 5 ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- test set-up; integer ids.
			}
		}
		$this->assertCount( 2, $made, 'The third chunk, clustered meanwhile, makes no job.' );
		$this->assertCount( Auto_Cluster::ALL_JOB_SIZE, $made[0]->input['keywords'] );
		$this->assertCount( 5, $made[1]->input['keywords'], 'The second job sends only the keywords still unclustered when it starts.' );
		$this->assertSame( array_column( $made[1]->input['keywords'], 'id' ), $made[1]->reference['keyword_ids'] );
	}

	public function test_a_selection_still_wins_over_all(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$this->backlog( 5, null, null, 'picked' );
		global $wpdb;
		$ids   = array_map( 'intval', $wpdb->get_col( "SELECT id FROM {$wpdb->prefix}igny8_keywords ORDER BY id ASC LIMIT 2" ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- test read.
		$plans = Registry::get( 'auto_cluster' )->plan(
			array(
				'ids' => $ids,
				'all' => true,
			)
		);
		$this->assertIsArray( $plans );
		$this->assertSame( $ids, $plans[0]->reference['keyword_ids'] );
	}

	public function test_one_price_for_every_job_and_the_route_answers_with_all_of_them(): void {
		$this->connect_test_cloud();
		$this->as_user( $this->create_user( 'administrator' ) );
		$this->backlog( Auto_Cluster::ALL_JOB_SIZE + 500, null, null, 'priced ' . wp_generate_password( 4, false ) );

		$estimate = $this->rest(
			'POST',
			'/igny8/v1/jobs/estimate',
			array(
				'action' => 'auto_cluster',
				'all'    => true,
			)
		);
		$this->assertSame( 200, $estimate->get_status(), (string) wp_json_encode( $estimate->get_data() ) );
		$this->assertSame( 2, $estimate->get_data()['jobs'] );
		// The Worker's price rule: max(2, ceil(keywords / 50)) per job.
		$this->assertSame( 40 + 10, $estimate->get_data()['credits'] );

		$started = $this->rest( 'POST', '/igny8/v1/planner/keywords/auto_cluster', array( 'all' => true ) );
		$this->assertSame( 202, $started->get_status(), (string) wp_json_encode( $started->get_data() ) );
		$this->assertCount( 2, $started->get_data()['jobs'] );
		$this->assertSame( $started->get_data()['jobs'][0]['job_id'], $started->get_data()['job_id'], 'The seed\'s {job_id} answer stays.' );
	}

	public function test_a_run_over_all_stopped_part_way_counts_the_keywords_started_not_the_jobs(): void {
		$this->connect_site();
		$this->as_user( $this->create_user( 'administrator' ) );
		$this->backlog( Auto_Cluster::ALL_JOB_SIZE + 500, null, null, 'partly ' . wp_generate_password( 4, false ) );
		$calls = 0;
		$this->fake_cloud(
			function () use ( &$calls ) {
				++$calls;
				return 1 === $calls
					? array( 202, self::ok( array( 'job' => array( 'id' => 'job_first', 'status' => 'queued' ) ) ) )
					: array( 402, self::fail_envelope( 'Not enough credits: this job needs 10 credits and the balance is 4.' ) );
			}
		);

		$started = $this->rest( 'POST', '/igny8/v1/planner/keywords/auto_cluster', array( 'all' => true ) );

		$this->assertSame( 202, $started->get_status(), (string) wp_json_encode( $started->get_data() ) );
		$data = $started->get_data();
		// The screen's notice says "2,000 started, 500 not started" (it cannot count an "all" run's ids itself).
		$this->assertSame( Auto_Cluster::ALL_JOB_SIZE, $data['started'] );
		$this->assertCount( 500, $data['not_started'] );
		$this->assertSame( 402, $data['stopped']['status'] );
	}
}

<?php
/**
 * Tests for GET /igny8/v1/jobs/{job_id}.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Storage\Jobs_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Job status: a read that only reads; results arrive by delivery or by WP-Cron's pull.
 */
final class Jobs_Controller_Test extends TestCase {

	use Cloud_Fixtures;

	private const ROUTE = '/igny8/v1/jobs/';

	protected function setUp(): void {
		parent::setUp();
		$this->connect_site();
		$this->as_user( $this->create_user( 'editor' ) );
	}

	public function test_shows_a_running_job_as_the_cloud_sees_it_and_writes_nothing(): void {
		$task_id = $this->start_job( 'job_run' );
		$this->fake_cloud(
			fn () => array(
				200,
				self::ok(
					array(
						'id'              => 'job_run',
						'function'        => 'generate_content',
						'status'          => 'running',
						'progress'        => 40,
						'step'            => 'Writing sections',
						'credits_charged' => 0,
						'reference'       => array( 'task_id' => $task_id ),
					)
				),
			)
		);

		$response = $this->rest( 'GET', self::ROUTE . 'job_run' );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame(
			array(
				'id'              => 'job_run',
				'status'          => 'running',
				'progress'        => 40,
				'step'            => 'Writing sections',
				'error'           => null,
				'credits_charged' => 0,
				'task_id'         => $task_id,
				'applied'         => false,
				'post'            => null,
				'replaced'        => null,
			),
			$response->get_data()
		);
		$this->assertSame( 'GET', $this->cloud_requests[0]['method'] );
		$this->assertSame( '/api/v1/ai/jobs/job_run/', $this->cloud_requests[0]['path'] );
		$this->assertSame( 'queued', ( new Jobs_Repository() )->find( 'job_run' )['status'], 'a read changes no row' );
	}

	public function test_a_completed_job_is_not_applied_by_the_read_but_by_the_cron_pull_it_asked_for(): void {
		$task_id = $this->start_job( 'job_pull' );
		$this->fake_cloud(
			fn ( $method, $path ) => '/api/v1/ai/jobs/job_pull/ack/' === $path
				? array( 200, self::ok( array( 'id' => 'job_pull' ) ) )
				: array( 200, self::ok( self::completed_job( 'job_pull', $task_id ) ) )
		);

		$response = $this->rest( 'GET', self::ROUTE . 'job_pull' );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( 'completed', $data['status'] );
		$this->assertSame( 8, $data['credits_charged'] );
		$this->assertFalse( $data['applied'] );
		$this->assertNull( $data['post'], 'reading the status wrote no post' );
		$this->assertSame( array( 'GET' ), array_column( $this->cloud_requests, 'method' ), 'and acknowledged nothing' );
		$this->assertNull( ( new Jobs_Repository() )->find( 'job_pull' )['applied_at'] );

		// The cron pull the job's start asked for applies it, once, and acknowledges it.
		$this->assertNotFalse( wp_next_scheduled( \Igny8\Sync\Pull_Cron::SOON_HOOK ) );
		delete_transient( 'igny8_job_' . md5( 'job_pull' ) );
		( new \Igny8\Sync\Pull_Cron() )->run_soon();

		$data = $this->rest( 'GET', self::ROUTE . 'job_pull' )->get_data();
		$this->assertTrue( $data['applied'] );
		$this->assertSame( 100, $data['progress'] );
		$this->assertIsArray( $data['post'] );
		$this->assertSame( 'How to Start Composting at Home', $data['post']['title'] );
		$this->assertStringContainsString( 'post.php?post=' . $data['post']['id'] . '&action=edit', $data['post']['edit_url'] );
		$this->assertStringContainsString( 'preview=true', $data['post']['view_url'] );

		$post = get_post( $data['post']['id'] );
		$this->assertSame( 'draft', $post->post_status );
		$this->assertSame( self::content_blocks(), $post->post_content );
		$this->assertSame( 'job_pull', get_post_meta( $post->ID, '_igny8_job_id', true ) );
		$this->assertSame( 'completed', ( new Tasks_Repository() )->find( $task_id )['status'] );
		$this->assertContains( '/api/v1/ai/jobs/job_pull/ack/', array_column( $this->cloud_requests, 'path' ) );
	}

	public function test_an_applied_job_is_answered_locally_and_a_late_delivery_changes_nothing(): void {
		$task_id = $this->start_job( 'job_done' );
		$this->fake_cloud(
			fn ( $method, $path ) => array( 200, self::ok( 'POST' === $method ? array() : self::completed_job( 'job_done', $task_id ) ) )
		);
		( new \Igny8\Sync\Pull_Cron() )->run();
		$first = $this->rest( 'GET', self::ROUTE . 'job_done' )->get_data();
		$this->assertTrue( $first['applied'] );
		$calls = count( $this->cloud_requests );

		$second = $this->rest( 'GET', self::ROUTE . 'job_done' )->get_data();
		$this->assertSame( $first, $second );
		$this->assertCount( $calls, $this->cloud_requests, 'no network call once applied' );

		// The push delivery arriving after the pull is answered as a repeat.
		$body     = self::delivery_body( self::completed_job( 'job_done', $task_id ) );
		$delivery = $this->rest( 'POST', '/igny8/v1/deliveries', $body, $this->delivery_headers( $body, 'job_done' ) );
		$this->assertFalse( $delivery->get_data()['applied'] );
		$this->assertSame( $first['post']['id'], $delivery->get_data()['post_id'] );
	}

	public function test_a_read_while_the_result_is_being_written_does_not_report_it_applied(): void {
		$task_id = $this->start_job( 'job_mid' );
		$this->fake_cloud(
			fn ( $method ) => array( 200, self::ok( 'POST' === $method ? array() : self::completed_job( 'job_mid', $task_id ) ) )
		);
		// A screen polls while the pull is writing the draft: read the status from inside the write.
		$during = null;
		$probe  = function () use ( &$during ): void {
			if ( null === $during ) {
				delete_transient( 'igny8_job_' . md5( 'job_mid' ) );
				$during = $this->rest( 'GET', self::ROUTE . 'job_mid' )->get_data();
			}
		};
		add_action( 'wp_insert_post', $probe );
		( new \Igny8\Sync\Pull_Cron() )->run();
		remove_action( 'wp_insert_post', $probe );

		$this->assertIsArray( $during, 'the read ran while the draft was written' );
		$this->assertFalse( $during['applied'], 'claimed is not applied: no post is named yet' );
		$this->assertNull( $during['post'] );
		$after = $this->rest( 'GET', self::ROUTE . 'job_mid' )->get_data();
		$this->assertTrue( $after['applied'] );
		$this->assertIsArray( $after['post'], 'applied comes with its post' );
	}

	public function test_a_failed_job_reports_its_error_and_fails_the_task(): void {
		$task_id = $this->start_job( 'job_fail' );
		$this->fake_cloud(
			fn ( $method ) => array(
				200,
				self::ok(
					'POST' === $method ? array() : array(
						'id'        => 'job_fail',
						'function'  => 'generate_content',
						'status'    => 'failed',
						'progress'  => 60,
						'step'      => 'Writing sections',
						'error'     => 'The model returned invalid JSON twice.',
						'reference' => array( 'task_id' => $task_id ),
					)
				),
			)
		);

		$data = $this->rest( 'GET', self::ROUTE . 'job_fail' )->get_data();

		$this->assertSame( 'failed', $data['status'] );
		$this->assertSame( 'The model returned invalid JSON twice.', $data['error'] );
		$this->assertNull( $data['post'] );
		$this->assertFalse( $data['applied'] );

		( new \Igny8\Sync\Pull_Cron() )->run();
		$this->assertSame( 'failed', ( new Tasks_Repository() )->find( $task_id )['status'] );
	}

	public function test_an_unknown_job_is_a_404_without_asking_the_cloud(): void {
		$this->fake_cloud( fn () => array( 200, self::ok( array() ) ) );

		$this->assert_rest_error( 'igny8_job_not_found', 404, $this->rest( 'GET', self::ROUTE . 'job_nobody_knows' ) );
		$this->assertSame( array(), $this->cloud_requests );
	}

	public function test_an_unreachable_cloud_is_a_502(): void {
		$this->connect_site( 'http://127.0.0.1:9' );
		$this->start_job( 'job_offline' );

		$this->assert_rest_error( 'igny8_cloud_unreachable', 502, $this->rest( 'GET', self::ROUTE . 'job_offline' ) );
	}

	public function test_rejects_malformed_job_ids(): void {
		$this->assertSame( 404, $this->rest( 'GET', self::ROUTE . 'bad%20id' )->get_status() );
		$this->assertSame( 404, $this->rest( 'GET', self::ROUTE . str_repeat( 'a', 65 ) )->get_status() );
	}

	/**
	 * A task whose job was started (as generate_content leaves it).
	 *
	 * @param string $job_id Job id.
	 * @return int Task id.
	 */
	private function start_job( string $job_id ): int {
		$task_id = $this->create_task();
		( new Jobs_Repository() )->save_from_cloud(
			array(
				'id'        => $job_id,
				'function'  => 'generate_content',
				'status'    => 'queued',
				'reference' => array( 'task_id' => $task_id ),
			)
		);
		( new Tasks_Repository() )->mark_in_progress( $task_id, $job_id );
		wp_clear_scheduled_hook( \Igny8\Sync\Pull_Cron::SOON_HOOK );
		\Igny8\Sync\Pull_Cron::soon();
		return $task_id;
	}
}

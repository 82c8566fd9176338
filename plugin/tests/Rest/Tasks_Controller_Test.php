<?php
/**
 * Tests for /igny8/v1/writer/tasks.
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
 * Writer tasks and generate_content.
 */
final class Tasks_Controller_Test extends TestCase {

	use Cloud_Fixtures;

	private const ROUTE = '/igny8/v1/writer/tasks';

	/**
	 * The editor of these tests.
	 *
	 * @var int
	 */
	private int $editor;

	protected function setUp(): void {
		parent::setUp();
		$this->editor = $this->create_user( 'editor' );
		$this->as_user( $this->editor );
	}

	public function test_creates_a_queued_task(): void {
		$response = $this->rest(
			'POST',
			self::ROUTE,
			array(
				'title'    => 'How to start composting',
				'brief'    => "Beginner guide.\nCover bins and ratios.",
				'keywords' => array( 'composting', ' compost bin ', '' ),
			)
		);

		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$task = $response->get_data();
		$this->assertIsInt( $task['id'] );
		$this->assertSame( 'How to start composting', $task['title'] );
		$this->assertSame( "Beginner guide.\nCover bins and ratios.", $task['brief'] );
		$this->assertSame( array( 'composting', 'compost bin' ), $task['keywords'] );
		$this->assertSame( 'queued', $task['status'] );
		$this->assertSame( 'post', $task['content_type'] );
		$this->assertNull( $task['assigned_post_id'] );
		$this->assertNull( $task['post_url'] );
		$this->assertNull( $task['job_id'] );
		$this->assertSame( $this->editor, $task['created_by'] );
	}

	public function test_rejects_a_task_without_a_title(): void {
		$this->assertSame( 400, $this->rest( 'POST', self::ROUTE, array( 'brief' => 'x' ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'POST', self::ROUTE, array( 'title' => '  ' ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'POST', self::ROUTE, array( 'title' => 'x', 'content_type' => 'product' ) )->get_status() );
	}

	public function test_lists_tasks_with_pagination_headers_and_status_filter(): void {
		$first = $this->create_task( array( 'title' => 'First' ) );
		$this->create_task( array( 'title' => 'Second' ) );
		( new Tasks_Repository() )->mark_failed( $first, 'boom' );

		$response = $this->rest( 'GET', self::ROUTE, array( 'per_page' => 1 ) );
		$this->assertSame( '2', $response->get_headers()['X-WP-Total'] );
		$this->assertSame( '2', $response->get_headers()['X-WP-TotalPages'] );
		$this->assertSame( array( 'Second' ), array_column( $response->get_data(), 'title' ) );

		$failed = $this->rest( 'GET', self::ROUTE, array( 'status' => 'failed' ) )->get_data();
		$this->assertSame( array( 'First' ), array_column( $failed, 'title' ) );
		$this->assertSame( 'boom', $failed[0]['error'] );
	}

	public function test_reads_one_task(): void {
		$id = $this->create_task();

		$this->assertSame( $id, $this->rest( 'GET', self::ROUTE . '/' . $id )->get_data()['id'] );
		$this->assert_rest_error( 'igny8_task_not_found', 404, $this->rest( 'GET', self::ROUTE . '/999999' ) );
	}

	public function test_generate_content_starts_a_job_and_marks_the_task_in_progress(): void {
		$this->connect_site();
		$task_id = $this->create_task();
		$this->fake_cloud(
			fn ( $method, $path, $body ) => array(
				202,
				self::ok(
					array(
						'job' => array(
							'id'        => 'job_gen_1',
							'function'  => $body['function'],
							'status'    => 'queued',
							'progress'  => 0,
							'step'      => 'queued',
							'reference' => $body['reference'],
						),
					)
				),
			)
		);

		$response = $this->rest( 'POST', self::ROUTE . '/generate_content', array( 'ids' => array( $task_id ) ) );

		$this->assertSame( 202, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame(
			array(
				'jobs' => array(
					array(
						'task_id' => $task_id,
						'job_id'  => 'job_gen_1',
						'status'  => 'queued',
					),
				),
			),
			$response->get_data()
		);

		$request = $this->cloud_requests[0];
		$this->assertSame( '/api/v1/ai/jobs/', $request['path'] );
		$this->assertSame( 'generate_content', $request['body']['function'] );
		$this->assertSame( 'How to start composting', $request['body']['input']['title'] );
		$this->assertSame( 'A beginner guide.', $request['body']['input']['brief'] );
		$this->assertSame( array( 'composting', 'compost bin' ), $request['body']['input']['keywords'] );
		$this->assertSame( 'post', $request['body']['input']['content_type'] );
		$this->assertSame( array( 'task_id' => $task_id ), $request['body']['reference'] );
		$this->assertMatchesRegularExpression( '/^[0-9a-f-]{36}:generate_content:task:' . $task_id . ':1$/', $request['headers']['Idempotency-Key'] );
		// Started through Job_Starter, which asks WP-Cron to pull the result soon should no delivery come.
		$this->assertNotFalse( wp_next_scheduled( \Igny8\Sync\Pull_Cron::SOON_HOOK ) );

		$task = ( new Tasks_Repository() )->find( $task_id );
		$this->assertSame( 'in_progress', $task['status'] );
		$this->assertSame( 'job_gen_1', $task['job_id'] );
		$job = ( new Jobs_Repository() )->find( 'job_gen_1' );
		$this->assertSame( 'queued', $job['status'] );
		$this->assertSame( $task_id, $job['task_id'] );
		$this->assertNull( $job['applied_at'] );
	}

	public function test_generating_a_running_task_again_reuses_its_job(): void {
		$this->connect_site();
		$task_id = $this->create_task();
		$this->fake_cloud( fn () => array( 202, self::ok( array( 'job' => array( 'id' => 'job_once', 'status' => 'queued' ) ) ) ) );

		$this->rest( 'POST', self::ROUTE . '/generate_content', array( 'ids' => array( $task_id ) ) );
		$again = $this->rest( 'POST', self::ROUTE . '/generate_content', array( 'ids' => array( $task_id ) ) );

		$this->assertSame( 'job_once', $again->get_data()['jobs'][0]['job_id'] );
		$this->assertCount( 1, $this->cloud_requests, 'no second job, no second charge' );
	}

	public function test_a_new_attempt_after_a_failure_uses_a_new_idempotency_key(): void {
		$this->connect_site();
		$task_id = $this->create_task();
		$ids     = array( 'job_try_1', 'job_try_2' );
		$this->fake_cloud(
			function () use ( &$ids ) {
				return array( 202, self::ok( array( 'job' => array( 'id' => array_shift( $ids ), 'status' => 'queued' ) ) ) );
			}
		);

		$this->rest( 'POST', self::ROUTE . '/generate_content', array( 'ids' => array( $task_id ) ) );
		( new Jobs_Repository() )->save_from_cloud( array( 'id' => 'job_try_1', 'status' => 'failed', 'error' => 'x' ) );
		$this->rest( 'POST', self::ROUTE . '/generate_content', array( 'ids' => array( $task_id ) ) );

		$this->assertCount( 2, $this->cloud_requests );
		$this->assertStringEndsWith( ':1', $this->cloud_requests[0]['headers']['Idempotency-Key'] );
		$this->assertStringEndsWith( ':2', $this->cloud_requests[1]['headers']['Idempotency-Key'] );
		$this->assertSame( 'job_try_2', ( new Tasks_Repository() )->find( $task_id )['job_id'] );
	}

	public function test_generate_content_without_credits_is_a_402_with_the_cloud_message(): void {
		$this->connect_site();
		$task_id = $this->create_task();
		$message = 'Not enough credits: this job needs 10 credits and the balance is 2.';
		$this->fake_cloud( fn () => array( 402, self::fail_envelope( $message ) ) );

		$response = $this->rest( 'POST', self::ROUTE . '/generate_content', array( 'ids' => array( $task_id ) ) );

		$this->assert_rest_error( 'igny8_insufficient_credits', 402, $response );
		$this->assertSame( $message, $response->get_data()['message'] );
		$this->assertSame( 'queued', ( new Tasks_Repository() )->find( $task_id )['status'] );
	}

	public function test_credits_running_out_part_way_start_some_and_name_the_rest(): void {
		$this->connect_site();
		$first  = $this->create_task();
		$second = $this->create_task();
		$third  = $this->create_task();
		$calls  = 0;
		$this->fake_cloud(
			function () use ( &$calls ) {
				++$calls;
				return 1 === $calls
					? array( 202, self::ok( array( 'job' => array( 'id' => 'job_paid', 'status' => 'queued' ) ) ) )
					: array( 402, self::fail_envelope( 'Not enough credits: this job needs 10 credits and the balance is 4.' ) );
			}
		);

		$response = $this->rest( 'POST', self::ROUTE . '/generate_content', array( 'ids' => array( $first, $second, $third ) ) );

		$this->assertSame( 202, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( array( 'job_paid' ), array_column( $data['jobs'], 'job_id' ) );
		$this->assertSame( array( $second, $third ), $data['not_started'] );
		$this->assertSame( 1, $data['started'], 'rows started, as the notice counts them' );
		$this->assertSame( 402, $data['stopped']['status'] );
		$this->assertSame( 'igny8_insufficient_credits', $data['stopped']['code'] );
		$this->assertCount( 2, $this->cloud_requests, 'the third task is not tried once the cloud refused' );
		$tasks = new Tasks_Repository();
		$this->assertSame( 'in_progress', $tasks->find( $first )['status'] );
		foreach ( array( $second, $third ) as $task_id ) {
			$this->assertSame( 'queued', $tasks->find( $task_id )['status'], 'a task not started keeps its status' );
			$this->assertEmpty( $tasks->find( $task_id )['job_id'] );
		}
	}

	public function test_generate_content_needs_a_connection(): void {
		$task_id = $this->create_task();

		$this->assert_rest_error( 'igny8_not_connected', 409, $this->rest( 'POST', self::ROUTE . '/generate_content', array( 'ids' => array( $task_id ) ) ) );
	}

	public function test_generate_content_of_an_unknown_task_is_a_404(): void {
		$this->connect_site();

		$this->assert_rest_error( 'igny8_task_not_found', 404, $this->rest( 'POST', self::ROUTE . '/generate_content', array( 'ids' => array( 999999 ) ) ) );
	}

	public function test_generate_content_when_the_cloud_is_down_is_a_502(): void {
		$this->connect_site( 'http://127.0.0.1:9' );
		$task_id = $this->create_task();

		$this->assert_rest_error( 'igny8_cloud_unreachable', 502, $this->rest( 'POST', self::ROUTE . '/generate_content', array( 'ids' => array( $task_id ) ) ) );
		$this->assertSame( 'queued', ( new Tasks_Repository() )->find( $task_id )['status'] );
	}
}

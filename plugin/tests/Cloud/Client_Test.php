<?php
/**
 * Tests for the HTTP client of the cloud.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Cloud;

use Igny8\Cloud\Client;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;
use WP_Error;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Envelope parsing and error mapping.
 */
final class Client_Test extends TestCase {

	use Cloud_Fixtures;

	public function test_sends_the_key_and_json_and_returns_the_envelope_data(): void {
		$this->fake_cloud( fn () => array( 200, self::ok( array( 'credits' => 1500 ) ) ) );

		$data = ( new Client( $this->cloud_url . '/', $this->site_key ) )->get_balance();

		$this->assertSame( array( 'credits' => 1500 ), $data );
		$request = $this->cloud_requests[0];
		$this->assertSame( 'GET', $request['method'] );
		$this->assertSame( $this->cloud_url . '/api/v1/billing/balance/', $request['url'] );
		$this->assertSame( $this->site_key, $request['headers']['X-IGNY8-API-Key'] );
		$this->assertSame( 'application/json', $request['headers']['Accept'] );
	}

	public function test_create_job_posts_function_input_reference_and_idempotency_key(): void {
		$this->fake_cloud( fn () => array( 202, self::ok( array( 'job' => array( 'id' => 'job_9', 'status' => 'queued' ) ) ) ) );

		$job = ( new Client( $this->cloud_url, $this->site_key ) )->create_job( 'generate_content', array( 'title' => 'T' ), array( 'task_id' => 3 ), 'key-1' );

		$this->assertSame( 'job_9', $job['id'] );
		$request = $this->cloud_requests[0];
		$this->assertSame( '/api/v1/ai/jobs/', $request['path'] );
		$this->assertSame( 'key-1', $request['headers']['Idempotency-Key'] );
		$this->assertSame( 'application/json', $request['headers']['Content-Type'] );
		$this->assertSame(
			array(
				'function'  => 'generate_content',
				'input'     => array( 'title' => 'T' ),
				'reference' => array( 'task_id' => 3 ),
			),
			$request['body']
		);
	}

	public function test_get_job_accepts_a_bare_job_as_data(): void {
		$this->fake_cloud( fn () => array( 200, self::ok( array( 'id' => 'job_1', 'status' => 'running' ) ) ) );

		$job = ( new Client( $this->cloud_url, $this->site_key ) )->get_job( 'job_1' );

		$this->assertSame( 'running', $job['status'] );
		$this->assertSame( '/api/v1/ai/jobs/job_1/', $this->cloud_requests[0]['path'] );
	}

	public function test_maps_401_to_invalid_api_key(): void {
		$this->fake_cloud( fn () => array( 401, self::fail_envelope( 'Invalid API key' ) ) );

		$this->assert_error( 'igny8_invalid_api_key', 401, ( new Client( $this->cloud_url, 'bad' ) )->get_balance() );
	}

	public function test_maps_402_to_insufficient_credits_with_the_cloud_message(): void {
		$message = 'Not enough credits: this job needs 10 credits and the balance is 3.';
		$this->fake_cloud( fn () => array( 402, self::fail_envelope( $message ) ) );

		$error = ( new Client( $this->cloud_url, $this->site_key ) )->create_job( 'generate_content', array(), array(), 'k' );

		$this->assert_error( 'igny8_insufficient_credits', 402, $error );
		$this->assertSame( $message, $error->get_error_message() );
	}

	public function test_maps_a_suspended_account_to_its_reason_not_to_a_bad_key(): void {
		$message = 'This IGNY8 account is suspended (a chargeback is being reviewed), so no new AI jobs can start.';
		$this->fake_cloud( fn () => array( 403, array_merge( self::fail_envelope( $message ), array( 'errors' => array( 'account_status' => array( 'suspended' ) ) ) ) ) );

		$error = ( new Client( $this->cloud_url, $this->site_key ) )->create_job( 'generate_content', array(), array(), 'k' );

		$this->assert_error( 'igny8_account_blocked', 403, $error );
		$this->assertSame( $message, $error->get_error_message() );
	}

	public function test_maps_a_suspended_site_to_its_reason(): void {
		$message = 'The site is suspended by the account owner, so it cannot start AI jobs.';
		$this->fake_cloud( fn () => array( 403, array_merge( self::fail_envelope( $message ), array( 'errors' => array( 'site_status' => array( 'suspended' ) ) ) ) ) );

		$error = ( new Client( $this->cloud_url, $this->site_key ) )->create_job( 'generate_content', array(), array(), 'k' );

		$this->assert_error( 'igny8_account_blocked', 403, $error );
		$this->assertSame( $message, $error->get_error_message() );
	}

	public function test_maps_a_403_without_a_standing_to_invalid_api_key(): void {
		$this->fake_cloud( fn () => array( 403, self::fail_envelope( 'Forbidden' ) ) );

		$this->assert_error( 'igny8_invalid_api_key', 401, ( new Client( $this->cloud_url, $this->site_key ) )->get_balance() );
	}

	public function test_maps_other_errors_to_cloud_error_with_text_and_request_id(): void {
		$this->fake_cloud( fn () => array( 500, self::fail_envelope( 'Internal error' ) ) );

		$error = ( new Client( $this->cloud_url, $this->site_key ) )->get_job( 'job_1' );

		$this->assert_error( 'igny8_cloud_error', 502, $error );
		$this->assertStringContainsString( 'Internal error', $error->get_error_message() );
		$this->assertStringContainsString( 'req_test', $error->get_error_message() );
		$this->assertSame( 'req_test', $error->get_error_data()['request_id'] );
	}

	public function test_keeps_client_error_statuses(): void {
		$this->fake_cloud( fn () => array( 404, self::fail_envelope( 'Job not found' ) ) );

		$this->assert_error( 'igny8_cloud_error', 404, ( new Client( $this->cloud_url, $this->site_key ) )->get_job( 'job_x' ) );
	}

	public function test_reports_a_response_that_is_not_the_envelope(): void {
		add_filter(
			'pre_http_request',
			static fn () => array(
				'headers'  => array(),
				'body'     => '<html>Welcome to nginx</html>',
				'response' => array(
					'code'    => 200,
					'message' => 'OK',
				),
				'cookies'  => array(),
				'filename' => null,
			)
		);

		$error = ( new Client( 'http://wrong.test', $this->site_key ) )->get_balance();

		$this->assert_error( 'igny8_cloud_error', 502, $error );
		$this->assertStringContainsString( 'http://wrong.test', $error->get_error_message() );
	}

	public function test_an_unreachable_cloud_is_a_502_naming_the_url(): void {
		$error = ( new Client( 'http://127.0.0.1:9', $this->site_key ) )->get_balance();

		$this->assert_error( 'igny8_cloud_unreachable', 502, $error );
		$this->assertStringContainsString( 'http://127.0.0.1:9', $error->get_error_message() );
		$this->assertStringContainsString( 'Cloud URL', $error->get_error_message() );
	}

	/**
	 * Asserts a WP_Error with code and status.
	 *
	 * @param string $code   Code.
	 * @param int    $status Status.
	 * @param mixed  $result Result.
	 */
	private function assert_error( string $code, int $status, $result ): void {
		$this->assertInstanceOf( WP_Error::class, $result );
		$this->assertSame( $code, $result->get_error_code() );
		$this->assertSame( $status, $result->get_error_data()['status'] );
	}
}

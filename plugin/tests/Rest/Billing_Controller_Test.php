<?php
/**
 * Tests for GET /igny8/v1/billing/usage and /igny8/v1/billing/transactions against the real Worker.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;
use Igny8\Actions\Registry;
use Igny8\Cloud\Connection;
use Igny8\Rest\Billing_Controller;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * The Credits screen's proxies: query args are validated in WordPress, forwarded to the Worker that
 * `npm test` runs (IGNY8_TEST_CLOUD_URL, IGNY8_TEST_SITE_KEY) and its answers reduced to the screen's shape.
 */
final class Billing_Controller_Test extends TestCase {

	use Cloud_Fixtures;

	protected function setUp(): void {
		parent::setUp();
		$this->connect_test_cloud();
		$this->as_user( $this->create_user( 'administrator' ) );
	}

	public function test_a_cached_balance_is_never_shown_for_another_site_or_after_disconnecting(): void {
		$this->assertSame( 200, $this->rest( 'GET', '/igny8/v1/billing/balance' )->get_status() );
		// What a connection to another account cached moments ago.
		set_transient(
			Billing_Controller::TRANSIENT,
			array(
				'credits'               => 987654,
				'low_balance_threshold' => 0,
				'low_balance'           => false,
				'account_notice'        => null,
				'site'                  => 'site_of_another_account',
			),
			30
		);
		$answer = $this->rest( 'GET', '/igny8/v1/billing/balance' );
		$this->assertSame( 200, $answer->get_status(), (string) wp_json_encode( $answer->get_data() ) );
		$this->assertNotSame( 987654, $answer->get_data()['credits'] );
		$this->assertArrayNotHasKey( 'site', $answer->get_data() );
		// Read again, this site's own figure comes from the cache, without its site id.
		$this->assertSame( $answer->get_data(), $this->rest( 'GET', '/igny8/v1/billing/balance' )->get_data() );

		( new Connection() )->disconnect();
		$gone = $this->rest( 'GET', '/igny8/v1/billing/balance' );
		$this->assertSame( 409, $gone->get_status() );
		$this->assertSame( 'igny8_not_connected', $gone->as_error()->get_error_code() );
	}

	public function test_usage_reports_the_requested_days_from_the_worker(): void {
		$response = $this->rest( 'GET', '/igny8/v1/billing/usage', array( 'days' => 7 ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$usage = $response->get_data();
		$this->assertSame( array( 'from', 'to', 'days', 'totals', 'per_day', 'per_function' ), array_keys( $usage ) );
		$this->assertSame( 7, $usage['days'] );
		$this->assertSame( gmdate( 'Y-m-d' ), $usage['to'] );
		// The Worker counts the window in whole UTC days, today included.
		$this->assertSame( gmdate( 'Y-m-d', time() - 6 * DAY_IN_SECONDS ), $usage['from'] );
		$this->assertSame( array( 'credits', 'tokens_in', 'tokens_out', 'jobs' ), array_keys( $usage['totals'] ) );
		$this->assertSame( $usage['totals']['credits'], array_sum( array_column( $usage['per_day'], 'credits' ) ) );
		$this->assertSame( $usage['totals']['credits'], array_sum( array_column( $usage['per_function'], 'credits' ) ) );
	}

	public function test_usage_rejects_days_outside_the_clouds_range(): void {
		$this->assertSame( 400, $this->rest( 'GET', '/igny8/v1/billing/usage', array( 'days' => 0 ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'GET', '/igny8/v1/billing/usage', array( 'days' => 367 ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'GET', '/igny8/v1/billing/usage', array( 'days' => 'many' ) )->get_status() );
	}

	public function test_transactions_list_the_reservation_of_a_job_this_site_started(): void {
		$task_id = $this->create_task( array( 'title' => 'Billing proxy test ' . wp_generate_password( 6, false ) ) );
		$jobs    = Registry::get( 'generate_content' )->run( array( 'ids' => array( $task_id ) ) );
		$this->assertIsArray( $jobs, is_wp_error( $jobs ) ? $jobs->get_error_message() : '' );
		$job_id = (string) $jobs[0]['job_id'];

		$response = $this->rest( 'GET', '/igny8/v1/billing/transactions', array( 'kind' => 'reserve', 'per_page' => 100 ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$items = $response->get_data();
		$this->assertContains( $job_id, array_column( $items, 'job_id' ) );
		$this->assertSame( array( 'reserve' ), array_values( array_unique( array_column( $items, 'kind' ) ) ) );
		$mine = $items[ array_search( $job_id, array_column( $items, 'job_id' ), true ) ];
		$this->assertLessThan( 0, $mine['amount'] );
		$this->assertSame( array( 'id', 'kind', 'amount', 'bucket', 'balance_after', 'job_id', 'reason', 'created_at' ), array_keys( $mine ) );
		$total = (int) $response->get_headers()['X-WP-Total'];
		$this->assertGreaterThanOrEqual( count( $items ), $total );
	}

	public function test_transactions_are_paginated_by_the_worker(): void {
		$task_id = $this->create_task( array( 'title' => 'Billing pages test ' . wp_generate_password( 6, false ) ) );
		$this->assertIsArray( Registry::get( 'generate_content' )->run( array( 'ids' => array( $task_id ) ) ) );

		$first = $this->rest( 'GET', '/igny8/v1/billing/transactions', array( 'per_page' => 1 ) );

		$this->assertSame( 200, $first->get_status(), (string) wp_json_encode( $first->get_data() ) );
		$this->assertCount( 1, $first->get_data() );
		$total = (int) $first->get_headers()['X-WP-Total'];
		$this->assertGreaterThanOrEqual( 1, $total );
		$this->assertSame( (string) $total, $first->get_headers()['X-WP-TotalPages'] );
	}

	public function test_transactions_reject_unknown_kinds_and_page_sizes(): void {
		$this->assertSame( 400, $this->rest( 'GET', '/igny8/v1/billing/transactions', array( 'kind' => 'gift' ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'GET', '/igny8/v1/billing/transactions', array( 'per_page' => 101 ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'GET', '/igny8/v1/billing/transactions', array( 'page' => 0 ) )->get_status() );
	}

	public function test_a_disconnected_site_is_told_to_connect(): void {
		$this->rest( 'DELETE', '/igny8/v1/system/connection' );

		$response = $this->rest( 'GET', '/igny8/v1/billing/usage' );

		$this->assertSame( 'igny8_not_connected', $response->get_data()['code'] );
	}

	public function test_an_unreachable_cloud_says_so(): void {
		$this->connect_site( 'http://127.0.0.1:9' );

		$response = $this->rest( 'GET', '/igny8/v1/billing/transactions' );

		$this->assertSame( 502, $response->get_status() );
		$this->assertSame( 'igny8_cloud_unreachable', $response->get_data()['code'] );
	}
}

<?php
/**
 * Red team: captured or re-aimed cloud signatures.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Red_Team;

use Igny8\Storage\Jobs_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

/**
 * The delivery endpoint accepts a signature once, for the method and route it was made for.
 */
final class Signed_Delivery_Test extends TestCase {

	use Cloud_Fixtures;

	private const ROUTE = '/igny8/v1/deliveries';

	protected function setUp(): void {
		parent::setUp();
		$this->connect_site();
	}

	public function test_a_captured_delivery_replayed_inside_the_window_is_refused(): void {
		$task_id = $this->create_task();
		$body    = self::delivery_body( self::completed_job( 'job_replayed', $task_id ) );
		$headers = $this->delivery_headers( $body, 'job_replayed' );

		$this->assertSame( 200, $this->rest( 'POST', self::ROUTE, $body, $headers )->get_status() );
		$this->assert_rest_error( 'igny8_replayed_signature', 401, $this->rest( 'POST', self::ROUTE, $body, $headers ) );
	}

	public function test_a_signature_over_the_body_alone_no_longer_passes_for_any_route(): void {
		$task_id = $this->create_task();
		$body    = self::delivery_body( self::completed_job( 'job_old_scheme', $task_id ) );
		$time    = time();
		// The former scheme's text, "<t>.<body>": a signature an attacker could lift from any signed route.
		$header = 't=' . $time . ',v1=' . hash_hmac( 'sha256', $time . '.' . $body, $this->webhook_secret );

		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( 'POST', self::ROUTE, $body, array( 'X-IGNY8-Signature' => $header ) ) );
		$this->assertNull( ( new Jobs_Repository() )->find( 'job_old_scheme' ) );
	}

	public function test_an_empty_body_signature_lifted_from_another_request_opens_no_signed_route(): void {
		$time = time();
		// Under the former scheme "<t>." signed an empty body for every route at once.
		$header = 't=' . $time . ',v1=' . hash_hmac( 'sha256', $time . '.', $this->webhook_secret );

		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( 'POST', self::ROUTE, '', array( 'X-IGNY8-Signature' => $header ) ) );
	}

	public function test_a_signature_made_for_another_route_or_method_is_refused(): void {
		$task_id = $this->create_task();
		$body    = self::delivery_body( self::completed_job( 'job_other_route', $task_id ) );
		$time    = time();
		foreach ( array( 'POST./igny8/v1/posts', 'PUT./igny8/v1/deliveries', 'GET./igny8/v1/deliveries' ) as $target ) {
			$header = 't=' . $time . ',v1=' . hash_hmac( 'sha256', $time . '.' . $target . '.' . $body, $this->webhook_secret );
			$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( 'POST', self::ROUTE, $body, array( 'X-IGNY8-Signature' => $header ) ) );
		}
		$this->assertNull( ( new Jobs_Repository() )->find( 'job_other_route' ) );
	}
}

<?php
/**
 * Tests for the delivery signature scheme.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Cloud;

use Igny8\Cloud\Signature;
use Igny8\Tests\TestCase;
use WP_Error;

/**
 * t=…,v1=… HMAC-SHA256 over "t.METHOD.route.body".
 */
final class Signature_Test extends TestCase {

	private const SECRET = 'whsec_signature_test';
	private const BODY   = '{"job_id":"job_1","status":"completed"}';
	private const NOW    = 1767225600;
	private const ROUTE  = '/igny8/v1/deliveries';

	public function test_accepts_a_valid_signature(): void {
		$header = Signature::sign( self::SECRET, 'POST', self::ROUTE, self::BODY, self::NOW );

		$this->assert_accepted( Signature::verify( $header, 'POST', self::ROUTE, self::BODY, self::SECRET, self::NOW ) );
	}

	public function test_matches_the_documented_scheme(): void {
		$expected = 't=' . self::NOW . ',v1=' . hash_hmac( 'sha256', self::NOW . '.POST./igny8/v1/deliveries.' . self::BODY, self::SECRET );

		$this->assertSame( $expected, Signature::sign( self::SECRET, 'POST', self::ROUTE, self::BODY, self::NOW ) );
		$this->assert_accepted( Signature::verify( $expected, 'POST', self::ROUTE, self::BODY, self::SECRET, self::NOW ) );
	}

	public function test_accepts_a_signature_within_five_minutes_either_way(): void {
		$this->assert_accepted( Signature::verify( Signature::sign( self::SECRET, 'POST', self::ROUTE, self::BODY, self::NOW - 300 ), 'POST', self::ROUTE, self::BODY, self::SECRET, self::NOW ) );
		$this->assert_accepted( Signature::verify( Signature::sign( self::SECRET, 'POST', self::ROUTE, self::BODY, self::NOW + 300 ), 'POST', self::ROUTE, self::BODY, self::SECRET, self::NOW ) );
	}

	public function test_rejects_a_forged_signature(): void {
		$header = Signature::sign( 'another-secret', 'POST', self::ROUTE, self::BODY, self::NOW );

		$this->assert_rejected( Signature::verify( $header, 'POST', self::ROUTE, self::BODY, self::SECRET, self::NOW ) );
	}

	public function test_rejects_a_stale_signature(): void {
		$header = Signature::sign( self::SECRET, 'POST', self::ROUTE, self::BODY, self::NOW - 301 );

		$this->assert_rejected( Signature::verify( $header, 'POST', self::ROUTE, self::BODY, self::SECRET, self::NOW ) );
	}

	public function test_rejects_a_signature_from_the_future(): void {
		$header = Signature::sign( self::SECRET, 'POST', self::ROUTE, self::BODY, self::NOW + 301 );

		$this->assert_rejected( Signature::verify( $header, 'POST', self::ROUTE, self::BODY, self::SECRET, self::NOW ) );
	}

	public function test_rejects_a_signature_replayed_with_another_body(): void {
		$header = Signature::sign( self::SECRET, 'POST', self::ROUTE, self::BODY, self::NOW );

		$this->assert_rejected( Signature::verify( $header, 'POST', self::ROUTE, '{"job_id":"job_2","status":"completed"}', self::SECRET, self::NOW ) );
	}

	public function test_rejects_a_replayed_signature_with_a_fresh_timestamp(): void {
		$old       = Signature::sign( self::SECRET, 'POST', self::ROUTE, self::BODY, self::NOW - 3600 );
		$signature = substr( $old, strpos( $old, ',v1=' ) + 4 );

		$this->assert_rejected( Signature::verify( 't=' . self::NOW . ',v1=' . $signature, 'POST', self::ROUTE, self::BODY, self::SECRET, self::NOW ) );
	}

	public function test_rejects_missing_or_malformed_headers(): void {
		foreach ( array( '', 'garbage', 't=' . self::NOW, 'v1=abc', 't=abc,v1=abc' ) as $header ) {
			$this->assert_rejected( Signature::verify( $header, 'POST', self::ROUTE, self::BODY, self::SECRET, self::NOW ), $header );
		}
	}

	public function test_rejects_everything_when_there_is_no_secret(): void {
		$this->assert_rejected( Signature::verify( Signature::sign( '', 'POST', self::ROUTE, self::BODY, self::NOW ), 'POST', self::ROUTE, self::BODY, '', self::NOW ) );
	}

	public function test_accepts_any_of_several_v1_values_for_secret_rotation(): void {
		$valid  = Signature::sign( self::SECRET, 'POST', self::ROUTE, self::BODY, self::NOW );
		$header = 't=' . self::NOW . ',v1=' . str_repeat( '0', 64 ) . ',' . substr( $valid, strpos( $valid, 'v1=' ) );

		$this->assert_accepted( Signature::verify( $header, 'POST', self::ROUTE, self::BODY, self::SECRET, self::NOW ) );
	}

	public function test_rejects_a_signature_replayed_on_another_route_or_method(): void {
		$header = Signature::sign( self::SECRET, 'POST', self::ROUTE, '', self::NOW );

		$this->assert_rejected( Signature::verify( $header, 'POST', '/igny8/v1/jobs', '', self::SECRET, self::NOW ) );
		$this->assert_rejected( Signature::verify( $header, 'GET', self::ROUTE, '', self::SECRET, self::NOW ) );
	}

	/**
	 * Asserts acceptance: verify() answers the matching v1 value.
	 *
	 * @param string|WP_Error $result Verify result.
	 */
	private function assert_accepted( $result ): void {
		$this->assertIsString( $result );
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{64}$/', $result );
	}

	/**
	 * Asserts the 401 rejection.
	 *
	 * @param string|WP_Error $result  Verify result.
	 * @param string        $message Context.
	 */
	private function assert_rejected( $result, string $message = '' ): void {
		$this->assertInstanceOf( WP_Error::class, $result, $message );
		$this->assertSame( 'igny8_invalid_signature', $result->get_error_code() );
		$this->assertSame( 401, $result->get_error_data()['status'] );
	}
}

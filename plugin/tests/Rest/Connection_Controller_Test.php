<?php
/**
 * Tests for /igny8/v1/system/connection.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Cloud\Connection;
use Igny8\Security\Secrets;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Connect, status, re-test and disconnect.
 */
final class Connection_Controller_Test extends TestCase {

	use Cloud_Fixtures;

	private const ROUTE = '/igny8/v1/system/connection';

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'administrator' ) );
	}

	public function test_status_of_a_site_that_never_connected(): void {
		$response = $this->rest( 'GET', self::ROUTE );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame(
			array(
				'connected'    => false,
				// The test stack sets IGNY8_CLOUD_URL; without it the local Worker is offered.
				'cloud_url'    => getenv( 'IGNY8_CLOUD_URL' ) ? getenv( 'IGNY8_CLOUD_URL' ) : Connection::DEFAULT_CLOUD_URL,
				'site'         => null,
				'account'      => null,
				'balance'      => null,
				'last_checked' => null,
			),
			$response->get_data()
		);
	}

	public function test_connect_tests_the_key_stores_it_encrypted_and_returns_the_status(): void {
		$this->fake_cloud( fn () => array( 200, self::ok( $this->test_connection_data() ) ) );

		$response = $this->rest(
			'POST',
			self::ROUTE,
			array(
				'cloud_url' => $this->cloud_url . '/',
				'api_key'   => ' ' . $this->site_key . ' ',
			)
		);

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertTrue( $data['connected'] );
		$this->assertSame( $this->cloud_url, $data['cloud_url'] );
		$this->assertSame( array( 'id' => 'site_1', 'name' => 'Test site' ), $data['site'] );
		$this->assertSame( array( 'name' => 'Test account' ), $data['account'] );
		$this->assertSame( array( 'credits' => 1990, 'low_balance' => false ), $data['balance'] );
		$this->assertNotNull( $data['last_checked'] );

		// The key and the webhook secret are stored, encrypted, and never sent back.
		$this->assertSame( $this->site_key, Secrets::retrieve( Secrets::API_KEY ) );
		$this->assertSame( $this->webhook_secret, Secrets::retrieve( Secrets::WEBHOOK_SECRET ) );
		$this->assertNotSame( $this->site_key, get_option( Secrets::API_KEY ) );
		$this->assertStringNotContainsString( $this->site_key, (string) wp_json_encode( $data ) );
		$this->assertStringNotContainsString( $this->webhook_secret, (string) wp_json_encode( $data ) );
		$this->assertStringNotContainsString( $this->site_key, (string) wp_json_encode( get_option( Connection::OPTION ) ) );

		// The cloud learned where to deliver and what this site is.
		$request = $this->cloud_requests[0];
		$this->assertSame( '/api/v1/integration/integrations/test-connection/', $request['path'] );
		$this->assertSame( $this->site_key, $request['headers']['X-IGNY8-API-Key'] );
		$this->assertSame( rest_url( 'igny8/v1/deliveries' ), $request['body']['delivery_url'] );
		$this->assertSame( home_url( '/' ), $request['body']['site_url'] );
		$this->assertSame( IGNY8_VERSION, $request['body']['plugin_version'] );
		$this->assertSame( get_bloginfo( 'version' ), $request['body']['wp_version'] );
		$this->assertSame( get_locale(), $request['body']['language'] );
		$this->assertContains( 'post', $request['body']['post_types'] );
		$this->assertContains( 'category', $request['body']['taxonomies'] );
	}

	public function test_connect_to_an_unreachable_cloud_is_a_502_and_stores_nothing(): void {
		$response = $this->rest(
			'POST',
			self::ROUTE,
			array(
				'cloud_url' => 'http://127.0.0.1:9',
				'api_key'   => $this->site_key,
			)
		);

		$this->assert_rest_error( 'igny8_cloud_unreachable', 502, $response );
		$this->assertStringContainsString( 'http://127.0.0.1:9', $response->get_data()['message'] );
		$this->assertFalse( get_option( Secrets::API_KEY ) );
		$this->assertFalse( get_option( Connection::OPTION ) );
	}

	public function test_connect_with_a_rejected_key_is_invalid_api_key(): void {
		$this->fake_cloud( fn () => array( 401, self::fail_envelope( 'Invalid API key' ) ) );

		$response = $this->rest(
			'POST',
			self::ROUTE,
			array(
				'cloud_url' => $this->cloud_url,
				'api_key'   => 'igny8_sk_wrong_key',
			)
		);

		$this->assert_rest_error( 'igny8_invalid_api_key', 401, $response );
		$this->assertFalse( get_option( Secrets::API_KEY ) );
	}

	public function test_connect_validates_its_arguments(): void {
		$this->fake_cloud( fn () => array( 500, self::fail_envelope( 'must not be called' ) ) );

		foreach (
			array(
				array( 'cloud_url' => 'ftp://cloud.test', 'api_key' => $this->site_key ),
				array( 'cloud_url' => 'not a url', 'api_key' => $this->site_key ),
				array( 'cloud_url' => $this->cloud_url, 'api_key' => 'short' ),
				array( 'cloud_url' => $this->cloud_url, 'api_key' => 'has spaces inside it' ),
				array( 'cloud_url' => $this->cloud_url ),
			) as $body
		) {
			$response = $this->rest( 'POST', self::ROUTE, $body );
			$this->assertSame( 400, $response->get_status(), (string) wp_json_encode( $body ) );
			$this->assertContains( $response->get_data()['code'], array( 'rest_invalid_param', 'rest_missing_callback_param' ) );
		}
		$this->assertSame( array(), $this->cloud_requests );
	}

	public function test_retest_of_an_unreachable_cloud_is_a_502_without_warnings(): void {
		$this->connect_site( 'http://127.0.0.1:9' );

		$response = $this->rest( 'POST', self::ROUTE . '/test' );

		$this->assert_rest_error( 'igny8_cloud_unreachable', 502, $response );
		$this->assertStringContainsString( 'http://127.0.0.1:9', $response->get_data()['message'] );
		$this->assertTrue( $this->rest( 'GET', self::ROUTE )->get_data()['connected'], 'a failed test does not disconnect' );
	}

	public function test_retest_refreshes_names_balance_and_secret(): void {
		$this->connect_site();
		update_option( Connection::OPTION, array_merge( get_option( Connection::OPTION ), array( 'site_name' => 'Old name' ) ) );
		$this->webhook_secret = 'whsec_rotated';
		$this->fake_cloud( fn () => array( 200, self::ok( $this->test_connection_data() ) ) );

		$response = $this->rest( 'POST', self::ROUTE . '/test' );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'Test site', $response->get_data()['site']['name'] );
		$this->assertSame( 1990, $response->get_data()['balance']['credits'] );
		$this->assertSame( 'whsec_rotated', Secrets::retrieve( Secrets::WEBHOOK_SECRET ) );
		$this->assertSame( '2026-01-01 00:00:00', get_option( Connection::OPTION )['connected_at'] );
	}

	public function test_retest_without_a_connection_is_not_connected(): void {
		$this->assert_rest_error( 'igny8_not_connected', 409, $this->rest( 'POST', self::ROUTE . '/test' ) );
	}

	public function test_disconnect_forgets_the_secrets_but_keeps_the_url(): void {
		$this->connect_site();

		$response = $this->rest( 'DELETE', self::ROUTE );

		$this->assertSame( 200, $response->get_status() );
		$this->assertFalse( $response->get_data()['connected'] );
		$this->assertSame( $this->cloud_url, $response->get_data()['cloud_url'] );
		$this->assertFalse( get_option( Secrets::API_KEY ) );
		$this->assertFalse( get_option( Secrets::WEBHOOK_SECRET ) );
	}

	public function test_editors_cannot_manage_the_connection(): void {
		$this->as_user( $this->create_user( 'editor' ) );

		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'GET', self::ROUTE ) );
		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'DELETE', self::ROUTE ) );
	}
}

<?php
/**
 * Tests for /igny8/v1/system/provider against the real Worker and the second fake model (a test
 * double standing in for the site's own provider, which answers only to its own key).
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Switching between IGNY8 credits and the site's own key: the key is checked by the cloud, answered
 * only as its last four characters and never stored in WordPress; switching back needs no reconnecting.
 */
final class Provider_Controller_Test extends TestCase {

	use Cloud_Fixtures;

	private const ROUTE = '/igny8/v1/system/provider';

	/**
	 * Base URL of the second fake model.
	 *
	 * @var string
	 */
	private string $own_url;

	/**
	 * The key the second fake model requires.
	 *
	 * @var string
	 */
	private string $own_key;

	protected function setUp(): void {
		parent::setUp();
		$this->own_url = (string) getenv( 'IGNY8_TEST_OWN_PROVIDER_URL' );
		$this->own_key = (string) getenv( 'IGNY8_TEST_OWN_PROVIDER_KEY' );
		$this->assertNotSame( '', $this->own_url, 'IGNY8_TEST_OWN_PROVIDER_URL is not set: run the PHP tests with `npm test -- --only=php`.' );
		$this->connect_test_cloud();
		$this->as_user( $this->create_user( 'administrator' ) );
	}

	protected function tearDown(): void {
		// The test site is shared by the whole suite: leave it on credits whatever happened.
		$this->as_user( $this->create_user( 'administrator' ) );
		$this->rest( 'DELETE', self::ROUTE );
		parent::tearDown();
	}

	public function test_only_administrators_reach_the_provider(): void {
		$this->as_user( $this->create_user( 'editor' ) );

		$this->assertSame( 403, $this->rest( 'GET', self::ROUTE )->get_status() );
		$this->assertSame( 403, $this->rest( 'PUT', self::ROUTE, $this->own() )->get_status() );
		$this->assertSame( 403, $this->rest( 'DELETE', self::ROUTE )->get_status() );
	}

	public function test_a_new_site_pays_with_credits(): void {
		$response = $this->rest( 'GET', self::ROUTE );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'credits', $response->get_data()['mode'] );
		$this->assertSame( '', $response->get_data()['key_last4'] );
		$this->assertSame( 1, $response->get_data()['platform_fee'] );
	}

	public function test_a_key_the_provider_refuses_is_not_saved_and_the_provider_says_why(): void {
		$response = $this->rest( 'PUT', self::ROUTE, array_merge( $this->own(), array( 'api_key' => 'sk-not-the-right-key-000' ) ) );

		$this->assert_rest_error( 'igny8_cloud_error', 400, $response );
		$this->assertStringContainsString( 'The provider refused the key (401): Incorrect API key provided', $response->get_data()['message'] );
		$this->assertArrayHasKey( 'api_key', $response->get_data()['data']['errors'] );
		$this->assertSame( 'credits', $this->rest( 'GET', self::ROUTE )->get_data()['mode'] );
	}

	public function test_the_form_rules_refuse_before_the_cloud_is_asked(): void {
		$no_models = $this->rest( 'PUT', self::ROUTE, array_merge( $this->own(), array( 'models' => array() ) ) );
		$bad_model = $this->rest( 'PUT', self::ROUTE, array_merge( $this->own(), array( 'models' => array( 'gpt 4' ) ) ) );
		$bad_url   = $this->rest( 'PUT', self::ROUTE, array_merge( $this->own(), array( 'base_url' => 'ftp://models.example' ) ) );
		$no_key    = $this->rest( 'PUT', self::ROUTE, array_merge( $this->own(), array( 'api_key' => '' ) ) );

		$this->assert_rest_error( 'rest_invalid_param', 400, $no_models );
		$this->assert_rest_error( 'rest_invalid_param', 400, $bad_model );
		$this->assert_rest_error( 'rest_invalid_param', 400, $bad_url );
		$this->assert_rest_error( 'rest_missing_callback_param', 400, $no_key );
		$this->assertSame( array( 'api_key' ), array_keys( $no_key->get_data()['data']['errors'] ) );
	}

	public function test_a_checked_key_is_shown_only_as_its_last_four_and_switching_back_needs_no_reconnecting(): void {
		global $wpdb;
		$saved = $this->rest( 'PUT', self::ROUTE, $this->own() );

		$this->assertSame( 200, $saved->get_status(), (string) wp_json_encode( $saved->get_data() ) );
		$this->assertSame( 'own_key', $saved->get_data()['mode'] );
		$this->assertSame( substr( $this->own_key, -4 ), $saved->get_data()['key_last4'] );
		$this->assertSame( array( 'gpt-4o-mini' ), $saved->get_data()['models'] );
		$this->assertStringNotContainsString( $this->own_key, (string) wp_json_encode( $saved->get_data() ) );
		$this->assertStringNotContainsString( $this->own_key, (string) wp_json_encode( $this->rest( 'GET', self::ROUTE )->get_data() ) );
		$like = '%' . $wpdb->esc_like( $this->own_key ) . '%';
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_value LIKE %s", $like ) ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery

		// Settings → AI models now offers the site's own models.
		$models = $this->rest( 'GET', '/igny8/v1/system/models' )->get_data();
		$this->assertSame(
			array(
				'default' => 'gpt-4o-mini',
				'allowed' => array( 'gpt-4o-mini' ),
			),
			$models['functions']['generate_content']
		);

		$back = $this->rest( 'DELETE', self::ROUTE );
		$this->assertSame( 200, $back->get_status() );
		$this->assertSame( 'credits', $back->get_data()['mode'] );
		$this->assertNotSame( array( 'gpt-4o-mini' ), $this->rest( 'GET', '/igny8/v1/system/models' )->get_data()['functions']['generate_content']['allowed'] );
		// Still connected, no reconnecting: the key works for the next cloud call. (Not Test connection: the
		// first one on a site claims its webhook secret, which the browser specs' site needs.)
		$balance = $this->rest( 'GET', '/igny8/v1/billing/balance', array( 'refresh' => true ) );
		$this->assertSame( 200, $balance->get_status(), (string) wp_json_encode( $balance->get_data() ) );
		$this->assertIsInt( $balance->get_data()['credits'] );
	}

	public function test_a_key_from_settings_connectors_is_offered_and_used_where_core_has_connectors(): void {
		update_option( 'connectors_ai_openai_api_key', $this->own_key );
		add_filter(
			'igny8_connector_base_urls',
			fn (): array => array( 'openai' => $this->own_url )
		);

		$offered = $this->rest( 'GET', self::ROUTE )->get_data()['connectors'];
		$used    = $this->rest(
			'PUT',
			self::ROUTE,
			array(
				'connector' => 'openai',
				'models'    => array( 'gpt-4o-mini' ),
			)
		);

		if ( function_exists( 'wp_get_connectors' ) && null !== wp_get_connector( 'openai' ) ) {
			$this->assertSame(
				array(
					array(
						'id'        => 'openai',
						'name'      => wp_get_connector( 'openai' )['name'],
						'base_url'  => $this->own_url,
						'key_last4' => substr( $this->own_key, -4 ),
					),
				),
				$offered
			);
			$this->assertSame( 200, $used->get_status(), (string) wp_json_encode( $used->get_data() ) );
			$this->assertSame( 'own_key', $used->get_data()['mode'] );
			$this->assertSame( $this->own_url, $used->get_data()['base_url'] );
		} else {
			// WordPress before 7.0: no Connectors API, so nothing is offered or accepted.
			$this->assertSame( array(), $offered );
			$this->assert_rest_error( 'igny8_connector_unavailable', 400, $used );
		}
	}

	/**
	 * A valid body for the second fake model.
	 *
	 * @return array<string, mixed>
	 */
	private function own(): array {
		return array(
			'base_url' => $this->own_url,
			'api_key'  => $this->own_key,
			'models'   => array( 'gpt-4o-mini' ),
		);
	}
}

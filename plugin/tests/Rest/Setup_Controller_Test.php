<?php
/**
 * Tests for /igny8/v1/setup: the wizard's steps and the one-click connect.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Cloud\Authorization;
use Igny8\Cloud\Connection;
use Igny8\Security\Secrets;
use Igny8\Setup\Activation_Redirect;
use Igny8\Setup\Setup_State;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Steps saved and resumed; connect started with state + PKCE, finished by trading the code server to server.
 */
final class Setup_Controller_Test extends TestCase {

	use Cloud_Fixtures;

	private const ROUTE = '/igny8/v1/setup';

	private int $admin;

	protected function setUp(): void {
		parent::setUp();
		$this->admin = $this->create_user( 'administrator' );
		$this->as_user( $this->admin );
	}

	public function test_a_new_site_has_every_step_pending(): void {
		$response = $this->rest( 'GET', self::ROUTE );

		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( array_fill_keys( Setup_State::STEPS, 'pending' ), $data['steps'] );
		$this->assertFalse( $data['complete'] );
		$this->assertFalse( $data['connection']['connected'] );
	}

	public function test_steps_are_skipped_and_finished_and_resume_from_the_option(): void {
		$skipped = $this->rest( 'POST', self::ROUTE . '/steps/industry', array( 'status' => 'skipped' ) );
		$this->assertSame( 200, $skipped->get_status(), (string) wp_json_encode( $skipped->get_data() ) );
		$this->assertSame( 'skipped', $skipped->get_data()['steps']['industry'] );

		$this->rest( 'POST', self::ROUTE . '/steps/profile', array( 'status' => 'done' ) );
		$this->assertSame(
			array(
				'connect'    => 'pending',
				'industry'   => 'skipped',
				'profile'    => 'done',
				'keywords'   => 'pending',
				'clustering' => 'pending',
			),
			$this->rest( 'GET', self::ROUTE )->get_data()['steps']
		);

		foreach ( array( 'connect', 'keywords', 'clustering' ) as $step ) {
			$this->rest( 'POST', self::ROUTE . '/steps/' . $step, array( 'status' => 'skipped' ) );
		}
		$this->assertTrue( $this->rest( 'GET', self::ROUTE )->get_data()['complete'] );

		// Back to pending: the wizard is open again.
		$this->rest( 'POST', self::ROUTE . '/steps/keywords', array( 'status' => 'pending' ) );
		$this->assertFalse( $this->rest( 'GET', self::ROUTE )->get_data()['complete'] );
	}

	public function test_refuses_an_unknown_step_or_status_and_an_unconnected_connect_marked_done(): void {
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'POST', self::ROUTE . '/steps/launch', array( 'status' => 'done' ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'POST', self::ROUTE . '/steps/industry', array( 'status' => 'finished' ) ) );
		$this->assert_rest_error( 'igny8_setup_not_connected', 409, $this->rest( 'POST', self::ROUTE . '/steps/connect', array( 'status' => 'done' ) ) );
		$this->assertFalse( get_option( Setup_State::OPTION ) );
	}

	public function test_only_those_who_manage_the_connection_may_use_the_wizard(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'GET', self::ROUTE ) );
		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'POST', self::ROUTE . '/steps/industry', array( 'status' => 'skipped' ) ) );
		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'POST', self::ROUTE . '/connect', array( 'cloud_url' => $this->cloud_url ) ) );
		$this->as_user( 0 );
		$this->assert_rest_error( 'rest_forbidden', 401, $this->rest( 'GET', self::ROUTE ) );
	}

	public function test_connect_builds_the_portal_url_with_state_and_an_s256_challenge_kept_for_this_user(): void {
		$response = $this->rest( 'POST', self::ROUTE . '/connect', array( 'cloud_url' => $this->cloud_url . '/' ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$url = (string) $response->get_data()['authorize_url'];
		$this->assertStringStartsWith( $this->cloud_url . '/portal/authorize?', $url );
		parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
		$pending = get_transient( Authorization::TRANSIENT_PREFIX . $this->admin );
		$this->assertIsArray( $pending );
		$this->assertSame( $pending['state'], $query['state'] );
		$this->assertSame( 'S256', $query['code_challenge_method'] );
		$this->assertSame( Authorization::s256( $pending['verifier'] ), $query['code_challenge'] );
		$this->assertMatchesRegularExpression( '/^[A-Za-z0-9_-]{43}$/', $query['code_challenge'] );
		$this->assertSame( admin_url( 'admin.php?page=igny8-setup' ), $query['redirect_uri'] );
		$this->assertSame( untrailingslashit( home_url() ), $query['site_url'] );
		$this->assertSame( get_bloginfo( 'name' ), $query['site_name'] );
		// The verifier never leaves WordPress before the exchange.
		$this->assertStringNotContainsString( $pending['verifier'], $url );
	}

	public function test_connect_refuses_a_cloud_url_the_key_could_not_travel_to_safely(): void {
		$this->assert_rest_error( 'igny8_insecure_cloud_url', 400, $this->rest( 'POST', self::ROUTE . '/connect', array( 'cloud_url' => 'http://cloud.example.com' ) ) );
		$this->assertFalse( get_transient( Authorization::TRANSIENT_PREFIX . $this->admin ) );
	}

	public function test_the_callback_trades_the_code_server_to_server_and_connects_like_a_pasted_key(): void {
		$state = $this->start();
		$this->fake_cloud(
			function ( string $method, string $path ) {
				if ( '/api/v1/oauth/token/' === $path ) {
					return array( 200, self::ok( array( 'api_key' => $this->site_key, 'site' => array( 'id' => 'site_1' ) ) ) );
				}
				return array( 200, self::ok( $this->test_connection_data() ) );
			}
		);

		$response = $this->rest( 'POST', self::ROUTE . '/connect/callback', array( 'state' => $state['state'], 'code' => str_repeat( 'c', 43 ) ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertTrue( $data['connection']['connected'] );
		$this->assertSame( 'done', $data['steps']['connect'] );
		$this->assertSame( $this->site_key, Secrets::retrieve( Secrets::API_KEY ) );
		$this->assertStringNotContainsString( $this->site_key, (string) wp_json_encode( $data ) );

		// The exchange carried the code, the verifier and the redirect URI, and no key.
		$exchange = $this->cloud_requests[0];
		$this->assertSame( $this->cloud_url . '/api/v1/oauth/token/', $exchange['url'] );
		$this->assertSame(
			array(
				'grant_type'    => 'authorization_code',
				'code'          => str_repeat( 'c', 43 ),
				'code_verifier' => $state['verifier'],
				'redirect_uri'  => admin_url( 'admin.php?page=igny8-setup' ),
			),
			$exchange['body']
		);
		$this->assertArrayNotHasKey( 'X-IGNY8-API-Key', $exchange['headers'] );
		// Then the key was tested and stored as the paste flow does.
		$this->assertSame( '/api/v1/integration/integrations/test-connection/', $this->cloud_requests[1]['path'] );
		$this->assertSame( $this->site_key, $this->cloud_requests[1]['headers']['X-IGNY8-API-Key'] );

		// The state works once.
		$again = $this->rest( 'POST', self::ROUTE . '/connect/callback', array( 'state' => $state['state'], 'code' => str_repeat( 'c', 43 ) ) );
		$this->assert_rest_error( 'igny8_connect_expired', 400, $again );
	}

	public function test_the_callback_refuses_a_state_it_did_not_start_and_calls_no_cloud(): void {
		$state = $this->start();
		$this->fake_cloud( fn () => array( 500, self::fail_envelope( 'must not be called' ) ) );

		$forged = $this->rest( 'POST', self::ROUTE . '/connect/callback', array( 'state' => str_repeat( 'x', 40 ), 'code' => str_repeat( 'c', 43 ) ) );
		$this->assert_rest_error( 'igny8_connect_state_mismatch', 400, $forged );
		$this->assertSame( array(), $this->cloud_requests );
		$this->assertFalse( ( new Connection() )->is_connected() );
		// The real pending connect is still there for the real answer.
		$this->assertSame( $state['state'], get_transient( Authorization::TRANSIENT_PREFIX . $this->admin )['state'] );

		// Another administrator cannot finish this user's connect.
		$this->as_user( $this->create_user( 'administrator' ) );
		$other = $this->rest( 'POST', self::ROUTE . '/connect/callback', array( 'state' => $state['state'], 'code' => str_repeat( 'c', 43 ) ) );
		$this->assert_rest_error( 'igny8_connect_expired', 400, $other );
		$this->assertSame( array(), $this->cloud_requests );
	}

	public function test_a_code_the_cloud_refuses_leaves_the_site_disconnected_with_the_clouds_reason(): void {
		$state = $this->start();
		$this->fake_cloud( fn () => array( 400, self::fail_envelope( 'This authorisation code has expired. Start the connection again from WordPress.' ) ) );

		$response = $this->rest( 'POST', self::ROUTE . '/connect/callback', array( 'state' => $state['state'], 'code' => str_repeat( 'c', 43 ) ) );

		$this->assert_rest_error( 'igny8_cloud_error', 400, $response );
		$this->assertStringContainsString( 'has expired', $response->get_data()['message'] );
		$this->assertFalse( ( new Connection() )->is_connected() );
		$this->assertSame( 'pending', Setup_State::steps( false )['connect'] );
	}

	public function test_a_cancel_in_the_portal_is_reported_and_forgets_the_pending_connect(): void {
		$state = $this->start();

		$response = $this->rest( 'POST', self::ROUTE . '/connect/callback', array( 'state' => $state['state'], 'error' => 'access_denied' ) );

		$this->assert_rest_error( 'igny8_connect_denied', 400, $response );
		$this->assertStringContainsString( 'cancelled', $response->get_data()['message'] );
		$this->assertFalse( get_transient( Authorization::TRANSIENT_PREFIX . $this->admin ) );
	}

	public function test_activation_opens_the_wizard_once_but_not_after_a_bulk_or_network_activation(): void {
		Activation_Redirect::remember( false );
		$this->assertSame( Setup_State::page_url(), Activation_Redirect::target( false ) );
		$this->assertNull( Activation_Redirect::target( false ), 'only once' );

		Activation_Redirect::remember( true );
		$this->assertNull( Activation_Redirect::target( false ), 'network activation' );

		Activation_Redirect::remember( false );
		$_GET['activate-multi'] = 'true';
		try {
			$this->assertNull( Activation_Redirect::target( false ), 'bulk activation' );
		} finally {
			unset( $_GET['activate-multi'] );
		}
		$this->assertFalse( get_transient( Activation_Redirect::TRANSIENT ) );

		// A site whose setup is complete is not sent back to the wizard.
		foreach ( Setup_State::STEPS as $step ) {
			Setup_State::mark( $step, 'skipped' );
		}
		Activation_Redirect::remember( false );
		$this->assertNull( Activation_Redirect::target( false ) );
	}

	/**
	 * Starts a connect through the route and returns the pending {state, verifier}.
	 *
	 * @return array<string, string>
	 */
	private function start(): array {
		$response = $this->rest( 'POST', self::ROUTE . '/connect', array( 'cloud_url' => $this->cloud_url ) );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return get_transient( Authorization::TRANSIENT_PREFIX . $this->admin );
	}
}

<?php
/**
 * Mutating routes need a nonce (cookie auth) or an application password.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Tests\TestCase;
use WP_Application_Passwords;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Runs WordPress's own REST authentication (rest_authentication_errors: the cookie nonce check and
 * the application password check) before dispatching, as WP_REST_Server::serve_request() does.
 */
final class Cookie_Nonce_Test extends TestCase {

	private const ROUTE = '/igny8/v1/planner/keywords';

	protected function tearDown(): void {
		unset( $GLOBALS['wp_rest_auth_cookie'], $GLOBALS['wp_rest_application_password_status'], $_SERVER['HTTP_X_WP_NONCE'], $_SERVER['PHP_AUTH_USER'], $_SERVER['PHP_AUTH_PW'] );
		parent::tearDown();
	}

	public function test_a_cookie_request_without_a_nonce_is_treated_as_anonymous(): void {
		$this->log_in_with_cookie( $this->create_user( 'editor' ) );

		$response = $this->serve( 'POST', array( 'keyword' => 'no nonce' ) );

		$this->assert_rest_error( 'rest_forbidden', 401, $response );
		$this->assertSame( 0, get_current_user_id() );
		$this->assertSame( 0, $this->count_keywords( 'no nonce' ), 'nothing was written' );
	}

	public function test_a_cookie_request_with_a_bad_nonce_is_rejected(): void {
		$this->log_in_with_cookie( $this->create_user( 'editor' ) );
		$_SERVER['HTTP_X_WP_NONCE'] = 'not-a-nonce';

		$this->assert_rest_error( 'rest_cookie_invalid_nonce', 403, $this->serve( 'POST', array( 'keyword' => 'bad nonce' ) ) );
		$this->assertSame( 0, $this->count_keywords( 'bad nonce' ) );
	}

	public function test_a_cookie_request_with_the_rest_nonce_is_accepted(): void {
		$this->log_in_with_cookie( $this->create_user( 'editor' ) );
		$_SERVER['HTTP_X_WP_NONCE'] = wp_create_nonce( 'wp_rest' );

		$response = $this->serve( 'POST', array( 'keyword' => 'good nonce' ) );

		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( 1, $this->count_keywords( 'good nonce' ) );
	}

	public function test_an_application_password_needs_no_nonce(): void {
		$user_id = $this->create_user( 'editor' );
		list( $password ) = WP_Application_Passwords::create_new_application_password( $user_id, array( 'name' => 'igny8-test' ) );
		add_filter( 'wp_is_application_passwords_available', '__return_true' );
		add_filter( 'application_password_is_api_request', '__return_true' );
		$_SERVER['PHP_AUTH_USER'] = get_userdata( $user_id )->user_login;
		$_SERVER['PHP_AUTH_PW']   = $password;
		wp_set_current_user( 0 );
		wp_set_current_user( (int) wp_validate_application_password( false ) );

		$response = $this->serve( 'POST', array( 'keyword' => 'app password' ) );

		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( $user_id, get_current_user_id() );
	}

	public function test_a_wrong_application_password_writes_nothing(): void {
		$user_id = $this->create_user( 'editor' );
		add_filter( 'wp_is_application_passwords_available', '__return_true' );
		add_filter( 'application_password_is_api_request', '__return_true' );
		$_SERVER['PHP_AUTH_USER'] = get_userdata( $user_id )->user_login;
		$_SERVER['PHP_AUTH_PW']   = 'abcd efgh ijkl mnop qrst uvwx';
		wp_set_current_user( (int) wp_validate_application_password( false ) );

		$response = $this->serve( 'POST', array( 'keyword' => 'wrong password' ) );

		$this->assertContains( $response->get_status(), array( 401, 403 ) );
		$this->assertSame( 0, $this->count_keywords( 'wrong password' ) );
	}

	/**
	 * Logs a user in the way a browser session does: WordPress validated the auth cookie.
	 */
	private function log_in_with_cookie( int $user_id ): void {
		wp_set_current_user( $user_id );
		$GLOBALS['wp_rest_auth_cookie'] = true;
	}

	/**
	 * Authenticates like serve_request(), then dispatches.
	 *
	 * @param array<string, mixed> $body JSON body.
	 */
	private function serve( string $method, array $body ): WP_REST_Response {
		// A server whose headers go nowhere: the nonce check sends a fresh X-WP-Nonce header, and PHPUnit has printed already.
		$server = new class() extends \WP_REST_Server {
			/**
			 * Drops headers.
			 *
			 * @param string $key   Header.
			 * @param string $value Value.
			 */
			public function send_header( $key, $value ) {
			}
		};
		$GLOBALS['wp_rest_server'] = $server;
		do_action( 'rest_api_init', $server );
		$error = $server->check_authentication();
		if ( is_wp_error( $error ) ) {
			return rest_convert_error_to_response( $error );
		}
		$request = new WP_REST_Request( $method, self::ROUTE );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( $body ) );
		return $server->dispatch( $request );
	}

	/**
	 * Stored keywords with this text.
	 */
	private function count_keywords( string $keyword ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}igny8_keywords WHERE keyword = %s", $keyword ) );
	}
}

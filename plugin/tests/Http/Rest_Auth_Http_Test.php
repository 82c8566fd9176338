<?php
/**
 * Cookie authentication over real HTTP.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Http;

use Igny8\Tests\TestCase;

/**
 * Against the running test server (IGNY8_TEST_WP_URL, set by `npm test`): a logged-in browser
 * session without the REST nonce cannot write, with it it can. Skipped when no server is given.
 */
final class Rest_Auth_Http_Test extends TestCase {

	private string $base = '';

	protected function setUp(): void {
		parent::setUp();
		$this->base = rtrim( (string) getenv( 'IGNY8_TEST_WP_URL' ), '/' );
		// npm test starts the test site and sets this; run the suite through it.
		$this->assertNotSame( '', $this->base, 'IGNY8_TEST_WP_URL is not set: run the PHP tests with `npm test -- --only=php`.' );
	}

	public function test_a_session_cookie_without_the_nonce_cannot_write(): void {
		$cookies = $this->log_in();
		$keyword = 'http-no-nonce-' . wp_generate_password( 8, false );

		$anonymous = $this->post_keyword( $keyword, array(), array() );
		$no_nonce  = $this->post_keyword( $keyword, $cookies, array() );
		$bad_nonce = $this->post_keyword( $keyword, $cookies, array( 'X-WP-Nonce' => 'abc123' ) );

		$this->assertSame( 401, wp_remote_retrieve_response_code( $anonymous ) );
		$this->assertSame( 401, wp_remote_retrieve_response_code( $no_nonce ), (string) wp_remote_retrieve_body( $no_nonce ) );
		$this->assertSame( 403, wp_remote_retrieve_response_code( $bad_nonce ) );
		$this->assertSame( 'rest_cookie_invalid_nonce', json_decode( (string) wp_remote_retrieve_body( $bad_nonce ), true )['code'] );

		// With the nonce the same session writes; the row is removed again.
		$nonce   = (string) wp_remote_retrieve_body( wp_remote_get( $this->base . '/wp-admin/admin-ajax.php?action=rest-nonce', array( 'cookies' => $cookies ) ) );
		$created = $this->post_keyword( $keyword, $cookies, array( 'X-WP-Nonce' => $nonce ) );
		$this->assertSame( 201, wp_remote_retrieve_response_code( $created ), (string) wp_remote_retrieve_body( $created ) );
		$id      = json_decode( (string) wp_remote_retrieve_body( $created ), true )['id'];
		$deleted = wp_remote_request( $this->base . '/wp-json/igny8/v1/planner/keywords/' . $id, array( 'method' => 'DELETE', 'cookies' => $cookies, 'headers' => array( 'X-WP-Nonce' => $nonce ) ) );
		$this->assertSame( 200, wp_remote_retrieve_response_code( $deleted ) );
	}

	/**
	 * Logs the administrator in through wp-login.php and returns the session cookies.
	 *
	 * @return \WP_Http_Cookie[]
	 */
	private function log_in(): array {
		$response = wp_remote_post(
			$this->base . '/wp-login.php',
			array(
				'redirection' => 0,
				'cookies'     => array( new \WP_Http_Cookie( array( 'name' => 'wordpress_test_cookie', 'value' => 'WP Cookie check' ) ) ),
				'body'        => array(
					'log'         => getenv( 'IGNY8_WP_USER' ) ? getenv( 'IGNY8_WP_USER' ) : 'admin',
					'pwd'         => getenv( 'IGNY8_WP_PASSWORD' ) ? getenv( 'IGNY8_WP_PASSWORD' ) : 'password',
					'testcookie'  => '1',
					'redirect_to' => $this->base . '/wp-admin/',
				),
			)
		);
		$cookies = wp_remote_retrieve_cookies( $response );
		$this->assertNotEmpty( array_filter( $cookies, static fn ( $c ) => 0 === strpos( $c->name, 'wordpress_logged_in_' ) ), 'logged in' );
		return $cookies;
	}

	/**
	 * POSTs a keyword.
	 *
	 * @param \WP_Http_Cookie[]     $cookies Cookies.
	 * @param array<string, string> $headers Headers.
	 * @return array<string, mixed>|\WP_Error
	 */
	private function post_keyword( string $keyword, array $cookies, array $headers ) {
		return wp_remote_post(
			$this->base . '/wp-json/igny8/v1/planner/keywords',
			array(
				'cookies' => $cookies,
				'headers' => array_merge( array( 'Content-Type' => 'application/json' ), $headers ),
				'body'    => (string) wp_json_encode( array( 'keyword' => $keyword ) ),
			)
		);
	}
}

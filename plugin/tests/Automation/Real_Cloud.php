<?php
/**
 * Connects the site under test to the real Worker of the test stack.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Automation;

use Igny8\Cloud\Connection;
use Igny8\Security\Secrets;

/**
 * `npm test` starts the Worker (wrangler dev, local D1 and Queues) with the fake model (a test double
 * for the paid model API) and passes its URL in IGNY8_TEST_CLOUD_URL. Each test registers its own
 * account through the Worker's API, so balances and caps never leak between tests.
 */
trait Real_Cloud {

	/**
	 * The Worker's URL; fails the test when the stack did not provide one.
	 */
	protected function cloud_url(): string {
		$url = (string) getenv( 'IGNY8_TEST_CLOUD_URL' );
		if ( '' === $url ) {
			$this->fail( 'IGNY8_TEST_CLOUD_URL is not set: run these tests through `npm test` (it starts the Worker).' );
		}
		return rtrim( $url, '/' );
	}

	/**
	 * Calls the Worker's API and returns the envelope's data.
	 *
	 * @param array<string, mixed>  $body    JSON body.
	 * @param array<string, string> $headers Headers.
	 * @return array<string, mixed>
	 */
	protected function cloud_call( string $method, string $path, array $body = array(), array $headers = array() ): array {
		$response = wp_remote_request(
			$this->cloud_url() . $path,
			array(
				'method'  => $method,
				'timeout' => 30,
				'headers' => array_merge( array( 'Content-Type' => 'application/json' ), $headers ),
				'body'    => $body ? (string) wp_json_encode( $body ) : null,
			)
		);
		$this->assertNotWPError( $response );
		$envelope = json_decode( (string) wp_remote_retrieve_body( $response ), true );
		$this->assertTrue( is_array( $envelope ) && true === $envelope['success'], "{$method} {$path}: " . wp_remote_retrieve_body( $response ) );
		return (array) ( $envelope['data'] ?? array() );
	}

	/**
	 * The token of the newest link the local mailbox (a development stand-in) holds for an address.
	 *
	 * @param string $email Recipient.
	 */
	protected function emailed_token( string $email ): string {
		$dir = (string) getenv( 'IGNY8_TEST_MAIL_DIR' );
		$this->assertNotSame( '', $dir, 'IGNY8_TEST_MAIL_DIR names the local mailbox (npm test sets it)' );
		$files = (array) glob( $dir . '/*' . $email . '.eml' );
		sort( $files );
		$mail = end( $files );
		$this->assertIsString( $mail, "an email to {$email} in {$dir}" );
		$this->assertSame( 1, preg_match( '#https?://\S+/([A-Za-z0-9_-]+)\s#', (string) file_get_contents( $mail ), $link ), "a link in {$mail}" );
		return $link[1];
	}

	/**
	 * A new account with one site, connected to this WordPress; optionally a monthly cap on the site.
	 *
	 * @param int|null $site_cap Site's monthly credit cap in the cloud (null: none).
	 */
	protected function connect_new_tenant( ?int $site_cap = null ): void {
		$email = 'auto-' . wp_generate_password( 10, false, false ) . '@igny8.test';
		// Registered as a person is: the token Turnstile's test keys hand out, then the emailed link (the trial credits).
		$owner = $this->cloud_call( 'POST', '/api/v1/auth/register/', array( 'email' => strtolower( $email ), 'password' => 'correct horse battery', 'account_name' => 'Automation test', 'turnstile_token' => 'XXXX.DUMMY.TOKEN.XXXX' ) );
		$this->cloud_call( 'POST', '/api/v1/auth/verify-email/', array( 'token' => $this->emailed_token( strtolower( $email ) ) ) );
		$auth  = array( 'Authorization' => 'Bearer ' . $owner['access'] );
		$site  = $this->cloud_call( 'POST', '/api/v1/auth/sites/', array( 'name' => 'Automation', 'url' => home_url( '/' ) ), $auth );
		if ( null !== $site_cap ) {
			$this->cloud_call( 'PATCH', '/api/v1/auth/sites/' . $site['site']['id'] . '/', array( 'monthly_credit_cap' => $site_cap ), $auth );
		}
		update_option(
			Connection::OPTION,
			array(
				'cloud_url'    => $this->cloud_url(),
				'site_id'      => (string) $site['site']['id'],
				'site_name'    => 'Automation',
				'account_name' => 'Automation test',
				'connected_at' => current_time( 'mysql', true ),
				'last_checked' => current_time( 'mysql', true ),
			)
		);
		Secrets::store( Secrets::API_KEY, (string) $site['api_key'] );
		Secrets::store( Secrets::WEBHOOK_SECRET, 'whsec_unused_in_pull_mode' );
	}

	/**
	 * Fails on a WP_Error.
	 *
	 * @param mixed $value Value.
	 */
	protected function assertNotWPError( $value ): void {
		$this->assertFalse( is_wp_error( $value ), is_wp_error( $value ) ? $value->get_error_message() : '' );
	}
}

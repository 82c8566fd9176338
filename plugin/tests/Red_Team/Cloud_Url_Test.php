<?php
/**
 * Red team: a Cloud URL that would carry the site key in clear.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Red_Team;

use Igny8\Cloud\Cloud_Url;
use Igny8\Cloud\Connection;
use Igny8\Security\Secrets;
use Igny8\Tests\TestCase;

/**
 * The site API key travels only over https, or plain http to a loopback host.
 */
final class Cloud_Url_Test extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		wp_set_current_user( $this->create_user( 'administrator' ) );
		delete_option( Connection::OPTION );
		Secrets::forget( Secrets::API_KEY );
	}

	public function test_the_site_key_is_never_sent_to_a_plain_http_cloud(): void {
		$sent = array();
		add_filter(
			'pre_http_request',
			static function ( $pre, $args, $url ) use ( &$sent ) {
				$sent[] = $url;
				return $pre;
			},
			10,
			3
		);

		$response = $this->rest( 'POST', '/igny8/v1/system/connection', array( 'cloud_url' => 'http://cloud.igny8.invalid', 'api_key' => 'igny8_sk_' . str_repeat( 'a', 43 ) ) );

		$this->assert_rest_error( 'igny8_insecure_cloud_url', 400, $response );
		$this->assertStringContainsString( 'https://', (string) $response->get_data()['message'] );
		$this->assertSame( array(), $sent );
		$this->assertNull( Secrets::retrieve( Secrets::API_KEY ) );
	}

	public function test_a_stored_plain_http_cloud_url_gets_no_key_either(): void {
		update_option( Connection::OPTION, array( 'cloud_url' => 'http://cloud.igny8.invalid', 'site_id' => 'site_1' ) );
		Secrets::store( Secrets::API_KEY, 'igny8_sk_' . str_repeat( 'b', 43 ) );

		$client = ( new Connection() )->client();

		$this->assertInstanceOf( \WP_Error::class, $client );
		$this->assertSame( 'igny8_insecure_cloud_url', $client->get_error_code() );
	}

	public function test_https_and_loopback_http_are_accepted_and_a_local_site_may_use_http(): void {
		foreach ( array( 'https://cloud.example.com', 'http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787' ) as $url ) {
			$this->assertNull( Cloud_Url::problem( $url ), $url );
		}
		$this->assertNull( Cloud_Url::problem( 'http://cloud.lan:8787', 'local' ) );
		$this->assertInstanceOf( \WP_Error::class, Cloud_Url::problem( 'http://cloud.lan:8787', 'production' ) );
	}
}

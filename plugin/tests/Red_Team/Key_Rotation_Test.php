<?php
/**
 * Red team: a former site key and its webhook secret after the owner rotates the key.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Red_Team;

use Igny8\Cloud\Connection;
use Igny8\Security\Secrets;
use Igny8\Tests\Automation\Real_Cloud;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

/**
 * Against the real Worker of the test stack: the secret rotates with the key, reaches WordPress when the
 * editor enters the new key, and from then on the former secret forges nothing.
 */
final class Key_Rotation_Test extends TestCase {

	use Cloud_Fixtures;
	use Real_Cloud;

	private const ROUTE = '/igny8/v1/deliveries';

	/**
	 * The owner's Authorization header.
	 *
	 * @var array<string, string>
	 */
	private array $owner = array();

	protected function setUp(): void {
		parent::setUp();
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$email       = 'rotate-' . strtolower( wp_generate_password( 10, false, false ) ) . '@igny8.test';
		$account     = $this->cloud_call( 'POST', '/api/v1/auth/register/', array( 'email' => $email, 'password' => 'correct horse battery', 'account_name' => 'Rotation', 'turnstile_token' => 'XXXX.DUMMY.TOKEN.XXXX' ) );
		$this->owner = array( 'Authorization' => 'Bearer ' . $account['access'] );
	}

	public function test_a_former_keys_holder_cannot_forge_a_delivery_after_rotation(): void {
		$site = $this->cloud_call( 'POST', '/api/v1/auth/sites/', array( 'name' => 'Rotation', 'url' => home_url( '/' ) ), $this->owner );
		$this->assertIsArray( ( new Connection() )->connect( $this->cloud_url(), (string) $site['api_key'] ) );
		$former = (string) Secrets::retrieve( Secrets::WEBHOOK_SECRET );
		$this->assertStringStartsWith( 'igny8_whsec_', $former );

		$rotated = $this->cloud_call( 'POST', '/api/v1/auth/sites/' . $site['site']['id'] . '/rotate-key/', array(), $this->owner );
		$this->assertIsArray( ( new Connection() )->connect( $this->cloud_url(), (string) $rotated['api_key'] ) );
		$current = (string) Secrets::retrieve( Secrets::WEBHOOK_SECRET );
		$this->assertStringStartsWith( 'igny8_whsec_', $current );
		$this->assertNotSame( $former, $current );

		$task_id = $this->create_task();
		$body    = self::delivery_body( self::completed_job( 'job_forged_after_rotation', $task_id ) );
		$time    = time();
		// Whatever the signed text, the former secret makes no v1 WordPress accepts any more.
		$forged = 't=' . $time
			. ',v1=' . hash_hmac( 'sha256', $time . '.POST.' . self::ROUTE . '.' . $body, $former )
			. ',v1=' . hash_hmac( 'sha256', $time . '.' . $body, $former );
		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( 'POST', self::ROUTE, $body, array( 'X-IGNY8-Signature' => $forged ) ) );

		// The site keeps receiving what the cloud signs with the current secret.
		$genuine = 't=' . $time . ',v1=' . hash_hmac( 'sha256', $time . '.POST.' . self::ROUTE . '.' . $body, $current );
		$this->assertSame( 200, $this->rest( 'POST', self::ROUTE, $body, array( 'X-IGNY8-Signature' => $genuine ) )->get_status() );
	}

	public function test_a_second_connection_test_does_not_hand_out_the_secret_again(): void {
		$site = $this->cloud_call( 'POST', '/api/v1/auth/sites/', array( 'name' => 'Once', 'url' => home_url( '/' ) ), $this->owner );
		$key  = (string) $site['api_key'];
		$this->assertIsArray( ( new Connection() )->connect( $this->cloud_url(), $key ) );
		$stored = Secrets::retrieve( Secrets::WEBHOOK_SECRET );

		$again = $this->cloud_call( 'POST', '/api/v1/integration/integrations/test-connection/', array( 'wp_version' => '6.8' ), array( 'X-IGNY8-API-Key' => $key ) );
		$this->assertNull( $again['delivery']['webhook_secret'] );

		// WordPress keeps the copy it received when it re-tests.
		$this->assertIsArray( ( new Connection() )->test() );
		$this->assertSame( $stored, Secrets::retrieve( Secrets::WEBHOOK_SECRET ) );
	}
}

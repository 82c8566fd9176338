<?php
/**
 * Tests for how the connection keeps the webhook secrets the cloud hands over once.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Cloud;

use Igny8\Cloud\Connection;
use Igny8\Security\Secrets;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

/**
 * The cloud answers webhook_secret only on the first test after the key was created or rotated.
 */
final class Connection_Secrets_Test extends TestCase {

	use Cloud_Fixtures;

	/**
	 * What the fake Worker answers as webhook_secret per site id (null: already handed out).
	 *
	 * @var array<string, string|null>
	 */
	private array $secrets = array();

	protected function setUp(): void {
		parent::setUp();
		delete_option( Connection::OPTION );
		Secrets::forget( Secrets::WEBHOOK_SECRET );
		Secrets::forget( Secrets::SITE_WEBHOOK_SECRETS );
		$this->fake_cloud(
			function ( string $method, string $path, $body, array $headers ): array {
				$site = 'igny8_sk_site_b_key_00000000' === ( $headers['X-IGNY8-API-Key'] ?? '' ) ? 'site_b' : 'site_a';
				$data = $this->test_connection_data();
				$data['site']['id']                 = $site;
				$data['delivery']['webhook_secret'] = $this->secrets[ $site ] ?? null;
				$this->secrets[ $site ]             = null;
				return array( 200, self::ok( $data ) );
			}
		);
	}

	public function test_reconnecting_with_the_same_key_keeps_the_secret_received_first(): void {
		$this->secrets = array( 'site_a' => 'whsec_a' );
		( new Connection() )->connect( $this->cloud_url, 'igny8_sk_site_a_key_00000000' );
		( new Connection() )->disconnect();
		$this->assertNull( Secrets::retrieve( Secrets::WEBHOOK_SECRET ) );

		( new Connection() )->connect( $this->cloud_url, 'igny8_sk_site_a_key_00000000' );

		$this->assertSame( 'whsec_a', Secrets::retrieve( Secrets::WEBHOOK_SECRET ) );
	}

	public function test_switching_sites_never_verifies_with_the_other_sites_secret(): void {
		$this->secrets = array( 'site_a' => 'whsec_a', 'site_b' => 'whsec_b' );
		( new Connection() )->connect( $this->cloud_url, 'igny8_sk_site_a_key_00000000' );
		( new Connection() )->connect( $this->cloud_url, 'igny8_sk_site_b_key_00000000' );
		$this->assertSame( 'whsec_b', Secrets::retrieve( Secrets::WEBHOOK_SECRET ) );

		( new Connection() )->connect( $this->cloud_url, 'igny8_sk_site_a_key_00000000' );

		$this->assertSame( 'whsec_a', Secrets::retrieve( Secrets::WEBHOOK_SECRET ) );
	}

	public function test_a_site_connected_before_secrets_were_kept_per_site_keeps_its_secret_on_retest(): void {
		update_option( Connection::OPTION, array( 'cloud_url' => $this->cloud_url, 'site_id' => 'site_a' ) );
		Secrets::store( Secrets::API_KEY, 'igny8_sk_site_a_key_00000000' );
		Secrets::store( Secrets::WEBHOOK_SECRET, 'whsec_from_before' );

		$this->assertIsArray( ( new Connection() )->test() );

		$this->assertSame( 'whsec_from_before', Secrets::retrieve( Secrets::WEBHOOK_SECRET ) );
	}

	public function test_a_site_whose_secret_never_arrived_gets_none_rather_than_another_sites(): void {
		$this->secrets = array( 'site_a' => 'whsec_a' );
		( new Connection() )->connect( $this->cloud_url, 'igny8_sk_site_a_key_00000000' );

		( new Connection() )->connect( $this->cloud_url, 'igny8_sk_site_b_key_00000000' );

		$this->assertNull( Secrets::retrieve( Secrets::WEBHOOK_SECRET ) );
	}
}

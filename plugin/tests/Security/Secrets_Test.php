<?php
/**
 * Tests for encrypted credentials.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Security;

use Igny8\Security\Secrets;
use Igny8\Tests\TestCase;

/**
 * Sodium secretbox with a key from the site's salts.
 */
final class Secrets_Test extends TestCase {

	public function test_round_trips_a_value(): void {
		$this->assertSame( 'igny8_sk_abc-DEF_123', Secrets::decrypt( Secrets::encrypt( 'igny8_sk_abc-DEF_123' ) ) );
		$this->assertSame( '', Secrets::decrypt( Secrets::encrypt( '' ) ) );
	}

	public function test_stores_only_ciphertext_in_the_option(): void {
		Secrets::store( Secrets::API_KEY, 'igny8_sk_plaintext_key' );

		$stored = get_option( Secrets::API_KEY );
		$this->assertIsString( $stored );
		$this->assertNotSame( 'igny8_sk_plaintext_key', $stored );
		$this->assertStringNotContainsString( 'plaintext_key', $stored );
		$this->assertSame( 'igny8_sk_plaintext_key', Secrets::retrieve( Secrets::API_KEY ) );
	}

	public function test_does_not_autoload_secrets(): void {
		Secrets::store( Secrets::WEBHOOK_SECRET, 'whsec_1' );

		global $wpdb;
		$autoload = $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", Secrets::WEBHOOK_SECRET ) );
		$this->assertContains( $autoload, array( 'no', 'off' ) );
	}

	public function test_uses_a_fresh_nonce_every_time(): void {
		$this->assertNotSame( Secrets::encrypt( 'same' ), Secrets::encrypt( 'same' ) );
	}

	public function test_returns_null_for_tampered_or_foreign_values(): void {
		$cipher = Secrets::encrypt( 'secret' );
		$raw    = base64_decode( substr( $cipher, strpos( $cipher, ':' ) + 1 ) );
		$raw[ strlen( $raw ) - 1 ] = chr( ord( $raw[ strlen( $raw ) - 1 ] ) ^ 1 );

		$this->assertNull( Secrets::decrypt( 'igny8s1:' . base64_encode( $raw ) ) );
		$this->assertNull( Secrets::decrypt( 'plain value' ) );
		$this->assertNull( Secrets::decrypt( 'igny8s1:!!!' ) );
		$this->assertNull( Secrets::decrypt( 'igny8s1:' . base64_encode( 'short' ) ) );
	}

	public function test_retrieve_returns_null_when_missing_and_forget_deletes(): void {
		$this->assertNull( Secrets::retrieve( Secrets::API_KEY ) );
		Secrets::store( Secrets::API_KEY, 'k' );
		Secrets::forget( Secrets::API_KEY );
		$this->assertFalse( get_option( Secrets::API_KEY ) );
	}
}

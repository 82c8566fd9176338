<?php
/**
 * Encrypted options for credentials.
 *
 * @package Igny8\Security
 */

declare( strict_types=1 );

namespace Igny8\Security;

defined( 'ABSPATH' ) || exit;

/**
 * Keeps the site API key and the webhook secret encrypted at rest (sodium secretbox).
 *
 * The key is derived from the site's auth salts, so a database dump alone does not reveal the
 * credentials. Changing the salts makes stored secrets unreadable: the site then has to reconnect.
 *
 * @since 0.1.0
 */
final class Secrets {

	/**
	 * Option holding the encrypted site API key.
	 *
	 * @since 0.1.0
	 */
	public const API_KEY = 'igny8_api_key';

	/**
	 * Option holding the encrypted webhook secret used to verify deliveries.
	 *
	 * @since 0.1.0
	 */
	public const WEBHOOK_SECRET = 'igny8_webhook_secret';

	/**
	 * Option holding the encrypted JSON map of cloud site id => webhook secret, for every site this
	 * WordPress has received a secret for: the cloud hands a secret over once, so reconnecting to a site
	 * with the same key must find it here.
	 *
	 * @since 0.1.0
	 */
	public const SITE_WEBHOOK_SECRETS = 'igny8_site_webhook_secrets';

	/**
	 * Format marker prefixed to every ciphertext, so the scheme can change later.
	 */
	private const PREFIX = 'igny8s1:';

	/**
	 * Encrypts a value: PREFIX . base64( nonce . secretbox ).
	 *
	 * @since 0.1.0
	 *
	 * @param string $plaintext Secret value.
	 * @return string Ciphertext, safe to store in an option.
	 */
	public static function encrypt( string $plaintext ): string {
		$nonce  = random_bytes( SODIUM_CRYPTO_SECRETBOX_NONCEBYTES );
		$key    = self::key();
		$cipher = sodium_crypto_secretbox( $plaintext, $nonce, $key );
		sodium_memzero( $key );
		return self::PREFIX . base64_encode( $nonce . $cipher ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- stores the encrypted bytes as text; not obfuscation.
	}

	/**
	 * Decrypts a value produced by encrypt().
	 *
	 * @since 0.1.0
	 *
	 * @param string $ciphertext Stored ciphertext.
	 * @return string|null Plaintext, or null when the value is malformed or the salts changed.
	 */
	public static function decrypt( string $ciphertext ): ?string {
		if ( 0 !== strpos( $ciphertext, self::PREFIX ) ) {
			return null;
		}
		$raw = base64_decode( substr( $ciphertext, strlen( self::PREFIX ) ), true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- stores the encrypted bytes as text; not obfuscation.
		if ( false === $raw || strlen( $raw ) < SODIUM_CRYPTO_SECRETBOX_NONCEBYTES + SODIUM_CRYPTO_SECRETBOX_MACBYTES ) {
			return null;
		}
		$key   = self::key();
		$plain = sodium_crypto_secretbox_open(
			substr( $raw, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ),
			substr( $raw, 0, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ),
			$key
		);
		sodium_memzero( $key );
		return false === $plain ? null : $plain;
	}

	/**
	 * Encrypts and stores a secret in a non-autoloaded option.
	 *
	 * @since 0.1.0
	 *
	 * @param string $option    Option name (one of the constants above).
	 * @param string $plaintext Secret value.
	 */
	public static function store( string $option, string $plaintext ): void {
		update_option( $option, self::encrypt( $plaintext ), false );
	}

	/**
	 * Reads and decrypts a stored secret.
	 *
	 * @since 0.1.0
	 *
	 * @param string $option Option name.
	 * @return string|null Plaintext, or null when missing or unreadable.
	 */
	public static function retrieve( string $option ): ?string {
		$stored = get_option( $option, '' );
		if ( ! is_string( $stored ) || '' === $stored ) {
			return null;
		}
		return self::decrypt( $stored );
	}

	/**
	 * Deletes a stored secret.
	 *
	 * @since 0.1.0
	 *
	 * @param string $option Option name.
	 */
	public static function forget( string $option ): void {
		delete_option( $option );
	}

	/**
	 * Derives the 32-byte secretbox key from the site's auth salts.
	 *
	 * @return string Binary key.
	 */
	private static function key(): string {
		return sodium_crypto_generichash(
			'igny8-secrets|' . wp_salt( 'auth' ) . '|' . wp_salt( 'secure_auth' ),
			'',
			SODIUM_CRYPTO_SECRETBOX_KEYBYTES
		);
	}
}

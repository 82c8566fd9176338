<?php
/**
 * Delivery signature scheme.
 *
 * @package Igny8\Cloud
 */

declare( strict_types=1 );

namespace Igny8\Cloud;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The one PHP implementation of the cloud's delivery signature:
 * header `X-IGNY8-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 *
 * The timestamp is inside the signed text, so an old request cannot be replayed with a fresh time,
 * and the body is too, so a captured signature cannot be reused for another body.
 *
 * @since 0.1.0
 */
final class Signature {

	/**
	 * Request header carrying the signature.
	 *
	 * @since 0.1.0
	 */
	public const HEADER = 'X-IGNY8-Signature';

	/**
	 * Largest accepted distance between the signed time and now, in seconds.
	 *
	 * @since 0.1.0
	 */
	public const TOLERANCE = 300;

	/**
	 * Builds a header value (the cloud signs the same way; tests use this to sign requests).
	 *
	 * @since 0.1.0
	 *
	 * @param string $secret    Webhook secret.
	 * @param string $body      Raw request body.
	 * @param int    $timestamp Unix seconds.
	 * @return string Header value.
	 */
	public static function sign( string $secret, string $body, int $timestamp ): string {
		return 't=' . $timestamp . ',v1=' . hash_hmac( 'sha256', $timestamp . '.' . $body, $secret );
	}

	/**
	 * Verifies a header value against the raw body.
	 *
	 * @since 0.1.0
	 *
	 * @param string   $header Header value.
	 * @param string   $body   Raw request body, exactly as received.
	 * @param string   $secret Webhook secret.
	 * @param int|null $now    Unix seconds; defaults to time().
	 * @return true|WP_Error True when valid; igny8_invalid_signature (401) otherwise.
	 */
	public static function verify( string $header, string $body, string $secret, ?int $now = null ) {
		$now        = $now ?? time();
		$timestamp  = null;
		$candidates = array();

		foreach ( explode( ',', $header ) as $part ) {
			$pair = explode( '=', trim( $part ), 2 );
			if ( 2 !== count( $pair ) ) {
				continue;
			}
			if ( 't' === $pair[0] && ctype_digit( $pair[1] ) ) {
				$timestamp = (int) $pair[1];
			} elseif ( 'v1' === $pair[0] ) {
				// Several v1 values are allowed so the cloud can sign with an old and a new secret while rotating.
				$candidates[] = strtolower( $pair[1] );
			}
		}

		if ( '' === $secret || null === $timestamp || ! $candidates ) {
			return self::reject( __( 'The request is not signed.', 'igny8' ) );
		}
		if ( abs( $now - $timestamp ) > self::TOLERANCE ) {
			return self::reject( __( 'The request signature has expired.', 'igny8' ) );
		}

		$expected = hash_hmac( 'sha256', $timestamp . '.' . $body, $secret );
		foreach ( $candidates as $candidate ) {
			if ( hash_equals( $expected, $candidate ) ) {
				return true;
			}
		}
		return self::reject( __( 'The request signature is not valid.', 'igny8' ) );
	}

	/**
	 * Builds the rejection error.
	 *
	 * @param string $message Reason.
	 * @return WP_Error
	 */
	private static function reject( string $message ): WP_Error {
		return new WP_Error( 'igny8_invalid_signature', $message, array( 'status' => 401 ) );
	}
}

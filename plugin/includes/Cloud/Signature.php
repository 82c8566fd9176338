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
 * The one PHP implementation of the cloud's request signature:
 * header `X-IGNY8-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<METHOD>.<route>.<raw body>")>`,
 * where route is the REST route as WordPress sees it (`/igny8/v1/deliveries`), the same under plain and
 * pretty permalinks.
 *
 * The timestamp is inside the signed text, so an old request cannot be replayed with a fresh time; the
 * method and route are too, so a captured signature is worth nothing on another route (an empty-body
 * POST is not a signed GET); the body is too, so it cannot be reused for another body. A repeat inside
 * the time window is the caller's to refuse (Rest\Signed_Request remembers accepted signatures).
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
	 * @param string $method    HTTP method.
	 * @param string $route     REST route, e.g. /igny8/v1/deliveries.
	 * @param string $body      Raw request body.
	 * @param int    $timestamp Unix seconds.
	 * @return string Header value.
	 */
	public static function sign( string $secret, string $method, string $route, string $body, int $timestamp ): string {
		return 't=' . $timestamp . ',v1=' . hash_hmac( 'sha256', self::signed_text( $method, $route, $body, $timestamp ), $secret );
	}

	/**
	 * Verifies a header value against the request it came with.
	 *
	 * @since 0.1.0
	 *
	 * @param string   $header Header value.
	 * @param string   $method HTTP method.
	 * @param string   $route  REST route as WordPress resolved it.
	 * @param string   $body   Raw request body, exactly as received.
	 * @param string   $secret Webhook secret.
	 * @param int|null $now    Unix seconds; defaults to time().
	 * @return string|WP_Error The matching v1 value (to remember against replays); igny8_invalid_signature (401) otherwise.
	 */
	public static function verify( string $header, string $method, string $route, string $body, string $secret, ?int $now = null ) {
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

		$expected = hash_hmac( 'sha256', self::signed_text( $method, $route, $body, $timestamp ), $secret );
		foreach ( $candidates as $candidate ) {
			if ( hash_equals( $expected, $candidate ) ) {
				return $expected;
			}
		}
		return self::reject( __( 'The request signature is not valid.', 'igny8' ) );
	}

	/**
	 * The text a v1 value is the HMAC of.
	 *
	 * @param string $method    HTTP method.
	 * @param string $route     REST route.
	 * @param string $body      Raw body.
	 * @param int    $timestamp Unix seconds.
	 * @return string
	 */
	private static function signed_text( string $method, string $route, string $body, int $timestamp ): string {
		return $timestamp . '.' . strtoupper( $method ) . '.' . $route . '.' . $body;
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

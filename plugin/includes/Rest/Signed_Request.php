<?php
/**
 * Permission check of routes only the cloud calls.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Cloud\Signature;
use Igny8\Security\Secrets;
use Igny8\Storage\Seen_Signatures;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * The cloud has no WordPress user or cookie: it proves itself with the signature scheme of Cloud\Signature
 * (HMAC-SHA256 with the site's webhook secret over "<t>.<METHOD>.<route>.<raw body>", at most five minutes
 * old, compared in constant time, accepted once). Anything else is a 401 before the callback runs, so
 * nothing changes.
 *
 * @since 0.2.0
 */
trait Signed_Request {

	/**
	 * Permission: a valid, fresh, first-seen signature made with this site's webhook secret for this method and route.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error igny8_invalid_signature (401) when missing, stale or forged; igny8_replayed_signature (401) when seen before.
	 */
	public function verify_signature( WP_REST_Request $request ) {
		$secret = Secrets::retrieve( Secrets::WEBHOOK_SECRET );
		if ( null === $secret ) {
			return new WP_Error(
				'igny8_invalid_signature',
				__( 'This site is not connected to IGNY8, so it accepts no cloud requests.', 'igny8' ),
				array( 'status' => 401 )
			);
		}
		$now       = time();
		$signature = Signature::verify( (string) $request->get_header( 'x_igny8_signature' ), $request->get_method(), $request->get_route(), $request->get_body(), $secret, $now );
		if ( is_wp_error( $signature ) ) {
			return $signature;
		}
		// Kept a little past the window on both sides: a timestamp up to TOLERANCE in the future stays valid that long.
		if ( ! ( new Seen_Signatures() )->remember( $signature, $now + 2 * Signature::TOLERANCE, $now ) ) {
			return new WP_Error(
				'igny8_replayed_signature',
				__( 'This signed request was already received once; a repeat is refused.', 'igny8' ),
				array( 'status' => 401 )
			);
		}
		return true;
	}
}

<?php
/**
 * Which Cloud URLs the site key may travel to.
 *
 * @package Igny8\Cloud
 */

declare( strict_types=1 );

namespace Igny8\Cloud;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Every cloud request carries the site API key, so the Cloud URL must be https. Plain http is allowed
 * only where nothing crosses a network: a loopback host (the local Worker of `npm start`), or a site whose
 * environment type is "local".
 *
 * @since 0.1.0
 */
final class Cloud_Url {

	/**
	 * Why the key may not be sent to `$url`, or null when it may.
	 *
	 * @since 0.1.0
	 *
	 * @param string      $url              Cloud base URL.
	 * @param string|null $environment_type Site environment type; defaults to wp_get_environment_type().
	 * @return WP_Error|null igny8_insecure_cloud_url (400) naming the rule.
	 */
	public static function problem( string $url, ?string $environment_type = null ): ?WP_Error {
		$scheme = strtolower( (string) wp_parse_url( $url, PHP_URL_SCHEME ) );
		$host   = strtolower( (string) wp_parse_url( $url, PHP_URL_HOST ) );
		if ( '' === $host || ! in_array( $scheme, array( 'http', 'https' ), true ) ) {
			return new WP_Error(
				'igny8_invalid_cloud_url',
				__( 'The Cloud URL must be a full address starting with https://, e.g. https://cloud.example.com.', 'igny8' ),
				array( 'status' => 400 )
			);
		}
		if ( 'http' === $scheme && ! self::is_loopback( $host ) && 'local' !== ( $environment_type ?? wp_get_environment_type() ) ) {
			return new WP_Error(
				'igny8_insecure_cloud_url',
				__( 'The Cloud URL must use https:// so the site API key never travels in clear. Plain http:// is accepted only for a loopback host (127.0.0.1, localhost) or on a site whose environment type is "local".', 'igny8' ),
				array( 'status' => 400 )
			);
		}
		return null;
	}

	/**
	 * Whether a host name stays on this machine: localhost, *.localhost, 127.0.0.0/8 or ::1.
	 *
	 * @param string $host Lower-case host from wp_parse_url (IPv6 in brackets).
	 * @return bool
	 */
	private static function is_loopback( string $host ): bool {
		return 'localhost' === $host
			|| str_ends_with( $host, '.localhost' )
			|| '[::1]' === $host
			|| 1 === preg_match( '/^127(\.\d{1,3}){3}$/', $host );
	}
}

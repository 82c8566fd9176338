<?php
/**
 * The one-click connect: OAuth 2.0 authorisation code with PKCE against the IGNY8 portal.
 *
 * @package Igny8\Cloud
 */

declare( strict_types=1 );

namespace Igny8\Cloud;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * start() sends the administrator to the portal's authorise page with a fresh state and an S256 challenge,
 * keeping the state and its verifier in a transient of that user only. complete() checks the state that
 * came back, trades the code for the key server to server (Client), and connects with it exactly as a
 * pasted key connects (Connection::connect), so nobody copies a key by hand.
 *
 * @since 0.8.0
 */
final class Authorization {

	/**
	 * Transient prefix; the user id follows, so one admin's pending connect never completes another's.
	 *
	 * @since 0.8.0
	 */
	public const TRANSIENT_PREFIX = 'igny8_connect_';

	/**
	 * How long the portal round trip may take (the portal's codes live as long).
	 *
	 * @since 0.8.0
	 */
	public const TTL = 10 * MINUTE_IN_SECONDS;

	/**
	 * The connection that stores the key.
	 *
	 * @var Connection
	 */
	private Connection $connection;

	/**
	 * Constructor.
	 *
	 * @since 0.8.0
	 *
	 * @param Connection|null $connection Connection; a new one by default.
	 */
	public function __construct( ?Connection $connection = null ) {
		$this->connection = $connection ?? new Connection();
	}

	/**
	 * Where the portal sends the administrator back: the Setup wizard of this site.
	 *
	 * @since 0.8.0
	 *
	 * @param string $return_page Admin page slug the wizard lives on.
	 * @return string
	 */
	public static function redirect_uri( string $return_page ): string {
		return admin_url( 'admin.php?page=' . $return_page );
	}

	/**
	 * Begins a connect for `$user_id`: the portal URL to open.
	 *
	 * @since 0.8.0
	 *
	 * @param int    $user_id     The administrator connecting.
	 * @param string $cloud_url   Cloud base URL the key will be used with.
	 * @param string $return_page Admin page slug the portal returns to.
	 * @return string|WP_Error The authorise URL; igny8_insecure_cloud_url (400) when the key could not travel safely there.
	 */
	public function start( int $user_id, string $cloud_url, string $return_page ) {
		$cloud_url = untrailingslashit( $cloud_url );
		$insecure  = Cloud_Url::problem( $cloud_url );
		if ( null !== $insecure ) {
			return $insecure;
		}
		$state    = wp_generate_password( 40, false );
		$verifier = wp_generate_password( 64, false );
		$redirect = self::redirect_uri( $return_page );
		set_transient(
			self::TRANSIENT_PREFIX . $user_id,
			array(
				'state'        => $state,
				'verifier'     => $verifier,
				'cloud_url'    => $cloud_url,
				'redirect_uri' => $redirect,
			),
			self::TTL
		);
		$query = array(
			'redirect_uri'          => $redirect,
			'state'                 => $state,
			'code_challenge'        => self::s256( $verifier ),
			'code_challenge_method' => 'S256',
			'site_url'              => untrailingslashit( home_url() ),
			'site_name'             => self::site_name(),
		);
		return $cloud_url . '/portal/authorize?' . http_build_query( $query, '', '&', PHP_QUERY_RFC3986 );
	}

	/**
	 * Finishes the connect the portal returned from. The pending state is used once, whatever happens.
	 *
	 * @since 0.8.0
	 *
	 * @param int    $user_id The administrator connecting.
	 * @param string $state   State from the redirect.
	 * @param string $code    Code from the redirect.
	 * @return array<string, mixed>|WP_Error Connection::status() once connected.
	 */
	public function complete( int $user_id, string $state, string $code ) {
		$pending = get_transient( self::TRANSIENT_PREFIX . $user_id );
		if ( ! is_array( $pending ) || empty( $pending['state'] ) ) {
			return new WP_Error(
				'igny8_connect_expired',
				__( 'This connection attempt has expired or was already used. Select “Connect to IGNY8” again.', 'igny8' ),
				array( 'status' => 400 )
			);
		}
		if ( ! hash_equals( (string) $pending['state'], $state ) ) {
			return new WP_Error(
				'igny8_connect_state_mismatch',
				__( 'The answer from the IGNY8 portal does not belong to the connection started here, so it was ignored. Select “Connect to IGNY8” again.', 'igny8' ),
				array( 'status' => 400 )
			);
		}
		delete_transient( self::TRANSIENT_PREFIX . $user_id );

		$cloud_url = (string) $pending['cloud_url'];
		$traded    = ( new Client( $cloud_url, '' ) )->exchange_authorization_code( $code, (string) $pending['verifier'], (string) $pending['redirect_uri'] );
		if ( is_wp_error( $traded ) ) {
			return $traded;
		}
		$api_key = isset( $traded['api_key'] ) && is_string( $traded['api_key'] ) ? $traded['api_key'] : '';
		if ( '' === $api_key ) {
			return new WP_Error( 'igny8_cloud_error', __( 'The IGNY8 cloud answered without a site API key. Try connecting again.', 'igny8' ), array( 'status' => 502 ) );
		}
		return $this->connection->connect( $cloud_url, $api_key );
	}

	/**
	 * Forgets a pending connect (the administrator cancelled in the portal).
	 *
	 * @since 0.8.0
	 *
	 * @param int    $user_id The administrator.
	 * @param string $state   State from the redirect; only the matching pending connect is forgotten.
	 * @return bool Whether the state matched.
	 */
	public function cancel( int $user_id, string $state ): bool {
		$pending = get_transient( self::TRANSIENT_PREFIX . $user_id );
		if ( ! is_array( $pending ) || ! hash_equals( (string) ( $pending['state'] ?? '' ), $state ) ) {
			return false;
		}
		delete_transient( self::TRANSIENT_PREFIX . $user_id );
		return true;
	}

	/**
	 * The S256 challenge of a verifier (RFC 7636): base64url of its SHA-256, without padding.
	 *
	 * @since 0.8.0
	 *
	 * @param string $verifier PKCE verifier.
	 * @return string
	 */
	public static function s256( string $verifier ): string {
		// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- RFC 7636 requires base64url.
		return rtrim( strtr( base64_encode( hash( 'sha256', $verifier, true ) ), '+/', '-_' ), '=' );
	}

	/**
	 * The site's name for the portal: its title, else its host.
	 *
	 * @return string
	 */
	private static function site_name(): string {
		$name = trim( wp_strip_all_tags( (string) get_bloginfo( 'name' ) ) );
		return '' !== $name ? mb_substr( $name, 0, 200 ) : (string) wp_parse_url( home_url(), PHP_URL_HOST );
	}
}

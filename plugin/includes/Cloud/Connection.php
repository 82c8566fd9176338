<?php
/**
 * The site's connection to the IGNY8 cloud.
 *
 * @package Igny8\Cloud
 */

declare( strict_types=1 );

namespace Igny8\Cloud;

use Igny8\Security\Secrets;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Connect, re-test and disconnect; keeps the non-secret state in the igny8_connection option and the
 * API key and webhook secret encrypted (Secrets). Never returns a secret.
 *
 * @since 0.1.0
 */
class Connection {

	/**
	 * Option holding cloud_url, site_id, site_name, account_name, connected_at, last_checked and the last balance.
	 *
	 * @since 0.1.0
	 */
	public const OPTION = 'igny8_connection';

	/**
	 * Cloud URL offered before the first connection (the local Worker of `npm start`).
	 *
	 * @since 0.1.0
	 */
	public const DEFAULT_CLOUD_URL = 'http://127.0.0.1:8787';

	/**
	 * Whether the site has a stored key and a site id.
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	public function is_connected(): bool {
		$state = $this->state();
		return ! empty( $state['site_id'] ) && null !== Secrets::retrieve( Secrets::API_KEY );
	}

	/**
	 * The cloud URL in use, or the default one.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function cloud_url(): string {
		$state = $this->state();
		if ( ! empty( $state['cloud_url'] ) ) {
			return (string) $state['cloud_url'];
		}
		$default = self::DEFAULT_CLOUD_URL;
		if ( defined( 'IGNY8_CLOUD_URL' ) && '' !== (string) IGNY8_CLOUD_URL ) {
			$default = (string) IGNY8_CLOUD_URL;
		} elseif ( is_string( getenv( 'IGNY8_CLOUD_URL' ) ) && '' !== getenv( 'IGNY8_CLOUD_URL' ) ) {
			$default = (string) getenv( 'IGNY8_CLOUD_URL' );
		}
		/**
		 * Filters the cloud URL offered before the site is connected.
		 *
		 * @since 0.1.0
		 *
		 * @param string $url Default cloud URL: the IGNY8_CLOUD_URL constant or environment variable, else the local Worker.
		 */
		return (string) apply_filters( 'igny8_default_cloud_url', $default );
	}

	/**
	 * Public status for the settings screen, without any network call.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed> {connected, cloud_url, site, account, balance, last_checked}
	 */
	public function status(): array {
		$state     = $this->state();
		$connected = $this->is_connected();
		return array(
			'connected'    => $connected,
			'cloud_url'    => $this->cloud_url(),
			'site'         => $connected ? array(
				'id'   => (string) $state['site_id'],
				'name' => (string) ( $state['site_name'] ?? '' ),
			) : null,
			'account'      => $connected ? array( 'name' => (string) ( $state['account_name'] ?? '' ) ) : null,
			'balance'      => $connected && isset( $state['balance'] ) && is_array( $state['balance'] ) ? $state['balance'] : null,
			'last_checked' => $connected && ! empty( $state['last_checked'] ) ? (string) $state['last_checked'] : null,
		);
	}

	/**
	 * Connects with a cloud URL and a site API key: tests them against the cloud, then stores them.
	 * Nothing is stored when the test fails or the URL is not https (Cloud_Url). The cloud hands over the
	 * webhook secret only on the first test after the key was created or rotated; later tests keep the stored one.
	 *
	 * @since 0.1.0
	 *
	 * @param string $cloud_url Cloud base URL.
	 * @param string $api_key   Site API key.
	 * @return array<string, mixed>|WP_Error status() after connecting.
	 */
	public function connect( string $cloud_url, string $api_key ) {
		$cloud_url = untrailingslashit( $cloud_url );
		$insecure  = Cloud_Url::problem( $cloud_url );
		if ( null !== $insecure ) {
			return $insecure;
		}
		$result = ( $this->make_client( $cloud_url, $api_key ) )->test_connection( $this->site_metadata() );
		if ( is_wp_error( $result ) ) {
			return $result;
		}

		Secrets::store( Secrets::API_KEY, $api_key );
		$this->remember( $cloud_url, $result, current_time( 'mysql', true ) );
		return $this->status();
	}

	/**
	 * Re-tests the stored connection and refreshes names, balance and webhook secret.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>|WP_Error status() after testing.
	 */
	public function test() {
		$client = $this->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$result = $client->test_connection( $this->site_metadata() );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$state = $this->state();
		$this->remember( $this->cloud_url(), $result, (string) ( $state['connected_at'] ?? current_time( 'mysql', true ) ) );
		return $this->status();
	}

	/**
	 * Forgets the key, the webhook secret and the site; keeps the cloud URL to make reconnecting easy.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed> status() after disconnecting.
	 */
	public function disconnect(): array {
		$cloud_url = $this->state()['cloud_url'] ?? '';
		Secrets::forget( Secrets::API_KEY );
		Secrets::forget( Secrets::WEBHOOK_SECRET );
		delete_option( Account_Notice::OPTION );
		if ( '' !== $cloud_url ) {
			update_option( self::OPTION, array( 'cloud_url' => $cloud_url ), false );
		} else {
			delete_option( self::OPTION );
		}
		return $this->status();
	}

	/**
	 * A client for the stored connection.
	 *
	 * @since 0.1.0
	 *
	 * @return Client|WP_Error igny8_not_connected (409) when there is no usable key; igny8_insecure_cloud_url (400)
	 *                         when the stored URL would carry the key in clear.
	 */
	public function client() {
		$api_key = Secrets::retrieve( Secrets::API_KEY );
		$state   = $this->state();
		if ( null === $api_key || empty( $state['cloud_url'] ) ) {
			return new WP_Error(
				'igny8_not_connected',
				__( 'This site is not connected to IGNY8. Open IGNY8 → Settings and connect it with a site API key.', 'igny8' ),
				array( 'status' => 409 )
			);
		}
		$insecure = Cloud_Url::problem( (string) $state['cloud_url'] );
		return null === $insecure ? $this->make_client( (string) $state['cloud_url'], $api_key ) : $insecure;
	}

	/**
	 * What the cloud learns about this site on every connection test.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function site_metadata(): array {
		return array(
			'site_url'       => home_url( '/' ),
			'delivery_url'   => rest_url( 'igny8/v1/deliveries' ),
			'wp_version'     => (string) get_bloginfo( 'version' ),
			'plugin_version' => defined( 'IGNY8_VERSION' ) ? IGNY8_VERSION : '',
			'post_types'     => array_values( get_post_types( array( 'public' => true ) ) ),
			'taxonomies'     => array_values( get_taxonomies( array( 'public' => true ) ) ),
			'language'       => get_locale(),
		);
	}

	/**
	 * Builds a client for a URL and key.
	 *
	 * @param string $cloud_url Cloud base URL.
	 * @param string $api_key   Site API key.
	 * @return Client
	 */
	protected function make_client( string $cloud_url, string $api_key ): Client {
		return new Client( $cloud_url, $api_key );
	}

	/**
	 * Stores what a successful test-connection returned.
	 *
	 * @param string               $cloud_url    Cloud base URL.
	 * @param array<string, mixed> $result       test-connection data.
	 * @param string               $connected_at GMT datetime of the first connection.
	 */
	private function remember( string $cloud_url, array $result, string $connected_at ): void {
		$this->remember_webhook_secret( (string) ( $result['site']['id'] ?? '' ), $result['delivery']['webhook_secret'] ?? null );

		$balance = null;
		if ( isset( $result['balance'] ) && is_array( $result['balance'] ) ) {
			Account_Notice::remember( $result['balance'] );
			$balance = array(
				'credits'     => (int) ( $result['balance']['credits'] ?? 0 ),
				'low_balance' => (bool) ( $result['balance']['low_balance'] ?? false ),
			);
		}

		update_option(
			self::OPTION,
			array(
				'cloud_url'    => $cloud_url,
				'site_id'      => (string) ( $result['site']['id'] ?? '' ),
				'site_name'    => (string) ( $result['site']['name'] ?? '' ),
				'account_name' => (string) ( $result['account']['name'] ?? '' ),
				'connected_at' => $connected_at,
				'last_checked' => current_time( 'mysql', true ),
				'balance'      => $balance,
			),
			false
		);
	}

	/**
	 * Makes the connected site's webhook secret the one deliveries are verified with. The cloud sends a secret
	 * only on the first connection after the key was created or rotated, so each one received is kept per site:
	 * reconnecting later with the same key (or switching back from another site) finds it again. A site with
	 * no secret known gets none, rather than another site's.
	 *
	 * @param string $site_id Cloud site id.
	 * @param mixed  $secret  webhook_secret from test-connection: a string the first time, else null.
	 */
	private function remember_webhook_secret( string $site_id, $secret ): void {
		$known = json_decode( (string) Secrets::retrieve( Secrets::SITE_WEBHOOK_SECRETS ), true );
		$known = is_array( $known ) ? $known : array();
		$held  = Secrets::retrieve( Secrets::WEBHOOK_SECRET );
		if ( ! is_string( $secret ) && ! isset( $known[ $site_id ] ) && null !== $held && (string) ( $this->state()['site_id'] ?? '' ) === $site_id ) {
			// Connected before secrets were kept per site: the one held belongs to this very site.
			$secret = $held;
		}
		if ( is_string( $secret ) && '' !== $secret && '' !== $site_id ) {
			$known[ $site_id ] = $secret;
			Secrets::store( Secrets::SITE_WEBHOOK_SECRETS, (string) wp_json_encode( $known ) );
		}
		if ( isset( $known[ $site_id ] ) && is_string( $known[ $site_id ] ) ) {
			Secrets::store( Secrets::WEBHOOK_SECRET, $known[ $site_id ] );
		} else {
			Secrets::forget( Secrets::WEBHOOK_SECRET );
		}
	}

	/**
	 * The stored non-secret state.
	 *
	 * @return array<string, mixed>
	 */
	private function state(): array {
		$state = get_option( self::OPTION, array() );
		return is_array( $state ) ? $state : array();
	}
}

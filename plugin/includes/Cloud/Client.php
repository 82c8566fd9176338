<?php
/**
 * HTTP client for the IGNY8 cloud (Worker).
 *
 * @package Igny8\Cloud
 */

declare( strict_types=1 );

namespace Igny8\Cloud;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The only code that sends HTTP to the Worker. Authenticates with the site API key, speaks JSON,
 * and unwraps the Worker's envelope through Envelope, which turns every failure into a WP_Error an
 * editor can act on.
 *
 * @since 0.1.0
 */
class Client {

	/**
	 * Seconds to wait for the Worker. Every call only enqueues or reads state, so this stays short:
	 * no PHP request ever waits on a model.
	 *
	 * @since 0.1.0
	 */
	public const TIMEOUT = 15;

	/**
	 * Cloud base URL without a trailing slash, e.g. http://127.0.0.1:8787.
	 *
	 * @var string
	 */
	private string $base_url;

	/**
	 * Site API key.
	 *
	 * @var string
	 */
	private string $api_key;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param string $base_url Cloud base URL.
	 * @param string $api_key  Site API key.
	 */
	public function __construct( string $base_url, string $api_key ) {
		$this->base_url = untrailingslashit( $base_url );
		$this->api_key  = $api_key;
	}

	/**
	 * Checks the key and reports this site's metadata to the cloud.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $metadata site_url, delivery_url, wp_version, plugin_version, post_types, taxonomies, language.
	 * @return array<string, mixed>|WP_Error {site, account, balance, delivery}.
	 */
	public function test_connection( array $metadata ) {
		return $this->request( 'POST', '/api/v1/integration/integrations/test-connection/', $metadata );
	}

	/**
	 * Trades the one-time code of the one-click connect for the site's API key (no key is sent: the code and
	 * its PKCE verifier are the credentials). Build this client with an empty key for it.
	 *
	 * @since 0.8.0
	 *
	 * @param string $code          Code from the portal's redirect.
	 * @param string $code_verifier PKCE verifier whose S256 challenge the portal holds.
	 * @param string $redirect_uri  The redirect URI the code was issued for.
	 * @return array<string, mixed>|WP_Error {api_key, site}.
	 */
	public function exchange_authorization_code( string $code, string $code_verifier, string $redirect_uri ) {
		return $this->request(
			'POST',
			'/api/v1/oauth/token/',
			array(
				'grant_type'    => 'authorization_code',
				'code'          => $code,
				'code_verifier' => $code_verifier,
				'redirect_uri'  => $redirect_uri,
			)
		);
	}

	/**
	 * Starts an AI job.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $function        AI function name, e.g. generate_content.
	 * @param array<string, mixed> $input           Function input.
	 * @param array<string, mixed> $reference       Local references echoed back with the result, e.g. task_id.
	 * @param string               $idempotency_key Same key again returns the same job, charged once.
	 * @param string               $model           Model chosen in Settings → AI models; '' for the cloud's choice.
	 * @return array<string, mixed>|WP_Error The job.
	 */
	public function create_job( string $function, array $input, array $reference, string $idempotency_key, string $model = '' ) {
		$body = array(
			'function'  => $function,
			'input'     => (object) $input,
			'reference' => (object) $reference,
		);
		if ( '' !== $model ) {
			$body['model'] = $model;
		}
		$data = $this->request( 'POST', '/api/v1/ai/jobs/', $body, array( 'Idempotency-Key' => $idempotency_key ) );
		return is_wp_error( $data ) ? $data : Envelope::job( $data );
	}

	/**
	 * The models this site may choose per AI function, and each function's default.
	 *
	 * @since 0.7.0
	 *
	 * @return array<string, array{default: string, allowed: string[]}>|WP_Error
	 */
	public function models() {
		$data = $this->request( 'GET', '/api/v1/ai/models/' );
		if ( is_wp_error( $data ) ) {
			return $data;
		}
		$catalog = array();
		foreach ( (array) ( $data['functions'] ?? array() ) as $name => $entry ) {
			if ( ! is_string( $name ) || ! is_array( $entry ) ) {
				continue;
			}
			$catalog[ $name ] = array(
				'default' => (string) ( $entry['default'] ?? '' ),
				'allowed' => array_values( array_map( 'strval', (array) ( $entry['allowed'] ?? array() ) ) ),
			);
		}
		return $catalog;
	}

	/**
	 * Reads one job of this site.
	 *
	 * @since 0.1.0
	 *
	 * @param string $id Job id.
	 * @return array<string, mixed>|WP_Error The job.
	 */
	public function get_job( string $id ) {
		$data = $this->request( 'GET', '/api/v1/ai/jobs/' . rawurlencode( $id ) . '/' );
		return is_wp_error( $data ) ? $data : Envelope::job( $data );
	}

	/**
	 * Tells the cloud a pulled result was applied, so it stops trying to deliver it.
	 *
	 * @since 0.1.0
	 *
	 * @param string $id Job id.
	 * @return array<string, mixed>|WP_Error
	 */
	public function ack_job( string $id ) {
		return $this->request( 'POST', '/api/v1/ai/jobs/' . rawurlencode( $id ) . '/ack/', array() );
	}

	/**
	 * Cancels a queued or running job; the cloud refunds what it had reserved.
	 *
	 * @since 0.6.0
	 *
	 * @param string $id Job id.
	 * @return array<string, mixed>|WP_Error The cancelled job; a 409 when it had already finished.
	 */
	public function cancel_job( string $id ) {
		$data = $this->request( 'POST', '/api/v1/ai/jobs/' . rawurlencode( $id ) . '/cancel/', array() );
		return is_wp_error( $data ) ? $data : Envelope::job( $data );
	}

	/**
	 * Reads the account's credit balance.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>|WP_Error {credits, low_balance_threshold, low_balance}.
	 */
	public function get_balance() {
		return $this->request( 'GET', '/api/v1/billing/balance/' );
	}

	/**
	 * Tells the cloud the latest status of IGNY8-managed posts (the seed's WP → IGNY8 sync).
	 *
	 * @since 0.2.0
	 *
	 * @param string                           $site_id Cloud site id.
	 * @param array<int, array<string, mixed>> $posts   {task_id, post_id, status, url, updated_at}.
	 * @return array<string, mixed>|WP_Error {accepted}.
	 */
	public function sync_posts( string $site_id, array $posts ) {
		return $this->request( 'POST', '/api/v1/integration/integrations/' . rawurlencode( $site_id ) . '/sync/', array( 'posts' => array_values( $posts ) ) );
	}

	/**
	 * Downloads a generated image into a temporary file. The site key is sent only to the cloud's
	 * own origin: a result naming another host is refused rather than leaking the key.
	 *
	 * @since 0.2.0
	 *
	 * @param string $url Media URL from a generate_images result.
	 * @return string|WP_Error Temporary file path; the caller deletes it.
	 */
	public function download( string $url ) {
		$origin = static function ( string $u ): string {
			$p = wp_parse_url( $u );
			return strtolower( ( $p['scheme'] ?? '' ) . '://' . ( $p['host'] ?? '' ) . ':' . ( $p['port'] ?? '' ) );
		};
		if ( $origin( $url ) !== $origin( $this->base_url ) ) {
			return new WP_Error( 'igny8_foreign_media', __( 'The image is not hosted by the IGNY8 cloud this site is connected to.', 'igny8' ), array( 'status' => 422 ) );
		}
		if ( ! function_exists( 'wp_tempnam' ) ) {
			require_once ABSPATH . 'wp-admin/includes/file.php';
		}
		$file     = wp_tempnam( (string) wp_parse_url( $url, PHP_URL_PATH ) );
		$response = wp_remote_get(
			$url,
			array(
				'timeout'     => 60,
				'redirection' => 0,
				'stream'      => true,
				'filename'    => $file,
				'headers'     => array( 'X-IGNY8-API-Key' => $this->api_key ),
			)
		);
		$code = is_wp_error( $response ) ? 0 : (int) wp_remote_retrieve_response_code( $response );
		if ( 200 !== $code ) {
			wp_delete_file( $file );
			return new WP_Error(
				'igny8_media_download',
				/* translators: 1: URL, 2: HTTP status or error */
				sprintf( __( 'Could not download the image %1$s (%2$s).', 'igny8' ), $url, is_wp_error( $response ) ? $response->get_error_message() : (string) $code ),
				array( 'status' => 502 )
			);
		}
		return $file;
	}

	/**
	 * Sends one request and unwraps the envelope. Public so each cloud feature can keep its
	 * own small class (e.g. Cloud\Estimate) instead of growing this one.
	 *
	 * @since 0.1.0
	 *
	 * @param string                    $method  HTTP method.
	 * @param string                    $path    Path starting with /api/v1/.
	 * @param array<string, mixed>|null $body    JSON body, or null for none.
	 * @param array<string, string>     $headers Extra headers.
	 * @return array<string, mixed>|WP_Error The envelope's data.
	 */
	public function request( string $method, string $path, ?array $body = null, array $headers = array() ) {
		$url  = $this->base_url . $path;
		$args = array(
			'method'      => $method,
			'timeout'     => self::TIMEOUT,
			'redirection' => 0,
			'user-agent'  => 'IGNY8-WordPress/' . ( defined( 'IGNY8_VERSION' ) ? IGNY8_VERSION : 'dev' ) . '; ' . home_url( '/' ),
			'headers'     => array_merge( array( 'Accept' => 'application/json' ), $headers ),
		);
		if ( '' !== $this->api_key ) {
			$args['headers']['X-IGNY8-API-Key'] = $this->api_key;
		}
		if ( null !== $body ) {
			$args['headers']['Content-Type'] = 'application/json';
			$args['body']                    = (string) wp_json_encode( (object) $body );
		}

		return Envelope::read( wp_remote_request( $url, $args ), $this->base_url );
	}
}

<?php
/**
 * This site's own model provider (bring your own key), kept by the cloud.
 *
 * @package Igny8\Cloud
 */

declare( strict_types=1 );

namespace Igny8\Cloud;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and changes the site's AI provider at /api/v1/site/provider/. The key passes through PHP
 * once, in the request that saves it: the Worker checks it with the provider, seals it and answers
 * only its last four characters, and WordPress never stores it.
 *
 * @since 0.7.0
 */
class Provider {

	/**
	 * Cloud connection.
	 *
	 * @var Connection
	 */
	private Connection $connection;

	/**
	 * Constructor.
	 *
	 * @since 0.7.0
	 *
	 * @param Connection|null $connection Cloud connection.
	 */
	public function __construct( ?Connection $connection = null ) {
		$this->connection = $connection ?? new Connection();
	}

	/**
	 * How the site pays for its model.
	 *
	 * @since 0.7.0
	 *
	 * @return array<string, mixed>|WP_Error {mode: credits} or {mode: own_key, base_url, models, key_last4, updated_at}.
	 */
	public function get() {
		return $this->send( 'GET', null );
	}

	/**
	 * Switches the site to its own provider; the Worker checks the key with GET {base_url}/models first.
	 *
	 * @since 0.7.0
	 *
	 * @param string   $base_url OpenAI-compatible base URL.
	 * @param string   $api_key  The provider key (sent once, never stored here).
	 * @param string[] $models   Models the site's jobs may use, the first the default.
	 * @return array<string, mixed>|WP_Error The provider as GET answers it.
	 */
	public function save( string $base_url, string $api_key, array $models ) {
		return $this->send(
			'PUT',
			array(
				'base_url' => $base_url,
				'api_key'  => $api_key,
				'models'   => array_values( $models ),
			)
		);
	}

	/**
	 * Back to IGNY8 credits; the cloud deletes the stored key.
	 *
	 * @since 0.7.0
	 *
	 * @return array<string, mixed>|WP_Error {mode: credits}.
	 */
	public function delete() {
		return $this->send( 'DELETE', null );
	}

	/**
	 * One request to the provider route.
	 *
	 * @param string                    $method HTTP method.
	 * @param array<string, mixed>|null $body   JSON body.
	 * @return array<string, mixed>|WP_Error
	 */
	private function send( string $method, ?array $body ) {
		$client = $this->connection->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		return $client->request( $method, '/api/v1/site/provider/', $body );
	}
}

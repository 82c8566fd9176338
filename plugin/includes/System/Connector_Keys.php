<?php
/**
 * OpenAI-compatible credentials already configured in core's Connectors (WordPress 7.0+).
 *
 * @package Igny8\System
 */

declare( strict_types=1 );

namespace Igny8\System;

defined( 'ABSPATH' ) || exit;

/**
 * Finds AI provider keys the site owner already entered in Settings → Connectors, so Settings → AI
 * provider can offer them instead of asking for the key again. Feature-detected: on WordPress without
 * the Connectors API nothing is offered. The key is read here, on the server, only when it is about to be
 * sent to the cloud; the browser only ever sees its last four characters.
 *
 * @since 0.7.0
 */
class Connector_Keys {

	/**
	 * Base URLs of the OpenAI-compatible connectors core registers. Others can be added with the
	 * `igny8_connector_base_urls` filter (connector id → base URL).
	 */
	private const BASE_URLS = array(
		'openai' => 'https://api.openai.com/v1',
	);

	/**
	 * The OpenAI-compatible connectors that have a key, without the key.
	 *
	 * @since 0.7.0
	 *
	 * @return array<int, array{id: string, name: string, base_url: string, key_last4: string}>
	 */
	public function available(): array {
		$offered = array();
		foreach ( $this->compatible() as $id => $connector ) {
			$key = $this->key_of( $connector['authentication'] );
			if ( '' === $key ) {
				continue;
			}
			$offered[] = array(
				'id'        => $id,
				'name'      => $connector['name'],
				'base_url'  => $connector['base_url'],
				'key_last4' => substr( $key, -4 ),
			);
		}
		return $offered;
	}

	/**
	 * The base URL and key of one connector, or null when it is not offered.
	 *
	 * @since 0.7.0
	 *
	 * @param string $id Connector id.
	 * @return array{base_url: string, api_key: string}|null
	 */
	public function credential( string $id ): ?array {
		$connector = $this->compatible()[ $id ] ?? null;
		if ( null === $connector ) {
			return null;
		}
		$key = $this->key_of( $connector['authentication'] );
		return '' === $key ? null : array(
			'base_url' => $connector['base_url'],
			'api_key'  => $key,
		);
	}

	/**
	 * Registered AI provider connectors with API-key authentication and a known OpenAI-compatible base URL.
	 *
	 * @return array<string, array{name: string, base_url: string, authentication: array<string, mixed>}>
	 */
	private function compatible(): array {
		if ( ! function_exists( 'wp_get_connectors' ) ) {
			return array();
		}
		/**
		 * Filters the OpenAI-compatible connectors IGNY8 may offer, as connector id → base URL.
		 *
		 * @since 0.7.0
		 *
		 * @param array<string, string> $base_urls Connector id → OpenAI-compatible base URL.
		 */
		$base_urls  = (array) apply_filters( 'igny8_connector_base_urls', self::BASE_URLS );
		$compatible = array();
		foreach ( wp_get_connectors() as $id => $connector ) {
			$auth = (array) ( $connector['authentication'] ?? array() );
			if ( 'ai_provider' !== ( $connector['type'] ?? '' ) || 'api_key' !== ( $auth['method'] ?? '' ) || ! isset( $base_urls[ $id ] ) ) {
				continue;
			}
			$compatible[ (string) $id ] = array(
				'name'           => (string) ( $connector['name'] ?? $id ),
				'base_url'       => (string) $base_urls[ $id ],
				'authentication' => $auth,
			);
		}
		return $compatible;
	}

	/**
	 * The key where core looks for it: environment variable, then constant, then the stored setting.
	 *
	 * @param array<string, mixed> $auth The connector's authentication settings.
	 * @return string '' when none is set.
	 */
	private function key_of( array $auth ): string {
		$env_var = (string) ( $auth['env_var_name'] ?? '' );
		if ( '' !== $env_var ) {
			$value = getenv( $env_var );
			if ( is_string( $value ) && '' !== trim( $value ) ) {
				return trim( $value );
			}
		}
		$constant = (string) ( $auth['constant_name'] ?? '' );
		if ( '' !== $constant && defined( $constant ) && is_string( constant( $constant ) ) && '' !== trim( (string) constant( $constant ) ) ) {
			return trim( (string) constant( $constant ) );
		}
		$setting = (string) ( $auth['setting_name'] ?? '' );
		$value   = '' === $setting ? '' : get_option( $setting, '' );
		return is_string( $value ) ? trim( $value ) : '';
	}
}

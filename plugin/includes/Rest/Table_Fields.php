<?php
/**
 * Route args and request fields of a planner table, from its properties.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Table_Controller's two translations of a table's writable properties (JSON schema): into the
 * args a write route registers, and from a request into the sanitised fields the repository stores.
 *
 * @since 0.4.0
 */
final class Table_Fields {

	/**
	 * Args from the properties.
	 *
	 * @since 0.4.0
	 *
	 * @param array<string, array<string, mixed>> $properties Writable properties.
	 * @param string[]                            $required   Required properties.
	 * @param array<string, callable>             $validators Validate callbacks of properties whose rules go beyond their schema.
	 * @return array<string, array<string, mixed>>
	 */
	public static function args( array $properties, array $required, array $validators = array() ): array {
		$args = array();
		foreach ( $properties as $name => $schema ) {
			$args[ $name ] = array_merge(
				$schema,
				array(
					'required'          => in_array( $name, $required, true ),
					'sanitize_callback' => 'rest_sanitize_request_arg',
					'validate_callback' => $validators[ $name ] ?? Cluster_Arg::validator_for( $name ),
				)
			);
		}
		return $args;
	}

	/**
	 * Fields sent in the request (all properties with their defaults on create).
	 *
	 * @since 0.4.0
	 *
	 * @param WP_REST_Request                     $request    Request.
	 * @param array<string, array<string, mixed>> $properties Writable properties.
	 * @param bool                                $create     Whether creating.
	 * @return array<string, mixed>
	 */
	public static function from_request( WP_REST_Request $request, array $properties, bool $create ): array {
		$fields = array();
		$sent   = array_merge( (array) $request->get_query_params(), (array) $request->get_body_params(), (array) $request->get_json_params() );
		foreach ( $properties as $name => $schema ) {
			if ( array_key_exists( $name, $sent ) ) {
				$value = $request[ $name ];
				if ( is_string( $value ) ) {
					$value = 'description' === $name || 'textarea-field' === ( $schema['format'] ?? '' ) ? sanitize_textarea_field( $value ) : sanitize_text_field( $value );
				} elseif ( is_array( $value ) ) {
					$value = map_deep( $value, static fn ( $item ) => is_string( $item ) ? sanitize_text_field( $item ) : $item );
				}
				$fields[ $name ] = $value;
			} elseif ( $create && array_key_exists( 'default', $schema ) ) {
				$fields[ $name ] = $schema['default'];
			}
		}
		return $fields;
	}

	/**
	 * The server's side of a form rule the schema cannot state: a text that is required must not be
	 * empty once sanitised and trimmed (spaces alone are no name). The 400 names the field, as
	 * rest_validate_request_arg does, so the form shows the message under it.
	 *
	 * @since 0.6.0
	 *
	 * @param array<string, mixed>  $fields   Fields about to be stored.
	 * @param array<string, string> $messages Field => message when it is empty.
	 * @return WP_Error|null
	 */
	public static function empty_text( array $fields, array $messages ): ?WP_Error {
		$params = array();
		foreach ( $messages as $name => $message ) {
			if ( array_key_exists( $name, $fields ) && '' === trim( (string) $fields[ $name ] ) ) {
				$params[ $name ] = $message;
			}
		}
		if ( ! $params ) {
			return null;
		}
		return new WP_Error(
			'rest_invalid_param',
			/* translators: %s: list of field names */
			sprintf( __( 'Invalid parameter(s): %s', 'igny8' ), implode( ', ', array_keys( $params ) ) ),
			array(
				'status' => 400,
				'params' => $params,
			)
		);
	}
}

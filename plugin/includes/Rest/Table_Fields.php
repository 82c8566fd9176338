<?php
/**
 * Route args and request fields of a planner table, from its properties.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

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
					'validate_callback' => $validators[ $name ] ?? ( 'sector_id' === $name ? array( Sector_Arg::class, 'validate' ) : 'rest_validate_request_arg' ),
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
					$value = 'description' === $name ? sanitize_textarea_field( $value ) : sanitize_text_field( $value );
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
}

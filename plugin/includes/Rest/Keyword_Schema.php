<?php
/**
 * JSON schema of a keyword, shared by the keyword routes.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Keywords_Repository;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * The domain owns its schema; route args derive from it.
 *
 * @since 0.2.0
 */
final class Keyword_Schema {

	/**
	 * Writable properties.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function properties(): array {
		return array(
			'keyword'       => array(
				'description' => __( 'The keyword.', 'igny8' ),
				'type'        => 'string',
				'minLength'   => 1,
				'maxLength'   => 255,
			),
			'search_volume' => array(
				'description' => __( 'Monthly search volume; null when unknown.', 'igny8' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => 0,
			),
			'difficulty'    => array(
				'description' => __( 'Ranking difficulty, 0–100; null when unknown.', 'igny8' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => 0,
				'maximum'     => 100,
			),
			'intent'        => array(
				'description' => __( 'Search intent; null when unknown.', 'igny8' ),
				'type'        => array( 'string', 'null' ),
				'enum'        => array_merge( Keywords_Repository::INTENTS, array( null ) ),
			),
			'status'        => array(
				'description' => __( 'Keyword status.', 'igny8' ),
				'type'        => 'string',
				'enum'        => Keywords_Repository::STATUSES,
			),
			'sector_id'     => array(
				'description' => __( 'Sector id; null for none.', 'igny8' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => 1,
			),
			'cluster_id'    => array(
				'description' => __( 'Cluster id; null for none.', 'igny8' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => 1,
			),
		);
	}

	/**
	 * Item schema for responses.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public static function item(): array {
		$readonly = array(
			'type'     => 'string',
			'readonly' => true,
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'igny8-keyword',
			'type'       => 'object',
			'properties' => array_merge(
				array(
					'id' => array(
						'type'     => 'integer',
						'readonly' => true,
					),
				),
				self::properties(),
				array(
					'source'     => $readonly,
					'created_at' => $readonly,
					'updated_at' => $readonly,
				)
			),
		);
	}

	/**
	 * Route args from the properties, each with sanitize and validate callbacks.
	 *
	 * @since 0.2.0
	 *
	 * @param string[] $required Required properties.
	 * @return array<string, array<string, mixed>>
	 */
	public static function args( array $required = array() ): array {
		$args = array();
		foreach ( self::properties() as $name => $schema ) {
			$args[ $name ] = array_merge(
				$schema,
				array(
					'required'          => in_array( $name, $required, true ),
					'sanitize_callback' => 'keyword' === $name ? 'sanitize_text_field' : 'rest_sanitize_request_arg',
					'validate_callback' => Cluster_Arg::validator_for( $name ),
				)
			);
		}
		return $args;
	}

	/**
	 * Validates the fields object of a bulk update: its schema, then that a sector or cluster it sets exists.
	 *
	 * @since 0.3.0
	 *
	 * @param mixed           $value   Value sent.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Arg name.
	 * @return true|WP_Error
	 */
	public static function validate_fields( $value, WP_REST_Request $request, string $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true !== $valid || ! is_array( $value ) ) {
			return $valid;
		}
		$sector = array_key_exists( 'sector_id', $value ) ? Sector_Arg::known( $value['sector_id'] ) : true;
		return true === $sector && array_key_exists( 'cluster_id', $value ) ? Cluster_Arg::known( $value['cluster_id'] ) : $sector;
	}
}

<?php
/**
 * An action's REST args as an ability's JSON schema.
 *
 * @package Igny8\Abilities
 */

declare( strict_types=1 );

namespace Igny8\Abilities;

defined( 'ABSPATH' ) || exit;

/**
 * The abilities take the same parameters as the REST routes of the same actions: one schema,
 * written once in each action's args(), minus what only the REST server understands.
 *
 * @since 0.7.0
 */
final class Input_Schema {

	/**
	 * Keys of an arg that are JSON Schema (the rest are REST server callbacks and flags).
	 */
	private const SCHEMA_KEYS = array( 'description', 'type', 'enum', 'items', 'minimum', 'maximum', 'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'default', 'format', 'properties', 'additionalProperties' );

	/**
	 * The object schema of a set of REST args.
	 *
	 * @since 0.7.0
	 *
	 * @param array<string, array<string, mixed>> $args REST args.
	 * @return array<string, mixed>
	 */
	public static function of( array $args ): array {
		$properties = array();
		$required   = array();
		foreach ( $args as $name => $arg ) {
			$properties[ $name ] = array_intersect_key( $arg, array_flip( self::SCHEMA_KEYS ) );
			if ( ! empty( $arg['required'] ) ) {
				$required[] = $name;
			}
		}
		$schema = array(
			'type'                 => 'object',
			'properties'           => $properties,
			'additionalProperties' => false,
		);
		if ( $required ) {
			$schema['required'] = $required;
		} else {
			// Nothing required: calling without input is valid too.
			$schema['default'] = array();
		}
		return $schema;
	}
}

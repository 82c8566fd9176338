<?php
/**
 * The shapes the abilities answer with, as JSON Schema.
 *
 * @package Igny8\Abilities
 */

declare( strict_types=1 );

namespace Igny8\Abilities;

use Igny8\Storage\Jobs_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * Core validates every ability's answer against its output schema before the caller sees it, so
 * each shape here names the fields an agent may rely on, with their types; a route that stopped
 * answering one of them fails loudly (ability_invalid_output) instead of drifting.
 *
 * @since 0.8.0
 */
final class Output_Schema {

	/**
	 * An object with these properties, all of them required unless listed in $optional.
	 *
	 * @since 0.8.0
	 *
	 * @param array<string, array<string, mixed>> $properties Properties.
	 * @param string[]                            $optional   Names that may be absent.
	 * @return array<string, mixed>
	 */
	public static function object( array $properties, array $optional = array() ): array {
		return array(
			'type'       => 'object',
			'properties' => $properties,
			'required'   => array_values( array_diff( array_keys( $properties ), $optional ) ),
		);
	}

	/**
	 * A page of a list: its rows and how many there are in all.
	 *
	 * @since 0.8.0
	 *
	 * @param array<string, mixed> $item One row.
	 * @return array<string, mixed>
	 */
	public static function page( array $item ): array {
		return self::object(
			array(
				'items' => array(
					'type'  => 'array',
					'items' => $item,
				),
				'total' => array(
					'type'    => 'integer',
					'minimum' => 0,
				),
			)
		);
	}

	/**
	 * A type that may also be null.
	 *
	 * @since 0.8.0
	 *
	 * @param string|string[] $type JSON type(s).
	 * @return array<string, mixed>
	 */
	public static function nullable( $type ): array {
		return array( 'type' => array_merge( (array) $type, array( 'null' ) ) );
	}

	/**
	 * One job as igny8/get-job answers it.
	 *
	 * @since 0.8.0
	 *
	 * @return array<string, mixed>
	 */
	public static function job(): array {
		return self::object(
			array(
				'id'              => array( 'type' => 'string' ),
				'status'          => array(
					'type' => 'string',
					'enum' => Jobs_Repository::STATUSES,
				),
				'progress'        => self::nullable( array( 'integer', 'number' ) ),
				'step'            => self::nullable( 'string' ),
				'error'           => self::nullable( array( 'string', 'object' ) ),
				'credits_charged' => self::nullable( 'integer' ),
				'task_id'         => self::nullable( 'integer' ),
				'applied'         => array( 'type' => 'boolean' ),
				'post'            => array(
					'type'       => array( 'object', 'null' ),
					'properties' => array(
						'id'       => array( 'type' => 'integer' ),
						'title'    => array( 'type' => 'string' ),
						'edit_url' => self::nullable( 'string' ),
						'view_url' => self::nullable( 'string' ),
					),
				),
			)
		);
	}

	/**
	 * What an action ability answers: the jobs it started.
	 *
	 * @since 0.8.0
	 *
	 * @return array<string, mixed>
	 */
	public static function jobs(): array {
		return self::object(
			array(
				'jobs' => array(
					'type'  => 'array',
					'items' => self::object(
						array(
							'job_id'   => array( 'type' => 'string' ),
							'function' => array( 'type' => 'string' ),
							'status'   => array( 'type' => 'string' ),
						),
						array( 'function', 'status' )
					),
				),
				// Only when the cloud refused part-way: the ids not started and why.
				'not_started' => array(
					'type'  => 'array',
					'items' => array( 'type' => 'integer' ),
				),
				'stopped'     => self::object(
					array(
						'code'    => array( 'type' => 'string' ),
						'message' => array( 'type' => 'string' ),
					)
				),
			),
			array( 'not_started', 'stopped' )
		);
	}
}

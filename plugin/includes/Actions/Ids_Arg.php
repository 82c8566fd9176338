<?php
/**
 * The ids parameter most actions take.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions;

use Igny8\Storage\Tasks_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * A required list of 1 to $max positive ids, de-duplicated, as a REST arg schema.
 *
 * @since 0.6.0
 */
final class Ids_Arg {

	/**
	 * The schema.
	 *
	 * @since 0.6.0
	 *
	 * @param int    $max         Most ids.
	 * @param string $description What the ids name.
	 * @return array<string, mixed>
	 */
	public static function schema( int $max, string $description ): array {
		return array(
			'description'       => $description,
			'type'              => 'array',
			'required'          => true,
			'minItems'          => 1,
			'maxItems'          => $max,
			'items'             => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'sanitize_callback' => static fn ( $value ): array => array_values( array_unique( array_map( 'absint', (array) $value ) ) ),
			'validate_callback' => 'rest_validate_request_arg',
		);
	}

	/**
	 * The ids of validated parameters.
	 *
	 * @since 0.6.0
	 *
	 * @param array<string, mixed> $params Parameters.
	 * @return int[]
	 */
	public static function of( array $params ): array {
		return array_values( array_unique( array_filter( array_map( 'intval', (array) ( $params['ids'] ?? array() ) ) ) ) );
	}

	/**
	 * The posts the tasks of validated parameters already wrote (a task without a draft names none).
	 *
	 * @since 0.6.0
	 *
	 * @param array<string, mixed> $params Parameters.
	 * @return int[]
	 */
	public static function task_posts( array $params ): array {
		$tasks = ( new Tasks_Repository() )->find_many( self::of( $params ) );
		return array_values( array_filter( array_map( static fn ( array $task ): int => (int) ( $task['assigned_post_id'] ?? 0 ), $tasks ) ) );
	}
}

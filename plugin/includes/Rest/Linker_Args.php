<?php
/**
 * Argument schemas of the Linker's REST routes.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

defined( 'ABSPATH' ) || exit;

/**
 * The args Linker_Controller's post routes share: the post and the links to place in it.
 *
 * @since 0.4.0
 */
final class Linker_Args {

	/**
	 * Arg: the post id.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, mixed>
	 */
	public static function post_id(): array {
		return array(
			'description'       => __( 'Post id.', 'igny8' ),
			'type'              => 'integer',
			'required'          => true,
			'minimum'           => 1,
			'sanitize_callback' => 'absint',
			'validate_callback' => 'rest_validate_request_arg',
		);
	}

	/**
	 * Arg: links to place.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, mixed>
	 */
	public static function links(): array {
		return array(
			'description'       => __( 'Links to place: target post and anchor text found in the post.', 'igny8' ),
			'type'              => 'array',
			'required'          => true,
			'minItems'          => 1,
			'maxItems'          => 50,
			'items'             => array(
				'type'                 => 'object',
				'additionalProperties' => false,
				'properties'           => array(
					'target_post_id' => array(
						'type'     => 'integer',
						'minimum'  => 1,
						'required' => true,
					),
					'anchor'         => array(
						'type'      => 'string',
						'minLength' => 1,
						'maxLength' => 255,
						'required'  => true,
					),
				),
			),
			'validate_callback' => 'rest_validate_request_arg',
			'sanitize_callback' => static fn ( $links ): array => array_map(
				static fn ( $l ): array => array(
					'target_post_id' => absint( $l['target_post_id'] ?? 0 ),
					'anchor'         => sanitize_text_field( (string) ( $l['anchor'] ?? '' ) ),
				),
				(array) $links
			),
		);
	}
}

<?php
/**
 * Argument schemas of the writer task routes.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Tasks_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * The args of creating a writer task: what the article is, what it covers and what it becomes.
 *
 * @since 0.4.0
 */
final class Task_Args {

	/**
	 * Args of the create route.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function create(): array {
		return array(
			'title'        => array(
				'description'       => __( 'Working title of the article.', 'igny8' ),
				'type'              => 'string',
				'required'          => true,
				'minLength'         => 1,
				'maxLength'         => 255,
				'sanitize_callback' => 'sanitize_text_field',
				'validate_callback' => 'rest_validate_request_arg',
			),
			'brief'        => array(
				'description'       => __( 'What the article should cover.', 'igny8' ),
				'type'              => 'string',
				'default'           => '',
				'maxLength'         => 10000,
				'sanitize_callback' => 'sanitize_textarea_field',
				'validate_callback' => 'rest_validate_request_arg',
			),
			'keywords'     => array(
				'description'       => __( 'Target keywords.', 'igny8' ),
				'type'              => 'array',
				'default'           => array(),
				'maxItems'          => 50,
				'items'             => array(
					'type'      => 'string',
					'maxLength' => 200, // The cloud's generate_content accepts keywords of up to 200 characters.
				),
				'sanitize_callback' => static fn ( $value ): array => array_values( array_filter( array_map( 'sanitize_text_field', (array) $value ), 'strlen' ) ),
				'validate_callback' => 'rest_validate_request_arg',
			),
			'content_type' => array(
				'description'       => __( 'Post type of the draft.', 'igny8' ),
				'type'              => 'string',
				'enum'              => Tasks_Repository::CONTENT_TYPES,
				'default'           => 'post',
				'sanitize_callback' => 'sanitize_key',
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
	}
}

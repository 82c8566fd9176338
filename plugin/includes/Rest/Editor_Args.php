<?php
/**
 * Argument schemas of the block editor's REST routes.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Actions\Registry;

defined( 'ABSPATH' ) || exit;

/**
 * The args Editor_Controller registers, one method per argument, so the controller reads as its
 * routes and callbacks.
 *
 * @since 0.4.0
 */
final class Editor_Args {

	/**
	 * The post being edited; every editor route takes it.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function post_id(): array {
		return array(
			'post_id' => array(
				'description'       => __( 'The post being edited.', 'igny8' ),
				'type'              => 'integer',
				'required'          => true,
				'minimum'           => 1,
				'sanitize_callback' => 'absint',
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
	}

	/**
	 * The editor action a token is for.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, mixed>
	 */
	public static function scope(): array {
		return array(
			'description' => __( 'The editor action.', 'igny8' ),
			'type'        => 'string',
			'enum'        => array_keys( Registry::editor_actions() ),
			'required'    => true,
		);
	}

	/**
	 * The history entry to undo.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, mixed>
	 */
	public static function entry_id(): array {
		return array(
			'description' => __( 'The history entry to undo.', 'igny8' ),
			'type'        => 'string',
			'required'    => true,
			'pattern'     => '^[0-9a-f-]{36}$',
		);
	}

	/**
	 * What a featured image shows.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, mixed>
	 */
	public static function prompt(): array {
		return array(
			'description'       => __( 'What the image shows; the title is used when empty.', 'igny8' ),
			'type'              => 'string',
			'maxLength'         => 1000,
			'sanitize_callback' => 'sanitize_textarea_field',
		);
	}

	/**
	 * Whether the editor confirmed changing a post readers can see.
	 *
	 * @since 0.7.0
	 *
	 * @return array<string, mixed>
	 */
	public static function confirm(): array {
		return array(
			'description'       => __( 'True once the editor confirmed changing a published post.', 'igny8' ),
			'type'              => 'boolean',
			'default'           => false,
			'sanitize_callback' => 'rest_sanitize_boolean',
			'validate_callback' => 'rest_validate_request_arg',
		);
	}

	/**
	 * Schema of a provenance entry.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, mixed>
	 */
	public static function entry(): array {
		return array(
			'description'          => __( 'The applied change.', 'igny8' ),
			'type'                 => 'object',
			'required'             => true,
			'additionalProperties' => false,
			'properties'           => array(
				'function'       => array(
					'type' => 'string',
					'enum' => array( 'rewrite', 'generate_meta', 'generate_faq', 'generate_images', 'insert_links', 'fill_takeaways' ),
				),
				'model'          => array(
					'type'      => 'string',
					'maxLength' => 100,
				),
				'prompt_version' => array(
					'type'      => 'string',
					'maxLength' => 50,
				),
				'credits'        => array(
					'type'    => 'integer',
					'minimum' => 0,
				),
				'job_id'         => array(
					'type'      => 'string',
					'maxLength' => 64,
				),
				'summary'        => array(
					'type'      => 'string',
					'maxLength' => 300,
				),
				'kind'           => array(
					'type' => 'string',
					'enum' => array( 'content', 'meta' ),
				),
				'before_content' => array( 'type' => 'string' ),
				'after_content'  => array( 'type' => 'string' ),
				'before_meta'    => array(
					'type'                 => 'object',
					'additionalProperties' => array( 'type' => 'string' ),
				),
			),
		);
	}
}

<?php
/**
 * Published content as abilities: its score, the internal links it lacks, and placing them.
 *
 * @package Igny8\Abilities
 */

declare( strict_types=1 );

namespace Igny8\Abilities;

use Igny8\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * Each is one of the plugin's REST routes (Route_Abilities runs them); the routes check
 * edit_post on the post named, so an agent touches only what its user may edit.
 *
 * @since 0.8.0
 */
final class Post_Abilities {

	/**
	 * The definitions, by name within the category.
	 *
	 * @since 0.8.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function all(): array {
		$post_id = array(
			'type'    => 'integer',
			'minimum' => 1,
		);
		$link    = array(
			'target_post_id' => array( 'type' => 'integer' ),
			'anchor'         => array( 'type' => 'string' ),
		);
		return array(
			'score-post'    => array(
				'label'       => __( 'Score a post', 'igny8' ),
				'description' => __( 'The post’s SEO score (0–100) against its target keyword, with each check and the issues to fix. Free of credits; the stored score is updated.', 'igny8' ),
				'capability'  => Capabilities::WRITE,
				'readonly'    => false,
				'idempotent'  => true,
				'input'       => self::post_input( array( 'post_id' => $post_id ) ),
				'output'      => Output_Schema::object(
					array(
						'post_id' => array( 'type' => 'integer' ),
						'score'   => array(
							'type'    => 'integer',
							'minimum' => 0,
							'maximum' => 100,
						),
						'issues'  => array( 'type' => 'array' ),
						'checks'  => array( 'type' => 'array' ),
					)
				),
				'method'      => 'POST',
				'route'       => '/igny8/v1/optimizer/score',
				// The route scores a list; the ability one post.
				'request'     => static fn ( array $input ): array => array( 'ids' => array( (int) $input['post_id'] ) ),
				'answer'      => static fn ( array $data ): array => (array) ( $data[0] ?? array() ),
			),
			'suggest-links' => array(
				'label'       => __( 'Suggest internal links', 'igny8' ),
				'description' => __( 'Links to add to a post: other posts of the site on the same topic, each with the anchor text found in the post and why it fits.', 'igny8' ),
				'capability'  => Capabilities::WRITE,
				'input'       => self::post_input(
					array(
						'post_id' => $post_id,
						'limit'   => array(
							'type'    => 'integer',
							'minimum' => 1,
							'maximum' => 50,
						),
					)
				),
				'output'      => Output_Schema::page(
					Output_Schema::object(
						$link + array(
							'title'  => array( 'type' => 'string' ),
							'url'    => array( 'type' => 'string' ),
							'reason' => array( 'type' => 'string' ),
							'score'  => array( 'type' => array( 'integer', 'number' ) ),
						)
					)
				),
				'method'      => 'GET',
				'route'       => '/igny8/v1/linker/suggestions',
			),
			'apply-links'   => array(
				'label'       => __( 'Apply internal links', 'igny8' ),
				'description' => __( 'Places links in a post at the first unlinked occurrence of each anchor; the post before is kept as a revision (the Linker screen can revert it). Anchors not found are reported, not forced.', 'igny8' ),
				'capability'  => Capabilities::WRITE,
				'readonly'    => false,
				'input'       => self::post_input(
					array(
						'post_id' => $post_id,
						'links'   => array(
							'type'     => 'array',
							'minItems' => 1,
							'maxItems' => 50,
							'items'    => array(
								'type'                 => 'object',
								'properties'           => array(
									'target_post_id' => $post_id,
									'anchor'         => array(
										'type'      => 'string',
										'minLength' => 1,
										'maxLength' => 255,
									),
								),
								'required'             => array( 'target_post_id', 'anchor' ),
								'additionalProperties' => false,
							),
						),
					),
					array( 'post_id', 'links' )
				),
				'output'      => Output_Schema::object(
					array(
						'post_id'     => array( 'type' => 'integer' ),
						'revision_id' => array( 'type' => 'integer' ),
						'applied'     => array(
							'type'    => 'integer',
							'minimum' => 0,
						),
						'links'       => array( 'type' => 'array' ),
					)
				),
				'method'      => 'POST',
				'route'       => '/igny8/v1/linker/apply',
			),
		);
	}

	/**
	 * An input naming one post.
	 *
	 * @param array<string, array<string, mixed>> $properties Properties.
	 * @param string[]                            $required   Required names.
	 * @return array<string, mixed>
	 */
	private static function post_input( array $properties, array $required = array( 'post_id' ) ): array {
		return array(
			'type'                 => 'object',
			'properties'           => $properties,
			'required'             => $required,
			'additionalProperties' => false,
		);
	}
}

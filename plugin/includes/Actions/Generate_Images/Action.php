<?php
/**
 * generate_images: pictures from prompts, stored in the media library.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Generate_Images;

use Igny8\Actions\AI_Action;
use Igny8\Actions\Job_Plan;
use Igny8\Actions\Result_Handler;
use Igny8\Security\Capabilities;
use Igny8\Security\Post_Access;
use Igny8\System\Settings;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Run by itself, the block editor's featured image: one image for one post, from the editor's
 * prompt or one built from the title. The Writer's images come here too, started by the result of
 * generate_image_prompts through images_plan().
 *
 * @since 0.6.0
 */
final class Action extends AI_Action {

	/**
	 * {@inheritDoc}
	 */
	public function name(): string {
		return 'generate_images';
	}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Images', 'igny8' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::WRITE;
	}

	/**
	 * {@inheritDoc}
	 */
	public function args(): array {
		return array(
			'post_id' => array(
				'description'       => __( 'The post that gets a featured image.', 'igny8' ),
				'type'              => 'integer',
				'required'          => true,
				'minimum'           => 1,
				'sanitize_callback' => 'absint',
				'validate_callback' => 'rest_validate_request_arg',
			),
			'prompt'  => array(
				'description'       => __( 'What the image shows; built from the title when empty.', 'igny8' ),
				'type'              => 'string',
				'default'           => '',
				'maxLength'         => 1000,
				'sanitize_callback' => 'sanitize_textarea_field',
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
	}

	/**
	 * {@inheritDoc}
	 */
	public function authorize( array $params ) {
		$post = Post_Access::editable( (int) ( $params['post_id'] ?? 0 ) );
		return is_wp_error( $post ) ? $post : true;
	}

	/**
	 * {@inheritDoc}
	 */
	public function plan( array $params ) {
		$post_id = (int) ( $params['post_id'] ?? 0 );
		if ( ! get_post( $post_id ) ) {
			return new WP_Error( 'igny8_post_not_found', __( 'This post does not exist.', 'igny8' ), array( 'status' => 404 ) );
		}
		$title  = get_the_title( $post_id );
		$prompt = trim( (string) ( $params['prompt'] ?? '' ) );
		$prompt = '' !== $prompt ? $prompt : sprintf(
			/* translators: %s: post title */
			__( 'A clean editorial photograph illustrating the article "%s", no text in the image.', 'igny8' ),
			$title
		);
		$image = array(
			'prompt'   => $prompt,
			'alt'      => wp_strip_all_tags( $title ),
			'caption'  => '',
			'role'     => 'featured',
			'position' => 0,
		);
		return array( self::images_plan( array( $image ), array( 'post_id' => $post_id ), 'featured:' . $post_id . ':' . wp_generate_uuid4(), array(), '1792x1024' ) );
	}

	/**
	 * {@inheritDoc}
	 */
	public function result(): ?Result_Handler {
		return new Result();
	}

	/**
	 * A generate_images plan for images already described.
	 *
	 * @since 0.6.0
	 *
	 * @param array<int, array<string, mixed>> $images    {prompt, alt?, caption?, role, position}.
	 * @param array<string, mixed>             $reference task_id and/or post_id.
	 * @param string                           $key       Idempotency key part.
	 * @param array<int, string|null>          $after     Heading each in-article image follows, by position.
	 * @param string                           $size      Image size; the site's setting when empty.
	 * @return Job_Plan
	 */
	public static function images_plan( array $images, array $reference, string $key, array $after = array(), string $size = '' ): Job_Plan {
		$reference = array_filter(
			array(
				'task_id' => (int) ( $reference['task_id'] ?? 0 ),
				'post_id' => (int) ( $reference['post_id'] ?? 0 ),
			)
		);
		$input     = array(
			'images' => $images,
			'size'   => '' !== $size ? $size : (string) Settings::get()['image_size'],
		);
		if ( ! empty( $reference['task_id'] ) ) {
			$input['task_id'] = $reference['task_id'];
		}
		return Job_Plan::for_site( 'generate_images', $input, $reference, $key, $after ? array( 'after_heading' => $after ) : array() );
	}
}

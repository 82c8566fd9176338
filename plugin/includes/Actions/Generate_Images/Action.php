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
use Igny8\Writer\Post_Meta;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Run by itself, the block editor's featured image: one image for one post, from the editor's
 * prompt or one built from the title; or, given an attachment, a new drawing of one image IGNY8
 * made (its stored prompt unless another is given) that takes that image's place in the post. The
 * Writer's images come here too, started by the result of generate_image_prompts through images_plan().
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
			'attachment_id' => array(
				'description'       => __( 'An image IGNY8 generated for this post, drawn again and replaced.', 'igny8' ),
				'type'              => 'integer',
				'minimum'           => 1,
				'sanitize_callback' => 'absint',
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
		$replace = (int) ( $params['attachment_id'] ?? 0 );
		if ( $replace ) {
			return $this->redraw_plan( $post_id, $replace, trim( (string) ( $params['prompt'] ?? '' ) ) );
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
		return array( self::images_plan( array( $image ), array( 'post_id' => $post_id ), 'featured:' . $post_id . ':' . wp_generate_uuid4(), array(), 'landscape' ) );
	}

	/**
	 * The plan that draws one of the post's IGNY8 images again, in its role, alt text and caption.
	 *
	 * @param int    $post_id       Post.
	 * @param int    $attachment_id Image to replace.
	 * @param string $prompt        New prompt; the stored one when empty.
	 * @return array<int, Job_Plan>|WP_Error
	 */
	private function redraw_plan( int $post_id, int $attachment_id, string $prompt ) {
		$attachment = get_post( $attachment_id );
		if ( ! $attachment || 'attachment' !== $attachment->post_type || $post_id !== (int) $attachment->post_parent || '' === (string) get_post_meta( $attachment_id, Post_Meta::IMAGE_KEY, true ) ) {
			return new WP_Error( 'igny8_image_not_found', __( 'This post has no IGNY8 image with that id. Reload the list of images and try again.', 'igny8' ), array( 'status' => 404 ) );
		}
		$prompt = '' !== $prompt ? $prompt : (string) get_post_meta( $attachment_id, Post_Meta::IMAGE_PROMPT, true );
		if ( '' === $prompt ) {
			return new WP_Error( 'igny8_image_prompt_missing', __( 'This image was made before IGNY8 kept prompts. Write what the image should show.', 'igny8' ), array( 'status' => 400 ) );
		}
		$featured = (int) get_post_thumbnail_id( $post_id ) === $attachment_id;
		$image    = array(
			'prompt'   => $prompt,
			'alt'      => (string) get_post_meta( $attachment_id, '_wp_attachment_image_alt', true ),
			'caption'  => (string) $attachment->post_excerpt,
			'role'     => $featured ? 'featured' : 'in_article',
			'position' => 0,
		);
		$reference = array(
			'post_id' => $post_id,
			'task_id' => (int) get_post_meta( $attachment_id, Post_Meta::TASK_ID, true ),
		);
		$key       = 'redraw:' . $attachment_id . ':' . wp_generate_uuid4();
		return array( self::images_plan( array( $image ), $reference, $key, array(), '', array( 'replace' => $attachment_id ) ) );
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
	 * @param string                           $size      Image shape; the site's setting when empty.
	 * @param array<string, mixed>             $context   More local context for the result (replace: attachment id).
	 * @return Job_Plan
	 */
	public static function images_plan( array $images, array $reference, string $key, array $after = array(), string $size = '', array $context = array() ): Job_Plan {
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
		if ( $after ) {
			$context['after_heading'] = $after;
		}
		return Job_Plan::for_site( 'generate_images', $input, $reference, $key, $context );
	}
}

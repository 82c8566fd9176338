<?php
/**
 * generate_excerpt: the summary themes show in archives and feeds.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Generate_Excerpt;

use Igny8\Actions\AI_Action;
use Igny8\Actions\Ids_Arg;
use Igny8\Actions\Job_Plan;
use Igny8\Actions\Result_Handler;
use Igny8\Security\Capabilities;
use Igny8\Security\Post_Access;
use Igny8\Storage\Tasks_Repository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * One job per post; the result becomes the post's excerpt (Result). The smallest action, and the
 * example Actions/README.md walks through.
 *
 * @since 0.6.0
 */
final class Action extends AI_Action {

	/**
	 * Most posts one request summarises.
	 *
	 * @since 0.6.0
	 */
	public const BATCH = 20;

	/**
	 * {@inheritDoc}
	 */
	public function name(): string {
		return 'generate_excerpt';
	}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Excerpts', 'igny8' );
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
		return array( 'ids' => Ids_Arg::schema( self::BATCH, __( 'Ids of the posts that get an excerpt.', 'igny8' ) ) );
	}

	/**
	 * {@inheritDoc}
	 */
	public function authorize( array $params ) {
		foreach ( Ids_Arg::of( $params ) as $post_id ) {
			$post = Post_Access::editable( $post_id );
			if ( is_wp_error( $post ) ) {
				return $post;
			}
		}
		return true;
	}

	/**
	 * {@inheritDoc}
	 */
	public function plan( array $params ) {
		$plans = array();
		foreach ( Ids_Arg::of( $params ) as $post_id ) {
			$post  = get_post( $post_id );
			$title = $post ? trim( get_the_title( $post ) ) : '';
			if ( ! $post ) {
				return new WP_Error( 'igny8_post_not_found', __( 'This post does not exist.', 'igny8' ), array( 'status' => 404 ) );
			}
			if ( '' === $title ) {
				return new WP_Error( 'igny8_post_untitled', __( 'Give the post a title first: the excerpt is written from it and its text.', 'igny8' ), array( 'status' => 400 ) );
			}
			$task_id  = (int) get_post_meta( $post_id, '_igny8_task_id', true );
			$task     = $task_id ? ( new Tasks_Repository() )->find( $task_id ) : null;
			$plans[]  = Job_Plan::for_site(
				'generate_excerpt',
				array(
					'post_id'      => $post_id,
					'title'        => $title,
					'content_html' => (string) $post->post_content,
					'keywords'     => array_slice( array_values( array_map( 'strval', (array) ( $task['keywords'] ?? array() ) ) ), 0, 50 ),
				),
				array( 'post_id' => $post_id ),
				'excerpt:' . $post_id . ':' . md5( (string) $post->post_modified_gmt . $post->post_content )
			);
		}
		return $plans;
	}

	/**
	 * {@inheritDoc}
	 */
	public function started( Job_Plan $plan, array $job ): array {
		return array_merge( array( 'post_id' => (int) $plan->reference['post_id'] ), $job );
	}

	/**
	 * {@inheritDoc}
	 */
	public function result(): ?Result_Handler {
		return new Result();
	}
}

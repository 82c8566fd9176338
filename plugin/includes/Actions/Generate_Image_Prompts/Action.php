<?php
/**
 * generate_image_prompts: the images an article needs, described.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Generate_Image_Prompts;

use Igny8\Actions\AI_Action;
use Igny8\Actions\Generate_Images\Action as Images_Action;
use Igny8\Actions\Ids_Arg;
use Igny8\Actions\Job_Plan;
use Igny8\Actions\Result_Handler;
use Igny8\Security\Capabilities;
use Igny8\Security\Post_Access;
use Igny8\Storage\Strategies_Repository;
use Igny8\Storage\Tasks_Repository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The Writer's "Generate images": one prompts job per task whose draft exists; its result starts the
 * generate_images job (Result), which the estimate prices up front as a follow-up.
 *
 * @since 0.6.0
 */
final class Action extends AI_Action {

	/**
	 * In-article images asked for when the input does not say (the Worker's max_in_article default).
	 *
	 * @since 0.3.0
	 */
	public const DEFAULT_IN_ARTICLE_IMAGES = 3;

	/**
	 * Most tasks one request illustrates.
	 *
	 * @since 0.6.0
	 */
	public const BATCH = 20;

	/**
	 * {@inheritDoc}
	 */
	public function name(): string {
		return 'generate_image_prompts';
	}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Image prompts', 'igny8' );
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
		return array( 'ids' => Ids_Arg::schema( self::BATCH, __( 'Ids of the tasks whose drafts get images.', 'igny8' ) ) );
	}

	/**
	 * {@inheritDoc}
	 */
	public function authorize( array $params ) {
		return Post_Access::posts_editable( Ids_Arg::task_posts( $params ) );
	}

	/**
	 * {@inheritDoc}
	 */
	public function plan( array $params ) {
		$plans = array();
		$tasks = new Tasks_Repository();
		foreach ( Ids_Arg::of( $params ) as $task_id ) {
			$task = $tasks->find( $task_id );
			$post = $task && $task['assigned_post_id'] ? get_post( (int) $task['assigned_post_id'] ) : null;
			if ( ! $post ) {
				return new WP_Error(
					'igny8_no_draft',
					/* translators: %d: task id */
					sprintf( __( 'Task %d has no draft yet: write the article first.', 'igny8' ), $task_id ),
					array( 'status' => 409 )
				);
			}
			$plans[] = Job_Plan::for_site(
				'generate_image_prompts',
				array(
					'task_id'        => (int) $task['id'],
					'title'          => get_the_title( $post ),
					'content_html'   => (string) $post->post_content,
					// How many in-article images: the task's writing strategy says (Strategies_Repository::for_task).
					'max_in_article' => (int) ( ( new Strategies_Repository() )->for_task( $task )['image_count'] ?? self::DEFAULT_IN_ARTICLE_IMAGES ),
				),
				array(
					'task_id' => (int) $task['id'],
					'post_id' => $post->ID,
				),
				'img:' . $task['id'] . ':' . intdiv( time(), 60 )
			);
		}
		return $plans;
	}

	/**
	 * {@inheritDoc}
	 */
	public function follow_ups( Job_Plan $plan ): array {
		// The generate_images job holds the featured image and up to max_in_article more.
		$count  = 1 + (int) ( $plan->input['max_in_article'] ?? self::DEFAULT_IN_ARTICLE_IMAGES );
		$images = array();
		for ( $i = 0; $i < max( 1, min( 8, $count ) ); $i++ ) {
			$images[] = array(
				'prompt'   => 'estimate',
				'role'     => 0 === $i ? 'featured' : 'in_article',
				'position' => $i,
			);
		}
		return array( Images_Action::images_plan( $images, $plan->reference, 'estimate' ) );
	}

	/**
	 * {@inheritDoc}
	 */
	public function started( Job_Plan $plan, array $job ): array {
		return array_merge( array( 'task_id' => (int) $plan->reference['task_id'] ), $job );
	}

	/**
	 * {@inheritDoc}
	 */
	public function result(): ?Result_Handler {
		return new Result();
	}
}

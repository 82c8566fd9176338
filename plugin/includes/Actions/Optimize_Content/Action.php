<?php
/**
 * optimize_content: a better version of a post, as a revision.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Optimize_Content;

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
 * One job per post, IGNY8's or any other; the result becomes a revision the editor can open and
 * restore (Result), so nothing is overwritten. The model gets only the post's text segments
 * (Segments), never its blocks.
 *
 * @since 0.6.0
 */
final class Action extends AI_Action {

	/**
	 * Most posts one request optimises.
	 *
	 * @since 0.6.0
	 */
	public const BATCH = 20;

	/**
	 * {@inheritDoc}
	 */
	public function name(): string {
		return 'optimize_content';
	}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Optimisation', 'igny8' );
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
		return array( 'ids' => Ids_Arg::schema( self::BATCH, __( 'Ids of the posts to optimise.', 'igny8' ) ) );
	}

	/**
	 * {@inheritDoc}
	 */
	public function authorize( array $params ) {
		return Post_Access::posts_editable( Ids_Arg::of( $params ) );
	}

	/**
	 * {@inheritDoc}
	 */
	public function plan( array $params ) {
		$plans = array();
		foreach ( Ids_Arg::of( $params ) as $post_id ) {
			$plan = $this->plan_post( $post_id, (array) ( $params['keywords'] ?? array() ) );
			if ( is_wp_error( $plan ) ) {
				return $plan;
			}
			$plans[] = $plan;
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

	/**
	 * The plan of one post; the target keywords default to its task's, then to its title.
	 *
	 * @param int      $post_id  Post id.
	 * @param string[] $keywords Target keywords.
	 * @return Job_Plan|WP_Error
	 */
	private function plan_post( int $post_id, array $keywords ) {
		$post = get_post( $post_id );
		if ( ! $post ) {
			return new WP_Error( 'igny8_post_not_found', __( 'This post does not exist.', 'igny8' ), array( 'status' => 404 ) );
		}
		$task_id = (int) get_post_meta( $post_id, '_igny8_task_id', true );
		$task    = $task_id ? ( new Tasks_Repository() )->find( $task_id ) : null;
		if ( ! $keywords && $task ) {
			$keywords = (array) $task['keywords'];
		}
		if ( ! $keywords ) {
			$keywords = array( get_the_title( $post ) );
		}
		$content  = (string) $post->post_content;
		$segments = Segments::of( parse_blocks( $content ) );
		if ( ! $segments ) {
			return new WP_Error(
				'igny8_nothing_to_optimize',
				/* translators: %s: post title */
				sprintf( __( '“%s” has no paragraphs, headings or list items to optimise. Write them as blocks in the editor, then try again.', 'igny8' ), get_the_title( $post ) ),
				array( 'status' => 422 )
			);
		}
		return Job_Plan::for_site(
			'optimize_content',
			array(
				'post_id'  => $post_id,
				'title'    => get_the_title( $post ),
				'segments' => Segments::for_input( $segments ),
				'keywords' => array_slice( array_values( $keywords ), 0, 50 ),
			),
			array_filter(
				array(
					'post_id'      => $post_id,
					'task_id'      => $task_id,
					// The segments' ids hold only for this content; Result refuses the result once it changed.
					'content_hash' => md5( $content ),
				)
			),
			'opt:' . $post_id . ':' . intdiv( time(), 60 )
		);
	}
}

<?php
/**
 * The one target length of a post, read by the stored score and the editor's score alike.
 *
 * @package Igny8\Optimizer
 */

declare( strict_types=1 );

namespace Igny8\Optimizer;

use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Strategies_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Writer\Post_Meta;

defined( 'ABSPATH' ) || exit;

/**
 * A post's target length in words: its own (`_igny8_target_words`, set in the editor's sidebar)
 * when it has one, else the plan's default. The Scorer sends it to the cloud's score model and
 * Editor\Post_Context hands the default to the sidebar, which uses the post's own value while
 * it is edited: both scores see the same number. Without a plan (no writer task) there is no
 * target and the score model's general floor applies on both sides.
 *
 * @since 0.1.0
 */
final class Target_Length {

	/**
	 * The length a writer task's article is written to (generate_content's article length).
	 *
	 * @since 0.1.0
	 */
	public const TASK_DEFAULT = 1200;

	/**
	 * Longest target accepted, in words.
	 *
	 * @since 0.1.0
	 */
	public const MAX = Post_Meta::TARGET_WORDS_MAX;

	/**
	 * The post's target: its own, else the plan's default; null when neither says.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post id.
	 */
	public static function for_post( int $post_id ): ?int {
		$own = (int) get_post_meta( $post_id, Post_Meta::TARGET_WORDS, true );
		return $own > 0 ? min( $own, self::MAX ) : self::default_for( $post_id );
	}

	/**
	 * The plan's default for the post: its writer task's target, else its cluster's, else
	 * TASK_DEFAULT; null for a post outside the plan.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post id.
	 */
	public static function default_for( int $post_id ): ?int {
		$task_id = (int) get_post_meta( $post_id, Post_Meta::TASK_ID, true );
		$task    = $task_id > 0 ? ( new Tasks_Repository() )->find( $task_id ) : null;
		$cluster = $task && ! empty( $task['cluster_id'] ) ? ( new Clusters_Repository() )->find( (int) $task['cluster_id'] ) : null;
		$words   = $task ? self::plan_target( $task, $cluster, ( new Strategies_Repository() )->for_task( $task ) ) : null;
		/**
		 * Filters the default target length of a post (the task's or its cluster's), in words.
		 *
		 * @since 0.1.0
		 *
		 * @param int|null                  $words   Default; null for no target.
		 * @param int                       $post_id Post id.
		 * @param array<string, mixed>|null $task    The post's writer task.
		 * @param array<string, mixed>|null $cluster The task's cluster.
		 */
		$words = apply_filters( 'igny8_default_target_words', $words, $post_id, $task, $cluster );
		return is_numeric( $words ) && (int) $words > 0 ? min( (int) $words, self::MAX ) : null;
	}

	/**
	 * A task's target length: its own, else its strategy's, else its cluster's, else TASK_DEFAULT
	 * (the one rule the article job, the stored score and the editor's score share).
	 *
	 * @since 0.8.0
	 *
	 * @param array<string, mixed>      $task     Task.
	 * @param array<string, mixed>|null $cluster  Its cluster.
	 * @param array<string, mixed>|null $strategy Its writing strategy (Strategies_Repository::for_task).
	 */
	public static function plan_target( array $task, ?array $cluster, ?array $strategy = null ): int {
		foreach ( array( $task['target_words'] ?? null, $strategy['target_words'] ?? null, $cluster['target_words'] ?? null ) as $words ) {
			if ( is_numeric( $words ) && (int) $words > 0 ) {
				return min( (int) $words, self::MAX );
			}
		}
		return self::TASK_DEFAULT;
	}
}

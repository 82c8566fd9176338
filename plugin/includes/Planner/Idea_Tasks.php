<?php
/**
 * Writer tasks from planner ideas.
 *
 * @package Igny8\Planner
 */

declare( strict_types=1 );

namespace Igny8\Planner;

use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Tasks_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * The planner's last step, with no AI: each idea becomes a task holding its title, brief, keywords
 * and outline. Shared by the Ideas screen, automation and `wp igny8 run tasks`.
 *
 * @since 0.6.0
 */
final class Idea_Tasks {

	/**
	 * Turns ideas into writer tasks (no AI; an idea already holding a task keeps it).
	 *
	 * @since 0.2.0
	 *
	 * @param int[] $idea_ids Idea ids.
	 * @param int   $user_id  Creator.
	 * @return array<int, array{idea_id:int, task_id:int}>
	 */
	public function create_tasks( array $idea_ids, int $user_id ): array {
		$ideas   = new Ideas_Repository();
		$tasks   = new Tasks_Repository();
		$created = array();
		foreach ( $ideas->find_many( $idea_ids ) as $idea ) {
			if ( ! empty( $idea['task_id'] ) && $tasks->find( (int) $idea['task_id'] ) ) {
				$created[] = array(
					'idea_id' => $idea['id'],
					'task_id' => (int) $idea['task_id'],
				);
				continue;
			}
			$task_id = $tasks->insert(
				self::task_fields( $idea ) + array(
					'cluster_id' => $idea['cluster_id'],
					'idea_id'    => $idea['id'],
					'created_by' => $user_id,
				)
			);
			if ( is_wp_error( $task_id ) ) {
				continue;
			}
			$ideas->update(
				$idea['id'],
				array(
					'task_id' => $task_id,
					'status'  => 'in_progress',
				)
			);
			$created[] = array(
				'idea_id' => $idea['id'],
				'task_id' => $task_id,
			);
		}
		return $created;
	}

	/**
	 * The fields a task takes from its idea; also what automation prices before the task exists.
	 *
	 * @since 0.6.0
	 *
	 * @param array<string, mixed> $idea Idea.
	 * @return array{title: string, brief: string, keywords: string[], content_type: string, outline: array<int, mixed>}
	 */
	public static function task_fields( array $idea ): array {
		return array(
			'title'        => (string) $idea['title'],
			'brief'        => mb_substr( (string) $idea['description'], 0, 10000 ),
			'keywords'     => array_slice( array_values( array_filter( array_map( static fn ( $k ): string => mb_substr( trim( (string) $k ), 0, 200 ), (array) $idea['suggested_keywords'] ) ) ), 0, 50 ),
			'content_type' => in_array( $idea['content_type'], array( 'post', 'page' ), true ) ? (string) $idea['content_type'] : 'post',
			'outline'      => (array) ( $idea['outline'] ?? array() ),
		);
	}
}

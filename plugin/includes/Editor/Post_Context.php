<?php
/**
 * What the sidebar shows about a post's place in the content plan.
 *
 * @package Igny8\Editor
 */

declare( strict_types=1 );

namespace Igny8\Editor;

use Igny8\Actions\Site_Context;
use Igny8\Cloud\Connection;
use Igny8\Optimizer\Target_Length;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Writer\Post_Meta;

defined( 'ABSPATH' ) || exit;

/**
 * The post's writer task, cluster, keywords and idea, the credits left (the balance the last
 * connection check saw; no cloud call) and the target keyword (the meta, else the task's first
 * keyword).
 *
 * @since 0.3.0
 */
final class Post_Context {

	/**
	 * The context of one post.
	 *
	 * @since 0.3.0
	 *
	 * @param int $post_id Post id.
	 * @return array<string, mixed>
	 */
	public function for_post( int $post_id ): array {
		$task_id  = (int) get_post_meta( $post_id, Post_Meta::TASK_ID, true );
		$task     = $task_id > 0 ? ( new Tasks_Repository() )->find( $task_id ) : null;
		$cluster  = $task && ! empty( $task['cluster_id'] ) ? ( new Clusters_Repository() )->find( (int) $task['cluster_id'] ) : null;
		$idea     = $task && ! empty( $task['idea_id'] ) ? ( new Ideas_Repository() )->find( (int) $task['idea_id'] ) : null;
		$keywords = $task && is_array( $task['keywords'] ?? null ) ? array_values( array_map( 'strval', $task['keywords'] ) ) : array();

		$target  = (string) get_post_meta( $post_id, Post_Meta::TARGET_KEYWORD, true );
		$status  = ( new Connection() )->status();
		$balance = is_array( $status['balance'] ?? null ) && isset( $status['balance']['credits'] ) ? (int) $status['balance']['credits'] : null;

		return array(
			'post_id'        => $post_id,
			'task'           => $task ? array(
				'id'     => (int) $task['id'],
				'title'  => (string) $task['title'],
				'status' => (string) $task['status'],
			) : null,
			'cluster'        => $cluster ? array(
				'id'   => (int) $cluster['id'],
				'name' => (string) $cluster['name'],
			) : null,
			'idea'           => $idea ? array(
				'id'    => (int) $idea['id'],
				'title' => (string) $idea['title'],
			) : null,
			'keywords'       => $keywords,
			'target_keyword' => '' !== $target ? $target : ( $keywords[0] ?? '' ),
			// The plan's default; the sidebar uses the post's own target (post meta) over it, as the Scorer does.
			'target_words'   => Target_Length::default_for( $post_id ),
			'credits'        => $balance,
			'connected'      => (bool) $status['connected'],
			'site_host'      => (string) wp_parse_url( home_url(), PHP_URL_HOST ),
			'language'       => Site_Context::language(),
		);
	}
}

<?php
/**
 * The planner → writer pipeline stages that start AI jobs.
 *
 * @package Igny8\Jobs
 */

declare( strict_types=1 );

namespace Igny8\Jobs;

use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Sectors_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\System\Prompts;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Builds each stage's job input from the local tables (CONTRACTS2 shapes) and starts it through
 * Job_Starter. Shared by the REST routes and `wp igny8 run <stage>`.
 *
 * @since 0.2.0
 */
class Pipeline {

	/**
	 * Most keywords one auto_cluster job receives.
	 *
	 * @since 0.2.0
	 */
	public const CLUSTER_BATCH = 500;

	/**
	 * Job starter.
	 *
	 * @var Job_Starter
	 */
	private Job_Starter $starter;

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param Job_Starter|null $starter Job starter.
	 */
	public function __construct( ?Job_Starter $starter = null ) {
		$this->starter = $starter ?? new Job_Starter();
	}

	/**
	 * auto_cluster for the given keywords, or for up to CLUSTER_BATCH unclustered ones.
	 *
	 * @since 0.2.0
	 *
	 * @param int[]    $keyword_ids Keyword ids (empty: unclustered keywords, highest volume first).
	 * @param int|null $sector_id   Sector whose name guides the clustering.
	 * @return array<string, mixed>|WP_Error Job.
	 */
	public function auto_cluster( array $keyword_ids, ?int $sector_id = null ) {
		$repo     = new Keywords_Repository();
		$keywords = $keyword_ids
			? $repo->find_many( array_slice( $keyword_ids, 0, self::CLUSTER_BATCH ) )
			: $repo->query(
				array(
					'cluster_id' => 0,
					'sector_id'  => $sector_id,
					'orderby'    => 'search_volume',
					'order'      => 'desc',
					'per_page'   => 100,
				)
			)['items'];
		if ( ! $keywords ) {
			return new WP_Error( 'igny8_nothing_to_do', __( 'There are no keywords to cluster.', 'igny8' ), array( 'status' => 400 ) );
		}
		$input  = array(
			'keywords' => array_map(
				static fn ( array $k ): array => array(
					'id'            => $k['id'],
					'keyword'       => $k['keyword'],
					'search_volume' => $k['search_volume'],
					'intent'        => $k['intent'],
				),
				$keywords
			),
			'language' => get_locale(),
		);
		$sector = $sector_id ? ( new Sectors_Repository() )->find( $sector_id ) : null;
		if ( $sector ) {
			$input['sector'] = (string) $sector['name'];
		}
		$ids = array_column( $keywords, 'id' );
		return $this->starter->start( 'auto_cluster', $input, array( 'keyword_ids' => $ids ), 'kw:' . md5( implode( ',', $ids ) ) . ':' . intdiv( time(), 60 ), array( 'sector_id' => $sector_id ) );
	}

	/**
	 * generate_ideas for clusters.
	 *
	 * @since 0.2.0
	 *
	 * @param int[] $cluster_ids       Cluster ids.
	 * @param int   $ideas_per_cluster Ideas per cluster (1–10).
	 * @return array<string, mixed>|WP_Error Job.
	 */
	public function generate_ideas( array $cluster_ids, int $ideas_per_cluster = 3 ) {
		$clusters = ( new Clusters_Repository() )->find_many( $cluster_ids );
		if ( ! $clusters ) {
			return new WP_Error( 'igny8_cluster_not_found', __( 'None of these clusters exist.', 'igny8' ), array( 'status' => 404 ) );
		}
		$keywords = new Keywords_Repository();
		$input    = array(
			'clusters'          => array_map(
				static fn ( array $c ): array => array(
					'id'          => $c['id'],
					'name'        => $c['name'],
					'description' => (string) $c['description'],
					'keywords'    => array_column(
						$keywords->query(
							array(
								'cluster_id' => $c['id'],
								'orderby'    => 'search_volume',
								'per_page'   => 100,
							)
						)['items'],
						'keyword'
					),
				),
				$clusters
			),
			'ideas_per_cluster' => max( 1, min( 10, $ideas_per_cluster ) ),
			'language'          => get_locale(),
		);
		$ids      = array_column( $clusters, 'id' );
		return $this->starter->start( 'generate_ideas', $input, array( 'cluster_ids' => $ids ), 'cl:' . md5( implode( ',', $ids ) ) . ':' . intdiv( time(), 60 ) );
	}

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
				array(
					'title'        => $idea['title'],
					'brief'        => (string) $idea['description'],
					'keywords'     => array_slice( (array) $idea['suggested_keywords'], 0, 50 ),
					'content_type' => $idea['content_type'],
					'cluster_id'   => $idea['cluster_id'],
					'idea_id'      => $idea['id'],
					'outline'      => $idea['outline'],
					'created_by'   => $user_id,
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
	 * generate_image_prompts for tasks whose draft exists; generate_images follows when its result arrives.
	 *
	 * @since 0.2.0
	 *
	 * @param int[] $task_ids Task ids.
	 * @return array<int, array<string, mixed>>|WP_Error Jobs, one per task.
	 */
	public function generate_images( array $task_ids ) {
		$jobs  = array();
		$tasks = new Tasks_Repository();
		foreach ( $task_ids as $task_id ) {
			$task = $tasks->find( (int) $task_id );
			$post = $task && $task['assigned_post_id'] ? get_post( (int) $task['assigned_post_id'] ) : null;
			if ( ! $post ) {
				return new WP_Error(
					'igny8_no_draft',
					/* translators: %d: task id */
					sprintf( __( 'Task %d has no draft yet: write the article first.', 'igny8' ), (int) $task_id ),
					array( 'status' => 409 )
				);
			}
			$input = array(
				'task_id'      => (int) $task['id'],
				'title'        => get_the_title( $post ),
				'content_html' => (string) $post->post_content,
			);
			$job   = $this->starter->start(
				'generate_image_prompts',
				$input,
				array(
					'task_id' => (int) $task['id'],
					'post_id' => $post->ID,
				),
				'img:' . $task['id'] . ':' . intdiv( time(), 60 )
			);
			if ( is_wp_error( $job ) ) {
				return $job;
			}
			$jobs[] = array_merge( array( 'task_id' => (int) $task['id'] ), $job );
		}
		return $jobs;
	}

	/**
	 * optimize_content for an IGNY8 or any other post; the result becomes a revision.
	 *
	 * @since 0.2.0
	 *
	 * @param int      $post_id  Post id.
	 * @param string[] $keywords Target keywords (defaults to the task's).
	 * @return array<string, mixed>|WP_Error Job.
	 */
	public function optimize( int $post_id, array $keywords = array() ) {
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
		$input    = array(
			'post_id'      => $post_id,
			'title'        => get_the_title( $post ),
			'content_html' => (string) $post->post_content,
			'keywords'     => array_slice( array_values( $keywords ), 0, 50 ),
			'language'     => get_locale(),
		);
		$template = Prompts::template( 'optimize_content' );
		if ( $template ) {
			$input['template'] = $template;
		}
		return $this->starter->start(
			'optimize_content',
			$input,
			array_filter(
				array(
					'post_id' => $post_id,
					'task_id' => $task_id,
				)
			),
			'opt:' . $post_id . ':' . intdiv( time(), 60 )
		);
	}
}

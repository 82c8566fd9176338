<?php
/**
 * Runs one pipeline stage over what is waiting for it.
 *
 * @package Igny8\Cli
 */

declare( strict_types=1 );

namespace Igny8\Cli;

use Igny8\Actions\Registry;
use Igny8\Planner\Idea_Tasks;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Tasks_Repository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The service behind `wp igny8 run <stage>`: picks the items each stage works on (unclustered
 * keywords, clusters without ideas, draft ideas, queued tasks, written tasks without images) and
 * starts the stage through the same actions (Actions\Registry) the REST routes run.
 *
 * @since 0.2.0
 */
class Stage_Runner {

	/**
	 * Stages in pipeline order.
	 *
	 * @since 0.2.0
	 */
	public const STAGES = array( 'cluster', 'ideas', 'tasks', 'content', 'images' );

	/**
	 * Runs a stage.
	 *
	 * @since 0.2.0
	 *
	 * @param string $stage One of STAGES.
	 * @param int    $limit Most items.
	 * @return array<string, mixed>|WP_Error What was started.
	 */
	public function run( string $stage, int $limit = 20 ) {
		switch ( $stage ) {
			case 'cluster':
				return self::first_job( Registry::get( 'auto_cluster' )->run( array() ) );
			case 'ideas':
				$clusters = ( new Clusters_Repository() )->query(
					array(
						'status'   => 'active',
						'per_page' => $limit,
						'order'    => 'asc',
					)
				)['items'];
				return $clusters ? self::first_job( Registry::get( 'generate_ideas' )->run( array( 'ids' => array_column( $clusters, 'id' ) ) ) ) : self::nothing( $stage );
			case 'tasks':
				$ideas = ( new Ideas_Repository() )->query(
					array(
						'status'   => 'draft',
						'per_page' => $limit,
						'order'    => 'asc',
					)
				)['items'];
				return $ideas ? array( 'tasks' => ( new Idea_Tasks() )->create_tasks( array_column( $ideas, 'id' ), get_current_user_id() ) ) : self::nothing( $stage );
			case 'content':
				$tasks = ( new Tasks_Repository() )->query(
					array(
						'status'   => 'queued',
						'per_page' => min( $limit, 20 ),
						'order'    => 'asc',
					)
				)['items'];
				if ( ! $tasks ) {
					return self::nothing( $stage );
				}
				$jobs = Registry::get( 'generate_content' )->run( array( 'ids' => array_column( $tasks, 'id' ) ) );
				return is_wp_error( $jobs ) ? $jobs : array( 'jobs' => $jobs );
			case 'images':
				$tasks = array_filter(
					( new Tasks_Repository() )->query(
						array(
							'status'   => 'completed',
							'per_page' => min( $limit, 20 ),
							'order'    => 'asc',
						)
					)['items'],
					static fn ( $t ) => ! empty( $t['assigned_post_id'] ) && ! has_post_thumbnail( (int) $t['assigned_post_id'] )
				);
				if ( ! $tasks ) {
					return self::nothing( $stage );
				}
				$jobs = Registry::get( 'generate_image_prompts' )->run( array( 'ids' => array_column( $tasks, 'id' ) ) );
				return is_wp_error( $jobs ) ? $jobs : array( 'jobs' => $jobs );
		}
		return new WP_Error(
			'igny8_unknown_stage',
			/* translators: %s: stage names */
			sprintf( __( 'Unknown stage. Use one of: %s.', 'igny8' ), implode( ', ', self::STAGES ) )
		);
	}

	/**
	 * The one job of a single-job stage.
	 *
	 * @param array<int, array<string, mixed>>|WP_Error $jobs Started jobs.
	 * @return array<string, mixed>|WP_Error
	 */
	private static function first_job( $jobs ) {
		return is_wp_error( $jobs ) ? $jobs : ( $jobs[0] ?? array() );
	}

	/**
	 * The error of a stage with nothing to do.
	 *
	 * @param string $stage Stage.
	 * @return WP_Error
	 */
	private static function nothing( string $stage ): WP_Error {
		/* translators: %s: stage */
		return new WP_Error( 'igny8_nothing_to_do', sprintf( __( 'Nothing is waiting for the %s stage.', 'igny8' ), $stage ) );
	}
}

<?php
/**
 * Writer module: tasks.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Repository;
use Igny8\Storage\Tasks_Repository;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Writer task CRUD on the shared table controller (a task is edited after creation: title, brief,
 * keywords, content type, category, cluster and structure), generate_content and generate_images
 * (a generate_image_prompts job per task, followed by a generate_images job when the prompts arrive).
 *
 * @since 0.1.0
 */
class Tasks_Controller extends Table_Controller {

	/**
	 * Route of the task collection.
	 *
	 * @since 0.1.0
	 */
	public const ROUTE = '/writer/tasks';

	/**
	 * Route of one task.
	 *
	 * @since 0.1.0
	 */
	public const ITEM_ROUTE = '/writer/tasks/(?P<id>\d+)';

	/**
	 * Route that starts AI generation.
	 *
	 * @since 0.1.0
	 */
	public const GENERATE_ROUTE = '/writer/tasks/generate_content';

	/**
	 * {@inheritDoc}
	 */
	protected function route(): string {
		return self::ROUTE;
	}

	/**
	 * {@inheritDoc}
	 */
	protected function kind(): string {
		return 'task';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function collection(): string {
		return 'tasks';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function repository(): Repository {
		return new Tasks_Repository();
	}

	/**
	 * {@inheritDoc}
	 */
	protected function permission(): string {
		return 'can_write';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function required(): array {
		return array( 'title' );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function properties(): array {
		return Task_Args::properties();
	}

	/**
	 * Registers CRUD plus generate_content and generate_images.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		parent::register_routes();
		// POST /igny8/v1/writer/tasks/generate_content — start one AI job per task {ids}; returns at once with job ids.
		Action_Route::register( self::GENERATE_ROUTE, 'generate_content' );
		// POST /igny8/v1/writer/tasks/generate_images — {ids}.
		Action_Route::register( self::ROUTE . '/generate_images', 'generate_image_prompts' );
	}

	/**
	 * Query args of the list route.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params(): array {
		return array_merge(
			$this->list_args( Tasks_Repository::ORDERBY ),
			array(
				'status'     => array(
					'description'       => __( 'Only tasks with this status.', 'igny8' ),
					'type'              => 'string',
					'default'           => '',
					'sanitize_callback' => 'sanitize_key',
					'validate_callback' => self::optional_enum( Tasks_Repository::STATUSES ),
				),
				'cluster_id' => array(
					'description'       => __( 'Only tasks of this cluster.', 'igny8' ),
					'type'              => 'integer',
					'minimum'           => 1,
					'sanitize_callback' => 'absint',
					'validate_callback' => 'rest_validate_request_arg',
				),
			)
		);
	}

	/**
	 * A task's fields: the title not empty once trimmed, keywords without blanks, a category that
	 * exists; a task being written is not edited (the draft would not match it); the creator kept.
	 *
	 * @since 0.6.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @param bool            $create  Whether creating.
	 * @return array<string, mixed>|WP_Error
	 */
	protected function fields( WP_REST_Request $request, bool $create ) {
		if ( ! $create ) {
			$task = $this->repository()->find( (int) $request['id'] );
			if ( null !== $task && 'in_progress' === $task['status'] ) {
				return new WP_Error(
					'igny8_task_busy',
					__( 'This task is being written right now. Edit it once its draft is ready (or after cancelling the job).', 'igny8' ),
					array( 'status' => 409 )
				);
			}
		}
		$fields = Table_Fields::from_request( $request, $this->properties(), $create );
		if ( array_key_exists( 'keywords', $fields ) ) {
			$fields['keywords'] = Task_Args::clean_keywords( (array) $fields['keywords'] );
		}
		$empty = Table_Fields::empty_text( $fields, array( 'title' => __( 'The title is empty.', 'igny8' ) ) );
		if ( null !== $empty ) {
			return $empty;
		}
		$category = Task_Args::known_category( $fields['taxonomy_term_id'] ?? null );
		if ( is_wp_error( $category ) ) {
			return $category;
		}
		$strategy = Strategy_Arg::check( $fields['strategy_id'] ?? null );
		if ( null !== $strategy ) {
			return $strategy;
		}
		if ( $create ) {
			$fields['created_by'] = get_current_user_id();
		}
		return $fields;
	}
}

<?php
/**
 * Writer module: tasks.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Tasks_Repository;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Writer tasks and the generate_content action.
 *
 * @since 0.1.0
 */
class Tasks_Controller extends Controller {

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
	 * Tasks table.
	 *
	 * @var Tasks_Repository
	 */
	private Tasks_Repository $tasks;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		parent::__construct();
		$this->tasks = new Tasks_Repository();
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		// GET  /igny8/v1/writer/tasks — list (page, per_page, search, orderby, order, status); X-WP-Total headers.
		// POST /igny8/v1/writer/tasks — create a task {title, brief?, keywords?, content_type?}.
		register_rest_route(
			$this->namespace,
			self::ROUTE,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'can_write' ),
					'args'                => $this->get_collection_params(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'can_write' ),
					'args'                => Task_Args::create(),
				),
			)
		);

		// GET /igny8/v1/writer/tasks/{id} — one task.
		$this->add_route(
			self::ITEM_ROUTE,
			WP_REST_Server::READABLE,
			'get_item',
			'can_write',
			array( 'id' => array_merge( $this->id_arg()['id'], array( 'description' => __( 'Task id.', 'igny8' ) ) ) )
		);

		// POST /igny8/v1/writer/tasks/generate_content — start one AI job per task {ids}; returns at once with job ids.
		Action_Route::register( self::GENERATE_ROUTE, 'generate_content' );
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
	 * GET: list.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$result = $this->tasks->query(
			array(
				'page'       => $request['page'],
				'per_page'   => $request['per_page'],
				'search'     => $request['search'],
				'orderby'    => $request['orderby'],
				'order'      => $request['order'],
				'status'     => $request['status'],
				'cluster_id' => $request['cluster_id'],
			)
		);
		return $this->paginated( $result, $request );
	}

	/**
	 * GET: one task.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$task = $this->tasks->find( (int) $request['id'] );
		if ( null === $task ) {
			return new WP_Error( 'igny8_task_not_found', __( 'This task does not exist.', 'igny8' ), array( 'status' => 404 ) );
		}
		return new WP_REST_Response( $task );
	}

	/**
	 * POST: create.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		if ( '' === (string) $request['title'] ) {
			return new WP_Error( 'rest_invalid_param', __( 'The title is empty.', 'igny8' ), array( 'status' => 400 ) );
		}
		$id = $this->tasks->insert(
			array(
				'title'        => $request['title'],
				'brief'        => $request['brief'],
				'keywords'     => $request['keywords'],
				'content_type' => $request['content_type'],
				'created_by'   => get_current_user_id(),
			)
		);
		if ( is_wp_error( $id ) ) {
			return $id;
		}
		$response = new WP_REST_Response( $this->tasks->find( $id ) );
		$response->set_status( 201 );
		return $response;
	}
}

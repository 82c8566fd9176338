<?php
/**
 * Planner module: content ideas.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Planner\Idea_Approval;
use Igny8\Planner\Idea_Tasks;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Repository;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Idea CRUD, approve/unapprove (draft ↔ approved) and POST planner/ideas/create_tasks (ideas → writer tasks).
 *
 * @since 0.2.0
 */
class Ideas_Controller extends Table_Controller {

	/**
	 * {@inheritDoc}
	 */
	protected function route(): string {
		return '/planner/ideas';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function kind(): string {
		return 'idea';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function collection(): string {
		return 'ideas';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function repository(): Repository {
		return new Ideas_Repository();
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
	protected function validators(): array {
		return Idea_Fields::validators();
	}

	/**
	 * {@inheritDoc}
	 */
	protected function properties(): array {
		return array(
			'cluster_id'         => array(
				'description' => __( 'Cluster id.', 'igny8' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => 1,
			),
			'title'              => array(
				'description' => __( 'Working title.', 'igny8' ),
				'type'        => 'string',
				'minLength'   => 1,
				'maxLength'   => 255,
			),
			'description'        => array(
				'description' => __( 'What the article covers.', 'igny8' ),
				'type'        => 'string',
				'maxLength'   => 10000,
				'default'     => '',
			),
			'suggested_keywords' => array(
				'description' => __( 'Keywords to target.', 'igny8' ),
				'type'        => 'array',
				'items'       => array(
					'type'      => 'string',
					'maxLength' => 200,
				),
				'maxItems'    => 50,
				'default'     => array(),
			),
			'outline'            => array(
				'description' => __( 'Headings.', 'igny8' ),
				'type'        => 'array',
				'maxItems'    => 40,
				'default'     => array(),
				'items'       => array(
					'type'                 => 'object',
					'additionalProperties' => false,
					'properties'           => array(
						'heading' => array(
							'type'      => 'string',
							'maxLength' => 300,
						),
						'level'   => array(
							'type' => 'integer',
							'enum' => array( 2, 3 ),
						),
					),
				),
			),
			'content_type'       => array(
				'description' => __( 'Post type to write.', 'igny8' ),
				'type'        => 'string',
				'enum'        => array( 'post', 'page' ),
				'default'     => 'post',
			),
			'status'             => array(
				'description' => __( 'Idea status.', 'igny8' ),
				'type'        => 'string',
				'enum'        => Ideas_Repository::STATUSES,
				'default'     => 'draft',
			),
		);
	}

	/**
	 * Registers CRUD plus approve, unapprove and create_tasks.
	 *
	 * @since 0.2.0
	 */
	public function register_routes(): void {
		parent::register_routes();
		// POST /igny8/v1/planner/ideas/approve and /unapprove — {ids}: draft ↔ approved; the others are skipped with a reason.
		foreach ( array( 'approve', 'unapprove' ) as $action ) {
			$this->add_route( $this->route() . '/' . $action, WP_REST_Server::CREATABLE, $action, 'can_plan', array( 'ids' => $this->ids_arg( 200 ) ) );
		}
		// POST /igny8/v1/planner/ideas/create_tasks — {ids}: one writer task per idea (an idea with a task keeps it).
		$this->add_route(
			$this->route() . '/create_tasks',
			WP_REST_Server::CREATABLE,
			'create_tasks',
			'can_write',
			array( 'ids' => $this->ids_arg( 200 ) )
		);
	}

	/**
	 * POST create_tasks.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function create_tasks( WP_REST_Request $request ): WP_REST_Response {
		return $this->created( array( 'tasks' => ( new Idea_Tasks() )->create_tasks( (array) $request['ids'], get_current_user_id() ) ) );
	}

	/**
	 * POST approve: draft ideas become approved (automation rules take them).
	 *
	 * @since 0.6.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function approve( WP_REST_Request $request ): WP_REST_Response {
		return new WP_REST_Response( ( new Idea_Approval() )->set( (array) $request['ids'], true ) );
	}

	/**
	 * POST unapprove: approved ideas go back to draft.
	 *
	 * @since 0.6.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function unapprove( WP_REST_Request $request ): WP_REST_Response {
		return new WP_REST_Response( ( new Idea_Approval() )->set( (array) $request['ids'], false ) );
	}
}

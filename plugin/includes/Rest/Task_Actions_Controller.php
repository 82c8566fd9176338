<?php
/**
 * Writer module: editing tasks and generating their images.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Tasks_Repository;
use Igny8\Storage\Trash;
use Igny8\System\Job_Contract;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * PUT/PATCH/DELETE writer/tasks/{id} (merged into the route Tasks_Controller registers) and
 * POST writer/tasks/generate_images: a generate_image_prompts job per task, followed by a
 * generate_images job when the prompts arrive.
 *
 * @since 0.2.0
 */
class Task_Actions_Controller extends Controller {

	/**
	 * Registers the routes.
	 *
	 * @since 0.2.0
	 */
	public function register_routes(): void {
		$text = static fn ( int $max ): array => array(
			'type'              => 'string',
			'maxLength'         => $max,
			'validate_callback' => 'rest_validate_request_arg',
		);
		// PUT/PATCH/DELETE /igny8/v1/writer/tasks/{id}.
		register_rest_route(
			$this->namespace,
			Tasks_Controller::ITEM_ROUTE,
			array(
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'can_write' ),
					'args'                => array_merge(
						$this->id_arg(),
						array(
							'title'             => $text( 255 ),
							'brief'             => $text( 10000 ),
							'content_structure' => array(
								'type'              => 'string',
								'enum'              => Job_Contract::content_structures(),
								'validate_callback' => 'rest_validate_request_arg',
							),
							'content_type'      => array(
								'type'              => 'string',
								'enum'              => Tasks_Repository::CONTENT_TYPES,
								'validate_callback' => 'rest_validate_request_arg',
							),
							'taxonomy_term_id'  => array(
								'type'              => array( 'integer', 'null' ),
								'minimum'           => 1,
								'validate_callback' => 'rest_validate_request_arg',
							),
							'keywords'          => array(
								'type'              => 'array',
								'items'             => array(
									'type'      => 'string',
									'maxLength' => 200,
								),
								'maxItems'          => 50,
								'validate_callback' => 'rest_validate_request_arg',
							),
						)
					),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => array( $this, 'can_write' ),
					'args'                => $this->id_arg(),
				),
			)
		);
		// POST /igny8/v1/writer/tasks/restore — {tokens}: Undo of deletes, with the original ids.
		Undo_Route::register( Tasks_Controller::ROUTE, 'tasks', array( $this, 'can_write' ) );
		// POST /igny8/v1/writer/tasks/generate_images — {ids}.
		Action_Route::register( Tasks_Controller::ROUTE . '/generate_images', 'generate_image_prompts' );
	}

	/**
	 * PUT/PATCH a task.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function update_item( $request ) {
		$tasks = new Tasks_Repository();
		$id    = (int) $request['id'];
		if ( null === $tasks->find( $id ) ) {
			return $this->not_found( 'task' );
		}
		$fields = array();
		$sent   = array_merge( (array) $request->get_body_params(), (array) $request->get_json_params() );
		foreach ( array( 'title', 'brief', 'content_structure', 'content_type', 'taxonomy_term_id', 'keywords' ) as $name ) {
			if ( array_key_exists( $name, $sent ) ) {
				$value           = $request[ $name ];
				$fields[ $name ] = 'keywords' === $name
					? (string) wp_json_encode( array_values( array_map( 'sanitize_text_field', (array) $value ) ) )
					: ( is_string( $value ) ? ( 'brief' === $name ? sanitize_textarea_field( $value ) : sanitize_text_field( $value ) ) : $value );
			}
		}
		$tasks->update( $id, $fields );
		return new WP_REST_Response( $tasks->find( $id ) );
	}

	/**
	 * DELETE a task (its draft, if any, stays: it is the site's content).
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function delete_item( $request ) {
		$tasks = new Tasks_Repository();
		$task  = $tasks->find( (int) $request['id'] );
		if ( null === $task ) {
			return $this->not_found( 'task' );
		}
		$token = ( new Trash() )->stash( 'tasks', array( (int) $task['id'] ) );
		$tasks->delete( array( (int) $task['id'] ) );
		return new WP_REST_Response(
			array(
				'deleted'    => true,
				'previous'   => $task,
				'undo_token' => $token,
			)
		);
	}
}

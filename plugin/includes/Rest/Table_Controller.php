<?php
/**
 * CRUD routes over one planner table.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Repository;
use Igny8\Storage\Trash;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * GET/POST on the collection, GET/PUT/PATCH/DELETE on an item, args and schema from properties().
 * Subclasses name the route, the repository, the properties and add their actions.
 *
 * @since 0.2.0
 */
abstract class Table_Controller extends Controller {

	/**
	 * Collection route, e.g. /planner/clusters.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	abstract protected function route(): string;

	/**
	 * The table.
	 *
	 * @since 0.2.0
	 *
	 * @return Repository
	 */
	abstract protected function repository(): Repository;

	/**
	 * Writable properties (JSON schema).
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	abstract protected function properties(): array;

	/**
	 * Item kind for messages, e.g. cluster.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	abstract protected function kind(): string;

	/**
	 * Collection name, a Trash::kinds() key (e.g. clusters): deletes return an undo token for it.
	 *
	 * @since 0.4.0
	 *
	 * @return string
	 */
	abstract protected function collection(): string;

	/**
	 * Properties required on create.
	 *
	 * @since 0.2.0
	 *
	 * @return string[]
	 */
	protected function required(): array {
		return array();
	}

	/**
	 * Validate callbacks of properties whose rules go beyond their JSON schema (name => callable).
	 *
	 * @since 0.6.0
	 *
	 * @return array<string, callable>
	 */
	protected function validators(): array {
		return array();
	}

	/**
	 * Permission callback name.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	protected function permission(): string {
		return 'can_plan';
	}

	/**
	 * Permission callback name for changes (create, update, delete, undo); reading uses
	 * permission(). A collection that sets site-wide defaults asks more to change than to read.
	 *
	 * @since 0.9.0
	 *
	 * @return string
	 */
	protected function write_permission(): string {
		return $this->permission();
	}

	/**
	 * Registers the CRUD routes.
	 *
	 * @since 0.2.0
	 */
	public function register_routes(): void {
		$permission = array( $this, $this->permission() );
		$changes    = array( $this, $this->write_permission() );
		$schema     = array( $this, 'get_public_item_schema' );
		// GET/POST {route} — list (search, filters, order, pages) and create.
		register_rest_route(
			$this->namespace,
			$this->route(),
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => $permission,
					'args'                => $this->get_collection_params(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => $changes,
					'args'                => $this->write_args( true ),
				),
				'schema' => $schema,
			)
		);
		// GET/PUT/PATCH/DELETE {route}/{id} — one item.
		register_rest_route(
			$this->namespace,
			$this->route() . '/(?P<id>\d+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => $permission,
					'args'                => $this->id_arg(),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => $changes,
					'args'                => array_merge( $this->write_args( false ), $this->id_arg() ),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => $changes,
					'args'                => $this->id_arg(),
				),
				'schema' => $schema,
			)
		);
		// POST {route}/restore — {tokens}: Undo of deletes, with the original ids.
		Undo_Route::register( $this->route(), $this->collection(), $changes );
	}

	/**
	 * Item schema.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'igny8-' . $this->kind(),
			'type'       => 'object',
			'properties' => array_merge(
				array(
					'id' => array(
						'type'     => 'integer',
						'readonly' => true,
					),
				),
				$this->properties()
			),
		);
	}

	/**
	 * List args: paging, search, order, plus an equality filter per scalar property.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params(): array {
		$args = $this->list_args( array_merge( array( 'id', 'created_at', 'updated_at' ), array_keys( $this->properties() ) ) );
		foreach ( $this->properties() as $name => $schema ) {
			$type = (array) $schema['type'];
			if ( isset( $schema['enum'] ) || in_array( 'integer', $type, true ) ) {
				$args[ $name ] = array(
					'description'       => $schema['description'] ?? $name,
					'type'              => in_array( 'integer', $type, true ) ? 'integer' : 'string',
					'validate_callback' => isset( $schema['enum'] ) ? self::optional_enum( array_filter( $schema['enum'] ) ) : 'rest_validate_request_arg',
				);
			}
		}
		return $args;
	}

	/**
	 * GET list.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$args = array();
		foreach ( array_keys( $this->get_collection_params() ) as $name ) {
			$args[ $name ] = $request[ $name ];
		}
		$result          = $this->repository()->query( $args );
		$result['items'] = $this->prepare_items( $result['items'] );
		return $this->paginated( $result, $request );
	}

	/**
	 * GET item.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$item = $this->repository()->find( (int) $request['id'] );
		return null === $item ? $this->not_found( $this->kind() ) : new WP_REST_Response( $this->prepare_items( array( $item ) )[0] );
	}

	/**
	 * POST create.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$fields = $this->fields( $request, true );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$id = $this->repository()->insert( $fields );
		return is_wp_error( $id ) ? $id : $this->created( $this->prepare_items( array( $this->repository()->find( $id ) ) )[0] );
	}

	/**
	 * PUT/PATCH update.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$id = (int) $request['id'];
		if ( null === $this->repository()->find( $id ) ) {
			return $this->not_found( $this->kind() );
		}
		$fields = $this->fields( $request, false );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$updated = $this->repository()->update( $id, $fields );
		if ( is_wp_error( $updated ) ) {
			return $updated;
		}
		return new WP_REST_Response( $this->prepare_items( array( $this->repository()->find( $id ) ) )[0] );
	}

	/**
	 * DELETE item.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$item = $this->repository()->find( (int) $request['id'] );
		if ( null === $item ) {
			return $this->not_found( $this->kind() );
		}
		$token = ( new Trash() )->stash( $this->collection(), array( (int) $item['id'] ) );
		$this->repository()->delete( array( (int) $item['id'] ) );
		$this->after_delete( $item );
		return new WP_REST_Response(
			array(
				'deleted'    => true,
				'previous'   => $item,
				'undo_token' => $token,
			)
		);
	}

	/**
	 * Args of the create (true) or update route, from the properties.
	 *
	 * @since 0.6.0
	 *
	 * @param bool $create Whether the create route.
	 * @return array<string, array<string, mixed>>
	 */
	protected function write_args( bool $create ): array {
		return Table_Fields::args( $this->properties(), $create ? $this->required() : array(), $this->validators() );
	}

	/**
	 * The fields a create or an update stores, sanitised; subclasses add the checks the schema
	 * cannot make (a name empty once trimmed, an id that must exist) as a WP_Error.
	 *
	 * @since 0.6.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @param bool            $create  Whether creating.
	 * @return array<string, mixed>|WP_Error
	 */
	protected function fields( WP_REST_Request $request, bool $create ) {
		return Table_Fields::from_request( $request, $this->properties(), $create );
	}

	/**
	 * Adds computed fields to items (e.g. a cluster's keyword count).
	 *
	 * @since 0.2.0
	 *
	 * @param array<int, array<string, mixed>> $items Items.
	 * @return array<int, array<string, mixed>>
	 */
	protected function prepare_items( array $items ): array {
		return $items;
	}

	/**
	 * Cleans up after a delete.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $item Deleted item.
	 */
	protected function after_delete( array $item ): void {
	}
}

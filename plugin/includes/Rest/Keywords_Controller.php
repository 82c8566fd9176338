<?php
/**
 * Planner module: keywords.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Trash;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Keyword list (search, filters, sort, pages) and single-keyword CRUD. Bulk routes live in
 * Keyword_Bulk_Controller, file import and export in Keyword_Import_Controller.
 *
 * @since 0.1.0
 */
class Keywords_Controller extends Controller {

	/**
	 * Route of the keyword collection.
	 *
	 * @since 0.1.0
	 */
	public const ROUTE = '/planner/keywords';

	/**
	 * Route of one keyword.
	 *
	 * @since 0.2.0
	 */
	public const ITEM_ROUTE = '/planner/keywords/(?P<id>\d+)';

	/**
	 * Keywords table.
	 *
	 * @var Keywords_Repository
	 */
	private Keywords_Repository $keywords;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		parent::__construct();
		$this->keywords = new Keywords_Repository();
	}

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		// GET  /igny8/v1/planner/keywords — list (page, per_page, search, orderby, order, status, intent, cluster_id,
		//      sector_id, volume_min/max, difficulty_min/max); X-WP-Total headers.
		// POST /igny8/v1/planner/keywords — create one keyword; 409 when it already exists.
		register_rest_route(
			$this->namespace,
			self::ROUTE,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'can_plan' ),
					'args'                => $this->get_collection_params(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'can_plan' ),
					'args'                => $this->create_args(),
				),
				'schema' => array( Keyword_Schema::class, 'item' ),
			)
		);

		// GET/PUT/PATCH/DELETE /igny8/v1/planner/keywords/{id} — one keyword.
		$update_args = array_merge( Keyword_Schema::args(), $this->id_arg() );
		register_rest_route(
			$this->namespace,
			self::ITEM_ROUTE,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'can_plan' ),
					'args'                => $this->id_arg(),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'can_plan' ),
					'args'                => $update_args,
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => array( $this, 'can_plan' ),
					'args'                => $this->id_arg(),
				),
				'schema' => array( Keyword_Schema::class, 'item' ),
			)
		);
	}

	/**
	 * Query args of the list route.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params(): array {
		$int = static fn ( string $description, int $max ): array => array(
			'description'       => $description,
			'type'              => 'integer',
			'minimum'           => 0,
			'maximum'           => $max,
			'sanitize_callback' => 'absint',
			'validate_callback' => 'rest_validate_request_arg',
		);
		return array_merge(
			$this->list_args( Keywords_Repository::ORDERBY ),
			array(
				'status'         => array(
					'description'       => __( 'Only keywords with this status.', 'igny8' ),
					'type'              => 'string',
					'default'           => '',
					'sanitize_callback' => 'sanitize_key',
					'validate_callback' => self::optional_enum( Keywords_Repository::STATUSES ),
				),
				'intent'         => array(
					'description'       => __( 'Only keywords with this search intent.', 'igny8' ),
					'type'              => 'string',
					'default'           => '',
					'sanitize_callback' => 'sanitize_key',
					'validate_callback' => self::optional_enum( Keywords_Repository::INTENTS ),
				),
				'cluster_id'     => $int( __( 'Only keywords of this cluster; 0 for keywords in no cluster.', 'igny8' ), PHP_INT_MAX ),
				'sector_id'      => $int( __( 'Only keywords of this sector; 0 for keywords of no sector.', 'igny8' ), PHP_INT_MAX ),
				'volume_min'     => $int( __( 'Smallest search volume.', 'igny8' ), 4294967295 ),
				'volume_max'     => $int( __( 'Largest search volume.', 'igny8' ), 4294967295 ),
				'difficulty_min' => $int( __( 'Lowest difficulty.', 'igny8' ), 100 ),
				'difficulty_max' => $int( __( 'Highest difficulty.', 'igny8' ), 100 ),
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
		$args = array();
		foreach ( array_keys( $this->get_collection_params() ) as $name ) {
			$args[ $name ] = $request->has_param( $name ) ? $request[ $name ] : null;
		}
		return $this->paginated( $this->keywords->query( $args ), $request );
	}

	/**
	 * GET: one keyword.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$keyword = $this->keywords->find( (int) $request['id'] );
		return null === $keyword ? $this->not_found( 'keyword' ) : new WP_REST_Response( $keyword );
	}

	/**
	 * POST: create one.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		if ( '' === Keywords_Repository::normalize_keyword( (string) $request['keyword'] ) ) {
			return new WP_Error( 'rest_invalid_param', __( 'The keyword is empty.', 'igny8' ), array( 'status' => 400 ) );
		}
		$id = $this->keywords->insert(
			array(
				'keyword'       => $request['keyword'],
				'search_volume' => $request['search_volume'],
				'difficulty'    => $request['difficulty'],
				'intent'        => $request['intent'],
				'status'        => $request['status'],
				'sector_id'     => $request['sector_id'],
				'cluster_id'    => $request['cluster_id'],
				'source'        => 'manual',
			)
		);
		return is_wp_error( $id ) ? $id : $this->created( $this->keywords->find( $id ) );
	}

	/**
	 * PUT/PATCH: update the fields sent.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$id = (int) $request['id'];
		if ( null === $this->keywords->find( $id ) ) {
			return $this->not_found( 'keyword' );
		}
		$fields = array();
		foreach ( array_keys( Keyword_Schema::properties() ) as $name ) {
			if ( array_key_exists( $name, $request->get_json_params() ?? array() ) || null !== $request->get_param( $name ) ) {
				$fields[ $name ] = $request[ $name ];
			}
		}
		if ( isset( $fields['keyword'] ) && '' === Keywords_Repository::normalize_keyword( (string) $fields['keyword'] ) ) {
			return new WP_Error( 'rest_invalid_param', __( 'The keyword is empty.', 'igny8' ), array( 'status' => 400 ) );
		}
		$result = $this->keywords->update( array( $id ), $fields );
		return is_wp_error( $result ) ? $result : new WP_REST_Response( $this->keywords->find( $id ) );
	}

	/**
	 * DELETE: one keyword.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$keyword = $this->keywords->find( (int) $request['id'] );
		if ( null === $keyword ) {
			return $this->not_found( 'keyword' );
		}
		$token = ( new Trash() )->stash( 'keywords', array( (int) $keyword['id'] ) );
		$this->keywords->delete( array( (int) $keyword['id'] ) );
		return new WP_REST_Response(
			array(
				'deleted'    => true,
				'previous'   => $keyword,
				'undo_token' => $token,
			)
		);
	}

	/**
	 * Args of the create route: the schema, keyword required, status and intent defaulted.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function create_args(): array {
		$args                      = Keyword_Schema::args( array( 'keyword' ) );
		$args['status']['default'] = 'active';
		$args['intent']['default'] = 'informational';
		return $args;
	}
}

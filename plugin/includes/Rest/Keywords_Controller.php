<?php
/**
 * Planner module: keywords.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Keywords_Repository;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Keyword list, single create and bulk import. Anyone who can edit posts plans content.
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
	 * Route of the bulk import.
	 *
	 * @since 0.1.0
	 */
	public const BULK_ROUTE = '/planner/keywords/bulk_create';

	/**
	 * Most keywords accepted by one bulk request; the screen sends larger files in chunks.
	 *
	 * @since 0.1.0
	 */
	public const BULK_LIMIT = 1000;

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
		// GET  /igny8/v1/planner/keywords — list (page, per_page, search, orderby, order, status, intent); X-WP-Total headers.
		// POST /igny8/v1/planner/keywords — create one keyword; 409 when it already exists.
		register_rest_route(
			$this->namespace,
			self::ROUTE,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'can_edit_posts' ),
					'args'                => $this->get_collection_params(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'can_edit_posts' ),
					'args'                => $this->keyword_args( true ),
				),
			)
		);

		// POST /igny8/v1/planner/keywords/bulk_create — import up to BULK_LIMIT keywords; duplicates are skipped.
		register_rest_route(
			$this->namespace,
			self::BULK_ROUTE,
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'bulk_create' ),
					'permission_callback' => array( $this, 'can_edit_posts' ),
					'args'                => array(
						'keywords' => array(
							'description'       => __( 'Keywords to import.', 'igny8' ),
							'type'              => 'array',
							'required'          => true,
							'minItems'          => 1,
							'maxItems'          => self::BULK_LIMIT,
							'items'             => array(
								'type'       => 'object',
								'properties' => $this->keyword_properties(),
								'required'   => array( 'keyword' ),
							),
							'sanitize_callback' => 'rest_sanitize_request_arg',
							'validate_callback' => 'rest_validate_request_arg',
						),
					),
				),
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
		return array_merge(
			$this->list_args( Keywords_Repository::ORDERBY ),
			array(
				'status' => array(
					'description'       => __( 'Only keywords with this status.', 'igny8' ),
					'type'              => 'string',
					'default'           => '',
					'sanitize_callback' => 'sanitize_key',
					'validate_callback' => self::optional_enum( Keywords_Repository::STATUSES ),
				),
				'intent' => array(
					'description'       => __( 'Only keywords with this search intent.', 'igny8' ),
					'type'              => 'string',
					'default'           => '',
					'sanitize_callback' => 'sanitize_key',
					'validate_callback' => self::optional_enum( Keywords_Repository::INTENTS ),
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
		$result = $this->keywords->query(
			array(
				'page'     => $request['page'],
				'per_page' => $request['per_page'],
				'search'   => $request['search'],
				'orderby'  => $request['orderby'],
				'order'    => $request['order'],
				'status'   => $request['status'],
				'intent'   => $request['intent'],
			)
		);
		return $this->paginated( $result, $request );
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
		if ( '' === (string) $request['keyword'] ) {
			return new WP_Error( 'rest_invalid_param', __( 'The keyword is empty.', 'igny8' ), array( 'status' => 400 ) );
		}
		$id = $this->keywords->insert(
			array(
				'keyword'       => $request['keyword'],
				'search_volume' => $request['search_volume'],
				'difficulty'    => $request['difficulty'],
				'intent'        => $request['intent'],
				'status'        => $request['status'],
				'source'        => 'manual',
			)
		);
		if ( is_wp_error( $id ) ) {
			return $id;
		}
		$response = new WP_REST_Response( $this->keywords->find( $id ) );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * POST bulk_create: import many.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function bulk_create( WP_REST_Request $request ): WP_REST_Response {
		$rows = array();
		foreach ( (array) $request['keywords'] as $item ) {
			$keyword = sanitize_text_field( (string) ( $item['keyword'] ?? '' ) );
			if ( '' === $keyword ) {
				continue;
			}
			$rows[] = array(
				'keyword'       => $keyword,
				'search_volume' => $item['search_volume'] ?? null,
				'difficulty'    => $item['difficulty'] ?? null,
				'intent'        => $item['intent'] ?? null,
				'source'        => 'csv_import',
			);
		}
		$result = $this->keywords->bulk_insert( $rows );
		return new WP_REST_Response(
			array(
				'created' => $result['created'],
				'skipped' => count( (array) $request['keywords'] ) - $result['created'],
				'total'   => count( (array) $request['keywords'] ),
			)
		);
	}

	/**
	 * Args of the single create route.
	 *
	 * @param bool $require_keyword Whether keyword is required.
	 * @return array<string, array<string, mixed>>
	 */
	private function keyword_args( bool $require_keyword ): array {
		$args = array();
		foreach ( $this->keyword_properties() as $name => $schema ) {
			$args[ $name ] = array_merge(
				$schema,
				array(
					'sanitize_callback' => 'keyword' === $name ? 'sanitize_text_field' : 'rest_sanitize_request_arg',
					'validate_callback' => 'rest_validate_request_arg',
				)
			);
		}
		$args['keyword']['required'] = $require_keyword;
		$args['status']              = array(
			'description'       => __( 'Keyword status.', 'igny8' ),
			'type'              => 'string',
			'enum'              => Keywords_Repository::STATUSES,
			'default'           => 'active',
			'sanitize_callback' => 'sanitize_key',
			'validate_callback' => 'rest_validate_request_arg',
		);
		return $args;
	}

	/**
	 * JSON schema of a keyword's writable fields; shared by the single and the bulk route.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function keyword_properties(): array {
		return array(
			'keyword'       => array(
				'description' => __( 'The keyword.', 'igny8' ),
				'type'        => 'string',
				'minLength'   => 1,
				'maxLength'   => 255,
			),
			'search_volume' => array(
				'description' => __( 'Monthly search volume.', 'igny8' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => 0,
			),
			'difficulty'    => array(
				'description' => __( 'Ranking difficulty, 0–100.', 'igny8' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => 0,
				'maximum'     => 100,
			),
			'intent'        => array(
				'description' => __( 'Search intent.', 'igny8' ),
				'type'        => 'string',
				'enum'        => Keywords_Repository::INTENTS,
			),
		);
	}
}

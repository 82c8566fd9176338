<?php
/**
 * Planner module: keyword opportunities (the seed's KeywordOpportunities page).
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Import\Search_Console_Importer;
use Igny8\Planner\Keyword_Opportunities;
use Igny8\Storage\Search_Queries_Repository;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Ranked lists an editor can act on: high-volume, low-difficulty keywords not in a cluster or not
 * covered by a post, and the Search Console queries in striking distance (average position 8–20)
 * with the post that ranks for them, imported from a performance export.
 *
 * @since 0.1.0
 */
class Opportunities_Controller extends Controller {

	/**
	 * Route prefix.
	 *
	 * @since 0.1.0
	 */
	public const ROUTE = '/planner/opportunities';

	/**
	 * Largest upload accepted, in bytes.
	 *
	 * @since 0.1.0
	 */
	public const MAX_BYTES = 20 * MB_IN_BYTES;

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		$page = array_intersect_key( $this->list_args( array( 'id' ) ), array_flip( array( 'page', 'per_page', 'search' ) ) );

		// GET /igny8/v1/planner/opportunities/keywords?kind=unclustered|uncovered — ranked by volume, then difficulty.
		$this->add_route(
			self::ROUTE . '/keywords',
			WP_REST_Server::READABLE,
			'get_keywords',
			'can_plan',
			array_merge(
				$page,
				array(
					'kind'           => array(
						'description'       => __( 'unclustered: keywords in no cluster; uncovered: clustered keywords no post covers yet.', 'igny8' ),
						'type'              => 'string',
						'enum'              => Keyword_Opportunities::KINDS,
						'default'           => 'unclustered',
						'validate_callback' => 'rest_validate_request_arg',
					),
					'min_volume'     => self::integer_arg( __( 'Smallest monthly search volume.', 'igny8' ), 0, 0, 4294967295 ),
					'max_difficulty' => self::integer_arg( __( 'Highest keyword difficulty (0–100).', 'igny8' ), Keyword_Opportunities::DEFAULT_MAX_DIFFICULTY, 0, 100 ),
				)
			)
		);
		// GET /igny8/v1/planner/opportunities/queries — striking-distance queries, most impressions first.
		$this->add_route(
			self::ROUTE . '/queries',
			WP_REST_Server::READABLE,
			'get_queries',
			'can_plan',
			array_merge(
				$page,
				array(
					'min_impressions' => self::integer_arg( __( 'Fewest impressions.', 'igny8' ), 1, 1, 4294967295 ),
					'matched'         => array(
						'description'       => __( 'matched: only queries whose page is one of the site\'s posts; unmatched: only the others.', 'igny8' ),
						'type'              => 'string',
						'enum'              => array( '', 'matched', 'unmatched' ),
						'default'           => '',
						'validate_callback' => 'rest_validate_request_arg',
					),
				)
			)
		);
		// POST /igny8/v1/planner/opportunities/queries/import — multipart "file": a Search Console export by query and page.
		$this->add_route( self::ROUTE . '/queries/import', WP_REST_Server::CREATABLE, 'import', 'can_plan' );
	}

	/**
	 * GET opportunities/keywords.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_keywords( WP_REST_Request $request ): WP_REST_Response {
		$result = ( new Keyword_Opportunities() )->find(
			(string) $request['kind'],
			array(
				'min_volume'     => (int) $request['min_volume'],
				'max_difficulty' => (int) $request['max_difficulty'],
				'search'         => (string) $request['search'],
				'page'           => (int) $request['page'],
				'per_page'       => (int) $request['per_page'],
			)
		);
		return $this->paginated( $result, $request );
	}

	/**
	 * GET opportunities/queries.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_queries( WP_REST_Request $request ): WP_REST_Response {
		$result = ( new Search_Queries_Repository() )->striking_distance(
			array(
				'min_impressions' => (int) $request['min_impressions'],
				'matched'         => (string) $request['matched'],
				'search'          => (string) $request['search'],
				'page'            => (int) $request['page'],
				'per_page'        => (int) $request['per_page'],
			)
		);
		$ids = array_filter( array_map( static fn ( array $row ): int => (int) $row['post_id'], $result['items'] ) );
		_prime_post_caches( $ids, false, false );
		$result['items'] = array_map( array( self::class, 'present_query' ), $result['items'] );
		return $this->paginated( $result, $request );
	}

	/**
	 * POST opportunities/queries/import.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function import( WP_REST_Request $request ) {
		$files = $request->get_file_params();
		$file  = $files['file'] ?? null;
		if ( ! is_array( $file ) || empty( $file['tmp_name'] ) || UPLOAD_ERR_OK !== (int) ( $file['error'] ?? UPLOAD_ERR_NO_FILE ) ) {
			return new WP_Error( 'igny8_import_empty', __( 'Choose a Search Console export (CSV) to upload.', 'igny8' ), array( 'status' => 400 ) );
		}
		$source = (string) $file['tmp_name'];
		if ( (int) filesize( $source ) > self::MAX_BYTES ) {
			return new WP_Error( 'igny8_import_too_large', __( 'The file is larger than 20 MB; export a shorter date range.', 'igny8' ), array( 'status' => 413 ) );
		}
		$report = ( new Search_Console_Importer() )->import( $source, (string) ( $file['name'] ?? 'search-console.csv' ) );
		return is_wp_error( $report ) ? $report : $this->created( $report );
	}

	/**
	 * A striking-distance row for the screen: the post's title and, for a post the user may edit,
	 * where to optimise and edit it.
	 *
	 * @param array<string, mixed> $row Repository row.
	 * @return array<string, mixed>
	 */
	private static function present_query( array $row ): array {
		$post     = null === $row['post_id'] ? 0 : (int) $row['post_id'];
		$editable = $post > 0 && null !== $row['post_title'] && current_user_can( 'edit_post', $post );
		return array(
			'id'           => (int) $row['id'],
			'query'        => (string) $row['query'],
			'page_url'     => (string) $row['page_url'],
			'clicks'       => (int) $row['clicks'],
			'impressions'  => (int) $row['impressions'],
			'ctr'          => (float) $row['ctr'],
			'position'     => (float) $row['position'],
			'post_id'      => $post > 0 && null !== $row['post_title'] ? $post : null,
			'post_title'   => null === $row['post_title'] ? null : (string) $row['post_title'],
			'optimize_url' => $editable && current_user_can( 'igny8_write' ) ? admin_url( 'admin.php?page=igny8-optimizer&post=' . $post ) : null,
			'edit_url'     => $editable ? (string) get_edit_post_link( $post, 'raw' ) : null,
			'imported_at'  => (string) $row['imported_at'],
		);
	}

	/**
	 * An integer query arg with bounds.
	 *
	 * @param string $description Description.
	 * @param int    $default     Default.
	 * @param int    $minimum     Minimum.
	 * @param int    $maximum     Maximum.
	 * @return array<string, mixed>
	 */
	private static function integer_arg( string $description, int $default, int $minimum, int $maximum ): array {
		return array(
			'description'       => $description,
			'type'              => 'integer',
			'default'           => $default,
			'minimum'           => $minimum,
			'maximum'           => $maximum,
			'sanitize_callback' => 'absint',
			'validate_callback' => 'rest_validate_request_arg',
		);
	}
}

<?php
/**
 * Planner module: keyword files in and out.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Import\Keyword_Importer;
use Igny8\Security\Csv_Export;
use Igny8\Storage\Keywords_Repository;
use WP_Error;
use WP_HTTP_Response;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The import flow: upload (detected format, columns and a preview come back), confirm the mapping when
 * the format is unknown, then run repeatedly until completed (each call imports batches for up to
 * RUN_SECONDS; an interrupted import continues from its stored offset), download the rejected rows.
 * Export streams the keywords matching the list's filters as CSV.
 *
 * @since 0.2.0
 */
class Keyword_Import_Controller extends Controller {

	/**
	 * Route of the import collection.
	 *
	 * @since 0.2.0
	 */
	public const ROUTE = '/planner/keywords/import';

	/**
	 * Seconds one run request spends importing, well under PHP's usual 30 s limit.
	 *
	 * @since 0.2.0
	 */
	public const RUN_SECONDS = 15.0;

	/**
	 * Largest upload accepted, in bytes.
	 *
	 * @since 0.2.0
	 */
	public const MAX_BYTES = 50 * MB_IN_BYTES;

	/**
	 * Registers the routes.
	 *
	 * @since 0.2.0
	 */
	public function register_routes(): void {
		$session = array(
			'id' => array(
				'description'       => __( 'Import id.', 'igny8' ),
				'type'              => 'string',
				'required'          => true,
				'pattern'           => '^[0-9a-f-]{36}$',
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
		$plan    = array( $this, 'can_plan' );
		$item    = self::ROUTE . '/(?P<id>[0-9a-f-]{36})';

		// POST /igny8/v1/planner/keywords/import — multipart "file", or JSON {file_name, content | content_base64}.
		register_rest_route(
			$this->namespace,
			self::ROUTE,
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'upload' ),
					'permission_callback' => $plan,
				),
			)
		);
		// GET /igny8/v1/planner/keywords/import/{id} — status; DELETE — forget it and its file.
		register_rest_route(
			$this->namespace,
			$item,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'status' ),
					'permission_callback' => $plan,
					'args'                => $session,
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'forget' ),
					'permission_callback' => $plan,
					'args'                => $session,
				),
			)
		);
		// POST /igny8/v1/planner/keywords/import/{id}/mapping — {mapping:{keyword, search_volume?, difficulty?, intent?}} column indexes.
		$field = array(
			'type'    => array( 'integer', 'null' ),
			'minimum' => 0,
		);
		register_rest_route(
			$this->namespace,
			$item . '/mapping',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'mapping' ),
					'permission_callback' => $plan,
					'args'                => array_merge(
						$session,
						array(
							'mapping' => array(
								'type'                 => 'object',
								'required'             => true,
								'additionalProperties' => false,
								'properties'           => array(
									'keyword'       => array(
										'type'     => 'integer',
										'minimum'  => 0,
										'required' => true,
									),
									'search_volume' => $field,
									'difficulty'    => $field,
									'intent'        => $field,
								),
								'validate_callback'    => 'rest_validate_request_arg',
							),
						)
					),
				),
			)
		);
		// POST /igny8/v1/planner/keywords/import/{id}/run — import the next batches.
		register_rest_route(
			$this->namespace,
			$item . '/run',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'run' ),
					'permission_callback' => $plan,
					'args'                => $session,
				),
			)
		);
		// GET /igny8/v1/planner/keywords/import/{id}/report — rejected rows as CSV (line, reason, row).
		register_rest_route(
			$this->namespace,
			$item . '/report',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'report' ),
					'permission_callback' => $plan,
					'args'                => $session,
				),
			)
		);
		// GET /igny8/v1/planner/keywords/export — CSV of the keywords matching the list filters.
		$filters = ( new Keywords_Controller() )->get_collection_params();
		unset( $filters['page'], $filters['per_page'] );
		register_rest_route(
			$this->namespace,
			Keywords_Controller::ROUTE . '/export',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'export' ),
					'permission_callback' => $plan,
					'args'                => $filters,
				),
			)
		);
	}

	/**
	 * POST import: stores the file and detects its layout.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function upload( WP_REST_Request $request ) {
		$files = $request->get_file_params();
		$temp  = '';
		if ( ! empty( $files['file']['tmp_name'] ) && UPLOAD_ERR_OK === (int) ( $files['file']['error'] ?? UPLOAD_ERR_OK ) ) {
			$source = (string) $files['file']['tmp_name'];
			$name   = (string) ( $files['file']['name'] ?? 'keywords.csv' );
		} else {
			$params  = (array) $request->get_json_params();
			$content = isset( $params['content_base64'] ) ? base64_decode( (string) $params['content_base64'], true ) : ( $params['content'] ?? null ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions -- the upload's bytes arrive base64-encoded inside JSON.
			if ( ! is_string( $content ) || '' === $content ) {
				return new WP_Error( 'igny8_import_empty', __( 'Send a file (multipart "file") or its content.', 'igny8' ), array( 'status' => 400 ) );
			}
			if ( ! function_exists( 'wp_tempnam' ) ) {
				require_once ABSPATH . 'wp-admin/includes/file.php';
			}
			$temp = wp_tempnam( 'igny8-import' );
			file_put_contents( $temp, $content ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a temporary file the importer streams from.
			$source = $temp;
			$name   = (string) ( $params['file_name'] ?? 'keywords.csv' );
		}
		if ( (int) filesize( $source ) > self::MAX_BYTES ) {
			return new WP_Error( 'igny8_import_too_large', __( 'The file is larger than 50 MB; split it.', 'igny8' ), array( 'status' => 413 ) );
		}
		$session = ( new Keyword_Importer() )->start( $source, $name, get_current_user_id() );
		if ( '' !== $temp ) {
			wp_delete_file( $temp );
		}
		return is_wp_error( $session ) ? $session : $this->created( $session );
	}

	/**
	 * GET import/{id}.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function status( WP_REST_Request $request ) {
		return rest_ensure_response( ( new Keyword_Importer() )->present( (string) $request['id'] ) );
	}

	/**
	 * DELETE import/{id}.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function forget( WP_REST_Request $request ): WP_REST_Response {
		( new \Igny8\Import\Import_Sessions() )->delete( (string) $request['id'] );
		return new WP_REST_Response( array( 'deleted' => true ) );
	}

	/**
	 * POST import/{id}/mapping.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function mapping( WP_REST_Request $request ) {
		return rest_ensure_response( ( new Keyword_Importer() )->set_mapping( (string) $request['id'], (array) $request['mapping'] ) );
	}

	/**
	 * POST import/{id}/run.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function run( WP_REST_Request $request ) {
		return rest_ensure_response( ( new Keyword_Importer() )->run( (string) $request['id'], PHP_INT_MAX, self::RUN_SECONDS ) );
	}

	/**
	 * GET import/{id}/report.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function report( WP_REST_Request $request ): WP_REST_Response {
		return self::csv( ( new Keyword_Importer() )->report_csv( (string) $request['id'] ), 'igny8-import-errors.csv' );
	}

	/**
	 * GET export.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function export( WP_REST_Request $request ): WP_REST_Response {
		$csv = Csv_Export::to_string( self::export_rows( new Keywords_Repository(), $request->get_params() ) );
		return self::csv( $csv, 'igny8-keywords.csv' );
	}

	/**
	 * The header, then every keyword matching the list's filters, a page at a time.
	 *
	 * @param Keywords_Repository  $repo Keywords.
	 * @param array<string, mixed> $args The list's filters.
	 * @return \Generator<int, array<int, mixed>>
	 */
	private static function export_rows( Keywords_Repository $repo, array $args ): \Generator {
		yield array( 'Keyword', 'Volume', 'Difficulty', 'Intent', 'Status', 'Cluster', 'Sector', 'Source' );
		$args['per_page'] = 100;
		for ( $page = 1; ; $page++ ) {
			$args['page'] = $page;
			$items        = $repo->query( $args )['items'];
			foreach ( $items as $k ) {
				yield array( $k['keyword'], $k['search_volume'], $k['difficulty'], $k['intent'], $k['status'], $k['cluster_id'], $k['sector_id'], $k['source'] );
			}
			if ( count( $items ) < 100 ) {
				return;
			}
		}
	}

	/**
	 * A CSV download: the REST server would JSON-encode the string, so it is printed as it is.
	 *
	 * @param string $csv      CSV text.
	 * @param string $filename Download name.
	 * @return WP_REST_Response
	 */
	private static function csv( string $csv, string $filename ): WP_REST_Response {
		$response = new WP_REST_Response( $csv );
		$response->header( 'Content-Type', 'text/csv; charset=utf-8' );
		$response->header( 'Content-Disposition', 'attachment; filename="' . $filename . '"' );
		add_filter(
			'rest_pre_serve_request',
			static function ( $served, $result ) use ( $response ) {
				if ( $served || ! $result instanceof WP_HTTP_Response || $result->get_data() !== $response->get_data() || ! is_string( $result->get_data() ) ) {
					return $served;
				}
				echo $result->get_data(); // phpcs:ignore WordPress.Security.EscapeOutput -- a CSV file, not HTML.
				return true;
			},
			10,
			2
		);
		return $response;
	}
}

<?php
/**
 * Planner module: bulk keyword actions.
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
 * bulk_create, bulk_update, bulk_delete and auto_cluster, as the seed's keyword actions.
 *
 * @since 0.2.0
 */
class Keyword_Bulk_Controller extends Controller {

	/**
	 * Most keywords one bulk request may touch; the screen sends larger sets in chunks.
	 *
	 * @since 0.2.0
	 */
	public const BULK_LIMIT = 1000;

	/**
	 * Registers the routes.
	 *
	 * @since 0.2.0
	 */
	public function register_routes(): void {
		$base = Keywords_Controller::ROUTE;
		// POST /igny8/v1/planner/keywords/bulk_create — up to BULK_LIMIT keywords; duplicates are skipped.
		$this->post(
			$base . '/bulk_create',
			'bulk_create',
			array(
				'keywords' => array(
					'description'       => __( 'Keywords to import.', 'igny8' ),
					'type'              => 'array',
					'required'          => true,
					'minItems'          => 1,
					'maxItems'          => self::BULK_LIMIT,
					'items'             => array(
						'type'       => 'object',
						'properties' => Keyword_Schema::properties(),
						'required'   => array( 'keyword' ),
					),
					'sanitize_callback' => 'rest_sanitize_request_arg',
					'validate_callback' => 'rest_validate_request_arg',
				),
			)
		);
		// POST /igny8/v1/planner/keywords/bulk_update — {ids, fields:{status?, intent?, cluster_id?, sector_id?, …},
		// versions?:{id: updated_at}}: rows deleted or changed since the versions the screen read are skipped, each named.
		$this->post(
			$base . '/bulk_update',
			'bulk_update',
			array(
				'ids'      => $this->ids_arg( self::BULK_LIMIT ),
				'versions' => array(
					'description'          => __( 'The updated_at of each keyword as the screen read it; a keyword changed since is skipped.', 'igny8' ),
					'type'                 => 'object',
					'additionalProperties' => array(
						'type'    => 'string',
						'pattern' => '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$',
					),
					'sanitize_callback'    => 'rest_sanitize_request_arg',
					'validate_callback'    => 'rest_validate_request_arg',
				),
				'fields'   => array(
					'description'          => __( 'Fields to set on every keyword.', 'igny8' ),
					'type'                 => 'object',
					'required'             => true,
					'minProperties'        => 1,
					'additionalProperties' => false,
					'properties'           => array_diff_key( Keyword_Schema::properties(), array( 'keyword' => true ) ),
					'sanitize_callback'    => 'rest_sanitize_request_arg',
					'validate_callback'    => array( Keyword_Schema::class, 'validate_fields' ),
				),
			)
		);
		// POST /igny8/v1/planner/keywords/bulk_delete — {ids}.
		$this->post( $base . '/bulk_delete', 'bulk_delete', array( 'ids' => $this->ids_arg( self::BULK_LIMIT ) ) );
		// POST /igny8/v1/planner/keywords/auto_cluster — {ids?, sector_id?}: starts an auto_cluster job.
		Action_Route::register( $base . '/auto_cluster', 'auto_cluster', Action_Route::ONE_JOB );
	}

	/**
	 * POST bulk_create.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function bulk_create( WP_REST_Request $request ): WP_REST_Response {
		$rows = array();
		foreach ( (array) $request['keywords'] as $item ) {
			$keyword = Keywords_Repository::normalize_keyword( sanitize_text_field( (string) ( $item['keyword'] ?? '' ) ) );
			if ( '' === $keyword ) {
				continue;
			}
			$rows[] = array(
				'keyword'       => $keyword,
				'search_volume' => $item['search_volume'] ?? null,
				'difficulty'    => $item['difficulty'] ?? null,
				'intent'        => $item['intent'] ?? null,
				'sector_id'     => $item['sector_id'] ?? null,
				'source'        => 'csv_import',
			);
		}
		$result = ( new Keywords_Repository() )->bulk_insert( $rows );
		$total  = count( (array) $request['keywords'] );
		return new WP_REST_Response(
			array(
				'created' => $result['created'],
				'skipped' => $total - $result['created'],
				'total'   => $total,
			)
		);
	}

	/**
	 * POST bulk_update.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function bulk_update( WP_REST_Request $request ) {
		$repo     = new Keywords_Repository();
		$ids      = array_map( 'intval', (array) $request['ids'] );
		$sent     = (array) $request['versions'];
		$current  = $repo->versions( $ids );
		$writable = array();
		$skipped  = array();
		foreach ( $ids as $id ) {
			if ( ! isset( $current[ $id ] ) ) {
				$skipped[] = array(
					'id'     => $id,
					'reason' => 'deleted',
				);
			} elseif ( isset( $sent[ (string) $id ] ) && $sent[ (string) $id ] !== $current[ $id ] ) {
				$skipped[] = array(
					'id'     => $id,
					'reason' => 'changed',
				);
			} else {
				$writable[] = $id;
			}
		}
		$updated = $writable ? $repo->update( $writable, (array) $request['fields'] ) : 0;
		if ( is_wp_error( $updated ) ) {
			return $updated;
		}
		return new WP_REST_Response(
			array(
				'updated' => $updated,
				'skipped' => $this->name_skipped( $repo, $skipped ),
			)
		);
	}

	/**
	 * Adds each skipped keyword's text (as it is now; a deleted one has none).
	 *
	 * @param Keywords_Repository                             $repo    Keywords.
	 * @param array<int, array{id: int, reason: string}> $skipped Skipped rows.
	 * @return array<int, array{id: int, reason: string, keyword: string|null}>
	 */
	private function name_skipped( Keywords_Repository $repo, array $skipped ): array {
		$texts = array_column( $repo->find_many( array_column( $skipped, 'id' ) ), 'keyword', 'id' );
		return array_map(
			static fn ( array $row ): array => $row + array( 'keyword' => $texts[ $row['id'] ] ?? null ),
			$skipped
		);
	}

	/**
	 * POST bulk_delete.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function bulk_delete( WP_REST_Request $request ): WP_REST_Response {
		$token = ( new Trash() )->stash( 'keywords', (array) $request['ids'] );
		return new WP_REST_Response(
			array(
				'deleted'    => ( new Keywords_Repository() )->delete( (array) $request['ids'] ),
				'undo_token' => $token,
			)
		);
	}

	/**
	 * Registers one POST route with the planning permission.
	 *
	 * @param string                              $route    Route.
	 * @param string                              $callback Method name.
	 * @param array<string, array<string, mixed>> $args     Args.
	 */
	private function post( string $route, string $callback, array $args ): void {
		register_rest_route(
			$this->namespace,
			$route,
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, $callback ),
					'permission_callback' => array( $this, 'can_plan' ),
					'args'                => $args,
				),
			)
		);
	}
}

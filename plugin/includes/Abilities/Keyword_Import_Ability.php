<?php
/**
 * igny8/import-keywords: rows, or a file through the import screen's own steps.
 *
 * @package Igny8\Abilities
 */

declare( strict_types=1 );

namespace Igny8\Abilities;

use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Rows go to bulk_create; a file goes upload → mapping (when given or needed) → run, the same
 * routes, checks and limits the Planner's import uses, so an agent's import is a screen's import.
 *
 * @since 0.8.0
 */
final class Keyword_Import_Ability {

	/**
	 * The import screen's route (under igny8/v1).
	 */
	private const IMPORT = '/planner/keywords/import';

	/**
	 * Runs the ability.
	 *
	 * @since 0.8.0
	 *
	 * @param array<string, mixed> $input Validated input.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function run( array $input ) {
		$sources = array_intersect( array( 'keywords', 'content', 'content_base64', 'import_id' ), array_keys( $input ) );
		if ( 1 !== count( $sources ) ) {
			return new WP_Error( 'igny8_import_one_source', __( 'Send exactly one of keywords (rows), content or content_base64 (a file), or import_id (to go on with an import).', 'igny8' ), array( 'status' => 400 ) );
		}
		if ( isset( $input['keywords'] ) ) {
			return self::call( 'POST', '/planner/keywords/bulk_create', array( 'keywords' => $input['keywords'] ) );
		}
		$import = isset( $input['import_id'] ) ? self::call( 'GET', self::item( (string) $input['import_id'] ) ) : self::upload( $input );
		if ( is_wp_error( $import ) ) {
			return $import;
		}
		$item = self::item( (string) $import['id'] );
		if ( isset( $input['mapping'] ) && 'completed' !== $import['status'] ) {
			$import = self::call( 'POST', $item . '/mapping', array( 'mapping' => $input['mapping'] ) );
		}
		if ( ! is_wp_error( $import ) && in_array( $import['status'], array( 'ready', 'paused' ), true ) ) {
			$import = self::call( 'POST', $item . '/run' );
		}
		return is_wp_error( $import ) ? $import : array( 'import' => $import );
	}

	/**
	 * Starts an import session from the file's content.
	 *
	 * @param array<string, mixed> $input Input.
	 * @return array<string, mixed>|WP_Error
	 */
	private static function upload( array $input ) {
		return self::call( 'POST', self::IMPORT, array_intersect_key( $input, array_flip( array( 'content', 'content_base64', 'file_name' ) ) ) );
	}

	/**
	 * An import session's route.
	 *
	 * @param string $id Session id.
	 */
	private static function item( string $id ): string {
		return self::IMPORT . '/' . $id;
	}

	/**
	 * One of the plugin's routes, inside this request.
	 *
	 * @param string               $method HTTP method.
	 * @param string               $route  Route under the namespace.
	 * @param array<string, mixed> $body   JSON body.
	 * @return array<string, mixed>|WP_Error
	 */
	private static function call( string $method, string $route, array $body = array() ) {
		$request = new WP_REST_Request( $method, '/igny8/v1' . $route );
		if ( 'POST' === $method ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( (object) $body ) );
		}
		$response = rest_do_request( $request );
		return $response->is_error() ? $response->as_error() : (array) $response->get_data();
	}
}

<?php
/**
 * The checks of an idea's fields beyond their JSON schema.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Clusters_Repository;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Validate callbacks of the idea create and update routes: the schema first, then the rules the
 * New idea / Edit idea form applies in the browser too (admin-ui/src/planner/idea-form.ts): a title
 * with text, a cluster that exists, headings and keywords that are not blank. Each refusal is a 400
 * rest_invalid_param whose params name the field, so the form shows it under that field.
 *
 * @since 0.6.0
 */
final class Idea_Fields {

	/**
	 * The callbacks, by property.
	 *
	 * @since 0.6.0
	 *
	 * @return array<string, callable>
	 */
	public static function validators(): array {
		return array(
			'title'              => array( self::class, 'title' ),
			'cluster_id'         => array( self::class, 'cluster' ),
			'outline'            => array( self::class, 'outline' ),
			'suggested_keywords' => array( self::class, 'keywords' ),
		);
	}

	/**
	 * A title with text once tags and spaces are gone.
	 *
	 * @since 0.6.0
	 *
	 * @param mixed           $value   Value sent.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Arg name.
	 * @return true|WP_Error
	 */
	public static function title( $value, WP_REST_Request $request, string $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true === $valid && '' === sanitize_text_field( (string) $value ) ) {
			return self::invalid( __( 'Type the title.', 'igny8' ) );
		}
		return $valid;
	}

	/**
	 * No cluster (null), or one that exists.
	 *
	 * @since 0.6.0
	 *
	 * @param mixed           $value   Value sent.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Arg name.
	 * @return true|WP_Error
	 */
	public static function cluster( $value, WP_REST_Request $request, string $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true === $valid && null !== $value && null === ( new Clusters_Repository() )->find( (int) $value ) ) {
			return self::invalid( __( 'This cluster does not exist. Pick a cluster from the list or no cluster.', 'igny8' ) );
		}
		return $valid;
	}

	/**
	 * Every heading has text and a level (2 or 3).
	 *
	 * @since 0.6.0
	 *
	 * @param mixed           $value   Value sent.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Arg name.
	 * @return true|WP_Error
	 */
	public static function outline( $value, WP_REST_Request $request, string $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true !== $valid ) {
			return $valid;
		}
		foreach ( (array) $value as $heading ) {
			if ( ! isset( $heading['heading'], $heading['level'] ) || '' === sanitize_text_field( (string) $heading['heading'] ) ) {
				return self::invalid( __( 'Every heading of the structure needs text; remove the empty lines.', 'igny8' ) );
			}
		}
		return true;
	}

	/**
	 * Every keyword has text.
	 *
	 * @since 0.6.0
	 *
	 * @param mixed           $value   Value sent.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Arg name.
	 * @return true|WP_Error
	 */
	public static function keywords( $value, WP_REST_Request $request, string $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true !== $valid ) {
			return $valid;
		}
		foreach ( (array) $value as $keyword ) {
			if ( '' === sanitize_text_field( (string) $keyword ) ) {
				return self::invalid( __( 'A target keyword is empty; separate keywords with commas and remove the extra ones.', 'igny8' ) );
			}
		}
		return true;
	}

	/**
	 * The error of one arg (WordPress puts it under the arg's name in params).
	 *
	 * @param string $message Message.
	 */
	private static function invalid( string $message ): WP_Error {
		return new WP_Error( 'rest_invalid_param', $message, array( 'status' => 400 ) );
	}
}

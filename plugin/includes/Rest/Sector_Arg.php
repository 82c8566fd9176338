<?php
/**
 * The one check that a sector_id sent to a write route names a sector that exists.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Sectors_Repository;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Keywords (create, update, bulk update) and clusters (create, update) refuse an unknown sector
 * with 400 before anything is written; null clears the sector.
 *
 * @since 0.4.0
 */
final class Sector_Arg {

	/**
	 * A sector_id arg's validate_callback: its schema first, then that the sector exists.
	 *
	 * @since 0.4.0
	 *
	 * @param mixed           $value   Value sent.
	 * @param WP_REST_Request $request Request.
	 * @param string          $param   Arg name.
	 * @return true|WP_Error
	 */
	public static function validate( $value, WP_REST_Request $request, string $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		return true === $valid ? self::known( $value ) : $valid;
	}

	/**
	 * True when the sector exists or none is asked for; else an error naming what to do.
	 *
	 * @since 0.4.0
	 *
	 * @param mixed $sector_id Sector id or null.
	 * @return true|WP_Error
	 */
	public static function known( $sector_id ) {
		if ( null === $sector_id || null !== ( new Sectors_Repository() )->find( (int) $sector_id ) ) {
			return true;
		}
		return new WP_Error(
			'igny8_sector_not_found',
			__( 'This sector does not exist. Pick a sector from the list (Settings → Sectors) or no sector.', 'igny8' ),
			array( 'status' => 400 )
		);
	}
}

<?php
/**
 * The cluster_id arg of the planner and writer write routes.
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
 * Keywords (create, update, bulk update, Move to cluster) and tasks refuse a cluster that does not
 * exist (deleted meanwhile, or never there) with 400 before anything is written; null clears it.
 *
 * @since 0.6.0
 */
final class Cluster_Arg {

	/**
	 * A cluster_id arg's validate_callback: its schema first, then that the cluster exists.
	 *
	 * @since 0.6.0
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
	 * True when the cluster exists or none is asked for; else an error naming what to do.
	 *
	 * @since 0.6.0
	 *
	 * @param mixed $cluster_id Cluster id or null.
	 * @return true|WP_Error
	 */
	public static function known( $cluster_id ) {
		if ( null === $cluster_id || null !== ( new Clusters_Repository() )->find( (int) $cluster_id ) ) {
			return true;
		}
		return new WP_Error(
			'igny8_cluster_not_found',
			__( 'This cluster does not exist any more. Pick another cluster from the list, or no cluster.', 'igny8' ),
			array( 'status' => 400 )
		);
	}

	/**
	 * The validate_callback of a write arg by its name (sector and cluster ids must exist).
	 *
	 * @since 0.6.0
	 *
	 * @param string $name Arg name.
	 * @return callable|string
	 */
	public static function validator_for( string $name ) {
		if ( 'sector_id' === $name ) {
			return array( Sector_Arg::class, 'validate' );
		}
		return 'cluster_id' === $name ? array( self::class, 'validate' ) : 'rest_validate_request_arg';
	}
}

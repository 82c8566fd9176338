<?php
/**
 * An automation rule's fields as a request sends them.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Automation\Rule_Schema;
use Igny8\Automation\Schedule;
use Igny8\Storage\Sectors_Repository;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Turns the fields a create or update request sent into the columns Rule_Repository stores: days
 * as a list, booleans as 0/1, no sector as null, next_run_at recomputed when the schedule changed,
 * and the checks that span more than one field.
 *
 * @since 0.4.0
 */
final class Rule_Fields {

	/**
	 * Request fields that were sent, normalised.
	 *
	 * @since 0.4.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>
	 */
	public static function from_request( WP_REST_Request $request ): array {
		$fields = array();
		foreach ( array_keys( Rule_Schema::args( false ) ) as $name ) {
			if ( null !== $request->get_param( $name ) ) {
				$fields[ $name ] = $request->get_param( $name );
			}
		}
		if ( isset( $fields['days'] ) ) {
			$fields['days'] = implode( ',', Schedule::days( (array) $fields['days'] ) );
		}
		if ( isset( $fields['generate_images'] ) ) {
			$fields['generate_images'] = $fields['generate_images'] ? 1 : 0;
		}
		foreach ( array( 'sector_id', 'strategy_id' ) as $optional ) {
			if ( array_key_exists( $optional, $fields ) && ! $fields[ $optional ] ) {
				$fields[ $optional ] = null;
			}
		}
		return $fields;
	}

	/**
	 * Recomputes next_run_at when the schedule changed (active rules only).
	 *
	 * @since 0.4.0
	 *
	 * @param array<string, mixed>      $fields New fields.
	 * @param array<string, mixed>|null $rule   Current rule; null when creating.
	 * @return array<string, mixed>
	 */
	public static function with_next_run( array $fields, ?array $rule ): array {
		$status = $fields['status'] ?? ( $rule['status'] ?? 'active' );
		$days   = Schedule::days( $fields['days'] ?? ( $rule['days'] ?? array( 1, 2, 3, 4, 5 ) ) );
		$time   = (string) ( $fields['run_time'] ?? ( $rule['run_time'] ?? '09:00' ) );
		if ( null === $rule || isset( $fields['days'] ) || isset( $fields['run_time'] ) || isset( $fields['status'] ) ) {
			$fields['next_run_at'] = 'active' === $status ? Schedule::next( $days, $time ) : null;
		}
		return $fields;
	}

	/**
	 * Cross-field checks.
	 *
	 * @since 0.4.0
	 *
	 * @param array<string, mixed> $rule Rule fields.
	 * @return WP_Error|null
	 */
	public static function check( array $rule ): ?WP_Error {
		if ( ! empty( $rule['sector_id'] ) && ! ( new Sectors_Repository() )->find( (int) $rule['sector_id'] ) ) {
			return new WP_Error(
				'rest_invalid_param',
				__( 'This sector does not exist. Pick a sector from the list or leave it empty for every sector.', 'igny8' ),
				array(
					'status' => 400,
					'params' => array( 'sector_id' => __( 'Unknown sector.', 'igny8' ) ),
				)
			);
		}
		return Strategy_Arg::check( $rule['strategy_id'] ?? null );
	}
}

<?php
/**
 * The cloud's serialised job, read once.
 *
 * @package Igny8\Sync
 */

declare( strict_types=1 );

namespace Igny8\Sync;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The one adapter from the job the cloud sends — the same serialised job whether it arrives as a
 * signed delivery or as the answer of GET /api/v1/ai/jobs/{id}/ — to what Result_Applier takes.
 * Nothing else in the plugin reads the wire shape.
 *
 * @since 0.3.0
 */
final class Job_Wire {

	/**
	 * The applier's input, or why the job cannot be read.
	 *
	 * Clouds older than this plugin version named the id `job_id` in deliveries; it is still
	 * read so a site upgraded before its cloud keeps receiving results.
	 *
	 * @since 0.3.0
	 *
	 * @param mixed                     $job      Decoded JSON from the cloud.
	 * @param array<string, mixed>|null $fallback The local row, for a reference the cloud left out.
	 * @return array{job_id:string,function:string,status:string,reference:array<string,mixed>,result:mixed,error:?string,credits_charged:int,progress:int,step:string,delivered:bool}|WP_Error
	 */
	public static function outcome( $job, ?array $fallback = null ) {
		if ( ! is_array( $job ) ) {
			return new WP_Error( 'igny8_invalid_job', __( 'The cloud sent a job that could not be read.', 'igny8' ), array( 'status' => 400 ) );
		}
		$id = $job['id'] ?? $job['job_id'] ?? '';
		if ( ! is_string( $id ) || '' === $id ) {
			return new WP_Error( 'igny8_invalid_job', __( 'The job has no id.', 'igny8' ), array( 'status' => 400 ) );
		}
		$reference = is_array( $job['reference'] ?? null ) ? $job['reference'] : array();
		if ( array() === $reference && null !== $fallback && ! empty( $fallback['task_id'] ) ) {
			$reference = array( 'task_id' => (int) $fallback['task_id'] );
		}
		return array(
			'job_id'          => $id,
			'function'        => is_string( $job['function'] ?? null ) ? $job['function'] : (string) ( $fallback['function'] ?? '' ),
			'status'          => is_string( $job['status'] ?? null ) ? $job['status'] : '',
			'reference'       => $reference,
			'result'          => $job['result'] ?? null,
			'error'           => is_string( $job['error'] ?? null ) ? $job['error'] : null,
			'credits_charged' => max( 0, (int) ( $job['credits_charged'] ?? 0 ) ),
			'progress'        => max( 0, min( 100, (int) ( $job['progress'] ?? 0 ) ) ),
			'step'            => is_string( $job['step'] ?? null ) ? $job['step'] : '',
			'delivered'       => ! empty( $job['delivered_at'] ),
		);
	}
}

<?php
/**
 * The Worker's response envelope.
 *
 * @package Igny8\Cloud
 */

declare( strict_types=1 );

namespace Igny8\Cloud;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Reads the Worker's envelope `{success, data, message?, request_id}` / `{success:false, error, errors?, request_id}`
 * from a wp_remote_request() result: the data on success, otherwise a WP_Error an editor can act on,
 * with the cloud's status and request id kept in its data.
 *
 * @since 0.4.0
 */
final class Envelope {

	/**
	 * The envelope's data, or the failure as a WP_Error.
	 *
	 * @since 0.4.0
	 *
	 * @param array<string, mixed>|WP_Error $response wp_remote_request() result.
	 * @param string                        $base_url Cloud base URL, named in the messages.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function read( $response, string $base_url ) {
		if ( is_wp_error( $response ) ) {
			return new WP_Error(
				'igny8_cloud_unreachable',
				sprintf(
					/* translators: 1: cloud URL, 2: transport error */
					__( 'Could not reach the IGNY8 cloud at %1$s (%2$s). Check the Cloud URL, or start the cloud (npm start) and try again.', 'igny8' ),
					$base_url,
					$response->get_error_message()
				),
				array( 'status' => 502 )
			);
		}

		$status     = (int) wp_remote_retrieve_response_code( $response );
		$envelope   = json_decode( (string) wp_remote_retrieve_body( $response ), true );
		$request_id = is_array( $envelope ) && isset( $envelope['request_id'] ) ? (string) $envelope['request_id'] : (string) wp_remote_retrieve_header( $response, 'x-request-id' );

		if ( ! is_array( $envelope ) || ! array_key_exists( 'success', $envelope ) ) {
			return new WP_Error(
				'igny8_cloud_error',
				sprintf(
					/* translators: 1: cloud URL, 2: HTTP status */
					__( 'The IGNY8 cloud at %1$s sent an unexpected response (HTTP %2$d). Check the Cloud URL.', 'igny8' ),
					$base_url,
					$status
				),
				array(
					'status'       => 502,
					'cloud_status' => $status,
					'request_id'   => $request_id,
				)
			);
		}

		if ( $status >= 200 && $status < 300 && true === $envelope['success'] ) {
			return isset( $envelope['data'] ) && is_array( $envelope['data'] ) ? $envelope['data'] : array();
		}

		$message = isset( $envelope['error'] ) && is_string( $envelope['error'] ) ? $envelope['error'] : __( 'Unknown error.', 'igny8' );
		$data    = array(
			'cloud_status' => $status,
			'request_id'   => $request_id,
		);
		if ( isset( $envelope['errors'] ) ) {
			$data['errors'] = $envelope['errors'];
		}

		// A 403 naming the account's or the site's standing is not a bad key: the cloud's sentence says why and what to do.
		if ( 403 === $status && self::names_standing( $data['errors'] ?? null ) ) {
			return new WP_Error( 'igny8_account_blocked', $message, array_merge( $data, array( 'status' => 403 ) ) );
		}
		if ( 401 === $status || 403 === $status ) {
			return new WP_Error(
				'igny8_invalid_api_key',
				__( 'The IGNY8 cloud rejected the site API key. Copy the key of this site from the IGNY8 portal and connect again.', 'igny8' ),
				array_merge( $data, array( 'status' => 401 ) )
			);
		}
		if ( 402 === $status ) {
			return new WP_Error( 'igny8_insufficient_credits', $message, array_merge( $data, array( 'status' => 402 ) ) );
		}

		return new WP_Error(
			'igny8_cloud_error',
			'' === $request_id
				? $message
				/* translators: 1: error text from the cloud, 2: request id */
				: sprintf( __( '%1$s (request %2$s)', 'igny8' ), $message, $request_id ),
			// Client errors keep their status (404 stays 404); server errors become a 502 bad gateway.
			array_merge( $data, array( 'status' => $status >= 400 && $status < 500 ? $status : 502 ) )
		);
	}

	/**
	 * The job of a job route's data; accepts both `data: job` and `data: {job}` shapes.
	 *
	 * @since 0.4.0
	 *
	 * @param array<string, mixed> $data Envelope data.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function job( array $data ) {
		$job = isset( $data['job'] ) && is_array( $data['job'] ) ? $data['job'] : $data;
		if ( empty( $job['id'] ) ) {
			return new WP_Error(
				'igny8_cloud_error',
				__( 'The IGNY8 cloud answered without a job.', 'igny8' ),
				array( 'status' => 502 )
			);
		}
		return $job;
	}

	/**
	 * Whether an error's field list names the account's or the site's standing (a suspension, a cancellation).
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $errors The envelope's `errors`.
	 */
	private static function names_standing( $errors ): bool {
		return is_array( $errors ) && ( isset( $errors['account_status'] ) || isset( $errors['site_status'] ) );
	}
}

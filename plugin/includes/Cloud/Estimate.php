<?php
/**
 * Credit estimates from the cloud.
 *
 * @package Igny8\Cloud
 */

declare( strict_types=1 );

namespace Igny8\Cloud;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Asks the Worker what a job would reserve: POST /api/v1/ai/jobs/estimate/ {function, input} →
 * {credits, balance, billing}. The Worker applies the AI function's own estimateCredits to the validated
 * input (or, for a site on its own provider key, the flat platform fee), so the figure is exactly what
 * creating that job reserves. Nothing is reserved.
 *
 * @since 0.3.0
 */
class Estimate {

	/**
	 * Cloud connection.
	 *
	 * @var Connection
	 */
	private Connection $connection;

	/**
	 * Constructor.
	 *
	 * @since 0.3.0
	 *
	 * @param Connection|null $connection Cloud connection.
	 */
	public function __construct( ?Connection $connection = null ) {
		$this->connection = $connection ?? new Connection();
	}

	/**
	 * Credits of several job inputs, summed, and the balance.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, array{function: string, input: array<string, mixed>}> $calls Jobs the action would create.
	 * @return array{credits: int, balance: int, billing: string}|WP_Error billing: credits, or own_key (the platform fee per job).
	 */
	public function for_calls( array $calls ) {
		$client = $this->connection->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$credits = 0;
		$balance = null;
		$billing = 'credits';
		foreach ( $calls as $call ) {
			$answer = $client->request(
				'POST',
				'/api/v1/ai/jobs/estimate/',
				array(
					'function' => $call['function'],
					'input'    => (object) $call['input'],
				)
			);
			if ( is_wp_error( $answer ) ) {
				return $answer;
			}
			$credits += (int) ( $answer['credits'] ?? 0 );
			$balance  = (int) ( $answer['balance'] ?? 0 );
			$billing  = 'own_key' === ( $answer['billing'] ?? '' ) ? 'own_key' : 'credits';
		}
		if ( null === $balance ) {
			$answer = $client->get_balance();
			if ( is_wp_error( $answer ) ) {
				return $answer;
			}
			$balance = (int) ( $answer['credits'] ?? 0 );
		}
		return array(
			'credits' => $credits,
			'balance' => $balance,
			'billing' => $billing,
		);
	}
}

<?php
/**
 * Status changes waiting to reach the cloud.
 *
 * @package Igny8\Sync
 */

declare( strict_types=1 );

namespace Igny8\Sync;

use Igny8\Cloud\Connection;
use Igny8\Storage\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * {prefix}igny8_outbox: one row per post whose latest status the cloud has not confirmed yet (a newer
 * change replaces the older payload, since the cloud keeps only the latest). flush() sends due rows in
 * one sync call; a row leaves the table only after a 2xx. A failure keeps every row and pushes its next
 * attempt back exponentially (1, 2, 4… minutes, at most 6 hours), so nothing is dropped.
 *
 * @since 0.2.0
 */
class Outbox {

	/**
	 * Rows sent per sync call (the cloud accepts 500).
	 *
	 * @since 0.2.0
	 */
	public const BATCH = 200;

	/**
	 * Longest wait between attempts, in seconds.
	 *
	 * @since 0.2.0
	 */
	public const MAX_BACKOFF = 6 * HOUR_IN_SECONDS;

	/**
	 * Table name.
	 *
	 * @var string
	 */
	private string $table;

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 */
	public function __construct() {
		$this->table = Schema::table( Schema::OUTBOX );
	}

	/**
	 * Queues (or replaces) a post's status for the cloud, due now.
	 *
	 * @since 0.2.0
	 *
	 * @param int                  $post_id Post id.
	 * @param array<string, mixed> $payload {task_id, post_id, status, url, updated_at}.
	 */
	public function push( int $post_id, array $payload ): void {
		global $wpdb;
		$now = current_time( 'mysql', true );
		$wpdb->query(
			$wpdb->prepare(
				'INSERT INTO %i (post_id, payload, attempts, next_attempt_at, created_at, updated_at) VALUES (%d, %s, 0, %s, %s, %s)
				ON DUPLICATE KEY UPDATE payload = VALUES(payload), next_attempt_at = VALUES(next_attempt_at), updated_at = VALUES(updated_at)',
				$this->table,
				$post_id,
				(string) wp_json_encode( $payload ),
				$now,
				$now,
				$now
			)
		);
	}

	/**
	 * Sends the rows that are due.
	 *
	 * @since 0.2.0
	 *
	 * @param Connection|null $connection Cloud connection.
	 * @return array{sent:int, pending:int, error:string|null}
	 */
	public function flush( ?Connection $connection = null ): array {
		global $wpdb;
		$connection = $connection ?? new Connection();
		$rows       = $wpdb->get_results(
			$wpdb->prepare( 'SELECT * FROM %i WHERE next_attempt_at <= %s ORDER BY id ASC LIMIT %d', $this->table, current_time( 'mysql', true ), self::BATCH ),
			ARRAY_A
		);
		if ( ! $rows ) {
			return array(
				'sent'    => 0,
				'pending' => $this->count(),
				'error'   => null,
			);
		}
		$status = $connection->status();
		$client = $connection->client();
		$result = is_wp_error( $client ) || empty( $status['site']['id'] )
			? ( is_wp_error( $client ) ? $client : new \WP_Error( 'igny8_not_connected', 'not connected' ) )
			: $client->sync_posts( (string) $status['site']['id'], array_map( static fn ( $row ) => json_decode( (string) $row['payload'], true ), $rows ) );

		if ( is_wp_error( $result ) ) {
			foreach ( $rows as $row ) {
				$attempts = (int) $row['attempts'] + 1;
				$delay    = (int) min( self::MAX_BACKOFF, MINUTE_IN_SECONDS * ( 2 ** min( 20, $attempts - 1 ) ) );
				$wpdb->update(
					$this->table,
					array(
						'attempts'        => $attempts,
						'last_error'      => $result->get_error_message(),
						'next_attempt_at' => gmdate( 'Y-m-d H:i:s', time() + $delay ),
						'updated_at'      => current_time( 'mysql', true ),
					),
					array( 'id' => (int) $row['id'] )
				);
			}
			return array(
				'sent'    => 0,
				'pending' => $this->count(),
				'error'   => $result->get_error_message(),
			);
		}
		// Delete only the rows sent, and only if no newer payload replaced them meanwhile.
		$stamps = array();
		foreach ( $rows as $row ) {
			$stamps[] = $wpdb->prepare( '(id = %d AND updated_at = %s)', (int) $row['id'], (string) $row['updated_at'] );
		}
		$wpdb->query( "DELETE FROM {$this->table} WHERE " . implode( ' OR ', $stamps ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- each condition was built by prepare() above.
		return array(
			'sent'    => count( $rows ),
			'pending' => $this->count(),
			'error'   => null,
		);
	}

	/**
	 * Rows waiting.
	 *
	 * @since 0.2.0
	 *
	 * @return int
	 */
	public function count(): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i', $this->table ) );
	}

	/**
	 * All rows, for status screens and tests.
	 *
	 * @since 0.2.0
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public function all(): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i ORDER BY id ASC', $this->table ), ARRAY_A );
		return $rows ? $rows : array();
	}
}

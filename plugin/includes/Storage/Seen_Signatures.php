<?php
/**
 * Signatures of cloud requests already accepted.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

defined( 'ABSPATH' ) || exit;

/**
 * Remembers each accepted signature until it could no longer pass the time check, so a captured request
 * replayed inside the window is refused. A table rather than transients (an object cache may drop those)
 * or one option (two deliveries at once would overwrite each other's list): the primary key makes
 * "first time seen" one atomic INSERT IGNORE. Cost per signed request: that insert and a bounded delete
 * of expired rows, both on indexes.
 *
 * @since 0.1.0
 */
final class Seen_Signatures {

	/**
	 * Most expired rows removed per call, so the cleanup never grows with a backlog.
	 *
	 * @since 0.1.0
	 */
	private const PRUNE_LIMIT = 100;

	/**
	 * Records a signature; false when it had been recorded already (a replay).
	 *
	 * @since 0.1.0
	 *
	 * @param string $signature  The verified v1 value (64 hex characters).
	 * @param int    $expires_at Unix seconds after which the signature fails the time check anyway.
	 * @param int    $now        Unix seconds.
	 * @return bool True the first time.
	 */
	public function remember( string $signature, int $expires_at, int $now ): bool {
		global $wpdb;
		$table = Schema::table( Schema::SEEN_SIGNATURES );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery -- a uniqueness check must reach the database, never a cache.
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE expires_at < %d LIMIT %d', $table, $now, self::PRUNE_LIMIT ) );
		$inserted = $wpdb->query( $wpdb->prepare( 'INSERT IGNORE INTO %i (signature, expires_at) VALUES (%s, %d)', $table, $signature, $expires_at ) );
		// phpcs:enable WordPress.DB.DirectDatabaseQuery
		return 1 === $inserted;
	}
}

<?php
/**
 * One automation dispatcher at a time.
 *
 * @package Igny8\Automation
 */

declare( strict_types=1 );

namespace Igny8\Automation;

defined( 'ABSPATH' ) || exit;

/**
 * A lock row in the options table, taken with INSERT IGNORE (atomic across PHP processes: the unique
 * option_name lets one insert win) and carrying an expiry, so a process that died holding it blocks
 * the next runs only until its TTL passes. Not GET_LOCK(): MariaDB lets the same connection take a
 * named lock twice, so a nested trigger inside one request would not be refused.
 *
 * @since 0.3.0
 */
class Run_Lock {

	/**
	 * Option name of the lock row.
	 *
	 * @since 0.3.0
	 */
	public const OPTION = 'igny8_automation_lock';

	/**
	 * Seconds after which a lock is considered abandoned.
	 *
	 * @since 0.3.0
	 */
	public const TTL = 600;

	/**
	 * Takes the lock. Returns a token for release(), or null when another run holds it.
	 *
	 * @since 0.3.0
	 *
	 * @param int $ttl Seconds.
	 */
	public function acquire( int $ttl = self::TTL ): ?string {
		global $wpdb;
		$now = time();
		// An expired lock is removed first; only the row whose expiry has passed can be deleted.
		$wpdb->query( $wpdb->prepare( "DELETE FROM %i WHERE option_name = %s AND CAST(SUBSTRING_INDEX(option_value, ':', 1) AS UNSIGNED) < %d", $wpdb->options, self::OPTION, $now ) );
		$token    = wp_generate_password( 20, false, false );
		$inserted = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO %i (option_name, option_value, autoload) VALUES (%s, %s, 'off')", $wpdb->options, self::OPTION, ( $now + $ttl ) . ':' . $token ) );
		wp_cache_delete( self::OPTION, 'options' );
		return 1 === (int) $inserted ? $token : null;
	}

	/**
	 * Releases the lock if this token still holds it.
	 *
	 * @since 0.3.0
	 *
	 * @param string $token Token from acquire().
	 */
	public function release( string $token ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE option_name = %s AND option_value LIKE %s', $wpdb->options, self::OPTION, '%:' . $wpdb->esc_like( $token ) ) );
		wp_cache_delete( self::OPTION, 'options' );
	}
}

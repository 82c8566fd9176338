<?php
/**
 * Removes everything the plugin stored.
 *
 * @package Igny8
 */

declare( strict_types=1 );

namespace Igny8;

use Igny8\Security\Capabilities;
use Igny8\Storage\Schema;
use Igny8\System\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Called from uninstall.php when the plugin is deleted: clears every igny8_* cron event and the
 * cached transients, then — unless the site chose in Settings → Data to keep its data for a later
 * reinstall — drops the tables, deletes igny8_* options and _igny8_* post meta, removes the
 * plugin's capabilities and uploaded import files. Posts themselves stay: they are the site's content.
 *
 * @since 0.1.0
 */
final class Uninstaller {

	/**
	 * Cleans every site of a network, or the single site.
	 *
	 * @since 0.1.0
	 */
	public static function run(): void {
		if ( ! is_multisite() ) {
			self::clean_site();
			return;
		}
		foreach ( get_sites(
			array(
				'fields' => 'ids',
				'number' => 0,
			)
		) as $site_id ) {
			switch_to_blog( (int) $site_id );
			self::clean_site();
			restore_current_blog();
		}
	}

	/**
	 * Cleans the current site.
	 *
	 * @since 0.1.0
	 */
	public static function clean_site(): void {
		global $wpdb;

		// Whatever the choice, nothing may fire into a plugin that is gone, and caches are not data.
		self::clear_cron_events();
		self::delete_options_like( '_transient_igny8_', '_transient_timeout_igny8_' );
		if ( Settings::keep_data_on_uninstall() ) {
			wp_cache_flush();
			return;
		}

		( new Schema() )->drop();
		Capabilities::remove();
		self::remove_import_files();
		self::delete_options_like( 'igny8_' );
		$wpdb->query(
			$wpdb->prepare( 'DELETE FROM %i WHERE meta_key LIKE %s', $wpdb->postmeta, $wpdb->esc_like( '_igny8_' ) . '%' )
		);
		wp_cache_flush();
	}

	/**
	 * Unschedules every event whose hook is the plugin's, whatever its arguments (the link-graph
	 * rebuild carries a cursor), so no list of hooks can fall behind the code.
	 *
	 * @since 0.2.0
	 */
	private static function clear_cron_events(): void {
		$hooks = array();
		foreach ( (array) _get_cron_array() as $events ) {
			foreach ( array_keys( (array) $events ) as $hook ) {
				if ( str_starts_with( (string) $hook, 'igny8_' ) ) {
					$hooks[ $hook ] = true;
				}
			}
		}
		foreach ( array_keys( $hooks ) as $hook ) {
			wp_unschedule_hook( (string) $hook );
		}
	}

	/**
	 * Deletes the options whose names start with any of the prefixes.
	 *
	 * @since 0.2.0
	 *
	 * @param string ...$prefixes Option name prefixes.
	 */
	private static function delete_options_like( string ...$prefixes ): void {
		global $wpdb;
		foreach ( $prefixes as $prefix ) {
			$names = $wpdb->get_col(
				$wpdb->prepare( 'SELECT option_name FROM %i WHERE option_name LIKE %s', $wpdb->options, $wpdb->esc_like( $prefix ) . '%' )
			);
			foreach ( $names as $name ) {
				delete_option( $name );
			}
		}
	}

	/**
	 * Deletes uploaded keyword files kept for resumable imports.
	 *
	 * @since 0.2.0
	 */
	private static function remove_import_files(): void {
		$dir = \Igny8\Import\Import_Files::directory( false );
		if ( '' === $dir || ! is_dir( $dir ) ) {
			return;
		}
		foreach ( (array) glob( trailingslashit( $dir ) . '{,.}*', GLOB_BRACE ) as $file ) {
			if ( is_string( $file ) && is_file( $file ) ) {
				wp_delete_file( $file );
			}
		}
		@rmdir( $dir ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- a leftover empty folder is harmless.
	}
}

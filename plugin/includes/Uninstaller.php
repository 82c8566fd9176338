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
use Igny8\Sync\Outbox_Cron;
use Igny8\Sync\Pull_Cron;

defined( 'ABSPATH' ) || exit;

/**
 * Called from uninstall.php when the plugin is deleted: drops the tables, deletes igny8_* options
 * and _igny8_* post meta, clears cron events, removes the plugin's capabilities and uploaded import files. Drafts themselves stay: they are the site's content.
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

		Pull_Cron::unschedule();
		Outbox_Cron::unschedule();
		wp_clear_scheduled_hook( Outbox_Cron::FLUSH_NOW_HOOK );
		\Igny8\Automation\Cron_Runner::unschedule();
		wp_clear_scheduled_hook( \Igny8\Optimizer\Score_Cron::HOOK );
		( new Schema() )->drop();
		Capabilities::remove();
		self::remove_import_files();

		// Options, and the transients that cache the balance and job statuses.
		$options = $wpdb->get_col(
			$wpdb->prepare( 'SELECT option_name FROM %i WHERE option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s', $wpdb->options, $wpdb->esc_like( 'igny8_' ) . '%', $wpdb->esc_like( '_transient_igny8_' ) . '%', $wpdb->esc_like( '_transient_timeout_igny8_' ) . '%' )
		);
		foreach ( $options as $option ) {
			delete_option( $option );
		}

		$wpdb->query(
			$wpdb->prepare( 'DELETE FROM %i WHERE meta_key LIKE %s', $wpdb->postmeta, $wpdb->esc_like( '_igny8_' ) . '%' )
		);
		wp_cache_flush();
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

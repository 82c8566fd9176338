<?php
/**
 * Removes everything the plugin stored.
 *
 * @package Igny8
 */

declare( strict_types=1 );

namespace Igny8;

use Igny8\Storage\Schema;
use Igny8\Sync\Pull_Cron;

defined( 'ABSPATH' ) || exit;

/**
 * Called from uninstall.php when the plugin is deleted: drops the tables, deletes igny8_* options
 * and _igny8_* post meta, clears cron events. Drafts themselves stay: they are the site's content.
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
		foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $site_id ) {
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
		( new Schema() )->drop();

		$options = $wpdb->get_col(
			$wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( 'igny8_' ) . '%' )
		);
		foreach ( $options as $option ) {
			delete_option( $option );
		}

		$wpdb->query(
			$wpdb->prepare( "DELETE FROM {$wpdb->postmeta} WHERE meta_key LIKE %s", $wpdb->esc_like( '_igny8_' ) . '%' )
		);
		wp_cache_flush();
	}
}

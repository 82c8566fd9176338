<?php
/**
 * Runs when the plugin is deleted from wp-admin.
 *
 * @package Igny8
 */

declare( strict_types=1 );

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( ! defined( 'IGNY8_PLUGIN_DIR' ) ) {
	define( 'IGNY8_PLUGIN_DIR', plugin_dir_path( __FILE__ ) );
}
require_once IGNY8_PLUGIN_DIR . 'includes/autoload.php';

Igny8\Uninstaller::run();

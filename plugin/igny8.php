<?php
/**
 * Plugin Name:       IGNY8
 * Plugin URI:        https://igny8.com/
 * Description:       AI SEO content planning and writing inside wp-admin, with a thin cloud core for accounts, credits and AI jobs.
 * Version:           0.1.0
 * Requires at least: 6.8
 * Requires PHP:      7.4
 * Author:            IGNY8
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       igny8
 * Domain Path:       /languages
 *
 * @package Igny8
 */

declare( strict_types=1 );

namespace Igny8;

defined( 'ABSPATH' ) || exit;

if ( ! defined( 'IGNY8_VERSION' ) ) {
	define( 'IGNY8_VERSION', '0.1.0' );
}
if ( ! defined( 'IGNY8_PLUGIN_FILE' ) ) {
	define( 'IGNY8_PLUGIN_FILE', __FILE__ );
}
if ( ! defined( 'IGNY8_PLUGIN_DIR' ) ) {
	define( 'IGNY8_PLUGIN_DIR', plugin_dir_path( __FILE__ ) );
}
if ( ! defined( 'IGNY8_PLUGIN_URL' ) ) {
	define( 'IGNY8_PLUGIN_URL', plugin_dir_url( __FILE__ ) );
}

require_once IGNY8_PLUGIN_DIR . 'includes/autoload.php';

register_activation_hook( __FILE__, array( Lifecycle::class, 'activate' ) );
register_deactivation_hook( __FILE__, array( Lifecycle::class, 'deactivate' ) );

Plugin::instance();

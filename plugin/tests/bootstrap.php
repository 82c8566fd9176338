<?php
/**
 * PHPUnit bootstrap: the tests run against the real WordPress of the offline runtime
 * (`npm run wp:up`), in the igny8_test database, with the IGNY8 plugin loaded as an active
 * plugin and its activation hook run so its tables and options exist.
 *
 * The runtime is found through scripts/wp/runtime.php: IGNY8_STATE_DIR, or .state/ at the
 * repository root. Each test runs in a transaction that is rolled back (tests/TestCase.php).
 *
 * @package Igny8\Tests
 */

/*
 * PHPUnit includes this file from inside a method, so the variables WordPress sets at file
 * scope would be local here. Declaring them global first keeps WordPress's state global.
 */
global $table_prefix, $wp_version, $wp_db_version, $tinymce_version, $required_php_version,
	$required_php_extensions, $required_mysql_version, $wp_local_package, $wpdb, $blog_id,
	$wp, $wp_query, $wp_the_query, $wp_rewrite, $wp_roles, $wp_locale, $wp_locale_switcher,
	$wp_embed, $wp_widget_factory, $wp_textdomain_registry, $wp_object_cache, $wp_plugin_paths,
	$wp_theme_directories, $wp_filter, $wp_actions, $wp_filters, $wp_current_filter,
	$shortcode_tags, $allowedposttags, $allowedtags, $allowedentitynames, $allowedxmlentitynames,
	$wp_registered_sidebars, $wp_registered_widgets, $wp_registered_widget_controls,
	$wp_registered_widget_updates, $_wp_sidebars_widgets, $_wp_switched_stack, $switched,
	$current_site, $current_blog, $pagenow, $phpmailer, $wp_post_types, $wp_taxonomies;

require_once dirname( __DIR__, 2 ) . '/scripts/wp/runtime.php';

if ( ! getenv( 'IGNY8_DB_NAME' ) ) {
	putenv( 'IGNY8_DB_NAME=igny8_test' );
}
if ( ! str_ends_with( igny8_runtime_db_name(), '_test' ) ) {
	igny8_runtime_fail( 'PHPUnit will not run against database ' . igny8_runtime_db_name() . ': use a database whose name ends in _test (phpunit.xml.dist sets IGNY8_DB_NAME=igny8_test).' );
}

$igny8_tests_runtime = igny8_runtime();
igny8_runtime_prepare_request( $igny8_tests_runtime );
igny8_runtime_require_database( $igny8_tests_runtime );
if ( ! igny8_runtime_site_installed( $igny8_tests_runtime ) ) {
	igny8_runtime_fail( 'WordPress is not installed in database ' . igny8_runtime_db_name() . '. Run `npm run wp:up`.' );
}

const IGNY8_TESTS_PLUGIN = 'igny8/igny8.php';
$igny8_tests_has_plugin  = is_file( $igny8_tests_runtime['root'] . '/wp-content/plugins/' . IGNY8_TESTS_PLUGIN );

/*
 * The shop suite (phpunit-woocommerce.xml.dist) loads WooCommerce too, never persisted as active:
 * the main suite proves that without WooCommerce nothing of the shop registers. The runtime links
 * the offline WooCommerce into the plugins folder; missing there, the shop suite cannot run.
 */
const IGNY8_TESTS_WOOCOMMERCE = 'woocommerce/woocommerce.php';
$igny8_tests_shop             = (bool) getenv( 'IGNY8_TESTS_WOOCOMMERCE' );
if ( $igny8_tests_shop && ! is_file( $igny8_tests_runtime['root'] . '/wp-content/plugins/' . IGNY8_TESTS_WOOCOMMERCE ) ) {
	igny8_runtime_fail( 'The shop suite needs WooCommerce in wp-content/plugins: run `npm run wp:up` (it links ../shared/wordpress-plugins/woocommerce).' );
}

/*
 * Load the plugin with WordPress's normal boot (plugins_loaded, init…) even when this
 * database has not activated it yet: WordPress picks up hooks registered before it loads.
 */
$igny8_tests_activate = static function ( $plugins ) {
	$plugins = is_array( $plugins ) ? $plugins : array();
	$wanted  = getenv( 'IGNY8_TESTS_WOOCOMMERCE' ) ? array( IGNY8_TESTS_PLUGIN, IGNY8_TESTS_WOOCOMMERCE ) : array( IGNY8_TESTS_PLUGIN );
	return array_values( array_unique( array_merge( $plugins, $wanted ) ) );
};
if ( $igny8_tests_has_plugin ) {
	$GLOBALS['wp_filter']['option_active_plugins'][10][] = array(
		'function'      => $igny8_tests_activate,
		'accepted_args' => 1,
	);
}

require_once $igny8_tests_runtime['root'] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ( $igny8_tests_has_plugin ) {
	remove_filter( 'option_active_plugins', $igny8_tests_activate );
	$igny8_tests_active = (array) get_option( 'active_plugins', array() );
	if ( ! in_array( IGNY8_TESTS_PLUGIN, $igny8_tests_active, true ) ) {
		update_option( 'active_plugins', array_merge( $igny8_tests_active, array( IGNY8_TESTS_PLUGIN ) ) );
	}
	// Create or upgrade the plugin's tables and options, as activation on a site does.
	do_action( 'activate_' . IGNY8_TESTS_PLUGIN, false );
} else {
	fwrite( STDERR, "igny8 tests: plugin/igny8.php does not exist yet; running against plain WordPress.\n" );
}

if ( $igny8_tests_shop ) {
	// WooCommerce's own install (tables, roles with edit_product), once per database, its setup wizard skipped.
	if ( get_option( 'woocommerce_version' ) !== WC()->version ) {
		WC_Install::install();
	}
	// The shop roles' capabilities (edit_product…), then the roles read again with them.
	WC_Install::create_roles();
	wp_roles()->for_site();
	update_option( 'woocommerce_onboarding_profile', array( 'skipped' => true, 'completed' => true ) );
	update_option( 'woocommerce_task_list_hidden', 'yes' );
	update_option( 'woocommerce_coming_soon', 'no' );
}

wp_set_current_user( 0 );
wp_cache_flush();

require_once __DIR__ . '/TestCase.php';

<?php
/**
 * Plugin Name: IGNY8 offline runtime
 * Description: Keeps the local development site offline and quiet: no update checks, mail, avatars, emoji, remote patterns, directory lookups or dashboard feeds, and no HTTP request leaves this machine. Linked in by scripts/wp/up.sh; never shipped with the plugin.
 * Version: 1.0.0
 * License: GPL-2.0-or-later
 *
 * wp-config.php already sets WP_HTTP_BLOCK_EXTERNAL, which stops outside requests before
 * they are made. This plugin removes the callers, so nothing waits on or logs a blocked
 * request, and adds one last guard for any code that bypasses the constant.
 *
 * @package Igny8\Dev
 */

namespace Igny8\Dev\Offline;

defined( 'ABSPATH' ) || exit;

/** Hosts WordPress may reach: this machine (the Worker, the fake model, itself). */
const LOCAL_HOSTS = array( '127.0.0.1', 'localhost', '::1', '[::1]' );

/** A neutral grey square, so avatar URLs never point at gravatar.com. */
const BLANK_AVATAR = 'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20viewBox%3D%220%200%201%201%22%3E%3Crect%20width%3D%221%22%20height%3D%221%22%20fill%3D%22%23c3c4c7%22%2F%3E%3C%2Fsvg%3E';

// --- Updates: never ask WordPress.org; report "checked just now, nothing new". ----------------

/**
 * A freshly checked, empty update transient.
 */
function no_updates(): object {
	return (object) array(
		'last_checked'    => time(),
		'version_checked' => get_bloginfo( 'version' ),
		'updates'         => array(),
		'translations'    => array(),
		'checked'         => array(),
		'response'        => array(),
		'no_update'       => array(),
	);
}

foreach ( array( 'update_core', 'update_plugins', 'update_themes' ) as $transient ) {
	add_filter( "pre_site_transient_{$transient}", __NAMESPACE__ . '\no_updates' );
}
unset( $transient );

remove_action( 'init', 'wp_schedule_update_checks' );
remove_action( 'admin_init', '_maybe_update_core' );
remove_action( 'admin_init', '_maybe_update_plugins' );
remove_action( 'admin_init', '_maybe_update_themes' );
remove_action( 'wp_version_check', 'wp_version_check' );
remove_action( 'wp_update_plugins', 'wp_update_plugins' );
remove_action( 'wp_update_themes', 'wp_update_themes' );
remove_action( 'wp_maybe_auto_update', 'wp_maybe_auto_update' );
foreach ( array( 'load-plugins.php', 'load-update.php', 'load-update-core.php' ) as $screen ) {
	remove_action( $screen, 'wp_update_plugins' );
}
foreach ( array( 'load-themes.php', 'load-update.php', 'load-update-core.php' ) as $screen ) {
	remove_action( $screen, 'wp_update_themes' );
}
unset( $screen );

add_filter( 'automatic_updater_disabled', '__return_true' );
foreach ( array( 'auto_update_core', 'auto_update_plugin', 'auto_update_theme', 'auto_update_translation' ) as $filter ) {
	add_filter( $filter, '__return_false' );
}
unset( $filter );

// Plugin, theme and translation directories (Add New screens) are on WordPress.org.
foreach ( array( 'plugins_api', 'themes_api', 'translations_api' ) as $filter ) {
	add_filter(
		$filter,
		static fn( $result ) => false === $result
			? new \WP_Error( 'igny8_offline', __( 'This local site is offline: the WordPress.org directory is not available.' ) )
			: $result
	);
}
unset( $filter );

// --- Mail: report success without sending anything. --------------------------------------------

add_filter( 'pre_wp_mail', static fn( $result ) => null === $result ? true : $result, PHP_INT_MAX );

// --- Avatars: no gravatar.com. ------------------------------------------------------------------

add_filter( 'pre_option_show_avatars', static fn() => '0' );
add_filter( 'pre_get_avatar', static fn( $avatar ) => null === $avatar ? '' : $avatar );
add_filter(
	'pre_get_avatar_data',
	static function ( array $args ): array {
		$args['url']          = BLANK_AVATAR;
		$args['found_avatar'] = false;
		return $args;
	}
);

// --- Emoji: no detection script, no s.w.org images. ------------------------------------------

add_filter( 'emoji_svg_url', '__return_false' );
add_filter( 'tiny_mce_plugins', static fn( $plugins ) => array_values( array_diff( (array) $plugins, array( 'wpemoji' ) ) ) );
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'embed_head', 'print_emoji_detection_script' );
remove_action( 'wp_enqueue_scripts', 'wp_enqueue_emoji_styles' );
remove_action( 'enqueue_embed_scripts', 'wp_enqueue_emoji_styles' );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
remove_filter( 'the_content_feed', 'wp_staticize_emoji' );
remove_filter( 'comment_text_rss', 'wp_staticize_emoji' );
remove_filter( 'wp_mail', 'wp_staticize_emoji_for_email' );

/**
 * Unhooks what wp-admin/includes/admin-filters.php adds after must-use plugins load.
 */
function quiet_admin(): void {
	remove_action( 'admin_print_scripts', 'print_emoji_detection_script' );
	remove_action( 'admin_enqueue_scripts', 'wp_enqueue_emoji_styles' );
	remove_action( 'admin_print_styles', 'print_emoji_styles' );
	remove_action( 'upgrader_process_complete', 'wp_update_plugins' );
	remove_action( 'upgrader_process_complete', 'wp_update_themes' );
}
add_action( 'admin_init', __NAMESPACE__ . '\quiet_admin', 0 );

// --- Editor: patterns, block directory, Openverse and Google Fonts are remote. ------------------

add_filter( 'should_load_remote_block_patterns', '__return_false' );
remove_action( 'enqueue_block_editor_assets', 'wp_enqueue_editor_block_directory_assets' );
remove_action( 'init', '_wp_register_default_font_collections' );
add_filter(
	'block_editor_settings_all',
	static function ( array $settings ): array {
		$settings['enableOpenverseMediaCategory'] = false;
		return $settings;
	}
);

// --- Dashboard: no news/events feed; browse-happy and serve-happy answered locally. -------------

/**
 * Removes the WordPress Events and News widget (it fetches feeds and api.wordpress.org).
 */
function quiet_dashboard(): void {
	remove_meta_box( 'dashboard_primary', 'dashboard', 'side' );
	remove_meta_box( 'dashboard_primary', 'dashboard-network', 'side' );
}
add_action( 'wp_dashboard_setup', __NAMESPACE__ . '\quiet_dashboard', PHP_INT_MAX );
add_action( 'wp_network_dashboard_setup', __NAMESPACE__ . '\quiet_dashboard', PHP_INT_MAX );

if ( ! empty( $_SERVER['HTTP_USER_AGENT'] ) ) {
	// wp_check_browser_version() caches api.wordpress.org's answer under this key.
	add_filter(
		'pre_site_transient_browser_' . md5( $_SERVER['HTTP_USER_AGENT'] ),
		static fn() => array(
			'name'            => 'Browser',
			'version'         => '',
			'platform'        => '',
			'update_url'      => '',
			'img_src'         => '',
			'img_src_ssl'     => '',
			'current_version' => '',
			'upgrade'         => false,
			'insecure'        => false,
			'mobile'          => false,
		)
	);
}
// wp_check_php_version() caches api.wordpress.org's answer under this key.
add_filter(
	'pre_site_transient_php_check_' . md5( PHP_VERSION ),
	static fn() => array(
		'recommended_version' => PHP_VERSION,
		'minimum_version'     => '7.2.24',
		'is_supported'        => true,
		'is_secure'           => true,
		'is_acceptable'       => true,
	)
);

// Site Health checks that exist only to reach WordPress.org.
add_filter(
	'site_status_tests',
	static function ( array $tests ): array {
		unset( $tests['direct']['dotorg_communication'], $tests['async']['dotorg_communication'] );
		return $tests;
	}
);

// --- Last guard: whatever slips through never leaves this machine. ------------------------------

add_filter(
	'pre_http_request',
	static function ( $response, $args, $url ) {
		if ( false !== $response ) {
			return $response; // Already answered (e.g. a test's fake), nothing is sent.
		}
		$host = strtolower( (string) wp_parse_url( $url, PHP_URL_HOST ) );
		if ( in_array( $host, LOCAL_HOSTS, true ) ) {
			return false;
		}
		return new \WP_Error(
			'igny8_offline',
			/* translators: %s: host name */
			sprintf( __( 'This local site is offline: the request to %s was not sent.' ), $host )
		);
	},
	PHP_INT_MAX,
	3
);

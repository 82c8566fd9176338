<?php
/**
 * Installs WordPress into the database named by IGNY8_DB_NAME (once), then keeps the site
 * as the project needs it: the admin login from IGNY8_WP_USER / IGNY8_WP_PASSWORD and the
 * IGNY8 plugin active. Run by scripts/wp/up.sh for igny8 and igny8_test; safe to repeat.
 * Another site database (created when missing; its name must start with igny8):
 *
 *     IGNY8_DB_NAME=igny8_e2e php scripts/wp/install.php
 *
 * A fresh database is installed in one process (WordPress must boot "installing") and
 * configured in a second, normally booted one, so the plugin loads as it will on the site.
 */

require_once __DIR__ . '/runtime.php';

const IGNY8_INSTALL_PLUGIN = 'igny8/igny8.php';

/**
 * The login the project documents (admin / password unless overridden).
 *
 * @return array{0:string,1:string}
 */
function igny8_install_credentials(): array {
	return array( getenv( 'IGNY8_WP_USER' ) ?: 'admin', getenv( 'IGNY8_WP_PASSWORD' ) ?: 'password' );
}

/**
 * Runs wp_install() with the project's site title and admin account.
 */
function igny8_install_site(): void {
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';

	// wp_install() probes pretty permalinks with a request to the site, which may not be
	// serving yet; the structure is set explicitly below instead.
	add_filter( 'pre_http_request', static fn() => new WP_Error( 'igny8_installing', 'No HTTP while installing.' ) );

	[ $login, $password ] = igny8_install_credentials();
	$result               = wp_install( 'IGNY8 Demo', $login, 'admin@example.com', true, '', wp_slash( $password ) );
	if ( empty( $result['user_id'] ) ) {
		igny8_runtime_fail( 'wp_install() did not create the admin user.' );
	}

	update_option( 'permalink_structure', '/%postname%/' );
	delete_option( 'rewrite_rules' ); // rebuilt on the next request with the new structure

	// Editor first-run dialogs would cover the screens the browser tests drive.
	update_user_meta(
		(int) $result['user_id'],
		$GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
		array(
			'core/edit-post' => array( 'welcomeGuide' => false ),
			'core/edit-site' => array( 'welcomeGuide' => false ),
			'core'           => array( 'enableChoosePatternModal' => false ),
			'_modified'      => gmdate( 'c' ),
		)
	);
	echo 'igny8 wp: installed WordPress ' . get_bloginfo( 'version' ) . ' into database ' . DB_NAME . "\n";
}

/**
 * Keeps the admin password as configured and the IGNY8 plugin active (when it exists).
 */
function igny8_configure_site(): int {
	// A database last used by an older WordPress line (IGNY8_WP_LINE changed) is upgraded, as wp-admin would ask to.
	if ( (int) get_option( 'db_version' ) < (int) $GLOBALS['wp_db_version'] ) {
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		wp_upgrade();
		echo 'igny8 wp: upgraded the database ' . DB_NAME . ' for WordPress ' . get_bloginfo( 'version' ) . "\n";
	}
	[ $login, $password ] = igny8_install_credentials();
	$user                 = get_user_by( 'login', $login );
	if ( ! $user ) {
		$user_id = wp_insert_user(
			array(
				'user_login' => $login,
				'user_pass'  => $password,
				'user_email' => $login . '@example.com',
				'role'       => 'administrator',
			)
		);
		if ( is_wp_error( $user_id ) ) {
			igny8_runtime_fail( "could not create the admin user {$login}: " . $user_id->get_error_message() );
		}
	} elseif ( ! wp_check_password( $password, $user->user_pass, $user->ID ) ) {
		wp_set_password( $password, $user->ID );
	}

	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	if ( '0' === getenv( 'IGNY8_WP_LINK_PLUGIN' ) ) {
		return 0; // A clean site: the plugin is uploaded and activated the way a user does.
	}
	if ( ! file_exists( WP_PLUGIN_DIR . '/' . IGNY8_INSTALL_PLUGIN ) ) {
		echo 'igny8 wp: plugin/igny8.php does not exist yet; skipped activating the IGNY8 plugin in ' . DB_NAME . " (run `npm run wp:up` again once it exists)\n";
		return 0;
	}
	if ( is_plugin_active( IGNY8_INSTALL_PLUGIN ) ) {
		return 0;
	}
	$result = activate_plugin( IGNY8_INSTALL_PLUGIN );
	if ( is_wp_error( $result ) ) {
		$data = $result->get_error_data();
		fwrite(
			STDERR,
			'igny8 wp: ERROR: activating the IGNY8 plugin in ' . DB_NAME . ' failed: ' . $result->get_error_message()
			. ( is_string( $data ) && '' !== $data ? "\n{$data}" : '' ) . "\n"
		);
		return 1;
	}
	echo 'igny8 wp: activated the IGNY8 plugin in ' . DB_NAME . "\n";
	return 0;
}

$igny8_install_runtime = igny8_runtime();
igny8_runtime_require_database( $igny8_install_runtime );
$igny8_install_fresh = ! igny8_runtime_site_installed( $igny8_install_runtime, true );
if ( $igny8_install_fresh ) {
	define( 'WP_INSTALLING', true );
}

require __DIR__ . '/load.php';

if ( $igny8_install_fresh ) {
	igny8_install_site();
	// Configure in a normally booted WordPress (plugins load as they will on the site).
	passthru( escapeshellarg( PHP_BINARY ) . ' ' . escapeshellarg( __FILE__ ), $igny8_install_status );
	exit( $igny8_install_status );
}

exit( igny8_configure_site() );

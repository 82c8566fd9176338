<?php
/**
 * Where the offline WordPress runtime lives and how a command-line script joins it.
 * Functions only; scripts/wp/load.php (CLI tools) and plugin/tests/bootstrap.php use them.
 *
 * up.sh writes <state>/wp/runtime.json: root, url, wp_port, db_host, db_port, db_user,
 * db_password, admin_user, plugin_dir. The state directory is IGNY8_STATE_DIR, or .state/
 * at the repository root.
 */

/**
 * Prints an error for a person at a terminal and stops.
 */
function igny8_runtime_fail( string $message ): never {
	fwrite( STDERR, "igny8 wp: ERROR: {$message}\n" );
	exit( 1 );
}

/**
 * The state directory (git-ignored).
 */
function igny8_runtime_state_dir(): string {
	$dir = getenv( 'IGNY8_STATE_DIR' );
	return $dir ? rtrim( $dir, '/' ) : dirname( __DIR__, 2 ) . '/.state';
}

/**
 * The runtime description written by up.sh; stops with advice when there is none.
 *
 * @return array{root:string,url:string,wp_port:int,db_host:string,db_port:int,db_user:string,db_password:string,admin_user:string,plugin_dir:string}
 */
function igny8_runtime(): array {
	$file = igny8_runtime_state_dir() . '/wp/runtime.json';
	if ( ! is_readable( $file ) ) {
		igny8_runtime_fail( "the local WordPress runtime is not set up ({$file} is missing). Run `npm run wp:up` first." );
	}
	$runtime = json_decode( (string) file_get_contents( $file ), true );
	if ( ! is_array( $runtime ) || ! is_file( ( $runtime['root'] ?? '' ) . '/wp-load.php' ) ) {
		igny8_runtime_fail( "{$file} does not describe a WordPress install. Run `npm run wp:up` again." );
	}
	return $runtime;
}

/**
 * The database this process uses: IGNY8_DB_NAME, default igny8 (wp-config.php reads the same).
 */
function igny8_runtime_db_name(): string {
	return getenv( 'IGNY8_DB_NAME' ) ?: 'igny8';
}

/**
 * Stops with advice unless MariaDB answers (WordPress would print an HTML page instead).
 */
function igny8_runtime_require_database( array $runtime ): void {
	$socket = @fsockopen( $runtime['db_host'], (int) $runtime['db_port'], $errno, $errstr, 2.0 );
	if ( ! $socket ) {
		igny8_runtime_fail( "MariaDB is not answering on {$runtime['db_host']}:{$runtime['db_port']} ({$errstr}). Run `npm run wp:up`." );
	}
	fclose( $socket );
}

/**
 * Whether WordPress is installed in the current database (checked without loading WordPress).
 * With $create_database, a missing database is created first (the igny8 user may create any
 * database whose name starts with igny8, e.g. igny8_e2e).
 */
function igny8_runtime_site_installed( array $runtime, bool $create_database = false ): bool {
	mysqli_report( MYSQLI_REPORT_OFF );
	$name = igny8_runtime_db_name();
	$db   = @mysqli_connect( $runtime['db_host'], $runtime['db_user'], $runtime['db_password'], '', (int) $runtime['db_port'] );
	if ( ! $db ) {
		igny8_runtime_fail( 'cannot connect to MariaDB: ' . mysqli_connect_error() );
	}
	if ( $create_database ) {
		$quoted = '`' . str_replace( '`', '``', $name ) . '`';
		@mysqli_query( $db, "CREATE DATABASE IF NOT EXISTS {$quoted} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" );
	}
	if ( ! @mysqli_select_db( $db, $name ) ) {
		igny8_runtime_fail( "cannot use database {$name}: " . mysqli_error( $db ) );
	}
	$result    = @mysqli_query( $db, "SELECT option_value FROM wp_options WHERE option_name = 'siteurl'" );
	$installed = $result instanceof mysqli_result && $result->num_rows > 0;
	mysqli_close( $db );
	return $installed;
}

/**
 * Fills in the request details WordPress reads from $_SERVER, as for a request to the site.
 */
function igny8_runtime_prepare_request( array $runtime ): void {
	$_SERVER['HTTP_HOST']       = '127.0.0.1:' . $runtime['wp_port'];
	$_SERVER['SERVER_NAME']     = '127.0.0.1';
	$_SERVER['SERVER_PORT']     = (string) $runtime['wp_port'];
	$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
	$_SERVER['REQUEST_METHOD']  = 'GET';
	$_SERVER['REQUEST_URI']     = '/';
	$_SERVER['REMOTE_ADDR']     = '127.0.0.1';
	$_SERVER['HTTP_USER_AGENT'] = 'igny8-cli';
	unset( $_SERVER['HTTPS'] );
	// Command-line tools want PHP's own fatal error text, not WordPress's HTML error page.
	if ( ! defined( 'WP_DISABLE_FATAL_ERROR_HANDLER' ) ) {
		define( 'WP_DISABLE_FATAL_ERROR_HANDLER', true );
	}
}

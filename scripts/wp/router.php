<?php
/**
 * Router for PHP's built-in web server (`php -S … router.php`), standing in for the
 * Apache/nginx rewrite rules WordPress expects:
 * - real files are served as they are (PHP files run, others are sent with their type);
 * - a directory is redirected to its trailing-slash form, then served by its index.php;
 * - everything else goes to /index.php, so /wp-json/ and pretty permalinks work.
 *
 * This file runs in the global scope WordPress lives in, so its variables carry a prefix.
 */

$igny8_router_root = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' );
$igny8_router_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

if ( str_contains( $igny8_router_path, "\0" ) || preg_match( '#(^|/)\.\.(/|$)#', $igny8_router_path ) ) {
	http_response_code( 400 );
	return true;
}

$igny8_router_file = $igny8_router_root . $igny8_router_path;

if ( is_file( $igny8_router_file ) ) {
	return false;
}

if ( '/' !== $igny8_router_path && is_dir( $igny8_router_file ) ) {
	if ( ! str_ends_with( $igny8_router_path, '/' ) ) {
		$igny8_router_query = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_QUERY );
		header( 'Location: ' . $igny8_router_path . '/' . ( '' === $igny8_router_query ? '' : '?' . $igny8_router_query ), true, 301 );
		return true;
	}
	if ( is_file( $igny8_router_file . 'index.php' ) ) {
		return false;
	}
}

unset( $igny8_router_file, $igny8_router_path );
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $igny8_router_root . '/index.php';
chdir( $igny8_router_root );
require $igny8_router_root . '/index.php';

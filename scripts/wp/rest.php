<?php
/**
 * Sends one request through the WordPress REST API without HTTP:
 *
 *     php scripts/wp/rest.php METHOD ROUTE [JSON_BODY] [USER_LOGIN]
 *     php scripts/wp/rest.php GET /igny8/v1/system/connection
 *     php scripts/wp/rest.php POST /igny8/v1/writer/tasks '{"title":"Hello"}' editor
 *
 * ROUTE may carry a query string. For GET, HEAD and DELETE the JSON body's fields become
 * query parameters; otherwise the body is sent as application/json. USER_LOGIN defaults
 * to the admin (IGNY8_WP_USER or runtime.json); "0" means logged out. Database:
 * IGNY8_DB_NAME (default igny8).
 *
 * Prints {"status": <http status>, "data": <response body>, "headers": {…}} and exits 0
 * when the status is below 400, else 1 (2 for bad usage).
 */

if ( $argc < 3 ) {
	fwrite( STDERR, "usage: php scripts/wp/rest.php METHOD ROUTE [JSON_BODY] [USER_LOGIN]\n" );
	exit( 2 );
}

$igny8_rest_method = strtoupper( $argv[1] );
$igny8_rest_route  = $argv[2];
$igny8_rest_body   = $argv[3] ?? '';
$igny8_rest_params = array();
if ( '' !== trim( $igny8_rest_body ) ) {
	$igny8_rest_params = json_decode( $igny8_rest_body, true );
	if ( ! is_array( $igny8_rest_params ) ) {
		fwrite( STDERR, "igny8 wp: ERROR: the body is not a JSON object or array: {$igny8_rest_body}\n" );
		exit( 2 );
	}
}

require __DIR__ . '/load.php';

$igny8_rest_login = $argv[4] ?? ( getenv( 'IGNY8_WP_USER' ) ?: $igny8_runtime['admin_user'] );
if ( '0' !== $igny8_rest_login ) {
	$igny8_rest_user = get_user_by( 'login', $igny8_rest_login );
	if ( ! $igny8_rest_user ) {
		fwrite( STDERR, "igny8 wp: ERROR: no user with login {$igny8_rest_login} in database " . DB_NAME . "\n" );
		exit( 2 );
	}
	wp_set_current_user( $igny8_rest_user->ID );
}

$igny8_rest_path    = (string) parse_url( $igny8_rest_route, PHP_URL_PATH );
$igny8_rest_request = new WP_REST_Request( $igny8_rest_method, '/' . ltrim( $igny8_rest_path, '/' ) );
parse_str( (string) parse_url( $igny8_rest_route, PHP_URL_QUERY ), $igny8_rest_query );
if ( in_array( $igny8_rest_method, array( 'GET', 'HEAD', 'DELETE' ), true ) ) {
	$igny8_rest_query = array_merge( $igny8_rest_query, $igny8_rest_params );
} elseif ( '' !== trim( $igny8_rest_body ) ) {
	$igny8_rest_request->set_header( 'Content-Type', 'application/json' );
	$igny8_rest_request->set_body( $igny8_rest_body );
}
$igny8_rest_request->set_query_params( $igny8_rest_query );

$igny8_rest_response = rest_do_request( $igny8_rest_request );
$igny8_rest_status   = $igny8_rest_response->get_status();

echo wp_json_encode(
	array(
		'status'  => $igny8_rest_status,
		'data'    => rest_get_server()->response_to_data( $igny8_rest_response, false ),
		'headers' => (object) $igny8_rest_response->get_headers(),
	),
	JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
) . "\n";

exit( $igny8_rest_status < 400 ? 0 : 1 );

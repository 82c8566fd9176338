<?php
/**
 * Runs PHP code inside the loaded WordPress (start scripts, e2e setup, poking around):
 *
 *     php scripts/wp/eval.php 'echo get_option( "siteurl" );'
 *     php scripts/wp/eval.php 'return get_option( "igny8_connection" );'   # prints JSON
 *     echo 'update_option( "blogname", "X" );' | php scripts/wp/eval.php -
 *
 * The code runs at global scope; a returned value other than null is printed (strings as
 * they are, anything else as JSON). IGNY8_WP_AS=<login> logs that user in first.
 * Database: IGNY8_DB_NAME (default igny8). Exit status 1 when the code throws.
 */

if ( $argc < 2 ) {
	fwrite( STDERR, "usage: php scripts/wp/eval.php '<php code>'   (or - to read the code from stdin)\n" );
	exit( 2 );
}
$igny8_eval_code = '-' === $argv[1] ? (string) stream_get_contents( STDIN ) : $argv[1];
$igny8_eval_code = preg_replace( '/^\s*<\?php\b/', '', $igny8_eval_code );

require __DIR__ . '/load.php';

$igny8_eval_as = getenv( 'IGNY8_WP_AS' );
if ( $igny8_eval_as ) {
	$igny8_eval_user = get_user_by( 'login', $igny8_eval_as );
	if ( ! $igny8_eval_user ) {
		fwrite( STDERR, "igny8 wp: ERROR: no user with login {$igny8_eval_as}\n" );
		exit( 2 );
	}
	wp_set_current_user( $igny8_eval_user->ID );
}

try {
	$igny8_eval_result = eval( $igny8_eval_code );
} catch ( Throwable $igny8_eval_error ) {
	fwrite( STDERR, get_class( $igny8_eval_error ) . ': ' . $igny8_eval_error->getMessage() . ' (line ' . $igny8_eval_error->getLine() . ")\n" );
	exit( 1 );
}

if ( null !== $igny8_eval_result ) {
	echo is_string( $igny8_eval_result )
		? $igny8_eval_result . "\n"
		: wp_json_encode( $igny8_eval_result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) . "\n";
}

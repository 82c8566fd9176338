<?php
/**
 * Loads the offline WordPress runtime into a command-line script.
 *
 *     require '/path/to/repo/scripts/wp/load.php';   // at the script's top level
 *
 * Include it from the top level, not inside a function: WordPress keeps its state in
 * globals. The database is IGNY8_DB_NAME (default igny8). No user is logged in.
 */

require_once __DIR__ . '/runtime.php';

$igny8_runtime = igny8_runtime();
igny8_runtime_prepare_request( $igny8_runtime );
igny8_runtime_require_database( $igny8_runtime );

require_once $igny8_runtime['root'] . '/wp-load.php';

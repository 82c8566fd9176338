<?php
/**
 * Base class for IGNY8's PHPUnit tests against the real WordPress.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests;

use WP_REST_Request;
use WP_REST_Response;

/**
 * Isolates every test and offers the few helpers the tests share.
 *
 * - Each test runs in a database transaction that is rolled back afterwards, so rows it
 *   writes (posts, users, options, the plugin's tables) are gone for the next test.
 * - Hooks added during a test are removed, the current user is logged out, the object
 *   cache is flushed and the REST server is rebuilt.
 * - CREATE TABLE / DROP TABLE become TEMPORARY during a test (as in WordPress's own
 *   tests), because real DDL would commit the transaction. A test that must change the
 *   real schema (uninstall) calls allow_schema_changes(): its writes are then committed,
 *   and the plugin's activation hook runs after it to restore the tables.
 *
 * @since 0.1.0
 */
abstract class TestCase extends \PHPUnit\Framework\TestCase {

	/**
	 * The plugin, as WordPress names it.
	 */
	protected const PLUGIN = 'igny8/igny8.php';

	/**
	 * Copies of the hooks as they were before the test.
	 *
	 * @var array<string, mixed>
	 */
	private array $saved_hooks = array();

	/**
	 * Whether this test changed the real schema (see allow_schema_changes()).
	 */
	private bool $schema_changed = false;

	/**
	 * Whether this test runs with autocommit (see run_outside_transaction()).
	 */
	private bool $outside_transaction = false;

	/**
	 * Counter for unique user logins.
	 */
	private static int $user_count = 0;

	/**
	 * Starts the transaction and a clean request state.
	 */
	protected function setUp(): void {
		parent::setUp();
		global $wpdb;

		$this->save_hooks();
		$this->reset_request_state();

		$wpdb->query( 'SET autocommit = 0' );
		$wpdb->query( 'START TRANSACTION' );
		add_filter( 'query', array( $this, 'make_tables_temporary' ) );
	}

	/**
	 * Rolls the transaction back and restores what the test changed in memory.
	 */
	protected function tearDown(): void {
		global $wpdb;

		remove_filter( 'query', array( $this, 'make_tables_temporary' ) );
		$wpdb->query( 'ROLLBACK' );
		$wpdb->query( 'SET autocommit = 1' );
		if ( $this->outside_transaction ) {
			$this->outside_transaction = false;
			$this->empty_planner_tables();
		}

		$this->restore_hooks();
		$this->reset_request_state();
		// Roles live in an option the rollback restored; reload them so role changes do not leak.
		wp_roles()->for_site();

		if ( $this->schema_changed ) {
			$this->schema_changed = false;
			do_action( 'activate_' . self::PLUGIN, false );
			wp_cache_flush();
		}
		parent::tearDown();
	}

	/**
	 * Creates a user with the given role and returns its id.
	 *
	 * @param string               $role Role name (administrator, editor, author, subscriber…).
	 * @param array<string, mixed> $args Extra wp_insert_user() fields.
	 */
	protected function create_user( string $role = 'administrator', array $args = array() ): int {
		++self::$user_count;
		$login   = sprintf( 'igny8_%s_%d_%d', $role, getmypid(), self::$user_count );
		$user_id = wp_insert_user(
			array_merge(
				array(
					'user_login' => $login,
					'user_pass'  => 'password',
					'user_email' => $login . '@example.com',
					'role'       => $role,
				),
				$args
			)
		);
		if ( is_wp_error( $user_id ) ) {
			$this->fail( 'create_user(): ' . $user_id->get_error_message() );
		}
		return (int) $user_id;
	}

	/**
	 * Inserts a post (published unless told otherwise) and returns its id.
	 *
	 * @param array<string, mixed> $args wp_insert_post() fields.
	 */
	protected function create_post( array $args = array() ): int {
		return (int) wp_insert_post(
			array_merge(
				array(
					'post_title'  => 'Post ' . wp_generate_uuid4(),
					'post_status' => 'publish',
					'post_type'   => 'post',
				),
				$args
			),
			true
		);
	}

	/**
	 * Makes the given user the current user (0 logs out).
	 */
	protected function as_user( int $user_id ): void {
		wp_set_current_user( $user_id );
	}

	/**
	 * Dispatches a REST request the way WordPress would serve it, without HTTP.
	 *
	 * For GET, HEAD and DELETE an array $body becomes query parameters; otherwise it is sent
	 * as a JSON body (a string body is sent as it is, e.g. to test signatures over raw bytes).
	 * The route may carry a query string: rest( 'GET', '/igny8/v1/writer/tasks?page=2' ).
	 *
	 * @param string               $method  HTTP method.
	 * @param string               $route   Route, e.g. /igny8/v1/writer/tasks.
	 * @param array<mixed>|string  $body    Parameters or raw body.
	 * @param array<string,string> $headers Request headers.
	 */
	protected function rest( string $method, string $route, $body = array(), array $headers = array() ): WP_REST_Response {
		$method  = strtoupper( $method );
		$request = new WP_REST_Request( $method, (string) wp_parse_url( $route, PHP_URL_PATH ) );
		parse_str( (string) wp_parse_url( $route, PHP_URL_QUERY ), $query );

		if ( is_string( $body ) ) {
			$request->set_body( $body );
			if ( ! isset( array_change_key_case( $headers )['content-type'] ) ) {
				$request->set_header( 'Content-Type', 'application/json' );
			}
		} elseif ( in_array( $method, array( 'GET', 'HEAD', 'DELETE' ), true ) ) {
			$query = array_merge( $query, $body );
		} elseif ( array() !== $body ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( $body ) );
		}
		$request->set_query_params( $query );
		foreach ( $headers as $name => $value ) {
			$request->set_header( $name, $value );
		}

		return rest_get_server()->dispatch( $request );
	}

	/**
	 * Asserts that a REST response is the WP_Error with this code and status.
	 */
	protected function assert_rest_error( string $code, int $status, WP_REST_Response $response ): void {
		$data = $response->get_data();
		$this->assertSame( $code, is_array( $data ) ? ( $data['code'] ?? null ) : null, 'error code; response: ' . wp_json_encode( $data ) );
		$this->assertSame( $status, $response->get_status(), 'HTTP status' );
	}

	/**
	 * Whether a table exists for this test, temporary tables included.
	 */
	protected function table_exists( string $table ): bool {
		global $wpdb;
		$suppress = $wpdb->suppress_errors( true );
		$exists   = false !== $wpdb->query( "SELECT 1 FROM `{$table}` LIMIT 0" );
		$wpdb->suppress_errors( $suppress );
		return $exists;
	}

	/**
	 * Lets this test run real CREATE/DROP TABLE. MariaDB commits the transaction on DDL, so
	 * the test's writes stay; the plugin's activation hook runs after the test to restore
	 * its tables and options.
	 */
	protected function allow_schema_changes(): void {
		remove_filter( 'query', array( $this, 'make_tables_temporary' ) );
		$this->schema_changed = true;
	}

	/**
	 * Lets this test run with autocommit, for code that opens its own transactions (a nested
	 * START TRANSACTION would commit the test's one). The planner tables are emptied before and
	 * after the test, so it must not rely on rows other tests' fixtures add.
	 */
	protected function run_outside_transaction(): void {
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
		$wpdb->query( 'SET autocommit = 1' );
		$this->outside_transaction = true;
		$this->empty_planner_tables();
	}

	/**
	 * Deletes every row of the plugin's planner tables.
	 */
	private function empty_planner_tables(): void {
		global $wpdb;
		foreach ( array( 'igny8_keywords', 'igny8_clusters', 'igny8_ideas', 'igny8_imports', 'igny8_import_errors', 'igny8_outbox', 'igny8_search_queries' ) as $suffix ) {
			$wpdb->query( "DELETE FROM {$wpdb->prefix}{$suffix}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		}
		foreach ( (array) glob( \Igny8\Import\Import_Files::directory( false ) . '/*.csv' ) as $file ) {
			if ( is_string( $file ) && is_file( $file ) ) {
				unlink( $file );
			}
		}
	}

	/**
	 * Query filter: CREATE/DROP TABLE → TEMPORARY, so DDL cannot commit the transaction.
	 *
	 * @internal Hooked by setUp().
	 *
	 * @param string $query SQL about to run.
	 */
	public function make_tables_temporary( $query ) {
		if ( ! is_string( $query ) ) {
			return $query;
		}
		$trimmed = ltrim( $query );
		if ( 0 === stripos( $trimmed, 'CREATE TABLE' ) ) {
			return 'CREATE TEMPORARY TABLE' . substr( $trimmed, strlen( 'CREATE TABLE' ) );
		}
		if ( 0 === stripos( $trimmed, 'DROP TABLE' ) ) {
			return 'DROP TEMPORARY TABLE' . substr( $trimmed, strlen( 'DROP TABLE' ) );
		}
		return $query;
	}

	/**
	 * Logs out, empties the request superglobals and caches, and drops the REST server so
	 * the next request builds it (and its routes) afresh.
	 */
	private function reset_request_state(): void {
		wp_set_current_user( 0 );
		$_GET     = array();
		$_POST    = array();
		$_REQUEST = array();
		$_COOKIE  = array();
		$_FILES   = array();
		$GLOBALS['wp_rest_server'] = null;
		wp_cache_flush();
	}

	/**
	 * Keeps copies of the hooks so the ones a test adds can be removed.
	 */
	private function save_hooks(): void {
		foreach ( array( 'wp_actions', 'wp_filters', 'wp_current_filter' ) as $name ) {
			$this->saved_hooks[ $name ] = $GLOBALS[ $name ] ?? array();
		}
		$this->saved_hooks['wp_filter'] = array();
		foreach ( $GLOBALS['wp_filter'] as $hook_name => $hook ) {
			$this->saved_hooks['wp_filter'][ $hook_name ] = clone $hook;
		}
	}

	/**
	 * Puts the hooks back as they were before the test.
	 */
	private function restore_hooks(): void {
		foreach ( array( 'wp_actions', 'wp_filters', 'wp_current_filter' ) as $name ) {
			$GLOBALS[ $name ] = $this->saved_hooks[ $name ] ?? array();
		}
		$GLOBALS['wp_filter'] = array();
		foreach ( $this->saved_hooks['wp_filter'] ?? array() as $hook_name => $hook ) {
			$GLOBALS['wp_filter'][ $hook_name ] = clone $hook;
		}
		$this->saved_hooks = array();
	}
}

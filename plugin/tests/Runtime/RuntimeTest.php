<?php
/**
 * Proves the test runtime: real WordPress, the test database, rollback between tests,
 * REST dispatch as different users, and no HTTP leaving the machine.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Runtime;

use Igny8\Tests\TestCase;

/**
 * Self-test of tests/bootstrap.php and tests/TestCase.php.
 */
final class RuntimeTest extends TestCase {

	public function test_runs_wordpress_6_8_or_newer_on_the_test_database(): void {
		$this->assertTrue( version_compare( get_bloginfo( 'version' ), '6.8', '>=' ), 'WordPress ' . get_bloginfo( 'version' ) );
		$this->assertSame( 'igny8_test', DB_NAME );
	}

	public function test_a_post_written_in_a_test_exists_within_it(): int {
		$post_id = wp_insert_post(
			array(
				'post_title'  => 'Rolled back',
				'post_status' => 'draft',
			),
			true
		);
		$this->assertIsInt( $post_id );
		$this->assertSame( 'Rolled back', get_post( $post_id )->post_title );
		return $post_id;
	}

	/**
	 * @depends test_a_post_written_in_a_test_exists_within_it
	 */
	public function test_is_gone_in_the_next_test( int $post_id ): void {
		$this->assertNull( get_post( $post_id ) );
	}

	public function test_dispatches_rest_requests_as_the_given_user(): void {
		$this->as_user( $this->create_user( 'subscriber' ) );
		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'GET', '/wp/v2/settings' ) );

		$this->as_user( $this->create_user( 'administrator' ) );
		$response = $this->rest( 'POST', '/wp/v2/settings', array( 'title' => 'Changed in a test' ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'Changed in a test', get_option( 'blogname' ) );
	}

	public function test_settings_changed_in_a_test_are_rolled_back(): void {
		$this->assertSame( 'IGNY8 Demo', get_option( 'blogname' ) );
		$this->assertSame( 0, get_current_user_id() );
	}

	public function test_hooks_added_in_a_test_are_removed_afterwards(): void {
		$this->assertFalse( has_filter( 'igny8_runtime_test_hook' ), 'a previous test left its hook behind' );
		add_filter( 'igny8_runtime_test_hook', '__return_true' );
		$this->assertNotFalse( has_filter( 'igny8_runtime_test_hook' ) );
	}

	public function test_hook_from_the_previous_test_is_gone(): void {
		$this->assertFalse( has_filter( 'igny8_runtime_test_hook' ) );
	}

	public function test_tables_created_in_a_test_are_temporary(): void {
		global $wpdb;
		$table = $wpdb->prefix . 'igny8_runtime_probe';
		$wpdb->query( "CREATE TABLE {$table} ( id INT )" );
		$this->assertTrue( $this->table_exists( $table ) );
		$this->assertNull( $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $table ) ), 'a real table was created' );
	}

	public function test_outside_http_is_never_sent(): void {
		$response = wp_remote_get( 'https://example.org/' );
		$this->assertWPError( $response );
	}

	public function test_the_plugin_is_active_with_its_tables(): void {
		$this->assertFileExists( WP_PLUGIN_DIR . '/' . self::PLUGIN );
		global $wpdb;
		$this->assertTrue( is_plugin_active( self::PLUGIN ) );
		foreach ( array( 'igny8_keywords', 'igny8_tasks', 'igny8_jobs' ) as $table ) {
			$this->assertSame( $wpdb->prefix . $table, $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->prefix . $table ) ) );
		}
	}

	/**
	 * PHPUnit has no WP_Error assertion of its own.
	 *
	 * @param mixed $actual Value to check.
	 */
	private function assertWPError( $actual ): void {
		$this->assertInstanceOf( \WP_Error::class, $actual );
	}
}

<?php
/**
 * Tests for uninstall.php.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests;

use Igny8\Security\Secrets;
use Igny8\Storage\Schema;
use Igny8\Sync\Pull_Cron;

/**
 * Deleting the plugin removes its tables, options, post meta and cron events.
 */
final class Uninstaller_Test extends TestCase {

	public function test_uninstall_php_does_nothing_without_the_uninstall_constant(): void {
		$this->assertFalse( defined( 'WP_UNINSTALL_PLUGIN' ) );
		$source = (string) file_get_contents( IGNY8_PLUGIN_DIR . 'uninstall.php' );
		$this->assertMatchesRegularExpression( "/defined\\( 'WP_UNINSTALL_PLUGIN' \\) \\|\\| exit;/", $source );
	}

	public function test_removes_tables_options_meta_and_cron(): void {
		global $wpdb;

		$post_id = wp_insert_post(
			array(
				'post_title'  => 'Kept content',
				'post_status' => 'draft',
			)
		);
		update_post_meta( $post_id, '_igny8_task_id', 5 );
		update_post_meta( $post_id, '_igny8_managed', 1 );
		update_post_meta( $post_id, '_other_plugin', 'kept' );
		Secrets::store( Secrets::API_KEY, 'igny8_sk_x' );
		update_option( 'igny8_connection', array( 'cloud_url' => 'http://x.test' ) );
		update_option( 'igny8ish_other', 'kept' );
		set_transient( 'igny8_balance', array( 'credits' => 1 ), 60 );
		Pull_Cron::schedule();
		\Igny8\Sync\Outbox_Cron::schedule();
		\Igny8\Sync\Outbox_Cron::send_soon();
		wp_schedule_single_event( time() + 60, \Igny8\Linker\Graph_Cron::HOOK, array( 40 ) );
		$this->assertNotFalse( wp_next_scheduled( Pull_Cron::HOOK ) );
		$this->assertTrue( get_role( 'editor' )->has_cap( 'igny8_plan' ) );
		$this->assertTrue( get_role( 'administrator' )->has_cap( 'igny8_manage' ) );
		$import_file = \Igny8\Import\Import_Files::directory() . '/leftover.csv';
		file_put_contents( $import_file, "Keyword\n" );

		// Dropping real tables commits the transaction; tearDown re-runs activation to restore them.
		$this->allow_schema_changes();
		\Igny8\Uninstaller::run();

		foreach ( ( new Schema() )->tables() as $table ) {
			$this->assertFalse( $this->table_exists( $table ), $table );
		}
		$this->assertFalse( get_option( Schema::VERSION_OPTION ) );
		$this->assertFalse( get_option( Secrets::API_KEY ) );
		$this->assertFalse( get_option( 'igny8_connection' ) );
		$this->assertSame( 'kept', get_option( 'igny8ish_other' ) );
		$this->assertFalse( get_option( '_transient_igny8_balance' ) );
		$this->assertFalse( get_option( '_transient_timeout_igny8_balance' ) );
		$this->assertSame( '', get_post_meta( $post_id, '_igny8_task_id', true ) );
		$this->assertSame( '', get_post_meta( $post_id, '_igny8_managed', true ) );
		$this->assertSame( 'kept', get_post_meta( $post_id, '_other_plugin', true ) );
		$this->assertNotNull( get_post( $post_id ), 'drafts are the site\'s content and stay' );
		$this->assertFalse( wp_next_scheduled( Pull_Cron::HOOK ) );
		$this->assertFalse( wp_next_scheduled( \Igny8\Sync\Outbox_Cron::HOOK ) );
		$this->assertFalse( wp_next_scheduled( \Igny8\Sync\Outbox_Cron::FLUSH_NOW_HOOK ) );
		$this->assertSame( array(), $this->igny8_cron_hooks(), 'every igny8_ event, whatever its arguments' );
		foreach ( array( 'administrator', 'editor', 'author' ) as $role ) {
			foreach ( array( 'igny8_plan', 'igny8_write', 'igny8_manage' ) as $cap ) {
				$this->assertArrayNotHasKey( $cap, get_role( $role )->capabilities, "{$role} {$cap}" );
			}
		}
		$this->assertFileDoesNotExist( $import_file );
		$this->assertDirectoryDoesNotExist( dirname( $import_file ) );

		// The DDL committed this test's rows; remove them for good.
		wp_delete_post( $post_id, true );
		delete_option( 'igny8ish_other' );
		$wpdb->query( 'COMMIT' );
	}

	public function test_keeping_data_leaves_tables_settings_meta_and_roles_but_clears_cron_and_caches(): void {
		global $wpdb;

		$post_id = wp_insert_post(
			array(
				'post_title'  => 'Kept content',
				'post_status' => 'draft',
			)
		);
		update_post_meta( $post_id, '_igny8_task_id', 7 );
		update_option( 'igny8_connection', array( 'cloud_url' => 'http://x.test' ) );
		update_option( \Igny8\System\Settings::OPTION, array_merge( \Igny8\System\Settings::get(), array( 'keep_data_on_uninstall' => true ) ) );
		$keyword = $this->insert_keyword_row( 'kept keyword' );
		set_transient( 'igny8_balance', array( 'credits' => 1 ), 60 );
		Pull_Cron::schedule();
		wp_schedule_single_event( time() + 60, \Igny8\Linker\Graph_Cron::HOOK, array( 3 ) );

		$this->allow_schema_changes();
		\Igny8\Uninstaller::run();

		$this->assertSame( array(), $this->igny8_cron_hooks() );
		$this->assertFalse( get_option( '_transient_igny8_balance' ) );
		foreach ( ( new Schema() )->tables() as $table ) {
			$this->assertTrue( $this->table_exists( $table ), $table );
		}
		$this->assertSame( 'kept keyword', $wpdb->get_var( $wpdb->prepare( 'SELECT keyword FROM %i WHERE id = %d', $wpdb->prefix . 'igny8_keywords', $keyword ) ) );
		$this->assertSame( array( 'cloud_url' => 'http://x.test' ), get_option( 'igny8_connection' ) );
		$this->assertNotFalse( get_option( Schema::VERSION_OPTION ) );
		$this->assertTrue( \Igny8\System\Settings::keep_data_on_uninstall() );
		$this->assertSame( '7', get_post_meta( $post_id, '_igny8_task_id', true ) );
		$this->assertTrue( get_role( 'editor' )->has_cap( 'igny8_plan' ) );

		// Reset: the next test (and the site) starts with the default choice again.
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE id = %d', $wpdb->prefix . 'igny8_keywords', $keyword ) );
		delete_option( \Igny8\System\Settings::OPTION );
		delete_option( 'igny8_connection' );
		wp_delete_post( $post_id, true );
		$wpdb->query( 'COMMIT' );
	}

	/**
	 * Hooks of the scheduled events that belong to the plugin.
	 *
	 * @return list<string>
	 */
	private function igny8_cron_hooks(): array {
		$hooks = array();
		foreach ( (array) _get_cron_array() as $events ) {
			foreach ( array_keys( (array) $events ) as $hook ) {
				if ( str_starts_with( (string) $hook, 'igny8_' ) ) {
					$hooks[] = (string) $hook;
				}
			}
		}
		return array_values( array_unique( $hooks ) );
	}

	/**
	 * Inserts one keyword row and returns its id.
	 */
	private function insert_keyword_row( string $keyword ): int {
		global $wpdb;
		$wpdb->insert(
			$wpdb->prefix . 'igny8_keywords',
			array(
				'keyword'    => $keyword,
				'created_at' => current_time( 'mysql', true ),
				'updated_at' => current_time( 'mysql', true ),
			)
		);
		return (int) $wpdb->insert_id;
	}
}

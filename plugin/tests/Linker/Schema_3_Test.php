<?php
/**
 * Schema 3: the Linker and Automation tables, their upgrade and their removal.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Linker;

use Igny8\Automation\Cron_Runner;
use Igny8\Linker\Graph_Cron;
use Igny8\Optimizer\Score_Cron;
use Igny8\Storage\Schema;
use Igny8\Tests\TestCase;

/**
 * A version 2 site upgrading, and the uninstaller taking everything of schema 3 away.
 */
final class Schema_3_Test extends TestCase {

	public function test_a_version_2_site_gets_the_new_tables_and_a_graph_rebuild_in_the_background(): void {
		wp_clear_scheduled_hook( Graph_Cron::HOOK, array( 0 ) );
		update_option( Schema::VERSION_OPTION, '2' );

		( new Schema() )->maybe_upgrade();

		foreach ( array( Schema::LINKS, Schema::LINK_NODES, Schema::LINK_TERMS, Schema::AUTOMATION_RULES, Schema::AUTOMATION_RUNS, Schema::AUTOMATION_STEPS ) as $suffix ) {
			$this->assertTrue( $this->table_exists( Schema::table( $suffix ) ), $suffix );
			$this->assertContains( Schema::table( $suffix ), ( new Schema() )->tables() );
		}
		$this->assertNotFalse( wp_next_scheduled( Graph_Cron::HOOK, array( 0 ) ) );
		$this->assertSame( Schema::VERSION, get_option( Schema::VERSION_OPTION ) );
	}

	public function test_the_background_rebuild_reads_every_batch(): void {
		$ids = array();
		for ( $i = 0; $i < 3; $i++ ) {
			$ids[] = (int) wp_insert_post( array( 'post_title' => "Batch {$i}", 'post_content' => 'x', 'post_status' => 'publish' ) );
		}
		wp_clear_scheduled_hook( Graph_Cron::HOOK );
		( new \Igny8\Linker\Graph_Repository() )->clear();

		( new Graph_Cron() )->run( 0 );

		$this->assertNotNull( ( new \Igny8\Linker\Graph_Repository() )->node( $ids[2] ) );
	}

	public function test_uninstall_drops_the_tables_and_clears_the_events(): void {
		Cron_Runner::schedule();
		Score_Cron::schedule();
		$this->assertNotFalse( wp_next_scheduled( Cron_Runner::HOOK ) );

		$this->allow_schema_changes();
		\Igny8\Uninstaller::run();

		foreach ( array( Schema::LINKS, Schema::LINK_NODES, Schema::LINK_TERMS, Schema::AUTOMATION_RULES, Schema::AUTOMATION_RUNS, Schema::AUTOMATION_STEPS ) as $suffix ) {
			$this->assertFalse( $this->table_exists( Schema::table( $suffix ) ), $suffix );
		}
		$this->assertFalse( wp_next_scheduled( Cron_Runner::HOOK ) );
		$this->assertFalse( wp_next_scheduled( Score_Cron::HOOK ) );
	}
}

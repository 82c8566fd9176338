<?php
/**
 * Tests for the custom tables.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Storage;

use Igny8\Storage\Schema;
use Igny8\Tests\TestCase;

/**
 * dbDelta tables and the schema version.
 */
final class Schema_Test extends TestCase {

	public function test_activation_created_the_site_tables_and_version(): void {
		foreach ( ( new Schema() )->tables() as $table ) {
			$this->assertTrue( $this->table_exists( $table ), $table );
		}
		$this->assertSame( Schema::VERSION, get_option( Schema::VERSION_OPTION ) );
	}

	public function test_install_creates_every_table_and_records_the_version(): void {
		$schema = $this->scratch_schema();
		update_option( Schema::VERSION_OPTION, '0' );

		$schema->install();

		foreach ( $schema->tables() as $table ) {
			$this->assertTrue( $this->table_exists( $table ), $table );
		}
		$this->assertSame( Schema::VERSION, get_option( Schema::VERSION_OPTION ) );
	}

	public function test_installing_again_changes_nothing(): void {
		$schema = $this->scratch_schema();
		$schema->install();

		$this->assertSame( array(), $schema->install(), 'second dbDelta run reports changes' );
	}

	public function test_the_site_tables_match_the_definitions(): void {
		// If a definition and the live table differed, dbDelta would report an ALTER here.
		$this->assertSame( array(), ( new Schema() )->install() );
	}

	public function test_upgrade_runs_only_when_the_stored_version_is_older(): void {
		$schema = $this->scratch_schema();

		update_option( Schema::VERSION_OPTION, Schema::VERSION );
		$schema->maybe_upgrade();
		$this->assertFalse( $this->table_exists( $schema->tables()[0] ), 'current version: nothing to do' );

		update_option( Schema::VERSION_OPTION, '0' );
		$schema->maybe_upgrade();
		$this->assertTrue( $this->table_exists( $schema->tables()[0] ) );
		$this->assertSame( Schema::VERSION, get_option( Schema::VERSION_OPTION ) );
	}

	public function test_the_upgrade_is_hooked_on_plugins_loaded(): void {
		$this->assertTrue( (bool) has_action( 'plugins_loaded' ) );
		$callbacks = array();
		foreach ( $GLOBALS['wp_filter']['plugins_loaded']->callbacks as $priority ) {
			foreach ( $priority as $callback ) {
				if ( is_array( $callback['function'] ) && $callback['function'][0] instanceof Schema ) {
					$callbacks[] = $callback['function'][1];
				}
			}
		}
		$this->assertSame( array( 'maybe_upgrade' ), $callbacks );
	}

	public function test_keywords_are_unique_and_indexed_for_filters(): void {
		global $wpdb;
		$table   = Schema::table( Schema::KEYWORDS );
		$indexes = array();
		foreach ( $wpdb->get_results( "SHOW INDEX FROM {$table}", ARRAY_A ) as $row ) {
			$indexes[ $row['Key_name'] ][] = $row['Column_name'];
			if ( 'keyword' === $row['Key_name'] ) {
				$this->assertSame( '0', (string) $row['Non_unique'] );
			}
		}
		$this->assertSame( array( 'keyword' ), $indexes['keyword'] );
		$this->assertSame( array( 'status', 'intent' ), $indexes['status_intent'] );
		$leading = array_map( static fn ( array $columns ): string => $columns[0], $indexes );
		// Every filter and sort of the keyword screen starts some index.
		foreach ( array( 'search_volume', 'difficulty', 'intent', 'cluster_id', 'status', 'created_at', 'sector_id', 'keyword' ) as $column ) {
			$this->assertContains( $column, $leading, $column );
		}
		// The list's common query (intent + cluster, by volume) is served by one index.
		$this->assertSame( array( 'intent', 'cluster_id', 'search_volume' ), $indexes['intent_cluster_volume'] );
		$this->assertArrayNotHasKey( 'cluster_id', $indexes, 'the upgrade dropped version 1’s cluster_id index' );
		// A clustering rewrites every index holding cluster_id: no two of them start alike.
		$this->assertArrayNotHasKey( 'cluster_volume', $indexes, 'unclustered_rank covers it' );
		$this->assertSame( array( 'cluster_id', 'search_volume', 'difficulty' ), $indexes['unclustered_rank'] );
	}

	/**
	 * A Schema installing into a prefix no other test uses (tables become TEMPORARY in tests).
	 */
	private function scratch_schema(): Schema {
		global $wpdb;
		return new Schema( $wpdb->prefix . 'scratch' . wp_rand( 1000, 9999 ) . '_' );
	}
}

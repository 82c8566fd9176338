<?php
/**
 * Upgrades between schema versions.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Storage;

use Igny8\Storage\Schema;
use Igny8\Tests\TestCase;

/**
 * A site on version 1 that updates the plugin without reactivating it.
 */
final class Upgrader_Test extends TestCase {

	public function test_a_version_1_site_gets_the_capabilities_and_the_new_version(): void {
		update_option( Schema::VERSION_OPTION, '1' );
		get_role( 'editor' )->remove_cap( 'igny8_plan' );
		get_role( 'editor' )->remove_cap( 'igny8_write' );

		( new Schema() )->maybe_upgrade();

		$this->assertTrue( get_role( 'editor' )->has_cap( 'igny8_plan' ) );
		$this->assertTrue( get_role( 'editor' )->has_cap( 'igny8_write' ) );
		$this->assertFalse( get_role( 'editor' )->has_cap( 'igny8_manage' ) );
		$this->assertSame( Schema::VERSION, get_option( Schema::VERSION_OPTION ) );
	}

	public function test_a_version_8_site_loses_the_index_unclustered_rank_covers(): void {
		global $wpdb;
		$table = Schema::table( Schema::KEYWORDS );
		$wpdb->query( $wpdb->prepare( 'ALTER TABLE %i ADD KEY cluster_volume (cluster_id,search_volume)', $table ) );
		$this->assertSame( array( 'cluster_id', 'search_volume' ), $this->index_columns( $table, 'cluster_volume' ) );
		update_option( Schema::VERSION_OPTION, '8' );

		( new Schema() )->maybe_upgrade();

		$this->assertSame( array(), $this->index_columns( $table, 'cluster_volume' ) );
		// What it served (cluster_id, then volume) still leads an index.
		$this->assertSame( array( 'cluster_id', 'search_volume', 'difficulty' ), $this->index_columns( $table, 'unclustered_rank' ) );
		$this->assertSame( Schema::VERSION, get_option( Schema::VERSION_OPTION ) );
	}

	public function test_an_agency_revocation_survives_upgrades(): void {
		get_role( 'editor' )->add_cap( 'igny8_write', false );
		update_option( Schema::VERSION_OPTION, '1' );

		( new Schema() )->maybe_upgrade();

		$this->assertFalse( get_role( 'editor' )->has_cap( 'igny8_write' ) );
		$this->assertTrue( get_role( 'editor' )->has_cap( 'igny8_plan' ) );
	}

	/**
	 * The columns of one index, in order (empty when there is no such index).
	 *
	 * @param string $table Table.
	 * @param string $index Index name.
	 * @return string[]
	 */
	private function index_columns( string $table, string $index ): array {
		global $wpdb;
		return array_column( (array) $wpdb->get_results( $wpdb->prepare( 'SHOW INDEX FROM %i WHERE Key_name = %s', $table, $index ), ARRAY_A ), 'Column_name' );
	}
}

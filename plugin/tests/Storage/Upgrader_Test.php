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

	public function test_an_agency_revocation_survives_upgrades(): void {
		get_role( 'editor' )->add_cap( 'igny8_write', false );
		update_option( Schema::VERSION_OPTION, '1' );

		( new Schema() )->maybe_upgrade();

		$this->assertFalse( get_role( 'editor' )->has_cap( 'igny8_write' ) );
		$this->assertTrue( get_role( 'editor' )->has_cap( 'igny8_plan' ) );
	}
}

<?php
/**
 * The plugin's capabilities on roles.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Security;

use Igny8\Security\Capabilities;
use Igny8\Tests\TestCase;

/**
 * Editors plan and write, authors write; administrators also manage; others get nothing.
 */
final class Capabilities_Test extends TestCase {

	public function test_activation_grants_by_role(): void {
		Capabilities::install();

		foreach ( array( 'administrator', 'editor' ) as $role ) {
			$this->assertTrue( get_role( $role )->has_cap( Capabilities::PLAN ), $role );
		}
		foreach ( array( 'administrator', 'editor', 'author' ) as $role ) {
			$this->assertTrue( get_role( $role )->has_cap( Capabilities::WRITE ), $role );
		}
		foreach ( array( 'author', 'contributor', 'subscriber' ) as $role ) {
			$this->assertFalse( get_role( $role )->has_cap( Capabilities::PLAN ), $role );
		}
		$this->assertFalse( get_role( 'contributor' )->has_cap( Capabilities::WRITE ) );
		$this->assertTrue( get_role( 'administrator' )->has_cap( Capabilities::MANAGE ) );
		foreach ( array( 'editor', 'author', 'contributor', 'subscriber' ) as $role ) {
			$this->assertFalse( get_role( $role )->has_cap( Capabilities::MANAGE ), $role );
		}
	}

	public function test_an_agency_can_hand_management_to_editors(): void {
		get_role( 'editor' )->add_cap( Capabilities::MANAGE );
		$this->as_user( $this->create_user( 'editor' ) );

		$this->assertSame( 200, $this->rest( 'GET', '/igny8/v1/system/connection' )->get_status() );
	}
}

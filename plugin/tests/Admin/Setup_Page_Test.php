<?php
/**
 * Tests for the Setup screen's reading of the portal's redirect.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Admin;

use Igny8\Admin\Setup_Page;
use Igny8\Tests\TestCase;

/**
 * wp-admin drops `error` from the address before scripts run, so PHP hands the portal's answer to the screen.
 */
final class Setup_Page_Test extends TestCase {

	protected function tearDown(): void {
		unset( $_GET['state'], $_GET['code'], $_GET['error'] );
		parent::tearDown();
	}

	public function test_passes_a_well_formed_code_or_error_with_its_state(): void {
		$_GET['state'] = str_repeat( 'S', 40 );
		$_GET['code']  = str_repeat( 'c', 43 );
		$this->assertSame( array( 'state' => str_repeat( 'S', 40 ), 'code' => str_repeat( 'c', 43 ) ), Setup_Page::portal_return() );

		unset( $_GET['code'] );
		$_GET['error'] = 'access_denied';
		$this->assertSame( array( 'state' => str_repeat( 'S', 40 ), 'error' => 'access_denied' ), Setup_Page::portal_return() );
	}

	public function test_ignores_a_normal_visit_and_malformed_values(): void {
		$this->assertNull( Setup_Page::portal_return() );

		$_GET['code'] = str_repeat( 'c', 43 );
		$this->assertNull( Setup_Page::portal_return(), 'a code without state' );

		$_GET['state'] = '<script>alert(1)</script>aaaaaaaaaaaa';
		$this->assertNull( Setup_Page::portal_return(), 'a malformed state' );

		$_GET['state'] = str_repeat( 'S', 40 );
		$_GET['code']  = 'short';
		$this->assertNull( Setup_Page::portal_return(), 'a malformed code and no error' );
	}
}

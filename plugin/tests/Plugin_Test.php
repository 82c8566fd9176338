<?php
/**
 * Tests for the plugin bootstrap.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests;

use Igny8\Plugin;

/**
 * Constants, autoloading and wiring.
 */
final class Plugin_Test extends TestCase {

	public function test_defines_its_constants(): void {
		$this->assertSame( '0.1.0', IGNY8_VERSION );
		$this->assertSame( realpath( IGNY8_PLUGIN_DIR . 'igny8.php' ), realpath( IGNY8_PLUGIN_FILE ) );
	}

	public function test_autoloads_classes_by_path_and_ignores_others(): void {
		$this->assertTrue( class_exists( \Igny8\Rest\Tasks_Controller::class ) );
		$this->assertFalse( class_exists( 'Igny8\\Nope\\Missing_Class' ) );
		$this->assertFalse( class_exists( 'Igny8\\..\\..\\wp-config' ) );
	}

	public function test_is_a_single_instance(): void {
		$this->assertSame( Plugin::instance(), Plugin::instance() );
	}

	public function test_registers_the_rest_routes(): void {
		$routes = rest_get_server()->get_routes( 'igny8/v1' );
		foreach ( array( '/igny8/v1/system/connection', '/igny8/v1/system/connection/test', '/igny8/v1/planner/keywords', '/igny8/v1/planner/keywords/bulk_create', '/igny8/v1/writer/tasks', '/igny8/v1/writer/tasks/generate_content', '/igny8/v1/deliveries' ) as $route ) {
			$this->assertArrayHasKey( $route, $routes );
		}
	}

	public function test_wires_the_admin_screens(): void {
		$this->assertTrue( class_exists( \Igny8\Admin\Admin_Pages::class ) );
		$this->assertNotFalse( has_action( 'admin_menu' ) );
	}
}

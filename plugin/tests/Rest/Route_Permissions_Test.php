<?php
/**
 * Every igny8/v1 route checks who is asking.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Tests\TestCase;

/**
 * Anonymous visitors get 401, logged-in users without the capability 403.
 */
final class Route_Permissions_Test extends TestCase {

	/**
	 * Routes with valid arguments (so the permission check, not validation, decides) and their capability.
	 *
	 * @return array<string, array{0:string, 1:string, 2:array<string,mixed>, 3:string}>
	 */
	public function routes(): array {
		return array(
			'GET system/connection'         => array( 'GET', '/igny8/v1/system/connection', array(), 'manage_options' ),
			'POST system/connection'        => array(
				'POST',
				'/igny8/v1/system/connection',
				array(
					'cloud_url' => 'http://127.0.0.1:9',
					'api_key'   => 'igny8_sk_permission_test',
				),
				'manage_options',
			),
			'DELETE system/connection'      => array( 'DELETE', '/igny8/v1/system/connection', array(), 'manage_options' ),
			'POST system/connection/test'   => array( 'POST', '/igny8/v1/system/connection/test', array(), 'manage_options' ),
			'GET planner/keywords'          => array( 'GET', '/igny8/v1/planner/keywords', array(), 'edit_posts' ),
			'POST planner/keywords'         => array( 'POST', '/igny8/v1/planner/keywords', array( 'keyword' => 'compost' ), 'edit_posts' ),
			'POST planner/keywords/bulk'    => array( 'POST', '/igny8/v1/planner/keywords/bulk_create', array( 'keywords' => array( array( 'keyword' => 'compost' ) ) ), 'edit_posts' ),
			'GET writer/tasks'              => array( 'GET', '/igny8/v1/writer/tasks', array(), 'edit_posts' ),
			'POST writer/tasks'             => array( 'POST', '/igny8/v1/writer/tasks', array( 'title' => 'T' ), 'edit_posts' ),
			'GET writer/tasks/{id}'         => array( 'GET', '/igny8/v1/writer/tasks/1', array(), 'edit_posts' ),
			'POST writer/tasks/generate'    => array( 'POST', '/igny8/v1/writer/tasks/generate_content', array( 'ids' => array( 1 ) ), 'edit_posts' ),
			'GET jobs/{job_id}'             => array( 'GET', '/igny8/v1/jobs/job_1', array(), 'edit_posts' ),
		);
	}

	/**
	 * @dataProvider routes
	 *
	 * @param string               $method Method.
	 * @param string               $route  Route.
	 * @param array<string, mixed> $body   Valid arguments.
	 */
	public function test_rejects_anonymous_visitors_with_401( string $method, string $route, array $body ): void {
		$this->assert_rest_error( 'rest_forbidden', 401, $this->rest( $method, $route, $body ) );
	}

	/**
	 * @dataProvider routes
	 *
	 * @param string               $method Method.
	 * @param string               $route  Route.
	 * @param array<string, mixed> $body   Valid arguments.
	 */
	public function test_rejects_subscribers_with_403( string $method, string $route, array $body ): void {
		$this->as_user( $this->create_user( 'subscriber' ) );

		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( $method, $route, $body ) );
	}

	/**
	 * @dataProvider routes
	 *
	 * @param string               $method     Method.
	 * @param string               $route      Route.
	 * @param array<string, mixed> $body       Valid arguments.
	 * @param string               $capability Capability the route needs.
	 */
	public function test_editors_pass_only_the_editorial_routes( string $method, string $route, array $body, string $capability ): void {
		$this->as_user( $this->create_user( 'editor' ) );

		$status = $this->rest( $method, $route, $body )->get_status();

		if ( 'manage_options' === $capability ) {
			$this->assertSame( 403, $status );
		} else {
			$this->assertNotContains( $status, array( 401, 403 ) );
		}
	}

	public function test_the_delivery_route_is_public_but_demands_a_signature(): void {
		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( 'POST', '/igny8/v1/deliveries', '{}' ) );

		$this->as_user( $this->create_user( 'subscriber' ) );
		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( 'POST', '/igny8/v1/deliveries', '{}' ) );
	}

	public function test_every_registered_route_is_covered(): void {
		$covered = array_map( static fn ( $row ) => $row[0] . ' ' . preg_replace( '#/\d+$|/job_1$#', '', $row[1] ), $this->routes() );
		$covered[] = 'POST /igny8/v1/deliveries';

		foreach ( rest_get_server()->get_routes( 'igny8/v1' ) as $route => $handlers ) {
			if ( '/igny8/v1' === $route ) {
				continue;
			}
			$plain = preg_replace( '#/\(\?P<[a-z_]+>[^)]*\)#', '', $route );
			foreach ( $handlers as $handler ) {
				foreach ( array_keys( $handler['methods'] ) as $method ) {
					$this->assertContains( $method . ' ' . $plain, $covered, "{$method} {$route} has no permission test" );
					$this->assertIsCallable( $handler['permission_callback'] );
				}
			}
		}
	}
}

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
 * Anonymous visitors get 401, logged-in users without the capability 403; routes only the cloud
 * calls demand a signature from everyone. A route registered without a row here fails
 * test_every_registered_route_is_covered, so no new route can skip its permission test.
 */
final class Route_Permissions_Test extends TestCase {

	private const UUID = '00000000-0000-4000-8000-000000000000';

	/**
	 * Routes with valid arguments (so the permission check, not validation, decides) and their capability.
	 *
	 * @return array<string, array{0:string, 1:string, 2:array<string,mixed>, 3:string}>
	 */
	public function routes(): array {
		$ids     = array( 'ids' => array( 1 ) );
		$import  = '/igny8/v1/planner/keywords/import/' . self::UUID;
		$undo    = array( 'tokens' => array( self::UUID ) );
		$own     = array(
			'base_url' => 'https://llm.example.com/v1',
			'api_key'  => 'sk-permission-test',
			'models'   => array( 'gpt-4o-mini' ),
		);
		$rows    = array(
			array( 'GET', '/igny8/v1/system/connection', array(), 'manage' ),
			array( 'POST', '/igny8/v1/system/connection', array( 'cloud_url' => 'http://127.0.0.1:9', 'api_key' => 'igny8_sk_permission_test' ), 'manage' ),
			array( 'DELETE', '/igny8/v1/system/connection', array(), 'manage' ),
			array( 'POST', '/igny8/v1/system/connection/test', array(), 'manage' ),
			array( 'GET', '/igny8/v1/system/provider', array(), 'manage' ),
			array( 'POST', '/igny8/v1/system/provider', $own, 'manage' ),
			array( 'PUT', '/igny8/v1/system/provider', $own, 'manage' ),
			array( 'PATCH', '/igny8/v1/system/provider', $own, 'manage' ),
			array( 'DELETE', '/igny8/v1/system/provider', array(), 'manage' ),
			array( 'GET', '/igny8/v1/setup', array(), 'manage' ),
			array( 'POST', '/igny8/v1/setup/steps/clustering', array( 'status' => 'skipped' ), 'manage' ),
			array( 'POST', '/igny8/v1/setup/connect', array( 'cloud_url' => 'http://127.0.0.1:9' ), 'manage' ),
			array( 'POST', '/igny8/v1/setup/connect/callback', array( 'state' => str_repeat( 's', 40 ), 'error' => 'access_denied' ), 'manage' ),
			array( 'GET', '/igny8/v1/planner/sectors', array(), 'plan' ),
			array( 'POST', '/igny8/v1/planner/sectors', array( 'name' => 'Garden' ), 'plan' ),
			array( 'GET', '/igny8/v1/planner/sectors/1', array(), 'plan' ),
			array( 'PUT', '/igny8/v1/planner/sectors/1', array( 'name' => 'Garden' ), 'plan' ),
			array( 'PATCH', '/igny8/v1/planner/sectors/1', array( 'name' => 'Garden' ), 'plan' ),
			array( 'DELETE', '/igny8/v1/planner/sectors/1', array(), 'plan' ),
			array( 'GET', '/igny8/v1/planner/keywords', array(), 'plan' ),
			array( 'POST', '/igny8/v1/planner/keywords', array( 'keyword' => 'compost' ), 'plan' ),
			array( 'GET', '/igny8/v1/planner/keywords/1', array(), 'plan' ),
			array( 'PUT', '/igny8/v1/planner/keywords/1', array( 'status' => 'inactive' ), 'plan' ),
			array( 'PATCH', '/igny8/v1/planner/keywords/1', array( 'status' => 'inactive' ), 'plan' ),
			array( 'DELETE', '/igny8/v1/planner/keywords/1', array(), 'plan' ),
			array( 'POST', '/igny8/v1/planner/keywords/bulk_create', array( 'keywords' => array( array( 'keyword' => 'compost' ) ) ), 'plan' ),
			array( 'POST', '/igny8/v1/planner/keywords/bulk_update', array( 'ids' => array( 1 ), 'fields' => array( 'status' => 'inactive' ) ), 'plan' ),
			array( 'POST', '/igny8/v1/planner/keywords/bulk_delete', $ids, 'plan' ),
			array( 'POST', '/igny8/v1/planner/keywords/auto_cluster', $ids, 'plan' ),
			array( 'POST', '/igny8/v1/planner/keywords/restore', $undo, 'plan' ),
			array( 'POST', '/igny8/v1/planner/clusters/restore', $undo, 'plan' ),
			array( 'POST', '/igny8/v1/planner/ideas/restore', $undo, 'plan' ),
			array( 'POST', '/igny8/v1/planner/sectors/restore', $undo, 'plan' ),
			array( 'GET', '/igny8/v1/planner/industries', array(), 'plan' ),
			array( 'GET', '/igny8/v1/planner/industry', array(), 'plan' ),
			array( 'POST', '/igny8/v1/planner/industry', array( 'industry' => '' ), 'plan' ),
			array( 'GET', '/igny8/v1/planner/clusters/1/detail', array(), 'plan' ),
			array( 'GET', '/igny8/v1/planner/opportunities/keywords', array( 'kind' => 'uncovered' ), 'plan' ),
			array( 'GET', '/igny8/v1/planner/opportunities/queries', array(), 'plan' ),
			array( 'POST', '/igny8/v1/planner/opportunities/queries/import', array(), 'plan' ),
			array( 'GET', '/igny8/v1/planner/clusters/1/posts', array(), 'plan' ),
			array( 'POST', '/igny8/v1/writer/tasks/restore', $undo, 'write' ),
			array( 'GET', '/igny8/v1/strategies', array(), 'write' ),
			array( 'POST', '/igny8/v1/strategies', array( 'name' => 'Long reads' ), 'plan' ),
			array( 'GET', '/igny8/v1/strategies/1', array(), 'write' ),
			array( 'PUT', '/igny8/v1/strategies/1', array( 'name' => 'Long reads' ), 'plan' ),
			array( 'PATCH', '/igny8/v1/strategies/1', array( 'name' => 'Long reads' ), 'plan' ),
			array( 'DELETE', '/igny8/v1/strategies/1', array(), 'plan' ),
			array( 'POST', '/igny8/v1/strategies/restore', $undo, 'plan' ),
			array( 'GET', '/igny8/v1/planner/keywords/export', array(), 'plan' ),
			array( 'POST', '/igny8/v1/planner/keywords/import', array( 'file_name' => 'k.csv', 'content' => "Keyword\ncompost\n" ), 'plan' ),
			array( 'GET', $import, array(), 'plan' ),
			array( 'DELETE', $import, array(), 'plan' ),
			array( 'POST', $import . '/mapping', array( 'mapping' => array( 'keyword' => 0 ) ), 'plan' ),
			array( 'POST', $import . '/run', array(), 'plan' ),
			array( 'GET', $import . '/report', array(), 'plan' ),
			array( 'GET', '/igny8/v1/planner/clusters', array(), 'plan' ),
			array( 'POST', '/igny8/v1/planner/clusters', array( 'name' => 'Compost' ), 'plan' ),
			array( 'GET', '/igny8/v1/planner/clusters/1', array(), 'plan' ),
			array( 'PUT', '/igny8/v1/planner/clusters/1', array( 'name' => 'Compost' ), 'plan' ),
			array( 'PATCH', '/igny8/v1/planner/clusters/1', array( 'name' => 'Compost' ), 'plan' ),
			array( 'DELETE', '/igny8/v1/planner/clusters/1', array(), 'plan' ),
			array( 'POST', '/igny8/v1/planner/clusters/generate_ideas', $ids, 'plan' ),
			array( 'GET', '/igny8/v1/planner/ideas', array(), 'plan' ),
			array( 'POST', '/igny8/v1/planner/ideas', array( 'title' => 'Idea' ), 'plan' ),
			array( 'GET', '/igny8/v1/planner/ideas/1', array(), 'plan' ),
			array( 'PUT', '/igny8/v1/planner/ideas/1', array( 'title' => 'Idea' ), 'plan' ),
			array( 'PATCH', '/igny8/v1/planner/ideas/1', array( 'title' => 'Idea' ), 'plan' ),
			array( 'DELETE', '/igny8/v1/planner/ideas/1', array(), 'plan' ),
			array( 'POST', '/igny8/v1/planner/ideas/create_tasks', $ids, 'write' ),
			array( 'POST', '/igny8/v1/planner/ideas/approve', $ids, 'plan' ),
			array( 'POST', '/igny8/v1/planner/ideas/unapprove', $ids, 'plan' ),
			array( 'GET', '/igny8/v1/writer/tasks', array(), 'write' ),
			array( 'POST', '/igny8/v1/writer/tasks', array( 'title' => 'T' ), 'write' ),
			array( 'GET', '/igny8/v1/writer/tasks/1', array(), 'write' ),
			array( 'PUT', '/igny8/v1/writer/tasks/1', array( 'title' => 'T' ), 'write' ),
			array( 'PATCH', '/igny8/v1/writer/tasks/1', array( 'title' => 'T' ), 'write' ),
			array( 'DELETE', '/igny8/v1/writer/tasks/1', array(), 'write' ),
			array( 'POST', '/igny8/v1/writer/tasks/generate_content', $ids, 'write' ),
			array( 'POST', '/igny8/v1/writer/tasks/generate_images', $ids, 'write' ),
			array( 'GET', '/igny8/v1/writer/content', array(), 'write' ),
			array( 'GET', '/igny8/v1/writer/content/1', array(), 'write' ),
			array( 'POST', '/igny8/v1/writer/content/optimize', array( 'ids' => array( 999999 ) ), 'write' ),
			array( 'POST', '/igny8/v1/writer/content/excerpt', array( 'ids' => array( 999999 ) ), 'write' ),
			array( 'GET', '/igny8/v1/writer/images', array(), 'write' ),
			array( 'POST', '/igny8/v1/writer/images/regenerate', array( 'post_id' => 999999, 'attachment_id' => 1 ), 'write' ),
			array( 'GET', '/igny8/v1/system/prompts', array(), 'write' ),
			array( 'PUT', '/igny8/v1/system/prompts/generate_content', array( 'instructions' => 'Be brief.' ), 'manage' ),
			array( 'PATCH', '/igny8/v1/system/prompts/generate_content', array( 'instructions' => 'Be brief.' ), 'manage' ),
			array( 'DELETE', '/igny8/v1/system/prompts/generate_content', array(), 'manage' ),
			array( 'GET', '/igny8/v1/system/author-profiles', array(), 'write' ),
			array( 'POST', '/igny8/v1/system/author-profiles', array( 'name' => 'Ana' ), 'manage' ),
			array( 'PUT', '/igny8/v1/system/author-profiles/ap_test', array( 'name' => 'Ana' ), 'manage' ),
			array( 'PATCH', '/igny8/v1/system/author-profiles/ap_test', array( 'name' => 'Ana' ), 'manage' ),
			array( 'DELETE', '/igny8/v1/system/author-profiles/ap_test', array(), 'manage' ),
			array( 'GET', '/igny8/v1/system/settings', array(), 'write' ),
			array( 'PUT', '/igny8/v1/system/settings', array( 'ideas_per_cluster' => 4 ), 'manage' ),
			array( 'PATCH', '/igny8/v1/system/settings', array( 'ideas_per_cluster' => 4 ), 'manage' ),
			array( 'GET', '/igny8/v1/billing/balance', array(), 'write' ),
			array( 'GET', '/igny8/v1/jobs/job_1', array(), 'write' ),
			array( 'POST', '/igny8/v1/jobs/job_1/cancel', array(), 'write' ),
			// Screens: dashboard, credits and settings sections.
			array( 'GET', '/igny8/v1/system/dashboard', array(), 'write' ),
			array( 'GET', '/igny8/v1/system/models', array(), 'write' ),
			array( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'auto_cluster', 'ids' => array( 1 ) ), 'plan' ),
			array( 'GET', '/igny8/v1/billing/usage', array( 'days' => 7 ), 'manage' ),
			array( 'GET', '/igny8/v1/billing/transactions', array( 'kind' => 'reserve' ), 'manage' ),
			// Editor: sidebar and blocks.
			array( 'POST', '/igny8/v1/editor/token', array( 'post_id' => 1, 'scope' => 'rewrite' ), 'write' ),
			array( 'GET', '/igny8/v1/editor/context', array( 'post_id' => 1 ), 'write' ),
			array( 'GET', '/igny8/v1/editor/provenance', array( 'post_id' => 1 ), 'write' ),
			array( 'POST', '/igny8/v1/editor/provenance', array( 'post_id' => 1, 'entry' => array( 'function' => 'rewrite' ) ), 'write' ),
			array( 'POST', '/igny8/v1/editor/provenance/undo', array( 'post_id' => 1, 'id' => '00000000-0000-4000-8000-000000000000' ), 'write' ),
			array( 'POST', '/igny8/v1/editor/featured-image', array( 'post_id' => 1 ), 'write' ),
			array( 'POST', '/igny8/v1/editor/price', array( 'post_id' => 1, 'scope' => 'faq' ), 'write' ),
			array( 'GET', '/igny8/v1/editor/pending-changes', array( 'post_id' => 1 ), 'write' ),
			array( 'POST', '/igny8/v1/editor/pending-changes/accept', array( 'post_id' => 1, 'id' => self::UUID ), 'write' ),
			array( 'POST', '/igny8/v1/editor/pending-changes/discard', array( 'post_id' => 1, 'id' => self::UUID ), 'write' ),
			// Linker, optimizer and automation.
			array( 'GET', '/igny8/v1/linker/suggestions', array( 'post_id' => 1 ), 'write' ),
			array( 'GET', '/igny8/v1/linker/graph', array(), 'write' ),
			array( 'GET', '/igny8/v1/linker/posts', array(), 'write' ),
			array( 'POST', '/igny8/v1/linker/rebuild', array( 'cursor' => 999999999 ), 'write' ),
			array( 'POST', '/igny8/v1/linker/preview', array( 'post_id' => 1, 'links' => array( array( 'target_post_id' => 1, 'anchor' => 'a' ) ) ), 'write' ),
			array( 'POST', '/igny8/v1/linker/apply', array( 'post_id' => 1, 'links' => array( array( 'target_post_id' => 1, 'anchor' => 'zzz-not-there' ) ) ), 'write' ),
			array( 'POST', '/igny8/v1/linker/revert', array( 'post_id' => 1 ), 'write' ),
			array( 'GET', '/igny8/v1/linker/applied', array(), 'write' ),
			array( 'GET', '/igny8/v1/automation/rules', array(), 'write' ),
			array( 'POST', '/igny8/v1/automation/rules', array( 'name' => 'Rule' ), 'manage' ),
			array( 'GET', '/igny8/v1/automation/rules/1', array(), 'write' ),
			array( 'PUT', '/igny8/v1/automation/rules/1', array( 'name' => 'Rule' ), 'manage' ),
			array( 'PATCH', '/igny8/v1/automation/rules/1', array( 'name' => 'Rule' ), 'manage' ),
			array( 'DELETE', '/igny8/v1/automation/rules/1', array(), 'manage' ),
			array( 'POST', '/igny8/v1/automation/rules/1/run', array(), 'manage' ),
			array( 'POST', '/igny8/v1/automation/rules/1/dry-run', array(), 'manage' ),
			array( 'POST', '/igny8/v1/automation/rules/1/pause', array(), 'manage' ),
			array( 'POST', '/igny8/v1/automation/rules/1/resume', array(), 'manage' ),
			array( 'GET', '/igny8/v1/automation/runs', array(), 'write' ),
			array( 'GET', '/igny8/v1/automation/runs/1', array(), 'write' ),
			array( 'GET', '/igny8/v1/optimizer/posts', array(), 'write' ),
			array( 'POST', '/igny8/v1/optimizer/score', array( 'ids' => array( 999999 ) ), 'write' ),
			array( 'GET', '/igny8/v1/optimizer/posts/1/revisions', array(), 'write' ),
			array( 'POST', '/igny8/v1/optimizer/posts/1/restore', array( 'revision_id' => 999999 ), 'write' ),
			array( 'POST', '/igny8/v1/optimizer/posts/1/apply-meta', array(), 'write' ),
		);
		$named = array();
		foreach ( $rows as $row ) {
			$named[ $row[0] . ' ' . $row[1] ] = $row;
			// WP_REST_Server::EDITABLE routes answer POST too.
			if ( 'PUT' === $row[0] ) {
				$named[ 'POST ' . $row[1] ] = array_merge( array( 'POST' ), array_slice( $row, 1 ) );
			}
		}
		return $named;
	}

	/**
	 * Routes only the cloud calls: public, authenticated by the delivery signature.
	 *
	 * @return array<string, array{0:string, 1:string}>
	 */
	public function signed_routes(): array {
		$rows = array(
			array( 'POST', '/igny8/v1/deliveries' ),
		);
		$named = array();
		foreach ( $rows as $row ) {
			$named[ $row[0] . ' ' . $row[1] ] = $row;
		}
		return $named;
	}

	/**
	 * @dataProvider routes
	 */
	public function test_rejects_anonymous_visitors_with_401( string $method, string $route, array $body ): void {
		$this->assert_rest_error( 'rest_forbidden', 401, $this->rest( $method, $route, $body ) );
	}

	/**
	 * @dataProvider routes
	 */
	public function test_rejects_subscribers_with_403( string $method, string $route, array $body ): void {
		$this->as_user( $this->create_user( 'subscriber' ) );

		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( $method, $route, $body ) );
	}

	/**
	 * @dataProvider routes
	 */
	public function test_editors_pass_only_the_editorial_routes( string $method, string $route, array $body, string $capability ): void {
		$this->as_user( $this->create_user( 'editor' ) );

		$response = $this->rest( $method, $route, $body );

		if ( 'manage' === $capability ) {
			$this->assert_rest_error( 'rest_forbidden', 403, $response );
		} else {
			$this->assertNotContains( $response->get_status(), array( 401, 403 ), wp_json_encode( $response->get_data() ) );
		}
	}

	/**
	 * Authors write and pick what others planned: the planning and managing routes (writing
	 * strategies, which shape every task without one of their own, among them) stay closed to
	 * them. (Their writing routes may still refuse a post that is not theirs, so only the closed
	 * side is asserted here.)
	 *
	 * @dataProvider routes
	 */
	public function test_authors_are_refused_the_planning_and_managing_routes( string $method, string $route, array $body, string $capability ): void {
		if ( 'write' === $capability ) {
			$this->assertTrue( get_role( 'author' )->has_cap( 'igny8_write' ), 'authors write' );
			return;
		}
		$this->as_user( $this->create_user( 'author' ) );

		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( $method, $route, $body ) );
	}

	/**
	 * @dataProvider routes
	 */
	public function test_a_role_without_the_plugin_capability_is_refused_even_with_edit_posts( string $method, string $route, array $body, string $capability ): void {
		// An agency removed the capability from editors: WordPress's edit_posts alone no longer opens the route.
		$user = get_userdata( $this->create_user( 'editor' ) );
		$user->add_cap( 'igny8_' . $capability, false );
		$this->as_user( $user->ID );

		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( $method, $route, $body ) );
	}

	/**
	 * @dataProvider signed_routes
	 */
	public function test_cloud_routes_are_public_but_demand_a_signature( string $method, string $route ): void {
		update_option( 'igny8_webhook_secret', \Igny8\Security\Secrets::encrypt( 'whsec_permission_test' ) );
		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( $method, $route, '{}' ) );

		$this->as_user( $this->create_user( 'administrator' ) );
		$this->assert_rest_error( 'igny8_invalid_signature', 401, $this->rest( $method, $route, '{}' ) );
	}

	public function test_the_seed_routes_nothing_calls_are_not_registered(): void {
		$routes = array_keys( rest_get_server()->get_routes( 'igny8/v1' ) );

		foreach ( array( '#^/igny8/v1/site-metadata#', '#^/igny8/v1/post-by-#', '#^/igny8/v1/posts(/|$)#' ) as $pattern ) {
			$this->assertSame( array(), preg_grep( $pattern, $routes ), $pattern );
		}
		$this->assert_rest_error( 'rest_no_route', 404, $this->rest( 'POST', '/igny8/v1/posts', '{"title":"x","content":"x","content_id":"c_1"}' ) );
	}

	public function test_every_registered_route_is_covered(): void {
		$normalize = static fn ( string $route ): string => (string) preg_replace(
			array( '#/\(\?P<[a-z_]+>[^)]*\)#', '#/(\d+|job_1|' . self::UUID . '|generate_content|ap_test|clustering)(?=/|$)#' ),
			'',
			$route
		);
		$covered   = array();
		foreach ( array_merge( $this->routes(), $this->signed_routes() ) as $row ) {
			$covered[] = $row[0] . ' ' . $normalize( $row[1] );
		}

		foreach ( rest_get_server()->get_routes( 'igny8/v1' ) as $route => $handlers ) {
			if ( '/igny8/v1' === $route ) {
				continue;
			}
			foreach ( $handlers as $handler ) {
				foreach ( array_keys( $handler['methods'] ) as $method ) {
					$this->assertContains( $method . ' ' . $normalize( $route ), $covered, "{$method} {$route} has no permission test" );
					$this->assertIsCallable( $handler['permission_callback'] );
					$this->assertNotSame( '__return_true', $handler['permission_callback'] );
				}
			}
		}
	}
}

<?php
/**
 * Tests for POST /igny8/v1/jobs/estimate against the real Worker.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * The estimate a screen shows before an action is what the action then reserves: the inputs are
 * built by the action's own code and priced by the Worker that `npm test` runs.
 */
final class Estimate_Controller_Test extends TestCase {

	use Cloud_Fixtures;

	protected function setUp(): void {
		parent::setUp();
		$this->connect_test_cloud();
		$this->as_user( $this->create_user( 'administrator' ) );
	}

	public function test_auto_cluster_estimate_is_what_the_action_then_reserves(): void {
		$ids = $this->keywords( 120 );

		$estimate = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'auto_cluster', 'ids' => $ids ) );

		$this->assertSame( 200, $estimate->get_status(), (string) wp_json_encode( $estimate->get_data() ) );
		$data = $estimate->get_data();
		$this->assertSame( array( 'credits', 'balance', 'enough', 'jobs', 'billing', 'existing' ), array_keys( $data ) );
		$this->assertSame( 'credits', $data['billing'] );
		$this->assertSame( 3, $data['credits'] ); // The Worker's auto_cluster: ceil( 120 / 50 ).
		$this->assertSame( 1, $data['jobs'] );
		$this->assertSame( $data['credits'] <= $data['balance'], $data['enough'] );

		$started = $this->rest( 'POST', '/igny8/v1/planner/keywords/auto_cluster', array( 'ids' => $ids ) );
		$this->assertSame( 202, $started->get_status(), (string) wp_json_encode( $started->get_data() ) );
		$this->assertSame( -$data['credits'], $this->reserved( (string) $started->get_data()['job_id'] ) );
	}

	public function test_generate_content_estimate_is_what_the_action_then_reserves(): void {
		$task_id = $this->create_task( array( 'title' => 'Estimate test ' . wp_generate_password( 6, false ) ) );

		$estimate = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'generate_content', 'ids' => array( $task_id ) ) );

		$this->assertSame( 200, $estimate->get_status(), (string) wp_json_encode( $estimate->get_data() ) );
		$credits = $estimate->get_data()['credits'];
		$this->assertGreaterThan( 0, $credits );
		$started = $this->rest( 'POST', '/igny8/v1/writer/tasks/generate_content', array( 'ids' => array( $task_id ) ) );
		$this->assertSame( 202, $started->get_status(), (string) wp_json_encode( $started->get_data() ) );
		$this->assertSame( -$credits, $this->reserved( (string) $started->get_data()['jobs'][0]['job_id'] ) );
	}

	public function test_generate_ideas_grows_with_the_ideas_asked_for_and_starts_nothing(): void {
		$clusters = new Clusters_Repository();
		$ids      = array();
		foreach ( array( 'Composting', 'Raised beds', 'Seeds', 'Tools' ) as $name ) {
			$ids[] = $clusters->insert( array( 'name' => $name . ' ' . wp_generate_password( 4, false ) ) );
		}
		global $wpdb;
		$jobs_before = (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . \Igny8\Storage\Schema::table( \Igny8\Storage\Schema::JOBS ) ); // phpcs:ignore

		$three = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'generate_ideas', 'ids' => $ids ) )->get_data();
		$ten   = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'generate_ideas', 'ids' => $ids, 'ideas_per_cluster' => 10 ) )->get_data();

		$this->assertSame( 6, $three['credits'] ); // ceil( 4 clusters × 3 ideas / 2 ).
		$this->assertSame( 20, $ten['credits'] );
		$this->assertSame( $jobs_before, (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . \Igny8\Storage\Schema::table( \Igny8\Storage\Schema::JOBS ) ) ); // phpcs:ignore
	}

	public function test_generate_ideas_counts_the_clusters_that_already_have_ideas(): void {
		$clusters = new Clusters_Repository();
		$with     = (int) $clusters->insert( array( 'name' => 'With ideas ' . wp_generate_password( 4, false ) ) );
		$without  = (int) $clusters->insert( array( 'name' => 'Without ideas ' . wp_generate_password( 4, false ) ) );
		( new \Igny8\Storage\Ideas_Repository() )->insert( array( 'cluster_id' => $with, 'title' => 'An idea it has', 'status' => 'draft' ) );

		$both = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'generate_ideas', 'ids' => array( $with, $without ) ) )->get_data();
		$new  = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'generate_ideas', 'ids' => array( $without ) ) )->get_data();

		$this->assertSame( 1, $both['existing'] );
		$this->assertSame( 0, $new['existing'] );
	}

	public function test_generate_content_counts_the_tasks_already_written(): void {
		$written = $this->create_task();
		$post_id = wp_insert_post( array( 'post_title' => 'Written', 'post_status' => 'draft' ) );
		( new \Igny8\Storage\Tasks_Repository() )->mark_completed( $written, $post_id, '' );
		$fresh = $this->create_task();

		$data = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'generate_content', 'ids' => array( $written, $fresh ) ) )->get_data();

		$this->assertSame( 1, $data['existing'], wp_json_encode( $data ) );
	}

	public function test_create_tasks_costs_nothing(): void {
		$data = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'create_tasks', 'ids' => array( 1 ) ) )->get_data();

		$this->assertSame( 0, $data['credits'] );
		$this->assertTrue( $data['enough'] );
		$this->assertIsInt( $data['balance'] );
	}

	public function test_create_tasks_needs_no_cloud(): void {
		$this->connect_site( 'http://127.0.0.1:9' );

		$response = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'create_tasks', 'ids' => array( 1 ) ) );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( 'credits' => 0, 'balance' => null, 'enough' => true, 'jobs' => 0, 'billing' => 'credits', 'existing' => 0 ), $response->get_data() );
	}

	public function test_generate_images_counts_the_prompts_and_the_images_that_follow(): void {
		$task_id = $this->create_task();
		$post_id = wp_insert_post( array( 'post_title' => 'IGNY8 test post', 'post_status' => 'draft', 'post_content' => '<!-- wp:paragraph --><p>Compost.</p><!-- /wp:paragraph -->' ) );
		( new \Igny8\Storage\Tasks_Repository() )->update( $task_id, array( 'assigned_post_id' => $post_id ) );

		$data = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'generate_images', 'ids' => array( $task_id ) ) )->get_data();

		// Prompts job + 4 images (featured and three in-article) at the Worker's price per image.
		$this->assertGreaterThan( 4, $data['credits'], (string) wp_json_encode( $data ) );
		$no_draft = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'generate_images', 'ids' => array( $this->create_task() ) ) );
		$this->assert_rest_error( 'igny8_no_draft', 409, $no_draft );
	}

	public function test_invalid_requests_are_refused(): void {
		$this->assertSame( 400, $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'publish', 'ids' => array( 1 ) ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'auto_cluster', 'ids' => array() ) )->get_status() );
		$this->assert_rest_error( 'igny8_task_not_found', 404, $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'generate_content', 'ids' => array( 999999 ) ) ) );
	}

	public function test_an_unreachable_cloud_says_so(): void {
		$ids = $this->keywords( 3 );
		$this->connect_site( 'http://127.0.0.1:9' );

		$response = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'auto_cluster', 'ids' => $ids ) );

		$this->assert_rest_error( 'igny8_cloud_unreachable', 502, $response );
	}

	/**
	 * Inserts keywords.
	 *
	 * @param int $count How many.
	 * @return int[]
	 */
	private function keywords( int $count ): array {
		$repo   = new Keywords_Repository();
		$prefix = wp_generate_password( 6, false );
		$ids    = array();
		for ( $i = 0; $i < $count; $i++ ) {
			$ids[] = $repo->insert( array( 'keyword' => "estimate {$prefix} {$i}", 'search_volume' => 100 + $i, 'intent' => 'informational' ) );
		}
		return $ids;
	}

	/**
	 * The cloud ledger's reservation of a job (negative), read through the Credits proxy.
	 *
	 * @param string $job_id Job id.
	 * @return int
	 */
	private function reserved( string $job_id ): int {
		$items = $this->rest( 'GET', '/igny8/v1/billing/transactions', array( 'kind' => 'reserve', 'per_page' => 100 ) )->get_data();
		$index = array_search( $job_id, array_column( $items, 'job_id' ), true );
		$this->assertNotFalse( $index, "No reservation for job {$job_id}" );
		return (int) $items[ $index ]['amount'];
	}
}

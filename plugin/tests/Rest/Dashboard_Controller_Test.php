<?php
/**
 * Tests for GET /igny8/v1/system/dashboard.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;
use Igny8\Actions\Registry;
use Igny8\Writer\Post_Meta;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * The pipeline at a glance: counts from the plugin's tables and managed posts, credits from the
 * real Worker (or why they are unavailable), the latest jobs from the local mirror.
 */
final class Dashboard_Controller_Test extends TestCase {

	use Cloud_Fixtures;

	protected function setUp(): void {
		parent::setUp();
		$this->connect_test_cloud();
		delete_transient( 'igny8_balance' );
		$this->as_user( $this->create_user( 'editor' ) );
	}

	public function test_counts_every_stage_of_the_pipeline(): void {
		$keywords = new Keywords_Repository();
		foreach ( array( 'compost', 'mulch', 'worm bin' ) as $keyword ) {
			$keywords->insert( array( 'keyword' => $keyword ) );
		}
		$cluster = ( new Clusters_Repository() )->insert( array( 'name' => 'Composting' ) );
		( new Ideas_Repository() )->insert( array( 'title' => 'Start a compost heap', 'cluster_id' => $cluster ) );
		$this->create_task();
		$this->create_task( array( 'title' => 'Second' ) );
		foreach ( array( 'draft', 'draft', 'publish' ) as $status ) {
			$post = wp_insert_post( array( 'post_title' => 'IGNY8 test post', 'post_status' => $status ) );
			update_post_meta( $post, Post_Meta::MANAGED, '1' );
		}
		wp_insert_post( array( 'post_title' => 'IGNY8 test post', 'post_status' => 'publish' ) ); // Not IGNY8's: not counted.

		$response = $this->rest( 'GET', '/igny8/v1/system/dashboard' );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame(
			array( 'keywords' => 3, 'clusters' => 1, 'ideas' => 1, 'tasks' => 2, 'drafts' => 2, 'published' => 1 ),
			$response->get_data()['stages']
		);
	}

	public function test_credits_come_from_the_cloud_and_recent_jobs_from_the_mirror(): void {
		$task_id = $this->create_task( array( 'title' => 'Dashboard job ' . wp_generate_password( 6, false ) ) );
		$jobs    = Registry::get( 'generate_content' )->run( array( 'ids' => array( $task_id ) ) );
		$this->assertIsArray( $jobs, is_wp_error( $jobs ) ? $jobs->get_error_message() : '' );

		$data = $this->rest( 'GET', '/igny8/v1/system/dashboard' )->get_data();

		$this->assertIsInt( $data['credits'] );
		$this->assertNull( $data['credits_error'] );
		$this->assertSame( (string) $jobs[0]['job_id'], $data['recent_jobs'][0]['id'] );
		$this->assertSame( 'generate_content', $data['recent_jobs'][0]['function'] );
		$this->assertSame( $task_id, $data['recent_jobs'][0]['task_id'] );
	}

	public function test_counts_still_answer_when_the_cloud_is_down(): void {
		( new Keywords_Repository() )->insert( array( 'keyword' => 'compost' ) );
		$this->connect_site( 'http://127.0.0.1:9' );

		$response = $this->rest( 'GET', '/igny8/v1/system/dashboard' );

		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( 1, $data['stages']['keywords'] );
		$this->assertNull( $data['credits'] );
		$this->assertSame( 'igny8_cloud_unreachable', $data['credits_error']['code'] );
		$this->assertStringContainsString( '127.0.0.1:9', $data['credits_error']['message'] );
	}
}

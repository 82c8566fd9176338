<?php
/**
 * Clusters, ideas and sectors CRUD.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Storage\Keywords_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * The planner tables over REST (Table_Controller), and generate_ideas' job input.
 */
final class Clusters_Controller_Test extends TestCase {

	use Cloud_Fixtures;

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'editor' ) );
	}

	public function test_cluster_crud_with_stats_and_unique_names(): void {
		$created = $this->rest( 'POST', '/igny8/v1/planner/clusters', array( 'name' => 'Worms', 'description' => "Line one\nLine two" ) );
		$this->assertSame( 201, $created->get_status() );
		$id = $created->get_data()['id'];
		$this->assertSame( array( 'active', "Line one\nLine two", 0 ), array( $created->get_data()['status'], $created->get_data()['description'], $created->get_data()['keywords_count'] ) );
		$this->assert_rest_error( 'igny8_duplicate', 409, $this->rest( 'POST', '/igny8/v1/planner/clusters', array( 'name' => 'worms' ) ) );

		$keyword = (int) ( new Keywords_Repository() )->insert( array( 'keyword' => 'worm bin', 'search_volume' => 40, 'cluster_id' => $id ) );
		$this->assertSame( array( 1, 40 ), array( $this->rest( 'GET', '/igny8/v1/planner/clusters/' . $id )->get_data()['keywords_count'], $this->rest( 'GET', '/igny8/v1/planner/clusters/' . $id )->get_data()['volume'] ) );
		$this->assertSame( 'archived', $this->rest( 'PATCH', '/igny8/v1/planner/clusters/' . $id, array( 'status' => 'archived' ) )->get_data()['status'] );
		$this->assertSame( 1, (int) $this->rest( 'GET', '/igny8/v1/planner/clusters', array( 'status' => 'archived' ) )->get_headers()['X-WP-Total'] );

		$this->rest( 'DELETE', '/igny8/v1/planner/clusters/' . $id );
		$this->assertNull( ( new Keywords_Repository() )->find( $keyword )['cluster_id'], 'its keywords are unassigned, not deleted' );
	}

	public function test_ideas_crud(): void {
		$idea = $this->rest( 'POST', '/igny8/v1/planner/ideas', array( 'title' => 'Worm bins', 'suggested_keywords' => array( '<b>worm</b> bin' ), 'outline' => array( array( 'heading' => 'Why', 'level' => 2 ) ) ) )->get_data();
		$this->assertSame( array( 'draft', 'post', array( 'worm bin' ) ), array( $idea['status'], $idea['content_type'], $idea['suggested_keywords'] ) );
		$this->assertSame( 400, $this->rest( 'PATCH', '/igny8/v1/planner/ideas/' . $idea['id'], array( 'status' => 'bogus' ) )->get_status() );
		$this->assertSame( 'approved', $this->rest( 'PATCH', '/igny8/v1/planner/ideas/' . $idea['id'], array( 'status' => 'approved' ) )->get_data()['status'] );
	}

	public function test_a_site_has_at_most_five_sectors(): void {
		foreach ( array( 'A', 'B', 'C', 'D', 'E' ) as $name ) {
			$this->assertSame( 201, $this->rest( 'POST', '/igny8/v1/planner/sectors', array( 'name' => 'Sector ' . $name ) )->get_status() );
		}
		$this->assert_rest_error( 'igny8_sector_limit', 409, $this->rest( 'POST', '/igny8/v1/planner/sectors', array( 'name' => 'Sector F' ) ) );
	}

	public function test_generate_ideas_sends_clusters_with_their_keywords(): void {
		$this->connect_site();
		$this->fake_cloud( static fn (): array => array( 202, self::ok( array( 'job' => array( 'id' => 'job_gi', 'status' => 'queued' ) ) ) ) );
		$id = $this->rest( 'POST', '/igny8/v1/planner/clusters', array( 'name' => 'Worms' ) )->get_data()['id'];
		( new Keywords_Repository() )->insert( array( 'keyword' => 'worm bin', 'cluster_id' => $id ) );

		$response = $this->rest( 'POST', '/igny8/v1/planner/clusters/generate_ideas', array( 'ids' => array( $id ), 'ideas_per_cluster' => 2 ) );

		$this->assertSame( 202, $response->get_status() );
		$input = $this->cloud_requests[0]['body']['input'];
		$this->assertSame( array( array( 'id' => $id, 'name' => 'Worms', 'description' => '', 'keywords' => array( 'worm bin' ) ) ), $input['clusters'] );
		$this->assertSame( 2, $input['ideas_per_cluster'] );
		$this->assertSame( array( 'cluster_ids' => array( $id ) ), $this->cloud_requests[0]['body']['reference'] );
	}
}

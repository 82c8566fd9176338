<?php
/**
 * One cluster's detail page: totals, posts and link coverage.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Planner;

use Igny8\Linker\Graph_Builder;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\TestCase;

/**
 * GET planner/clusters/{id}/detail and /posts against the real WordPress and link graph.
 */
final class Cluster_Detail_Controller_Test extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'editor' ) );
	}

	/**
	 * A post written for a task of the cluster, with the given content.
	 */
	private function written_post( int $cluster, string $title, string $content, string $status = 'publish' ): int {
		$task = ( new Tasks_Repository() )->insert(
			array(
				'title'      => $title,
				'cluster_id' => $cluster,
			)
		);
		$this->assertIsInt( $task );
		$post = $this->create_post(
			array(
				'post_title'   => $title,
				'post_content' => $content,
				'post_status'  => $status,
			)
		);
		update_post_meta( $post, '_igny8_task_id', (string) $task );
		( new Tasks_Repository() )->mark_completed( $task, $post, (string) get_permalink( $post ) );
		return $post;
	}

	public function test_the_detail_totals_keywords_ideas_tasks_posts_and_links(): void {
		$clusters = new Clusters_Repository();
		$id       = (int) $clusters->insert( array( 'name' => 'Composting' ) );
		$other    = (int) $clusters->insert( array( 'name' => 'Other' ) );
		$keywords = array();
		foreach ( array( array( 100, 10 ), array( 250, 30 ), array( null, 50 ), array( 50, null ) ) as $i => list( $volume, $difficulty ) ) {
			$keywords[] = array(
				'keyword'       => 'compost ' . $i,
				'search_volume' => $volume,
				'difficulty'    => $difficulty,
				'cluster_id'    => $id,
			);
		}
		$keywords[] = array(
			'keyword'       => 'elsewhere',
			'search_volume' => 9999,
			'cluster_id'    => $other,
		);
		( new Keywords_Repository() )->bulk_insert( $keywords );
		foreach ( array( 'draft', 'draft', 'approved' ) as $i => $status ) {
			( new Ideas_Repository() )->insert( array( 'title' => 'Idea ' . $i, 'cluster_id' => $id, 'status' => $status ) );
		}
		( new Ideas_Repository() )->insert( array( 'title' => 'Other idea', 'cluster_id' => $other ) );

		$a     = $this->written_post( $id, 'Compost A', 'Start here.' );
		$b     = $this->written_post( $id, 'Compost B', '<p>See <a href="' . get_permalink( $a ) . '">A</a> twice <a href="' . get_permalink( $a ) . '">again</a>.</p>' );
		$c     = $this->written_post( $id, 'Compost C', 'No links.' );
		$draft = $this->written_post( $id, 'Compost draft', '<a href="' . get_permalink( $a ) . '">A</a>', 'draft' );
		$x     = $this->written_post( $other, 'Elsewhere', '<a href="' . get_permalink( $c ) . '">C</a>' );
		( new Tasks_Repository() )->insert( array( 'title' => 'Queued', 'cluster_id' => $id ) );
		( new Graph_Builder() )->rebuild_all();

		$response = $this->rest( 'GET', '/igny8/v1/planner/clusters/' . $id . '/detail' );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( 'Composting', $data['cluster']['name'] );
		$this->assertSame(
			array(
				'count'          => 4,
				'volume'         => 400,
				'difficulty_avg' => 30,
				'difficulty_min' => 10,
				'difficulty_max' => 50,
			),
			$data['keywords']
		);
		$this->assertSame( array( 'total' => 3, 'by_status' => array( 'approved' => 1, 'draft' => 2 ) ), array( 'total' => $data['ideas']['total'], 'by_status' => $this->sorted( $data['ideas']['by_status'] ) ) );
		$this->assertSame( array( 'completed' => 4, 'queued' => 1 ), $this->sorted( $data['tasks']['by_status'] ) );
		$this->assertSame( 4, $data['posts'], 'the draft counts as written; the other cluster\'s post does not' );
		// Published: A, B, C. One link pair (B→A, written twice; the draft and the other cluster do not count).
		$this->assertSame( array( 'published' => 3, 'links' => 1, 'linked' => 1, 'possible' => 6 ), $data['links'] );

		$posts = $this->rest( 'GET', '/igny8/v1/planner/clusters/' . $id . '/posts', array( 'per_page' => 3 ) );
		$this->assertSame( '4', (string) $posts->get_headers()['X-WP-Total'] );
		$this->assertSame( '2', (string) $posts->get_headers()['X-WP-TotalPages'] );
		$rows = array_column( $posts->get_data(), null, 'id' );
		$this->assertSame( array( $draft, $c, $b ), array_keys( $rows ), 'newest first, one page' );
		$this->assertSame( array( true, 1, 0 ), array( $rows[ $b ]['published'], $rows[ $b ]['links_out'], $rows[ $b ]['links_in'] ) );
		$this->assertSame( array( true, 0, 0 ), array( $rows[ $c ]['published'], $rows[ $c ]['links_out'], $rows[ $c ]['links_in'] ), 'a link from another cluster is not coverage' );
		$this->assertSame( array( false, 'draft' ), array( $rows[ $draft ]['published'], $rows[ $draft ]['status'] ) );
		$this->assertStringContainsString( 'post.php?post=' . $b, (string) $rows[ $b ]['edit_url'] );
		$page2 = $this->rest( 'GET', '/igny8/v1/planner/clusters/' . $id . '/posts', array( 'per_page' => 3, 'page' => 2 ) )->get_data();
		$this->assertSame( array( array( $a, 1 ) ), array_map( static fn ( array $p ): array => array( $p['id'], $p['links_in'] ), $page2 ) );
		$this->assertNotContains( $x, array_keys( $rows ) );
	}

	public function test_a_missing_cluster_is_a_404_and_per_page_is_bounded(): void {
		$this->assert_rest_error( 'igny8_cluster_not_found', 404, $this->rest( 'GET', '/igny8/v1/planner/clusters/999999/detail' ) );
		$this->assert_rest_error( 'igny8_cluster_not_found', 404, $this->rest( 'GET', '/igny8/v1/planner/clusters/999999/posts' ) );
		$id = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Bounded' ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'GET', '/igny8/v1/planner/clusters/' . $id . '/posts', array( 'per_page' => 500 ) ) );
		$empty = $this->rest( 'GET', '/igny8/v1/planner/clusters/' . $id . '/detail' )->get_data();
		$this->assertSame( array( 0, 0, null ), array( $empty['keywords']['count'], $empty['keywords']['volume'], $empty['keywords']['difficulty_avg'] ) );
		$this->assertSame( array( 'published' => 0, 'links' => 0, 'linked' => 0, 'possible' => 0 ), $empty['links'] );
	}

	public function test_a_large_cluster_is_totalled_without_listing_its_keywords(): void {
		$id   = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Large' ) );
		$rows = array();
		for ( $i = 0; $i < 2000; $i++ ) {
			$rows[] = array(
				'keyword'       => 'large keyword ' . $i,
				'search_volume' => $i,
				'difficulty'    => $i % 101,
				'cluster_id'    => $id,
			);
		}
		( new Keywords_Repository() )->bulk_insert( $rows );
		$data = $this->rest( 'GET', '/igny8/v1/planner/clusters/' . $id . '/detail' )->get_data();
		$this->assertSame( array( 2000, 1999000 ), array( $data['keywords']['count'], $data['keywords']['volume'] ) );
		$page = $this->rest( 'GET', '/igny8/v1/planner/keywords', array( 'cluster_id' => $id, 'per_page' => 20 ) );
		$this->assertCount( 20, $page->get_data() );
		$this->assertSame( '100', (string) $page->get_headers()['X-WP-TotalPages'] );
	}

	/**
	 * @param array<string, int> $counts Counts by status.
	 * @return array<string, int>
	 */
	private function sorted( array $counts ): array {
		ksort( $counts );
		return $counts;
	}
}

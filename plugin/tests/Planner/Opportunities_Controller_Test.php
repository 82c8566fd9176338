<?php
/**
 * Keyword opportunities: ranked keyword lists and striking-distance Search Console queries.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Planner;

use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\TestCase;
use WP_REST_Request;
use WP_REST_Response;

/**
 * GET planner/opportunities/keywords and /queries, POST /queries/import, against the real WordPress.
 */
final class Opportunities_Controller_Test extends TestCase {

	/**
	 * Posts made outside the test transaction, deleted afterwards.
	 *
	 * @var int[]
	 */
	private array $posts = array();

	/**
	 * Users made outside the test transaction, deleted afterwards.
	 *
	 * @var int[]
	 */
	private array $users = array();

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'editor' ) );
	}

	protected function tearDown(): void {
		foreach ( $this->posts as $post ) {
			wp_delete_post( $post, true );
		}
		$this->posts = array();
		if ( $this->users ) {
			require_once ABSPATH . 'wp-admin/includes/user.php';
			array_map( 'wp_delete_user', $this->users );
			$this->users = array();
		}
		parent::tearDown();
	}

	/**
	 * Keywords as [keyword, volume, difficulty, cluster id or null, status].
	 *
	 * @param array<int, array{0: string, 1: ?int, 2: ?int, 3: ?int, 4?: string}> $rows Rows.
	 */
	private function keywords( array $rows ): void {
		$repo = new Keywords_Repository();
		foreach ( $rows as $row ) {
			$this->assertIsInt(
				$repo->insert(
					array(
						'keyword'       => $row[0],
						'search_volume' => $row[1],
						'difficulty'    => $row[2],
						'cluster_id'    => $row[3],
						'status'        => $row[4] ?? 'active',
					)
				)
			);
		}
	}

	/**
	 * The keyword column of a list response.
	 *
	 * @return string[]
	 */
	private static function names( WP_REST_Response $response ): array {
		return array_column( (array) $response->get_data(), 'keyword' );
	}

	/**
	 * A post written for a task of the cluster.
	 */
	private function written_post( int $cluster, string $status = 'publish' ): int {
		$task = ( new Tasks_Repository() )->insert(
			array(
				'title'      => 'Task ' . $cluster,
				'cluster_id' => $cluster,
			)
		);
		$this->assertIsInt( $task );
		$post = $this->create_post( array( 'post_status' => $status ) );
		( new Tasks_Repository() )->mark_completed( $task, $post, (string) get_permalink( $post ) );
		return $post;
	}

	public function test_unclustered_keywords_rank_by_volume_then_difficulty_and_leave_out_hard_unknown_and_clustered_ones(): void {
		$cluster = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Held' ) );
		$this->keywords(
			array(
				array( 'mid volume easy', 500, 10, null ),
				array( 'top volume harder', 900, 35, null ),
				array( 'top volume easiest', 900, 5, null ),
				array( 'too hard', 5000, 80, null ),
				array( 'unknown difficulty', 7000, null, null ),
				array( 'unknown volume', null, 1, null ),
				array( 'already clustered', 8000, 1, $cluster ),
				array( 'small', 20, 1, null ),
			)
		);

		$response = $this->rest( 'GET', '/igny8/v1/planner/opportunities/keywords', array( 'kind' => 'unclustered' ) );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( 'top volume easiest', 'top volume harder', 'mid volume easy', 'small' ), self::names( $response ) );
		$this->assertSame( '4', $response->get_headers()['X-WP-Total'] );
		$first = $response->get_data()[0];
		$this->assertSame( 900, $first['search_volume'] );
		$this->assertSame( 5, $first['difficulty'] );
		$this->assertNull( $first['cluster_id'] );

		$narrow = $this->rest(
			'GET',
			'/igny8/v1/planner/opportunities/keywords',
			array(
				'kind'           => 'unclustered',
				'min_volume'     => 100,
				'max_difficulty' => 20,
				'per_page'       => 1,
				'page'           => 2,
			)
		);
		$this->assertSame( array( 'mid volume easy' ), self::names( $narrow ) );
		$this->assertSame( '2', $narrow->get_headers()['X-WP-Total'] );
		$this->assertSame( '2', $narrow->get_headers()['X-WP-TotalPages'] );
	}

	public function test_uncovered_keywords_are_clustered_not_used_and_in_a_cluster_without_a_written_post(): void {
		$clusters = new Clusters_Repository();
		$open     = (int) $clusters->insert( array( 'name' => 'Open' ) );
		$written  = (int) $clusters->insert( array( 'name' => 'Written' ) );
		$trashed  = (int) $clusters->insert( array( 'name' => 'Trashed post' ) );
		$this->written_post( $written );
		$this->written_post( $trashed, 'trash' );
		$this->keywords(
			array(
				array( 'open one', 300, 20, $open ),
				array( 'open used', 900, 5, $open, 'used' ),
				array( 'covered by post', 1000, 5, $written ),
				array( 'post was trashed', 400, 10, $trashed ),
				array( 'not clustered', 2000, 1, null ),
			)
		);

		$response = $this->rest( 'GET', '/igny8/v1/planner/opportunities/keywords', array( 'kind' => 'uncovered' ) );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( 'post was trashed', 'open one' ), self::names( $response ) );
		$this->assertSame( 'Trashed post', $response->get_data()[0]['cluster_name'] );
		$this->assertSame( $open, $response->get_data()[1]['cluster_id'] );

		$searched = $this->rest(
			'GET',
			'/igny8/v1/planner/opportunities/keywords',
			array(
				'kind'   => 'uncovered',
				'search' => 'open',
			)
		);
		$this->assertSame( array( 'open one' ), self::names( $searched ) );
	}

	public function test_the_keywords_table_has_the_descending_rank_indexes(): void {
		global $wpdb;
		$rows = (array) $wpdb->get_results( $wpdb->prepare( 'SHOW INDEX FROM %i WHERE Key_name IN (%s, %s)', $wpdb->prefix . 'igny8_keywords', 'unclustered_rank', 'volume_rank' ), ARRAY_A );
		$seen = array();
		foreach ( $rows as $row ) {
			$seen[] = $row['Key_name'] . ':' . $row['Column_name'] . ':' . $row['Collation'];
		}
		sort( $seen );
		$this->assertSame(
			array( 'unclustered_rank:cluster_id:A', 'unclustered_rank:difficulty:A', 'unclustered_rank:search_volume:D', 'volume_rank:difficulty:A', 'volume_rank:search_volume:D' ),
			$seen
		);
	}

	public function test_a_bad_kind_or_difficulty_is_refused(): void {
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'GET', '/igny8/v1/planner/opportunities/keywords', array( 'kind' => 'everything' ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'GET', '/igny8/v1/planner/opportunities/keywords', array( 'max_difficulty' => 101 ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'GET', '/igny8/v1/planner/opportunities/queries', array( 'matched' => 'maybe' ) ) );
	}

	public function test_a_subscriber_reads_and_imports_nothing(): void {
		$this->as_user( $this->create_user( 'subscriber' ) );
		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'GET', '/igny8/v1/planner/opportunities/keywords' ) );
		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'GET', '/igny8/v1/planner/opportunities/queries' ) );
		$this->assert_rest_error( 'rest_forbidden', 403, $this->upload( "query,page,clicks,impressions,ctr,position\n" ) );
	}

	/**
	 * POSTs a file to the import route as a multipart upload.
	 */
	private function upload( string $content, string $name = 'Queries.csv' ): WP_REST_Response {
		$file = (string) wp_tempnam( 'igny8-gsc-test' );
		file_put_contents( $file, $content ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a test upload.
		$request = new WP_REST_Request( 'POST', '/igny8/v1/planner/opportunities/queries/import' );
		$request->set_file_params(
			array(
				'file' => array(
					'name'     => $name,
					'tmp_name' => $file,
					'error'    => UPLOAD_ERR_OK,
					'size'     => strlen( $content ),
				),
			)
		);
		$response = rest_get_server()->dispatch( $request );
		wp_delete_file( $file );
		return $response;
	}

	public function test_an_import_matches_pages_to_posts_and_lists_striking_distance_queries_by_impressions(): void {
		$this->run_outside_transaction();
		$editor        = $this->create_user( 'editor' );
		$this->users   = array( $editor );
		$this->as_user( $editor );
		$ranking       = $this->create_post( array( 'post_title' => 'How to compost' ) );
		$other         = $this->create_post( array( 'post_title' => 'Worm bins' ) );
		$this->posts   = array( $ranking, $other );
		$ranking_url   = (string) get_permalink( $ranking );
		$other_url     = (string) get_permalink( $other );
		$csv           = implode(
			"\n",
			array(
				"\xEF\xBB\xBFTop queries,Landing Page,Url Clicks,Impressions,URL CTR,Average Position",
				"compost at home,{$ranking_url},12,\"1,500\",0.8%,9.4",
				"worm bin,{$other_url},3,400,0.75%,14",
				"compost first page,{$ranking_url},90,900,10%,3.2",
				'compost elsewhere,https://example.org/compost,1,800,0.1%,12',
				"compost page three,{$ranking_url},0,700,0%,25",
				"compost no impressions,{$ranking_url},0,0,0%,11",
				"broken row,{$ranking_url},many,10,1%,9",
				'',
			)
		);

		$response = $this->upload( $csv );

		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$report = $response->get_data();
		$this->assertSame( 6, $report['imported'] );
		$this->assertSame( 5, $report['matched'] );
		$this->assertSame( 1, $report['failed'] );
		$this->assertSame( 8, $report['errors'][0]['line'] );

		$list = $this->rest( 'GET', '/igny8/v1/planner/opportunities/queries' );
		$this->assertSame( 200, $list->get_status() );
		$rows = $list->get_data();
		$this->assertSame( array( 'compost at home', 'compost elsewhere', 'worm bin' ), array_column( $rows, 'query' ) );
		$this->assertSame( '3', $list->get_headers()['X-WP-Total'] );
		$this->assertSame( 1500, $rows[0]['impressions'] );
		$this->assertSame( 9.4, $rows[0]['position'] );
		$this->assertSame( 0.8, $rows[0]['ctr'] );
		$this->assertSame( $ranking, $rows[0]['post_id'] );
		$this->assertSame( 'How to compost', $rows[0]['post_title'] );
		$this->assertSame( admin_url( 'admin.php?page=igny8-optimizer&post=' . $ranking ), $rows[0]['optimize_url'] );
		$this->assertNull( $rows[1]['post_id'] );
		$this->assertNull( $rows[1]['optimize_url'] );

		$matched = $this->rest( 'GET', '/igny8/v1/planner/opportunities/queries', array( 'matched' => 'matched' ) );
		$this->assertSame( array( 'compost at home', 'worm bin' ), array_column( (array) $matched->get_data(), 'query' ) );

		// A later export replaces the earlier one.
		$again = $this->upload( "query\tpage\tclicks\timpressions\tctr\tposition\nmulch depth\t{$other_url}\t1\t50\t0.02\t8,5\n", 'export.tsv' );
		$this->assertSame( 201, $again->get_status(), (string) wp_json_encode( $again->get_data() ) );
		$rows = $this->rest( 'GET', '/igny8/v1/planner/opportunities/queries' )->get_data();
		$this->assertSame( array( 'mulch depth' ), array_column( $rows, 'query' ) );
		$this->assertSame( 8.5, $rows[0]['position'] );
		$this->assertSame( 2.0, $rows[0]['ctr'] );
		$this->assertSame( $other, $rows[0]['post_id'] );
	}

	public function test_a_post_the_user_cannot_edit_is_named_but_not_offered_for_optimising(): void {
		$this->run_outside_transaction();
		$author      = $this->create_user( 'author' );
		$owner       = $this->create_user( 'editor' );
		$this->users = array( $author, $owner );
		$theirs      = $this->create_post( array( 'post_author' => $owner ) );
		$this->posts = array( $theirs );
		// Authors hold igny8_plan only when given it; the list itself needs it.
		( new \WP_User( $author ) )->add_cap( 'igny8_plan' );
		$this->as_user( $author );
		$url = (string) get_permalink( $theirs );
		$this->assertSame( 201, $this->upload( "query,page,clicks,impressions,ctr,position\nq one,{$url},1,100,1%,10\n" )->get_status() );
		$row = $this->rest( 'GET', '/igny8/v1/planner/opportunities/queries' )->get_data()[0];
		$this->assertSame( $theirs, $row['post_id'] );
		$this->assertNull( $row['optimize_url'] );
		$this->assertNull( $row['edit_url'] );
	}

	public function test_a_file_without_the_page_or_position_columns_is_refused_by_name(): void {
		$response = $this->upload( "Top queries,Clicks,Impressions,CTR\ncompost,1,10,10%\n" );

		$this->assert_rest_error( 'igny8_search_console_columns', 400, $response );
		$this->assertSame( array( 'page', 'position' ), $response->get_data()['data']['missing'] );
		$this->assert_rest_error( 'igny8_import_empty', 400, rest_get_server()->dispatch( new WP_REST_Request( 'POST', '/igny8/v1/planner/opportunities/queries/import' ) ) );
	}

	public function test_the_optimizer_list_opens_on_one_post_scored_or_not(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$post = $this->create_post( array( 'post_title' => 'Only this one' ) );
		$this->create_post( array( 'post_title' => 'Not this one' ) );

		$response = $this->rest(
			'GET',
			'/igny8/v1/optimizer/posts',
			array(
				'post_id' => $post,
				'scored'  => 'scored',
			)
		);

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( $post ), array_column( (array) $response->get_data(), 'id' ) );
	}
}

<?php
/**
 * The Linker REST routes, including the suggestions contract the editor sidebar uses.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Linker;

use Igny8\Linker\Graph_Builder;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\TestCase;

/**
 * GET linker/suggestions, preview, apply, revert, graph and posts.
 */
final class Linker_Controller_Test extends TestCase {

	/**
	 * Creates a published post in a cluster with a target keyword.
	 */
	private function post( string $title, string $content, string $keyword = '', int $cluster = 0, int $author = 1 ): int {
		$id = (int) wp_insert_post(
			array(
				'post_title'   => $title,
				'post_content' => $content,
				'post_status'  => 'publish',
				'post_author'  => $author,
			)
		);
		if ( '' !== $keyword ) {
			update_post_meta( $id, '_igny8_target_keyword', $keyword );
		}
		if ( $cluster ) {
			update_post_meta( $id, '_igny8_task_id', ( new Tasks_Repository() )->insert( array( 'title' => $title, 'cluster_id' => $cluster ) ) );
		}
		return $id;
	}

	/**
	 * A small site: a source about composting, two posts of its cluster, two outside it.
	 *
	 * @return array<string, int>
	 */
	private function site(): array {
		$cluster = ( new Clusters_Repository() )->insert( array( 'name' => 'Compost ' . wp_generate_password( 6, false ) ) );
		$other   = ( new Clusters_Repository() )->insert( array( 'name' => 'Tools ' . wp_generate_password( 6, false ) ) );
		$ids     = array(
			'bins'    => $this->post( 'Choosing compost bins', 'x', 'compost bins', $cluster ),
			'worms'   => $this->post( 'Worm farming basics', 'x', 'worm farming', $cluster ),
			'shovels' => $this->post( 'Garden shovels reviewed', 'x', 'garden shovels', $other ),
			'soil'    => $this->post( 'Healthy soil guide', 'x', 'healthy soil', $other ),
			'linked'  => $this->post( 'Leaf mould', 'x', 'leaf mould', $cluster ),
		);
		$ids['source'] = $this->post(
			'Composting at home',
			"<!-- wp:heading -->\n<h2>Healthy Soil starts here</h2>\n<!-- /wp:heading -->\n"
			. "<!-- wp:paragraph -->\n<p>Good Healthy Soil needs <a href=\"/?p={$ids['linked']}\">leaf mould</a> and garden shovels.</p>\n<!-- /wp:paragraph -->\n"
			. "<!-- wp:paragraph -->\n<p>Most people start with Compost Bins; some add worm farming later.</p>\n<!-- /wp:paragraph -->",
			'home composting',
			$cluster
		);
		( new Graph_Builder() )->rebuild_all();
		return $ids;
	}

	public function test_suggestions_put_the_cluster_first_with_anchors_found_verbatim(): void {
		$ids = $this->site();
		$this->as_user( $this->create_user( 'editor' ) );

		$response = $this->rest( 'GET', '/igny8/v1/linker/suggestions', array( 'post_id' => $ids['source'], 'limit' => 10 ) );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( array( $ids['bins'], $ids['worms'], $ids['shovels'], $ids['soil'] ), array_column( $data, 'target_post_id' ) );
		$this->assertSame( array( 'cluster', 'cluster', 'keywords', 'keywords' ), array_column( $data, 'reason' ) );
		$this->assertSame( array( 'Compost Bins', 'worm farming', 'garden shovels', 'Healthy Soil' ), array_column( $data, 'anchor' ) );
		$this->assertSame( array( 'target_post_id', 'title', 'url', 'anchor', 'reason', 'score' ), array_keys( $data[0] ) );
		$this->assertSame( get_permalink( $ids['bins'] ), $data[0]['url'] );
		$this->assertSame( 'Choosing compost bins', $data[0]['title'] );
		$this->assertNotContains( $ids['linked'], array_column( $data, 'target_post_id' ), 'already linked' );

		$limited = $this->rest( 'GET', '/igny8/v1/linker/suggestions', array( 'post_id' => $ids['source'], 'limit' => 1 ) )->get_data();
		$this->assertCount( 1, $limited );
	}

	public function test_suggestions_refuse_unknown_posts_and_posts_the_user_may_not_edit(): void {
		$ids = $this->site();
		$this->as_user( $this->create_user( 'author' ) );

		$this->assert_rest_error( 'igny8_post_not_found', 404, $this->rest( 'GET', '/igny8/v1/linker/suggestions', array( 'post_id' => 999999 ) ) );
		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'GET', '/igny8/v1/linker/suggestions', array( 'post_id' => $ids['source'] ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'GET', '/igny8/v1/linker/suggestions', array( 'post_id' => $ids['source'], 'limit' => 500 ) ) );
	}

	public function test_preview_apply_and_revert_through_rest(): void {
		$ids = $this->site();
		$this->as_user( $this->create_user( 'editor' ) );
		$before = get_post( $ids['source'] )->post_content;
		$links  = array( array( 'target_post_id' => $ids['bins'], 'anchor' => 'Compost Bins' ), array( 'target_post_id' => $ids['soil'], 'anchor' => 'Not in the text' ) );

		$preview = $this->rest( 'POST', '/igny8/v1/linker/preview', array( 'post_id' => $ids['source'], 'links' => $links ) )->get_data();
		$this->assertSame( array( true, false ), array_column( $preview['links'], 'found' ) );
		$this->assertStringContainsString( '[Compost Bins]', $preview['links'][0]['context'] );
		$this->assertSame( $before, get_post( $ids['source'] )->post_content, 'a preview saves nothing' );

		$applied = $this->rest( 'POST', '/igny8/v1/linker/apply', array( 'post_id' => $ids['source'], 'links' => $links ) );
		$this->assertSame( 200, $applied->get_status(), wp_json_encode( $applied->get_data() ) );
		$this->assertSame( 1, $applied->get_data()['applied'] );
		$content = get_post( $ids['source'] )->post_content;
		$this->assertStringContainsString( '<a href="' . esc_url( get_permalink( $ids['bins'] ) ) . '">Compost Bins</a>', $content );
		$this->assertSame( $ids['bins'], $this->rest( 'GET', '/igny8/v1/linker/applied' )->get_data()[0]['links'][0]['target_post_id'] ?? null );

		$reverted = $this->rest( 'POST', '/igny8/v1/linker/revert', array( 'post_id' => $ids['source'] ) );
		$this->assertSame( 200, $reverted->get_status(), wp_json_encode( $reverted->get_data() ) );
		$this->assertSame( $before, get_post( $ids['source'] )->post_content );
		$this->assert_rest_error( 'igny8_linker_nothing_to_revert', 404, $this->rest( 'POST', '/igny8/v1/linker/revert', array( 'post_id' => $ids['source'] ) ) );
	}

	public function test_a_revert_after_a_later_edit_is_refused(): void {
		$ids = $this->site();
		$this->as_user( $this->create_user( 'editor' ) );
		$this->rest( 'POST', '/igny8/v1/linker/apply', array( 'post_id' => $ids['source'], 'links' => array( array( 'target_post_id' => $ids['worms'], 'anchor' => 'worm farming' ) ) ) );
		wp_update_post( array( 'ID' => $ids['source'], 'post_content' => get_post( $ids['source'] )->post_content . "\n<p>Edited.</p>" ) );

		$this->assert_rest_error( 'igny8_linker_post_changed', 409, $this->rest( 'POST', '/igny8/v1/linker/revert', array( 'post_id' => $ids['source'] ) ) );
		$this->assertStringContainsString( 'Edited.', get_post( $ids['source'] )->post_content );
	}

	public function test_graph_and_posts_list_orphans_and_rebuild_runs_in_batches(): void {
		$ids = $this->site();
		for ( $i = 0; $i < 6; $i++ ) {
			$this->post( "Filler {$i}", 'x' );
		}
		$this->as_user( $this->create_user( 'editor' ) );

		$first = $this->rest( 'POST', '/igny8/v1/linker/rebuild', array( 'cursor' => 0, 'batch' => 10 ) )->get_data();
		$this->assertSame( 10, $first['batch'] );
		$this->assertFalse( $first['done'] );
		$cursor = $first['cursor'];
		do {
			$step   = $this->rest( 'POST', '/igny8/v1/linker/rebuild', array( 'cursor' => $cursor, 'batch' => 10 ) )->get_data();
			$cursor = $step['cursor'];
		} while ( ! $step['done'] );

		$graph = $this->rest( 'GET', '/igny8/v1/linker/graph' )->get_data();
		$this->assertGreaterThanOrEqual( 6, $graph['posts'] );
		$this->assertGreaterThanOrEqual( 1, $graph['links'] );
		$orphans = $this->rest( 'GET', '/igny8/v1/linker/posts', array( 'orphans' => true, 'per_page' => 100 ) );
		$orphan_ids = array_column( $orphans->get_data(), 'post_id' );
		$this->assertContains( $ids['source'], $orphan_ids );
		$this->assertNotContains( $ids['linked'], $orphan_ids );
		$row = current( array_filter( $this->rest( 'GET', '/igny8/v1/linker/posts', array( 'orderby' => 'in', 'per_page' => 100 ) )->get_data(), static fn ( array $r ): bool => $r['post_id'] === $ids['linked'] ) );
		$this->assertSame( 1, $row['in'] );
		$this->assertSame( 'Leaf mould', $row['title'] );
		$this->assertNotEmpty( $orphans->get_headers()['X-WP-Total'] );
	}
}

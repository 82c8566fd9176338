<?php
/**
 * One target length per post for the stored score and the editor's score.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Optimizer;

use Igny8\Optimizer\Scorer;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Automation/Real_Cloud.php';

/**
 * The Scorer (stored score, scored by the real Worker) and editor/context (the sidebar's default)
 * read the same target: the post's own `_igny8_target_words`, else the plan's default.
 */
final class Target_Length_Test extends TestCase {

	use \Igny8\Tests\Automation\Real_Cloud;

	public function test_a_post_of_a_writer_task_has_the_task_length_in_both_scores(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$post = $this->task_post();

		$this->assertSame( 1200, $this->rest( 'GET', '/igny8/v1/editor/context', array( 'post_id' => $post ) )->get_data()['target_words'] );
		$this->assertSame( 1200, ( new Scorer() )->input( get_post( $post ) )['targetWords'] );
	}

	public function test_the_post_target_set_in_the_editor_is_what_the_stored_score_checks(): void {
		$this->connect_new_tenant();
		$this->as_user( $this->create_user( 'editor' ) );
		$post = $this->task_post();

		$saved = $this->rest( 'POST', '/wp/v2/posts/' . $post, array( 'meta' => array( '_igny8_target_words' => 800 ) ) );
		$this->assertSame( 200, $saved->get_status(), wp_json_encode( $saved->get_data() ) );
		$this->assertSame( 800, ( new Scorer() )->input( get_post( $post ) )['targetWords'] );
		// The sidebar gets the plan's default beside the post's own value, which it uses while editing.
		$this->assertSame( 1200, $this->rest( 'GET', '/igny8/v1/editor/context', array( 'post_id' => $post ) )->get_data()['target_words'] );

		$scored = $this->rest( 'POST', '/igny8/v1/optimizer/score', array( 'ids' => array( $post ) ) );
		$this->assertSame( 200, $scored->get_status(), wp_json_encode( $scored->get_data() ) );
		$length = array_values( array_filter( $scored->get_data()[0]['checks'], static fn ( array $c ): bool => 'length' === $c['id'] ) )[0];
		$this->assertStringContainsString( 'against a target of 800.', $length['message'] );
		$this->assertSame( 1, count( get_post_meta( $post, Scorer::SCORE ) ) );
	}

	public function test_outside_the_plan_there_is_no_target_and_a_site_may_default_by_cluster(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$plain = $this->create_post();
		$this->assertNull( ( new Scorer() )->input( get_post( $plain ) )['targetWords'] );
		$this->assertNull( $this->rest( 'GET', '/igny8/v1/editor/context', array( 'post_id' => $plain ) )->get_data()['target_words'] );

		add_filter( 'igny8_default_target_words', static fn ( $words, int $post_id, $task, $cluster ) => $cluster && 'Guides' === $cluster['name'] ? 2500 : $words, 10, 4 );
		$post = $this->task_post( 'Guides' );
		$this->assertSame( 2500, ( new Scorer() )->input( get_post( $post ) )['targetWords'] );
		$this->assertSame( 2500, $this->rest( 'GET', '/igny8/v1/editor/context', array( 'post_id' => $post ) )->get_data()['target_words'] );
	}

	public function test_the_task_target_else_the_cluster_target_is_the_article_length_and_both_scores_default(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$cluster = ( new Clusters_Repository() )->insert( array( 'name' => 'Long reads ' . wp_generate_password( 4, false ) ) );

		// The cluster's target through its REST route; out of the job contract's range is refused.
		$this->assertSame( 400, $this->rest( 'PATCH', "/igny8/v1/planner/clusters/{$cluster}", array( 'target_words' => 99 ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'PATCH', "/igny8/v1/planner/clusters/{$cluster}", array( 'target_words' => 6001 ) )->get_status() );
		$saved = $this->rest( 'PATCH', "/igny8/v1/planner/clusters/{$cluster}", array( 'target_words' => 2400 ) );
		$this->assertSame( 200, $saved->get_status(), wp_json_encode( $saved->get_data() ) );
		$this->assertSame( 2400, $saved->get_data()['target_words'] );

		$task = ( new Tasks_Repository() )->insert(
			array(
				'title'      => 'Composting at length',
				'cluster_id' => $cluster,
			)
		);
		$post = $this->create_post( array( 'meta_input' => array( '_igny8_task_id' => $task ) ) );
		$this->assertSame( 2400, ( new Scorer() )->input( get_post( $post ) )['targetWords'], 'a task without its own target takes the cluster\'s' );
		$this->assertSame( 2400, \Igny8\Actions\Generate_Content\Action::input( ( new Tasks_Repository() )->find( $task ) )['target_words'] );

		$edited = $this->rest( 'PATCH', "/igny8/v1/writer/tasks/{$task}", array( 'target_words' => 900 ) );
		$this->assertSame( 200, $edited->get_status(), wp_json_encode( $edited->get_data() ) );
		$this->assertSame( 900, ( new Scorer() )->input( get_post( $post ) )['targetWords'] );
		$this->assertSame( 900, $this->rest( 'GET', '/igny8/v1/editor/context', array( 'post_id' => $post ) )->get_data()['target_words'] );
		$this->assertSame( 900, \Igny8\Actions\Generate_Content\Action::input( ( new Tasks_Repository() )->find( $task ) )['target_words'] );

		$cleared = $this->rest( 'PATCH', "/igny8/v1/writer/tasks/{$task}", array( 'target_words' => null ) );
		$this->assertNull( $cleared->get_data()['target_words'] );
		$this->assertSame( 2400, ( new Scorer() )->input( get_post( $post ) )['targetWords'] );
	}

	public function test_a_target_is_a_whole_number_within_bounds(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$post = $this->task_post();
		$this->rest( 'POST', '/wp/v2/posts/' . $post, array( 'meta' => array( '_igny8_target_words' => 999999 ) ) );
		$this->assertSame( 20000, ( new Scorer() )->input( get_post( $post ) )['targetWords'] );
		$this->assertSame( 400, $this->rest( 'POST', '/wp/v2/posts/' . $post, array( 'meta' => array( '_igny8_target_words' => 'long' ) ) )->get_status() );

		$this->as_user( $this->create_user( 'author' ) );
		$this->assertContains( $this->rest( 'POST', '/wp/v2/posts/' . $post, array( 'meta' => array( '_igny8_target_words' => 300 ) ) )->get_status(), array( 401, 403 ) );
	}

	/**
	 * A published post written for a writer task (in a cluster when named).
	 */
	private function task_post( string $cluster = '' ): int {
		$cluster_id = '' !== $cluster ? ( new Clusters_Repository() )->insert( array( 'name' => $cluster ) ) : 0;
		$task_id    = ( new Tasks_Repository() )->insert( array( 'title' => 'Composting', 'keywords' => array( 'compost bins' ) ) + ( $cluster_id ? array( 'cluster_id' => $cluster_id ) : array() ) );
		return $this->create_post(
			array(
				'post_content' => "<!-- wp:paragraph -->\n<p>Compost bins turn scraps into soil.</p>\n<!-- /wp:paragraph -->",
				'meta_input'   => array( '_igny8_task_id' => $task_id ),
			)
		);
	}
}

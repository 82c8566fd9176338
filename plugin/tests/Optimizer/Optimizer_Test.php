<?php
/**
 * Stored scores from the one score model (through the real Worker), the list, revisions and restore.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Optimizer;

use Igny8\Optimizer\Score_Cron;
use Igny8\Optimizer\Scorer;
use Igny8\Tests\TestCase;
use Igny8\Writer\Post_Meta;

require_once dirname( __DIR__ ) . '/Automation/Real_Cloud.php';

/**
 * POST optimizer/score, GET optimizer/posts, the stale batch, revisions and restore.
 */
final class Optimizer_Test extends TestCase {

	use \Igny8\Tests\Automation\Real_Cloud;

	/**
	 * A post with a keyword and meta.
	 */
	private function post( string $title, string $content ): int {
		$id = (int) wp_insert_post( array( 'post_title' => $title, 'post_content' => $content, 'post_status' => 'publish' ) );
		update_post_meta( $id, '_igny8_target_keyword', 'compost bins' );
		update_post_meta( $id, Post_Meta::META_TITLE, 'Compost bins: how to choose one for a small garden' );
		update_post_meta( $id, Post_Meta::META_DESCRIPTION, 'Compost bins for small gardens: sizes, materials and where to put them, with tips on turning the heap every week.' );
		return $id;
	}

	public function test_scoring_stores_the_worker_score_and_the_top_issues(): void {
		$this->connect_new_tenant();
		$this->as_user( $this->create_user( 'editor' ) );
		$good = $this->post( 'Compost bins for small gardens', "<!-- wp:paragraph -->\n<p>Compost bins turn scraps into soil.</p>\n<!-- /wp:paragraph -->\n<!-- wp:heading -->\n<h2>Choosing compost bins</h2>\n<!-- /wp:heading -->\n<!-- wp:paragraph -->\n<p>Pick a size that fits. Turn the heap weekly.</p>\n<!-- /wp:paragraph -->" );
		$poor = $this->post( 'Untitled thoughts', "<!-- wp:paragraph -->\n<p>Short.</p>\n<!-- /wp:paragraph -->" );

		$response = $this->rest( 'POST', '/igny8/v1/optimizer/score', array( 'ids' => array( $good, $poor ) ) );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		list( $a, $b ) = $response->get_data();
		$this->assertSame( $a['score'], Scorer::stored( $good ) );
		$this->assertSame( $b['score'], Scorer::stored( $poor ) );
		$this->assertGreaterThan( $b['score'], $a['score'] );
		$issues = json_decode( (string) get_post_meta( $poor, Scorer::ISSUES, true ), true );
		$this->assertNotEmpty( $issues );
		$this->assertLessThanOrEqual( 5, count( $issues ) );
		$this->assertSame( array( 'id', 'status', 'message' ), array_keys( $issues[0] ) );
		$this->assertSame( 'problem', $issues[0]['status'], 'problems come first' );

		$list = $this->rest( 'GET', '/igny8/v1/optimizer/posts', array( 'per_page' => 100 ) )->get_data();
		$ids  = array_column( $list, 'id' );
		$this->assertLessThan( array_search( $good, $ids, true ), array_search( $poor, $ids, true ), 'worst first' );
	}

	public function test_saving_marks_the_score_stale_and_the_cron_batch_rescores_it(): void {
		$this->connect_new_tenant();
		$id = $this->post( 'Compost bins', "<!-- wp:paragraph -->\n<p>Compost bins.</p>\n<!-- /wp:paragraph -->" );
		$this->assertNotWPError( ( new Scorer() )->score( get_post( $id ) ) );
		$before = Scorer::stored( $id );
		$calls  = 0;
		add_filter(
			'pre_http_request',
			static function ( $pre ) use ( &$calls ) {
				++$calls;
				return $pre;
			}
		);

		wp_update_post( array( 'ID' => $id, 'post_content' => "<!-- wp:paragraph -->\n<p>Compost bins are great. " . str_repeat( 'Turn the heap every week and keep it moist. ', 40 ) . "</p>\n<!-- /wp:paragraph -->" ) );

		$this->assertSame( 0, $calls, 'no cloud call inside save_post' );
		$this->assertSame( '1', get_post_meta( $id, Scorer::STALE, true ) );
		$this->assertNotFalse( wp_next_scheduled( Score_Cron::SOON_HOOK ), 'scored on the next request, not in five minutes' );
		$this->assertTrue( has_action( Score_Cron::SOON_HOOK ) > 0, 'the one-off event runs the scoring' );
		$this->assertGreaterThanOrEqual( 1, ( new Score_Cron() )->run() );
		$this->assertSame( '', get_post_meta( $id, Scorer::STALE, true ) );
		$this->assertNotSame( $before, Scorer::stored( $id ), 'the longer text scores differently' );
	}

	public function test_revisions_list_the_optimised_one_with_its_changes_and_restore_brings_back_a_revision(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$id       = $this->post( 'Compost', '<p>Original.</p>' );
		$original = get_post( $id )->post_content;
		$result   = array(
			'segments' => array(
				array(
					'id'   => 's1',
					'html' => 'Optimised.',
				),
			),
			'changes'  => array( 'Added the keyword to the intro.' ),
		);
		( new \Igny8\Actions\Optimize_Content\Result() )->apply( $result, array( 'post_id' => $id, 'content_hash' => md5( $original ) ), array(), null );
		$before_id = (int) _wp_put_post_revision( get_post( $id ) );

		$data = $this->rest( 'GET', "/igny8/v1/optimizer/posts/{$id}/revisions" )->get_data();
		$this->assertSame( array( 'Added the keyword to the intro.' ), $data['changes'] );
		$this->assertStringContainsString( 'revision.php?revision=' . $data['optimized_revision_id'], $data['compare_url'] );
		$this->assertContains( true, array_column( $data['revisions'], 'optimized' ) );
		$this->assertSame( $original, get_post( $id )->post_content, 'optimising never overwrites the post' );

		$restored = $this->rest( 'POST', "/igny8/v1/optimizer/posts/{$id}/restore", array( 'revision_id' => $data['optimized_revision_id'] ) );
		$this->assertSame( 200, $restored->get_status(), wp_json_encode( $restored->get_data() ) );
		$this->assertStringContainsString( 'Optimised.', get_post( $id )->post_content );

		$other = $this->post( 'Other', '<p>x</p>' );
		$this->assert_rest_error( 'igny8_revision_not_found', 404, $this->rest( 'POST', "/igny8/v1/optimizer/posts/{$other}/restore", array( 'revision_id' => $before_id ) ) );
	}
}

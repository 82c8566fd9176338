<?php
/**
 * generate_content drafts: terms and sync meta.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Results;

use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * The draft gets the task's category, its keywords as tags and the seed's status meta.
 */
final class Content_Result_Test extends TestCase {

	use Cloud_Fixtures;

	public function test_the_draft_gets_category_tags_and_wordpress_status(): void {
		$this->connect_site();
		$category = (int) wp_insert_term( 'Gardening', 'category' )['term_id'];
		$task_id  = $this->create_task( array( 'taxonomy_term_id' => $category ) );
		$body     = self::delivery_body( self::completed_job( 'job_terms', $task_id ) );

		$post_id = $this->rest( 'POST', '/igny8/v1/deliveries', $body, $this->delivery_headers( $body, 'job_terms' ) )->get_data()['post_id'];

		$this->assertSame( array( $category ), wp_get_post_categories( $post_id ) );
		$this->assertSame( array( 'compost bin', 'composting' ), wp_get_post_tags( $post_id, array( 'fields' => 'names', 'orderby' => 'name' ) ) );
		$this->assertSame( 'draft', get_post_meta( $post_id, '_igny8_wordpress_status', true ) );
		$this->assertSame( 'how-to-start-composting-at-home', get_post( $post_id )->post_name, 'the draft has its slug, not the editor placeholder' );
		$this->assertSame( 'composting', get_post_meta( $post_id, '_igny8_target_keyword', true ), 'the task\'s first keyword is the post\'s own target keyword' );
		$this->assertSame( 'completed', ( new Tasks_Repository() )->find( $task_id )['status'] );
	}

	public function test_the_active_keywords_the_article_targets_become_used(): void {
		$this->connect_site();
		$keywords = new Keywords_Repository();
		$target   = $keywords->insert( array( 'keyword' => 'Compost Bin' ) );
		$paused   = $keywords->insert(
			array(
				'keyword' => 'composting',
				'status'  => 'inactive',
			)
		);
		$other    = $keywords->insert( array( 'keyword' => 'raised beds' ) );
		$task_id  = $this->create_task();
		$body     = self::delivery_body( self::completed_job( 'job_used', $task_id ) );

		$this->rest( 'POST', '/igny8/v1/deliveries', $body, $this->delivery_headers( $body, 'job_used' ) );

		$this->assertSame( 'used', $keywords->find( $target )['status'] );
		$this->assertSame( 'inactive', $keywords->find( $paused )['status'], 'A keyword the editor paused stays paused.' );
		$this->assertSame( 'active', $keywords->find( $other )['status'] );
	}
}

<?php
/**
 * Approve and unapprove ideas (REST and the service behind wp igny8 ideas).
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Planner;

use Igny8\Planner\Idea_Approval;
use Igny8\Storage\Ideas_Repository;
use Igny8\Tests\TestCase;

/**
 * Only draft ↔ approved; every other idea is skipped and reported with its title and reason.
 */
final class Idea_Approval_Test extends TestCase {

	private const ROUTE = '/igny8/v1/planner/ideas';

	private Ideas_Repository $ideas;

	protected function setUp(): void {
		parent::setUp();
		$this->ideas = new Ideas_Repository();
		$this->as_user( $this->create_user( 'editor' ) );
	}

	private function idea( string $title, string $status, ?int $task_id = null ): int {
		return (int) $this->ideas->insert(
			array(
				'title'   => $title,
				'status'  => $status,
				'task_id' => $task_id,
			)
		);
	}

	public function test_approve_moves_drafts_and_reports_each_skipped_idea(): void {
		$draft      = $this->idea( 'Compost basics', 'draft' );
		$other      = $this->idea( 'Worm bins', 'draft' );
		$approved   = $this->idea( 'Leaf mould', 'approved' );
		$writing    = $this->idea( 'Hot composting', 'in_progress', 7 );
		$done       = $this->idea( 'Bokashi', 'completed' );
		$with_task  = $this->idea( 'Compost tea', 'draft', 9 );

		$response = $this->rest( 'POST', self::ROUTE . '/approve', array( 'ids' => array( $draft, $other, $approved, $writing, $done, $with_task, 999999 ) ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( array( $draft, $other ), $data['updated'] );
		$this->assertSame( array( $approved, $writing, $done, $with_task, 999999 ), array_column( $data['skipped'], 'id' ) );
		$this->assertSame( array( 'Leaf mould', 'Hot composting', 'Bokashi', 'Compost tea', '' ), array_column( $data['skipped'], 'title' ) );
		$this->assertSame( 'It is already approved.', $data['skipped'][0]['reason'] );
		$this->assertStringContainsString( 'writer task', $data['skipped'][1]['reason'] );
		$this->assertStringContainsString( 'writer task', $data['skipped'][3]['reason'] );
		$this->assertSame( 'This idea no longer exists.', $data['skipped'][4]['reason'] );

		$this->assertSame( 'approved', $this->ideas->find( $draft )['status'] );
		$this->assertSame( 'in_progress', $this->ideas->find( $writing )['status'] );
		$this->assertSame( 'completed', $this->ideas->find( $done )['status'] );
		$this->assertSame( 'draft', $this->ideas->find( $with_task )['status'], 'an idea with a task is not approved behind the Writer' );
	}

	public function test_unapprove_sends_approved_ideas_back_to_draft_only(): void {
		$approved = $this->idea( 'Leaf mould', 'approved' );
		$draft    = $this->idea( 'Compost basics', 'draft' );
		$writing  = $this->idea( 'Hot composting', 'in_progress', 7 );

		$data = $this->rest( 'POST', self::ROUTE . '/unapprove', array( 'ids' => array( $approved, $draft, $writing ) ) )->get_data();

		$this->assertSame( array( $approved ), $data['updated'] );
		$this->assertSame( array( $draft, $writing ), array_column( $data['skipped'], 'id' ) );
		$this->assertSame( 'It is already a draft.', $data['skipped'][0]['reason'] );
		$this->assertSame( 'draft', $this->ideas->find( $approved )['status'] );
		$this->assertSame( 'in_progress', $this->ideas->find( $writing )['status'] );
	}

	public function test_an_idea_that_changed_between_the_read_and_the_write_is_skipped(): void {
		$id = $this->idea( 'Compost basics', 'draft' );
		// Another request (an automation run, a second editor) takes the idea after it was read.
		$taken = false;
		$race  = function ( string $query ) use ( $id, &$taken ): string {
			global $wpdb;
			if ( ! $taken && str_starts_with( $query, 'UPDATE' ) && str_contains( $query, "status = 'approved'" ) && str_contains( $query, 'task_id IS NULL' ) ) {
				$taken = true;
				$wpdb->query( $wpdb->prepare( 'UPDATE %i SET status = %s, task_id = %d WHERE id = %d', $this->ideas->table(), 'in_progress', 5, $id ) );
			}
			return $query;
		};
		add_filter( 'query', $race );

		$result = ( new Idea_Approval() )->set( array( $id ), true );
		remove_filter( 'query', $race );

		$this->assertTrue( $taken );
		$this->assertSame( array(), $result['updated'] );
		$this->assertSame( $id, $result['skipped'][0]['id'] );
		$this->assertStringContainsString( 'changed meanwhile', $result['skipped'][0]['reason'] );
		$this->assertSame( 'in_progress', $this->ideas->find( $id )['status'] );
	}

	public function test_approve_needs_the_plan_capability_and_valid_ids(): void {
		$id = $this->idea( 'Compost basics', 'draft' );
		$this->as_user( $this->create_user( 'author' ) );
		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'POST', self::ROUTE . '/approve', array( 'ids' => array( $id ) ) ) );
		$this->assertSame( 'draft', $this->ideas->find( $id )['status'] );

		$this->as_user( $this->create_user( 'editor' ) );
		$this->assertSame( 400, $this->rest( 'POST', self::ROUTE . '/approve', array( 'ids' => array() ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'POST', self::ROUTE . '/approve', array( 'ids' => 'all' ) )->get_status() );
	}
}

<?php
/**
 * Tests for editing a writer task after creation.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\TestCase;

/**
 * PATCH writer/tasks/{id}: title, brief, keywords, content type, category, cluster and structure.
 */
final class Task_Editing_Test extends TestCase {

	private const ROUTE = '/igny8/v1/writer/tasks';

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'editor' ) );
	}

	public function test_every_field_of_a_task_is_edited(): void {
		$id       = (int) $this->rest( 'POST', self::ROUTE, array( 'title' => 'Worm bins' ) )->get_data()['id'];
		$category = (int) wp_insert_term( 'Composting', 'category' )['term_id'];
		$cluster  = (int) $this->rest( 'POST', '/igny8/v1/planner/clusters', array( 'name' => 'Bins' ) )->get_data()['id'];

		$response = $this->rest(
			'PATCH',
			self::ROUTE . '/' . $id,
			array(
				'title'             => ' Worm bins for flats ',
				'brief'             => "For flats.\nNo garden needed.",
				'keywords'          => array( 'worm bin', ' ', 'indoor compost ' ),
				'content_type'      => 'page',
				'taxonomy_term_id'  => $category,
				'cluster_id'        => $cluster,
				'content_structure' => 'how_to',
			)
		);

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$task = ( new Tasks_Repository() )->find( $id );
		$this->assertSame(
			array( 'Worm bins for flats', "For flats.\nNo garden needed.", array( 'worm bin', 'indoor compost' ), 'page', $category, $cluster, 'how_to', 'queued' ),
			array( $task['title'], $task['brief'], $task['keywords'], $task['content_type'], $task['taxonomy_term_id'], $task['cluster_id'], $task['content_structure'], $task['status'] )
		);
		$this->assertSame( $task['title'], $response->get_data()['title'] );

		$cleared = $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'taxonomy_term_id' => null, 'cluster_id' => null ) )->get_data();
		$this->assertSame( array( null, null, 'Worm bins for flats' ), array( $cleared['taxonomy_term_id'], $cleared['cluster_id'], $cleared['title'] ) );
	}

	public function test_a_task_edit_is_refused_with_the_forms_rules_and_nothing_is_written(): void {
		$id = (int) $this->rest( 'POST', self::ROUTE, array( 'title' => 'Worm bins' ) )->get_data()['id'];

		$blank = $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'title' => '   ' ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $blank );
		$this->assertSame( array( 'title' ), array_keys( $blank->get_data()['data']['params'] ) );
		$this->assertSame( 400, $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'title' => str_repeat( 'x', 256 ) ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'brief' => str_repeat( 'x', 10001 ) ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'keywords' => array( str_repeat( 'k', 201 ) ) ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'keywords' => array_fill( 0, 51, 'k' ) ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'content_type' => 'product' ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'content_structure' => 'poem' ) )->get_status() );
		$cluster = $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'cluster_id' => 999999 ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $cluster );
		$this->assertSame( array( 'cluster_id' ), array_keys( $cluster->get_data()['data']['params'] ) );
		$category = $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'taxonomy_term_id' => 999999 ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $category );
		$this->assertSame( array( 'taxonomy_term_id' ), array_keys( $category->get_data()['data']['params'] ) );
		$this->assert_rest_error( 'igny8_task_not_found', 404, $this->rest( 'PATCH', self::ROUTE . '/999999', array( 'title' => 'x' ) ) );

		$task = ( new Tasks_Repository() )->find( $id );
		$this->assertSame( array( 'Worm bins', 'post', 'article', null ), array( $task['title'], $task['content_type'], $task['content_structure'], $task['taxonomy_term_id'] ) );
	}

	public function test_a_task_being_written_is_not_edited(): void {
		$id = (int) $this->rest( 'POST', self::ROUTE, array( 'title' => 'Worm bins' ) )->get_data()['id'];
		( new Tasks_Repository() )->mark_in_progress( $id, 'job_1' );

		$this->assert_rest_error( 'igny8_task_busy', 409, $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'title' => 'Other' ) ) );
		$this->assertSame( 'Worm bins', ( new Tasks_Repository() )->find( $id )['title'] );
	}

	public function test_contributors_may_not_edit_tasks(): void {
		$id = (int) $this->rest( 'POST', self::ROUTE, array( 'title' => 'Worm bins' ) )->get_data()['id'];
		$this->as_user( $this->create_user( 'contributor' ) );

		$this->assertSame( 403, $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'title' => 'Other' ) )->get_status() );
	}
}

<?php
/**
 * Tests for editing keywords and clusters by hand in the Planner.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Storage\Keywords_Repository;
use Igny8\Tests\TestCase;

/**
 * New cluster, keyword edit (volume, difficulty, intent, cluster) and Move to cluster.
 */
final class Keyword_Editing_Test extends TestCase {

	private const KEYWORDS = '/igny8/v1/planner/keywords';

	private const CLUSTERS = '/igny8/v1/planner/clusters';

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'editor' ) );
	}

	public function test_a_cluster_is_created_by_hand_with_a_name_that_is_not_blank_or_taken(): void {
		$created = $this->rest( 'POST', self::CLUSTERS, array( 'name' => '  Worm composting ', 'description' => "Bins.\nFood." ) );
		$this->assertSame( 201, $created->get_status(), wp_json_encode( $created->get_data() ) );
		$this->assertSame( array( 'Worm composting', "Bins.\nFood.", 'active', 0 ), array( $created->get_data()['name'], $created->get_data()['description'], $created->get_data()['status'], $created->get_data()['keywords_count'] ) );

		$blank = $this->rest( 'POST', self::CLUSTERS, array( 'name' => '   ' ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $blank );
		$this->assertSame( array( 'name' ), array_keys( $blank->get_data()['data']['params'] ), 'the refusal names the field' );
		$this->assert_rest_error( 'igny8_duplicate', 409, $this->rest( 'POST', self::CLUSTERS, array( 'name' => 'Worm composting' ) ) );
		$this->assertSame( 400, $this->rest( 'POST', self::CLUSTERS, array( 'name' => str_repeat( 'x', 192 ) ) )->get_status() );
		$this->assertSame( 1, (int) $this->rest( 'GET', self::CLUSTERS )->get_headers()['X-WP-Total'] );
	}

	public function test_a_keyword_is_edited_volume_difficulty_intent_and_cluster(): void {
		$cluster = (int) $this->rest( 'POST', self::CLUSTERS, array( 'name' => 'Bins' ) )->get_data()['id'];
		$id      = (int) $this->rest( 'POST', self::KEYWORDS, array( 'keyword' => 'worm bin' ) )->get_data()['id'];

		$edited = $this->rest(
			'PATCH',
			self::KEYWORDS . '/' . $id,
			array(
				'search_volume' => 880,
				'difficulty'    => 42,
				'intent'        => 'commercial',
				'cluster_id'    => $cluster,
			)
		);

		$this->assertSame( 200, $edited->get_status(), wp_json_encode( $edited->get_data() ) );
		$this->assertSame( array( 880, 42, 'commercial', $cluster, 'worm bin' ), array( $edited->get_data()['search_volume'], $edited->get_data()['difficulty'], $edited->get_data()['intent'], $edited->get_data()['cluster_id'], $edited->get_data()['keyword'] ) );
		$this->assertSame( 1, $this->rest( 'GET', self::CLUSTERS . '/' . $cluster )->get_data()['keywords_count'] );

		$cleared = $this->rest( 'PATCH', self::KEYWORDS . '/' . $id, array( 'search_volume' => null, 'cluster_id' => null ) )->get_data();
		$this->assertSame( array( null, null, 42 ), array( $cleared['search_volume'], $cleared['cluster_id'], $cleared['difficulty'] ) );
	}

	public function test_a_keyword_edit_is_refused_with_the_forms_rules(): void {
		$id = (int) $this->rest( 'POST', self::KEYWORDS, array( 'keyword' => 'worm bin', 'search_volume' => 5 ) )->get_data()['id'];

		$this->assertSame( 400, $this->rest( 'PATCH', self::KEYWORDS . '/' . $id, array( 'difficulty' => 101 ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'PATCH', self::KEYWORDS . '/' . $id, array( 'search_volume' => -1 ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'PATCH', self::KEYWORDS . '/' . $id, array( 'intent' => 'curious' ) )->get_status() );
		$gone = $this->rest( 'PATCH', self::KEYWORDS . '/' . $id, array( 'cluster_id' => 999999 ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $gone );
		$this->assertStringContainsString( 'This cluster does not exist', $gone->get_data()['data']['params']['cluster_id'] );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'PATCH', self::KEYWORDS . '/' . $id, array( 'keyword' => '  ' ) ) );
		$this->assertSame( array( 'worm bin', 5, null ), array_values( array_intersect_key( ( new Keywords_Repository() )->find( $id ), array_flip( array( 'keyword', 'search_volume', 'difficulty' ) ) ) ), 'nothing was written' );
	}

	public function test_move_to_cluster_moves_the_selection_and_names_each_row_it_skipped(): void {
		$from  = (int) $this->rest( 'POST', self::CLUSTERS, array( 'name' => 'Bins' ) )->get_data()['id'];
		$to    = (int) $this->rest( 'POST', self::CLUSTERS, array( 'name' => 'Worms' ) )->get_data()['id'];
		$repo  = new Keywords_Repository();
		$ids   = array();
		$names = array( 'worm bin', 'red wigglers', 'worm tea', 'bokashi' );
		foreach ( $names as $name ) {
			$ids[] = (int) $repo->insert( array( 'keyword' => $name, 'cluster_id' => $from ) );
		}
		// What the screen read before someone else changed one row and deleted another.
		$versions = array();
		foreach ( $repo->find_many( $ids ) as $row ) {
			$versions[ (string) $row['id'] ] = $row['updated_at'];
		}
		global $wpdb;
		$wpdb->update( $repo->table(), array( 'updated_at' => '2000-01-01 00:00:00' ), array( 'id' => $ids[1] ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- another editor's save, in the past so it differs.
		$repo->delete( array( $ids[2] ) );

		$response = $this->rest(
			'POST',
			self::KEYWORDS . '/bulk_update',
			array(
				'ids'      => $ids,
				'fields'   => array( 'cluster_id' => $to ),
				'versions' => $versions,
			)
		);

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( 2, $response->get_data()['updated'] );
		$this->assertSame(
			array(
				array(
					'id'      => $ids[1],
					'reason'  => 'changed',
					'keyword' => 'red wigglers',
				),
				array(
					'id'      => $ids[2],
					'reason'  => 'deleted',
					'keyword' => null,
				),
			),
			$response->get_data()['skipped']
		);
		$this->assertSame( array( $to, $from, $to ), array( $repo->find( $ids[0] )['cluster_id'], $repo->find( $ids[1] )['cluster_id'], $repo->find( $ids[3] )['cluster_id'] ) );
		$gone = $this->rest( 'POST', self::KEYWORDS . '/bulk_update', array( 'ids' => array( $ids[0] ), 'fields' => array( 'cluster_id' => 999999 ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $gone );
		$this->assertStringContainsString( 'This cluster does not exist', $gone->get_data()['data']['params']['fields'] );
		$this->assertSame( $to, $repo->find( $ids[0] )['cluster_id'] );
		$this->assertSame( 400, $this->rest( 'POST', self::KEYWORDS . '/bulk_update', array( 'ids' => array( $ids[0] ), 'fields' => array( 'cluster_id' => $to ), 'versions' => array( (string) $ids[0] => 'yesterday' ) ) )->get_status() );
	}

	public function test_authors_may_not_edit_keywords_or_make_clusters(): void {
		$id = (int) $this->rest( 'POST', self::KEYWORDS, array( 'keyword' => 'worm bin' ) )->get_data()['id'];
		$this->as_user( $this->create_user( 'author' ) );

		$this->assertSame( 403, $this->rest( 'PATCH', self::KEYWORDS . '/' . $id, array( 'difficulty' => 3 ) )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', self::CLUSTERS, array( 'name' => 'Bins' ) )->get_status() );
	}
}

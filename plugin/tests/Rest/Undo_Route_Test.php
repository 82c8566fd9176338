<?php
/**
 * Undo of deletes over REST: the same rows come back under their original ids.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Schema;
use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\TestCase;

/**
 * Every delete route answers with an undo token; POST {collection}/restore puts the exact rows
 * back (ids, timestamps, every column) and relinks what the delete unlinked.
 */
final class Undo_Route_Test extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'editor' ) );
	}

	public function test_a_bulk_keyword_delete_comes_back_with_the_same_ids_and_columns(): void {
		$repo = new Keywords_Repository();
		$ids  = array(
			(int) $repo->insert( array( 'keyword' => 'worm tea', 'search_volume' => 90, 'difficulty' => 12, 'intent' => 'commercial', 'status' => 'inactive' ) ),
			(int) $repo->insert( array( 'keyword' => 'bokashi bran', 'search_volume' => null, 'intent' => null ) ),
		);
		$before = $this->raw_rows( Schema::KEYWORDS, $ids );

		$deleted = $this->rest( 'POST', '/igny8/v1/planner/keywords/bulk_delete', array( 'ids' => $ids ) );
		$this->assertSame( 2, $deleted->get_data()['deleted'] );
		$this->assertSame( array(), $this->raw_rows( Schema::KEYWORDS, $ids ) );

		$restored = $this->rest( 'POST', '/igny8/v1/planner/keywords/restore', array( 'tokens' => array( $deleted->get_data()['undo_token'] ) ) );

		$this->assertSame( 200, $restored->get_status(), wp_json_encode( $restored->get_data() ) );
		$this->assertSame( array( 'restored' => 2, 'skipped' => array(), 'expired' => 0 ), $restored->get_data() );
		$this->assertSame( $before, $this->raw_rows( Schema::KEYWORDS, $ids ), 'ids, NULLs and timestamps exactly as before' );
	}

	public function test_a_token_restores_once(): void {
		$id    = (int) ( new Keywords_Repository() )->insert( array( 'keyword' => 'leaf mould' ) );
		$token = $this->rest( 'DELETE', '/igny8/v1/planner/keywords/' . $id )->get_data()['undo_token'];

		$this->assertSame( 1, $this->rest( 'POST', '/igny8/v1/planner/keywords/restore', array( 'tokens' => array( $token ) ) )->get_data()['restored'] );
		$this->assert_rest_error( 'igny8_undo_expired', 410, $this->rest( 'POST', '/igny8/v1/planner/keywords/restore', array( 'tokens' => array( $token ) ) ) );
		$this->assertSame( 1, (int) $this->count_where( Schema::KEYWORDS, $id ) );
	}

	public function test_a_deleted_cluster_comes_back_with_its_keywords_and_its_ideas_point_at_it_again(): void {
		$cluster  = (int) $this->rest( 'POST', '/igny8/v1/planner/clusters', array( 'name' => 'Vermicompost' ) )->get_data()['id'];
		$kw       = new Keywords_Repository();
		$held     = (int) $kw->insert( array( 'keyword' => 'worm bin', 'cluster_id' => $cluster ) );
		$moved    = (int) $kw->insert( array( 'keyword' => 'worm food', 'cluster_id' => $cluster ) );
		$idea     = (int) ( new Ideas_Repository() )->insert( array( 'title' => 'Worm bins for flats', 'cluster_id' => $cluster ) );
		$other    = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Worm food' ) );

		$token = $this->rest( 'DELETE', '/igny8/v1/planner/clusters/' . $cluster )->get_data()['undo_token'];
		$this->assertNull( $kw->find( $held )['cluster_id'] );
		// Meanwhile the editor files one of the freed keywords elsewhere: Undo must not take it back.
		$kw->update( array( $moved ), array( 'cluster_id' => $other ) );

		$restored = $this->rest( 'POST', '/igny8/v1/planner/clusters/restore', array( 'tokens' => array( $token ) ) );

		$this->assertSame( 1, $restored->get_data()['restored'] );
		$again = $this->rest( 'GET', '/igny8/v1/planner/clusters/' . $cluster )->get_data();
		$this->assertSame( array( $cluster, 'Vermicompost', 1 ), array( $again['id'], $again['name'], $again['keywords_count'] ) );
		$this->assertSame( $cluster, $kw->find( $held )['cluster_id'] );
		$this->assertSame( $other, $kw->find( $moved )['cluster_id'] );
		$this->assertSame( $cluster, ( new Ideas_Repository() )->find( $idea )['cluster_id'] );
	}

	public function test_a_row_whose_name_was_taken_again_is_reported_and_the_rest_come_back(): void {
		$repo  = new Keywords_Repository();
		$ids   = array( (int) $repo->insert( array( 'keyword' => 'green manure' ) ), (int) $repo->insert( array( 'keyword' => 'cover crops' ) ) );
		$token = $this->rest( 'POST', '/igny8/v1/planner/keywords/bulk_delete', array( 'ids' => $ids ) )->get_data()['undo_token'];
		$again = (int) $repo->insert( array( 'keyword' => 'Cover crops' ) );

		$restored = $this->rest( 'POST', '/igny8/v1/planner/keywords/restore', array( 'tokens' => array( $token ) ) )->get_data();

		$this->assertSame( 1, $restored['restored'] );
		$this->assertSame( array( array( 'id' => $ids[1], 'label' => 'cover crops' ) ), $restored['skipped'] );
		$this->assertNotNull( $repo->find( $ids[0] ) );
		$this->assertSame( 'Cover crops', $repo->find( $again )['keyword'] );
	}

	public function test_tasks_come_back_and_their_idea_is_linked_again(): void {
		$this->as_user( $this->create_user( 'author' ) );
		$task  = (int) $this->rest( 'POST', '/igny8/v1/writer/tasks', array( 'title' => 'Worm bins', 'brief' => 'For flats.' ) )->get_data()['id'];
		$idea  = (int) ( new Ideas_Repository() )->insert( array( 'title' => 'Worm bins', 'task_id' => $task, 'status' => 'in_progress' ) );
		$token = $this->rest( 'DELETE', '/igny8/v1/writer/tasks/' . $task )->get_data()['undo_token'];
		$this->assertNull( ( new Tasks_Repository() )->find( $task ) );

		$this->assertSame( 1, $this->rest( 'POST', '/igny8/v1/writer/tasks/restore', array( 'tokens' => array( $token ) ) )->get_data()['restored'] );

		$this->assertSame( 'Worm bins', ( new Tasks_Repository() )->find( $task )['title'] );
		$this->assertSame( $task, ( new Ideas_Repository() )->find( $idea )['task_id'] );
	}

	public function test_a_token_only_restores_into_its_own_collection_and_only_for_its_owner_or_a_manager(): void {
		$sector = (int) $this->rest( 'POST', '/igny8/v1/planner/sectors', array( 'name' => 'Orchards' ) )->get_data()['id'];
		$token  = $this->rest( 'DELETE', '/igny8/v1/planner/sectors/' . $sector )->get_data()['undo_token'];

		$this->assert_rest_error( 'igny8_undo_expired', 410, $this->rest( 'POST', '/igny8/v1/planner/keywords/restore', array( 'tokens' => array( $token ) ) ) );
		$this->as_user( $this->create_user( 'editor' ) );
		$this->assert_rest_error( 'igny8_undo_forbidden', 403, $this->rest( 'POST', '/igny8/v1/planner/sectors/restore', array( 'tokens' => array( $token ) ) ) );
		$this->as_user( $this->create_user( 'administrator' ) );
		$this->assertSame( 1, $this->rest( 'POST', '/igny8/v1/planner/sectors/restore', array( 'tokens' => array( $token ) ) )->get_data()['restored'] );
	}

	public function test_malformed_tokens_are_refused_before_anything_runs(): void {
		$this->assertSame( 400, $this->rest( 'POST', '/igny8/v1/planner/ideas/restore', array( 'tokens' => array( "x' OR 1=1 --" ) ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'POST', '/igny8/v1/planner/ideas/restore', array( 'tokens' => array() ) )->get_status() );
	}

	public function test_entries_older_than_a_day_expire_and_are_purged_by_the_next_delete(): void {
		global $wpdb;
		$repo  = new Keywords_Repository();
		$old   = (int) $repo->insert( array( 'keyword' => 'hot compost' ) );
		$token = $this->rest( 'DELETE', '/igny8/v1/planner/keywords/' . $old )->get_data()['undo_token'];
		$trash = Schema::table( Schema::TRASH );
		$wpdb->update( $trash, array( 'created_at' => gmdate( 'Y-m-d H:i:s', time() - DAY_IN_SECONDS - 60 ) ), array( 'id' => $token ) );

		$this->assert_rest_error( 'igny8_undo_expired', 410, $this->rest( 'POST', '/igny8/v1/planner/keywords/restore', array( 'tokens' => array( $token ) ) ) );
		$this->rest( 'DELETE', '/igny8/v1/planner/keywords/' . (int) $repo->insert( array( 'keyword' => 'cold compost' ) ) );
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$trash} WHERE id = %s", $token ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}

	/**
	 * Rows exactly as stored.
	 *
	 * @param string $suffix Table suffix.
	 * @param int[]  $ids    Ids.
	 * @return array<int, array<string, mixed>>
	 */
	private function raw_rows( string $suffix, array $ids ): array {
		global $wpdb;
		$in = implode( ',', array_map( 'intval', $ids ) );
		return $wpdb->get_results( 'SELECT * FROM ' . Schema::table( $suffix ) . " WHERE id IN ({$in}) ORDER BY id", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}

	/**
	 * How many rows have this id.
	 *
	 * @param string $suffix Table suffix.
	 * @param int    $id     Id.
	 * @return string
	 */
	private function count_where( string $suffix, int $id ): string {
		global $wpdb;
		return (string) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::table( $suffix ) . ' WHERE id = %d', $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}
}

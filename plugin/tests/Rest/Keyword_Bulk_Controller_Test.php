<?php
/**
 * Keyword item, bulk and clustering routes.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Storage\Keywords_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * CRUD on one keyword, bulk update/delete, filters with _fields, and auto_cluster's job input.
 */
final class Keyword_Bulk_Controller_Test extends TestCase {

	use Cloud_Fixtures;

	private const ROUTE = '/igny8/v1/planner/keywords';

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'editor' ) );
	}

	public function test_read_update_and_delete_one_keyword(): void {
		$id = $this->rest( 'POST', self::ROUTE, array( 'keyword' => 'compost', 'search_volume' => 10, 'difficulty' => 20 ) )->get_data()['id'];

		$updated = $this->rest( 'PATCH', self::ROUTE . '/' . $id, array( 'difficulty' => null, 'intent' => 'commercial' ) )->get_data();
		$this->assertSame( array( 10, null, 'commercial' ), array( $updated['search_volume'], $updated['difficulty'], $updated['intent'] ) );

		$this->rest( 'POST', self::ROUTE, array( 'keyword' => 'mulch' ) );
		$this->assert_rest_error( 'igny8_keyword_exists', 409, $this->rest( 'PUT', self::ROUTE . '/' . $id, array( 'keyword' => 'MULCH' ) ) );

		$this->assertTrue( $this->rest( 'DELETE', self::ROUTE . '/' . $id )->get_data()['deleted'] );
		$this->assert_rest_error( 'igny8_keyword_not_found', 404, $this->rest( 'GET', self::ROUTE . '/' . $id ) );
	}

	public function test_a_keyword_without_intent_reads_as_null_and_can_be_created_again_as_read(): void {
		$this->rest( 'POST', self::ROUTE . '/bulk_create', array( 'keywords' => array( array( 'keyword' => 'leaf mould', 'search_volume' => 30 ) ) ) );
		$row = $this->rest( 'GET', self::ROUTE, array( 'search' => 'leaf mould' ) )->get_data()[0];
		$this->assertNull( $row['intent'] );

		// Undo of a delete in the Planner posts back what the list returned, minus ids and nulls.
		$this->assertTrue( $this->rest( 'DELETE', self::ROUTE . '/' . $row['id'] )->get_data()['deleted'] );
		$again = array_filter(
			array_diff_key( $row, array_flip( array( 'id', 'created_at', 'updated_at', 'source' ) ) ),
			static fn ( $value ): bool => null !== $value
		);
		$this->assertSame( 201, $this->rest( 'POST', self::ROUTE, $again )->get_status() );
	}

	public function test_bulk_update_and_delete(): void {
		$repo = new Keywords_Repository();
		$ids  = array( (int) $repo->insert( array( 'keyword' => 'a' ) ), (int) $repo->insert( array( 'keyword' => 'b' ) ), (int) $repo->insert( array( 'keyword' => 'c' ) ) );

		$this->assertSame( 2, $this->rest( 'POST', self::ROUTE . '/bulk_update', array( 'ids' => array( $ids[0], $ids[1] ), 'fields' => array( 'status' => 'inactive', 'intent' => 'navigational' ) ) )->get_data()['updated'] );
		$this->assertSame( 'inactive', $repo->find( $ids[1] )['status'] );
		$this->assertSame( 'active', $repo->find( $ids[2] )['status'] );
		$this->assertSame( 400, $this->rest( 'POST', self::ROUTE . '/bulk_update', array( 'ids' => $ids, 'fields' => array( 'status' => 'bogus' ) ) )->get_status() );

		$this->assertSame( 2, $this->rest( 'POST', self::ROUTE . '/bulk_delete', array( 'ids' => array( $ids[0], $ids[2] ) ) )->get_data()['deleted'] );
		$this->assertNull( $repo->find( $ids[0] ) );
		$this->assertNotNull( $repo->find( $ids[1] ) );
	}

	public function test_the_list_filters_by_intent_cluster_and_ranges_and_honours_fields(): void {
		$repo = new Keywords_Repository();
		$repo->bulk_insert(
			array(
				array( 'keyword' => 'buy compost bin', 'intent' => 'transactional', 'search_volume' => 500, 'difficulty' => 40, 'cluster_id' => 3 ),
				array( 'keyword' => 'buy compost', 'intent' => 'transactional', 'search_volume' => 900, 'difficulty' => 70, 'cluster_id' => 3 ),
				array( 'keyword' => 'buy compost tea', 'intent' => 'transactional', 'search_volume' => 50, 'cluster_id' => 4 ),
				array( 'keyword' => 'compost facts', 'intent' => 'informational', 'search_volume' => 700 ),
			)
		);

		$response = $this->rest( 'GET', self::ROUTE, array( 'intent' => 'transactional', 'cluster_id' => 3, 'search' => 'compost', 'orderby' => 'search_volume', 'order' => 'desc', 'per_page' => 50, '_fields' => 'keyword,search_volume' ) );
		$data     = rest_get_server()->response_to_data( rest_filter_response_fields( $response, rest_get_server(), $this->request_with_fields( 'keyword,search_volume' ) ), false );
		$this->assertSame( array( array( 'keyword' => 'buy compost', 'search_volume' => 900 ), array( 'keyword' => 'buy compost bin', 'search_volume' => 500 ) ), $data );
		$this->assertSame( '2', $response->get_headers()['X-WP-Total'] );

		$this->assertSame( array( 'compost facts' ), array_column( $this->rest( 'GET', self::ROUTE, array( 'cluster_id' => 0 ) )->get_data(), 'keyword' ) );
		$this->assertSame( array( 'buy compost bin' ), array_column( $this->rest( 'GET', self::ROUTE, array( 'difficulty_max' => 50 ) )->get_data(), 'keyword' ) );
		$this->assertSame( array( 'buy compost', 'compost facts' ), array_column( $this->rest( 'GET', self::ROUTE, array( 'volume_min' => 600, 'orderby' => 'keyword', 'order' => 'asc' ) )->get_data(), 'keyword' ) );
	}

	public function test_auto_cluster_sends_the_contract_input(): void {
		$this->connect_site();
		$this->fake_cloud( static fn (): array => array( 202, self::ok( array( 'job' => array( 'id' => 'job_ac', 'status' => 'queued' ) ) ) ) );
		$repo = new Keywords_Repository();
		$a    = (int) $repo->insert( array( 'keyword' => 'hot compost', 'search_volume' => 100, 'intent' => 'informational' ) );
		$b    = (int) $repo->insert( array( 'keyword' => 'compost bin' ) );

		$response = $this->rest( 'POST', self::ROUTE . '/auto_cluster', array( 'ids' => array( $a, $b ) ) );

		$this->assertSame( 202, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( array( 'job_id' => 'job_ac', 'function' => 'auto_cluster', 'status' => 'queued' ), $response->get_data() );
		$sent = $this->cloud_requests[0]['body'];
		$this->assertSame( 'auto_cluster', $sent['function'] );
		$this->assertSame(
			array(
				array( 'id' => $a, 'keyword' => 'hot compost', 'search_volume' => 100, 'intent' => 'informational' ),
				array( 'id' => $b, 'keyword' => 'compost bin', 'search_volume' => null, 'intent' => null ),
			),
			$sent['input']['keywords']
		);
		$this->assertSame( array( 'keyword_ids' => array( $a, $b ) ), $sent['reference'] );
		$this->assertStringContainsString( ':auto_cluster:', $this->cloud_requests[0]['headers']['Idempotency-Key'] );
	}

	/**
	 * A request carrying _fields, for rest_filter_response_fields().
	 */
	private function request_with_fields( string $fields ): \WP_REST_Request {
		$request = new \WP_REST_Request( 'GET', self::ROUTE );
		$request->set_param( '_fields', $fields );
		return $request;
	}
}

<?php
/**
 * Sectors in the Planner's routes: keyword sector writes (validated) and the sector filters.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Sectors_Repository;
use Igny8\Tests\TestCase;

/**
 * Sector_Arg through the keyword and cluster write routes (and Keyword_Schema::validate_fields for
 * bulk updates), the keyword list's sector_id filter (Keywords_Query) and the cluster list's
 * (Repository::none_when_zero).
 */
final class Planner_Sectors_Test extends TestCase {

	private const ROUTE = '/igny8/v1/planner/keywords';

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'editor' ) );
	}

	public function test_bulk_update_sets_and_clears_the_sector_of_keywords(): void {
		$sector = $this->sector( 'Gardening' );
		$repo   = new Keywords_Repository();
		$ids    = array( (int) $repo->insert( array( 'keyword' => 'raised beds' ) ), (int) $repo->insert( array( 'keyword' => 'seed trays' ) ), (int) $repo->insert( array( 'keyword' => 'hoes' ) ) );

		$response = $this->rest( 'POST', self::ROUTE . '/bulk_update', array( 'ids' => array( $ids[0], $ids[1] ), 'fields' => array( 'sector_id' => $sector ) ) );
		$this->assertSame( 2, $response->get_data()['updated'] );
		$this->assertSame( array( $sector, $sector, null ), array_column( $repo->find_many( $ids ), 'sector_id' ) );

		$this->rest( 'POST', self::ROUTE . '/bulk_update', array( 'ids' => array( $ids[1] ), 'fields' => array( 'sector_id' => null ) ) );
		$this->assertNull( $repo->find( $ids[1] )['sector_id'], 'null takes the keyword out of its sector' );
	}

	public function test_bulk_update_refuses_a_sector_that_does_not_exist_and_changes_nothing(): void {
		$sector = $this->sector( 'Cooking' );
		$id     = (int) ( new Keywords_Repository() )->insert( array( 'keyword' => 'sourdough', 'sector_id' => $sector ) );

		$response = $this->rest( 'POST', self::ROUTE . '/bulk_update', array( 'ids' => array( $id ), 'fields' => array( 'sector_id' => $sector + 100, 'status' => 'inactive' ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $response );
		$this->assertStringContainsString( 'This sector does not exist', $response->get_data()['data']['params']['fields'] );
		$this->assertSame( 'igny8_sector_not_found', $response->get_data()['data']['details']['fields']['code'] );
		$this->assertSame( array( $sector, 'active' ), array( ( new Keywords_Repository() )->find( $id )['sector_id'], ( new Keywords_Repository() )->find( $id )['status'] ) );

		$this->assertSame( 400, $this->rest( 'POST', self::ROUTE . '/bulk_update', array( 'ids' => array( $id ), 'fields' => array( 'sector_id' => 0 ) ) )->get_status(), 'ids start at 1' );
	}

	public function test_create_and_update_check_the_sector_and_a_duplicate_is_a_409(): void {
		$sector  = $this->sector( 'Travel' );
		$created = $this->rest( 'POST', self::ROUTE, array( 'keyword' => 'night trains', 'search_volume' => 90, 'difficulty' => 30, 'intent' => 'commercial', 'sector_id' => $sector ) );
		$this->assertSame( 201, $created->get_status() );
		$this->assertSame( array( $sector, 'manual' ), array( $created->get_data()['sector_id'], $created->get_data()['source'] ) );

		$unknown = $this->rest( 'POST', self::ROUTE, array( 'keyword' => 'sleeper cabins', 'sector_id' => $sector + 100 ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $unknown );
		$this->assertArrayHasKey( 'sector_id', $unknown->get_data()['data']['params'] );
		$this->assertSame( 0, (int) $this->rest( 'GET', self::ROUTE, array( 'search' => 'sleeper cabins' ) )->get_headers()['X-WP-Total'] );

		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'PATCH', self::ROUTE . '/' . $created->get_data()['id'], array( 'sector_id' => $sector + 100 ) ) );
		$this->assertNull( $this->rest( 'PATCH', self::ROUTE . '/' . $created->get_data()['id'], array( 'sector_id' => null ) )->get_data()['sector_id'] );

		$this->assert_rest_error( 'igny8_keyword_exists', 409, $this->rest( 'POST', self::ROUTE, array( 'keyword' => 'Night  Trains' ) ) );
	}

	public function test_the_keyword_list_filters_by_sector_and_zero_means_no_sector(): void {
		$garden = $this->sector( 'Garden' );
		$kitchen = $this->sector( 'Kitchen' );
		( new Keywords_Repository() )->bulk_insert(
			array(
				array( 'keyword' => 'compost', 'sector_id' => $garden ),
				array( 'keyword' => 'mulch', 'sector_id' => $garden ),
				array( 'keyword' => 'whisk', 'sector_id' => $kitchen ),
				array( 'keyword' => 'umbrella' ),
			)
		);
		$names = fn ( array $query ): array => array_column( $this->rest( 'GET', self::ROUTE, array_merge( array( 'orderby' => 'keyword', 'order' => 'asc' ), $query ) )->get_data(), 'keyword' );

		$this->assertSame( array( 'compost', 'mulch' ), $names( array( 'sector_id' => $garden ) ) );
		$this->assertSame( array( 'whisk' ), $names( array( 'sector_id' => $kitchen ) ) );
		$this->assertSame( array( 'umbrella' ), $names( array( 'sector_id' => 0 ) ) );
		$this->assertSame( array( 'compost', 'mulch', 'umbrella', 'whisk' ), $names( array() ) );
	}

	public function test_the_cluster_list_filters_by_sector_and_zero_means_no_sector(): void {
		$garden   = $this->sector( 'Garden' );
		$clusters = new Clusters_Repository();
		$clusters->insert( array( 'name' => 'Soil', 'status' => 'active', 'sector_id' => $garden ) );
		$clusters->insert( array( 'name' => 'Tools', 'status' => 'active' ) );
		$names = fn ( array $query ): array => array_column( $this->rest( 'GET', '/igny8/v1/planner/clusters', $query )->get_data(), 'name' );

		$this->assertSame( array( 'Soil' ), $names( array( 'sector_id' => $garden ) ) );
		$this->assertSame( array( 'Tools' ), $names( array( 'sector_id' => 0 ) ) );
		$this->assertSame( array(), $names( array( 'sector_id' => $garden + 100 ) ) );
		$this->assertSame( 2, count( $names( array() ) ) );
	}

	public function test_cluster_create_and_update_refuse_a_sector_that_does_not_exist(): void {
		$garden = $this->sector( 'Garden' );
		$route  = '/igny8/v1/planner/clusters';

		$unknown = $this->rest( 'POST', $route, array( 'name' => 'Soil', 'sector_id' => $garden + 100 ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $unknown );
		$this->assertSame( array(), $this->rest( 'GET', $route, array( 'search' => 'Soil' ) )->get_data(), 'nothing was created' );

		$created = $this->rest( 'POST', $route, array( 'name' => 'Soil', 'sector_id' => $garden ) );
		$this->assertSame( array( 201, $garden ), array( $created->get_status(), $created->get_data()['sector_id'] ) );
		$id = $created->get_data()['id'];
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'PATCH', "{$route}/{$id}", array( 'sector_id' => $garden + 100 ) ) );
		$this->assertSame( $garden, ( new Clusters_Repository() )->find( $id )['sector_id'] );
		$this->assertNull( $this->rest( 'PATCH', "{$route}/{$id}", array( 'sector_id' => null ) )->get_data()['sector_id'] );
	}

	/**
	 * Creates a sector and returns its id.
	 *
	 * @param string $name Sector name.
	 */
	private function sector( string $name ): int {
		return (int) ( new Sectors_Repository() )->insert( array( 'name' => $name, 'status' => 'active' ) );
	}
}

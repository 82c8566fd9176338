<?php
/**
 * The industry catalogue and choosing an industry.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Planner;

use Igny8\Planner\Industry_Catalogue;
use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Sectors_Repository;
use Igny8\Tests\TestCase;

/**
 * GET planner/industries and GET/POST planner/industry against the real WordPress.
 */
final class Industries_Controller_Test extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		global $wpdb;
		$wpdb->query( "DELETE FROM {$wpdb->prefix}igny8_sectors" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		delete_option( Industry_Catalogue::OPTION );
		$this->as_user( $this->create_user( 'editor' ) );
	}

	/**
	 * Names of the site's sectors, sorted.
	 *
	 * @return string[]
	 */
	private function sector_names(): array {
		$names = array_column( ( new Sectors_Repository() )->query( array( 'per_page' => 100 ) )['items'], 'name' );
		sort( $names );
		return $names;
	}

	public function test_the_catalogue_lists_at_least_25_industries_each_with_sectors_and_keywords(): void {
		$response = $this->rest( 'GET', '/igny8/v1/planner/industries' );
		$this->assertSame( 200, $response->get_status() );
		$industries = $response->get_data();
		$this->assertGreaterThanOrEqual( 25, count( $industries ) );
		$this->assertCount( count( $industries ), array_unique( array_column( $industries, 'slug' ) ), 'slugs are unique' );
		foreach ( $industries as $industry ) {
			$this->assertMatchesRegularExpression( '/^[a-z0-9-]+$/', $industry['slug'] );
			$this->assertNotSame( '', $industry['name'] );
			$this->assertGreaterThanOrEqual( 1, count( $industry['sectors'] ) );
			$this->assertLessThanOrEqual( Sectors_Repository::LIMIT, count( $industry['sectors'] ), 'all suggestions fit one site' );
			$this->assertCount( count( $industry['sectors'] ), array_unique( array_column( $industry['sectors'], 'slug' ) ) );
			foreach ( $industry['sectors'] as $sector ) {
				$this->assertNotSame( '', $sector['name'], $sector['slug'] . ' has a name' );
				$this->assertNotEmpty( $sector['keywords'], $sector['slug'] . ' has seed keywords' );
			}
		}
		$names = array_column( $industries, 'name' );
		$sorted = $names;
		natcasesort( $sorted );
		$this->assertSame( array_values( $sorted ), $names, 'sorted by name for the picker' );
	}

	public function test_names_pass_through_the_sites_translations(): void {
		$filter = static fn ( string $translation, string $text, string $domain ): string => 'igny8' === $domain && 'Pets and animals' === $text ? 'Haustiere' : $translation;
		add_filter( 'gettext', $filter, 10, 3 );
		$names = array_column( $this->rest( 'GET', '/igny8/v1/planner/industries' )->get_data(), 'name', 'slug' );
		$this->assertSame( 'Haustiere', $names['pets'] );
	}

	public function test_choosing_an_industry_adds_its_sectors_and_seed_keywords(): void {
		$this->assertNull( $this->rest( 'GET', '/igny8/v1/planner/industry' )->get_data()['industry'] );
		$response = $this->rest( 'POST', '/igny8/v1/planner/industry', array( 'industry' => 'pets', 'add' => array( 'dogs', 'cats' ), 'seed_keywords' => true ) );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( array( 'Cats', 'Dogs' ), $this->sector_names() );
		$this->assertSame( 'pets', $this->rest( 'GET', '/igny8/v1/planner/industry' )->get_data()['industry'] );
		$this->assertSame( 6, $response->get_data()['keywords_added'] );
		$dogs = (int) $response->get_data()['added'][0]['id'];
		$kw   = ( new Keywords_Repository() )->query( array( 'sector_id' => $dogs, 'per_page' => 100 ) )['items'];
		$this->assertContains( 'best dog breeds for families', array_column( $kw, 'keyword' ) );

		// Again, with one more: present sectors are not duplicated, existing keywords are skipped.
		$again = $this->rest( 'POST', '/igny8/v1/planner/industry', array( 'industry' => 'pets', 'add' => array( 'dogs', 'small-pets' ), 'seed_keywords' => true ) );
		$this->assertSame( 200, $again->get_status() );
		$this->assertSame( array( 'Cats', 'Dogs', 'Small pets' ), $this->sector_names() );
		$this->assertSame( 3, $again->get_data()['keywords_added'] );
	}

	public function test_existing_sectors_are_deleted_only_with_confirmation_and_can_be_restored(): void {
		$old = (int) ( new Sectors_Repository() )->insert( array( 'name' => 'Old topic' ) );

		$refused = $this->rest( 'POST', '/igny8/v1/planner/industry', array( 'industry' => 'pets', 'add' => array( 'dogs' ), 'remove' => array( $old ) ) );
		$this->assert_rest_error( 'igny8_confirm_remove', 409, $refused );
		$this->assertStringContainsString( 'Old topic', $refused->get_data()['message'] );
		$this->assertSame( array( 'Old topic' ), $this->sector_names(), 'nothing written' );
		$this->assertNull( ( new Industry_Catalogue() )->current() );

		$done = $this->rest( 'POST', '/igny8/v1/planner/industry', array( 'industry' => 'pets', 'add' => array( 'dogs' ), 'remove' => array( $old ), 'confirm_remove' => true ) );
		$this->assertSame( 200, $done->get_status() );
		$this->assertSame( array( 'Dogs' ), $this->sector_names() );
		$this->assertSame( array( $old ), $done->get_data()['removed'] );

		$restored = $this->rest( 'POST', '/igny8/v1/planner/sectors/restore', array( 'tokens' => array( $done->get_data()['undo_token'] ) ) );
		$this->assertSame( 200, $restored->get_status() );
		$this->assertSame( array( 'Dogs', 'Old topic' ), $this->sector_names() );
	}

	public function test_the_site_keeps_one_to_five_sectors(): void {
		foreach ( array( 'A', 'B', 'C', 'D' ) as $name ) {
			( new Sectors_Repository() )->insert( array( 'name' => 'Topic ' . $name ) );
		}
		$this->assert_rest_error( 'igny8_sector_count', 409, $this->rest( 'POST', '/igny8/v1/planner/industry', array( 'industry' => 'pets', 'add' => array( 'dogs', 'cats' ) ) ) );
		$this->assertCount( 4, $this->sector_names(), 'nothing added when the total would pass five' );

		$ids = array_column( ( new Sectors_Repository() )->query( array( 'per_page' => 100 ) )['items'], 'id' );
		$this->assert_rest_error( 'igny8_sector_count', 409, $this->rest( 'POST', '/igny8/v1/planner/industry', array( 'industry' => 'pets', 'remove' => $ids, 'confirm_remove' => true ) ) );
		$this->assertCount( 4, $this->sector_names(), 'an industry never leaves the site without sectors' );
	}

	public function test_the_schema_refuses_unknown_industries_sectors_and_malformed_input(): void {
		$this->assert_rest_error( 'igny8_unknown_industry', 400, $this->rest( 'POST', '/igny8/v1/planner/industry', array( 'industry' => 'not-an-industry' ) ) );
		$this->assert_rest_error( 'igny8_unknown_sector', 400, $this->rest( 'POST', '/igny8/v1/planner/industry', array( 'industry' => 'pets', 'add' => array( 'roofing' ) ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'POST', '/igny8/v1/planner/industry', array( 'industry' => '<b>Pets</b>' ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'POST', '/igny8/v1/planner/industry', array( 'industry' => 'pets', 'add' => array( 'a', 'b', 'c', 'd', 'e', 'f' ) ) ) );
		$this->assert_rest_error( 'rest_missing_callback_param', 400, $this->rest( 'POST', '/igny8/v1/planner/industry', array() ) );
		$this->assertSame( array(), $this->sector_names() );
	}

	public function test_clearing_the_industry_keeps_the_sectors(): void {
		$this->rest( 'POST', '/igny8/v1/planner/industry', array( 'industry' => 'pets', 'add' => array( 'dogs' ) ) );
		$cleared = $this->rest( 'POST', '/igny8/v1/planner/industry', array( 'industry' => '' ) );
		$this->assertSame( 200, $cleared->get_status() );
		$this->assertNull( $cleared->get_data()['industry'] );
		$this->assertNull( $this->rest( 'GET', '/igny8/v1/planner/industry' )->get_data()['industry'] );
		$this->assertSame( array( 'Dogs' ), $this->sector_names() );
	}
}

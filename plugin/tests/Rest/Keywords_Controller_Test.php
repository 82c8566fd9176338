<?php
/**
 * Tests for /igny8/v1/planner/keywords.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Tests\TestCase;

/**
 * Keyword list, create and bulk import.
 */
final class Keywords_Controller_Test extends TestCase {

	private const ROUTE = '/igny8/v1/planner/keywords';

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'editor' ) );
	}

	public function test_creates_a_keyword(): void {
		$response = $this->rest(
			'POST',
			self::ROUTE,
			array(
				'keyword'       => '  compost bin  ',
				'search_volume' => 1200,
				'difficulty'    => 35,
				'intent'        => 'commercial',
			)
		);

		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertIsInt( $data['id'] );
		$this->assertSame( 'compost bin', $data['keyword'] );
		$this->assertSame( 1200, $data['search_volume'] );
		$this->assertSame( 35, $data['difficulty'] );
		$this->assertSame( 'commercial', $data['intent'] );
		$this->assertSame( 'active', $data['status'] );
		$this->assertSame( 'manual', $data['source'] );
		$this->assertNull( $data['cluster_id'] );
	}

	public function test_optional_metrics_stay_null(): void {
		$data = $this->rest( 'POST', self::ROUTE, array( 'keyword' => 'worm farm' ) )->get_data();

		$this->assertNull( $data['search_volume'] );
		$this->assertNull( $data['difficulty'] );
		$this->assertSame( 'informational', $data['intent'] );
	}

	public function test_a_duplicate_keyword_is_a_conflict(): void {
		$this->rest( 'POST', self::ROUTE, array( 'keyword' => 'Compost' ) );

		$this->assert_rest_error( 'igny8_keyword_exists', 409, $this->rest( 'POST', self::ROUTE, array( 'keyword' => 'compost' ) ) );
	}

	public function test_rejects_invalid_fields(): void {
		foreach (
			array(
				array( 'keyword' => '' ),
				array( 'keyword' => '   ' ),
				array( 'keyword' => 'x', 'difficulty' => 101 ),
				array( 'keyword' => 'x', 'intent' => 'curious' ),
				array( 'keyword' => str_repeat( 'k', 256 ) ),
				array(),
			) as $body
		) {
			$this->assertSame( 400, $this->rest( 'POST', self::ROUTE, $body )->get_status(), (string) wp_json_encode( $body ) );
		}
	}

	public function test_bulk_create_imports_and_skips_duplicates(): void {
		$this->rest( 'POST', self::ROUTE, array( 'keyword' => 'compost' ) );

		$response = $this->rest(
			'POST',
			self::ROUTE . '/bulk_create',
			array(
				'keywords' => array(
					array( 'keyword' => 'compost' ),
					array(
						'keyword'       => 'hot composting',
						'search_volume' => 300,
						'difficulty'    => 20,
						'intent'        => 'informational',
					),
					array( 'keyword' => 'Hot Composting' ),
					array( 'keyword' => 'bokashi' ),
				),
			)
		);

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame(
			array(
				'created' => 2,
				'skipped' => 2,
				'total'   => 4,
			),
			$response->get_data()
		);
		$list = $this->rest( 'GET', self::ROUTE, array( 'search' => 'hot' ) )->get_data();
		$this->assertSame( 'csv_import', $list[0]['source'] );
		$this->assertSame( 300, $list[0]['search_volume'] );
	}

	public function test_bulk_create_limits_its_size(): void {
		$keywords = array();
		for ( $i = 0; $i <= 1000; $i++ ) {
			$keywords[] = array( 'keyword' => 'kw ' . $i );
		}
		$this->assertSame( 400, $this->rest( 'POST', self::ROUTE . '/bulk_create', array( 'keywords' => $keywords ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'POST', self::ROUTE . '/bulk_create', array( 'keywords' => array() ) )->get_status() );
	}

	public function test_bulk_create_handles_a_thousand_rows(): void {
		$keywords = array();
		for ( $i = 0; $i < 1000; $i++ ) {
			$keywords[] = array(
				'keyword'       => 'bulk keyword ' . $i,
				'search_volume' => $i,
			);
		}

		$data = $this->rest( 'POST', self::ROUTE . '/bulk_create', array( 'keywords' => $keywords ) )->get_data();

		$this->assertSame( 1000, $data['created'] );
	}

	public function test_lists_with_pagination_headers_search_and_order(): void {
		foreach ( array( 'alpha compost' => 10, 'beta compost' => 30, 'gamma mulch' => 20 ) as $keyword => $volume ) {
			$this->rest( 'POST', self::ROUTE, array( 'keyword' => $keyword, 'search_volume' => $volume ) );
		}

		$response = $this->rest(
			'GET',
			self::ROUTE,
			array(
				'per_page' => 1,
				'page'     => 2,
				'orderby'  => 'search_volume',
				'order'    => 'desc',
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( '3', $response->get_headers()['X-WP-Total'] );
		$this->assertSame( '3', $response->get_headers()['X-WP-TotalPages'] );
		$this->assertSame( array( 'gamma mulch' ), array_column( $response->get_data(), 'keyword' ) );

		$found = $this->rest( 'GET', self::ROUTE, array( 'search' => 'compost', 'orderby' => 'keyword', 'order' => 'asc' ) );
		$this->assertSame( array( 'alpha compost', 'beta compost' ), array_column( $found->get_data(), 'keyword' ) );
		$this->assertSame( '2', $found->get_headers()['X-WP-Total'] );
	}

	public function test_the_total_holds_on_a_short_last_page_and_past_the_end(): void {
		foreach ( array( 'red compost', 'green compost', 'blue compost', 'worm farm' ) as $keyword ) {
			$this->rest( 'POST', self::ROUTE, array( 'keyword' => $keyword ) );
		}
		$query = array(
			'search'   => 'compost',
			'per_page' => 2,
		);

		$last = $this->rest( 'GET', self::ROUTE, array_merge( $query, array( 'page' => 2 ) ) );
		$this->assertCount( 1, $last->get_data() );
		$this->assertSame( '3', $last->get_headers()['X-WP-Total'] );

		$beyond = $this->rest( 'GET', self::ROUTE, array_merge( $query, array( 'page' => 5 ) ) );
		$this->assertSame( array(), $beyond->get_data() );
		$this->assertSame( '3', $beyond->get_headers()['X-WP-Total'] );
	}

	public function test_search_treats_like_wildcards_literally(): void {
		$this->rest( 'POST', self::ROUTE, array( 'keyword' => '100% organic' ) );
		$this->rest( 'POST', self::ROUTE, array( 'keyword' => '100 organic' ) );

		$found = $this->rest( 'GET', self::ROUTE, array( 'search' => '100%' ) )->get_data();

		$this->assertSame( array( '100% organic' ), array_column( $found, 'keyword' ) );
	}

	public function test_filters_by_status_and_intent_and_rejects_unknown_values(): void {
		$this->rest( 'POST', self::ROUTE, array( 'keyword' => 'buy compost', 'intent' => 'transactional' ) );
		$this->rest( 'POST', self::ROUTE, array( 'keyword' => 'what is compost', 'intent' => 'informational' ) );

		$found = $this->rest( 'GET', self::ROUTE, array( 'intent' => 'transactional', 'status' => 'active' ) )->get_data();
		$this->assertSame( array( 'buy compost' ), array_column( $found, 'keyword' ) );

		$this->assertSame( 400, $this->rest( 'GET', self::ROUTE, array( 'orderby' => 'keyword; DROP TABLE x' ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'GET', self::ROUTE, array( 'intent' => 'nope' ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'GET', self::ROUTE, array( 'per_page' => 101 ) )->get_status() );
	}

	public function test_editors_plan_and_authors_do_not(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$this->assertSame( 201, $this->rest( 'POST', self::ROUTE, array( 'keyword' => 'leaf mould' ) )->get_status() );
		$this->assertSame( 200, $this->rest( 'GET', self::ROUTE )->get_status() );

		$this->as_user( $this->create_user( 'author' ) );
		$this->assertSame( 403, $this->rest( 'GET', self::ROUTE )->get_status() );
	}
}

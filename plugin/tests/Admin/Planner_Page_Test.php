<?php
/**
 * The Planner page's server-printed first page of keywords.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Admin;

use Igny8\Admin\Planner_Page;
use Igny8\Assets\Asset_Loader;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Tests\TestCase;

/**
 * The rows printed in the root are the preloaded page the screen reads first: same order, same
 * values, escaped, and only on the Keywords tab.
 */
final class Planner_Page_Test extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'editor' ) );
		unset( $_GET['tab'] );
	}

	protected function tearDown(): void {
		unset( $_GET['tab'], $_GET['cluster'] );
		parent::tearDown();
	}

	public function test_prints_the_preloaded_first_page_in_volume_order_with_cluster_names(): void {
		$cluster = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Worms & bins' ) );
		$repo    = new Keywords_Repository();
		$repo->insert( array( 'keyword' => 'worm bin', 'search_volume' => 1200, 'difficulty' => 31, 'intent' => 'commercial', 'cluster_id' => $cluster ) );
		$repo->insert( array( 'keyword' => '<script>alert(1)</script> compost', 'search_volume' => 40, 'intent' => null, 'status' => 'inactive' ) );
		$repo->insert( array( 'keyword' => 'leaf mould', 'search_volume' => null, 'intent' => 'informational' ) );
		$page = $this->page();

		$html = $this->render( $page );

		$rows = $this->rows( $html );
		$this->assertSame(
			array(
				array( 'worm bin', number_format_i18n( 1200 ), '31', 'Commercial', 'Worms & bins', 'Active' ),
				array( '<script>alert(1)</script> compost', '40', '—', '—', '—', 'Inactive' ),
				array( 'leaf mould', '—', '—', 'Informational', '—', 'Active' ),
			),
			$rows
		);
		$this->assertStringNotContainsString( '<script>alert(1)', $html );
		$this->assertStringContainsString( 'inert aria-busy="true"', $html );
		$preloaded = $page->boot_data()['initialState']['preload'][ Planner_Page::PRELOAD[0] ]['body'];
		$this->assertSame( array_column( $preloaded, 'keyword' ), array_column( $rows, 0 ), 'the same rows the screen reads first' );
	}

	public function test_prints_the_loading_line_on_other_tabs_and_when_there_are_no_keywords(): void {
		$this->assertStringContainsString( 'igny8-loading', $this->render( $this->page() ) );
		$this->assertStringNotContainsString( 'igny8-first-page', $this->render( $this->page() ) );

		( new Keywords_Repository() )->insert( array( 'keyword' => 'worm bin' ) );
		$_GET['tab'] = 'clusters';
		$this->assertStringNotContainsString( 'igny8-first-page', $this->render( $this->page() ) );
		$_GET['tab'] = 'keywords';
		$this->assertStringContainsString( 'igny8-first-page', $this->render( $this->page() ) );
	}

	public function test_a_linked_cluster_page_gets_its_figures_preloaded(): void {
		$cluster = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Preloaded cluster' ) );
		( new Keywords_Repository() )->insert( array( 'keyword' => 'preloaded keyword', 'search_volume' => 70, 'cluster_id' => $cluster ) );
		$path = '/igny8/v1/planner/clusters/' . $cluster . '/detail';
		$this->assertArrayNotHasKey( $path, $this->page()->boot_data()['initialState']['preload'] );

		$_GET['tab']     = 'clusters';
		$_GET['cluster'] = (string) $cluster;
		$body            = $this->page()->boot_data()['initialState']['preload'][ $path ]['body'];
		$this->assertSame( array( 'Preloaded cluster', 1, 70 ), array( $body['cluster']['name'], $body['keywords']['count'], $body['keywords']['volume'] ) );

		$_GET['cluster'] = 'not-a-number';
		$this->assertSame( array(), preg_grep( '#/detail$#', array_keys( $this->page()->boot_data()['initialState']['preload'] ) ) );
	}

	public function test_prints_nothing_for_a_user_without_the_capability(): void {
		$this->as_user( $this->create_user( 'subscriber' ) );
		$this->assertSame( '', trim( $this->render( $this->page() ) ) );
	}

	/**
	 * A Planner page as the menu builds it.
	 *
	 * @return Planner_Page
	 */
	private function page(): Planner_Page {
		return new Planner_Page( Asset_Loader::for_plugin() );
	}

	/**
	 * The page's HTML.
	 *
	 * @param Planner_Page $page Page.
	 * @return string
	 */
	private function render( Planner_Page $page ): string {
		ob_start();
		$page->render_page();
		return (string) ob_get_clean();
	}

	/**
	 * The text of each body row's cells, without the checkbox and actions columns.
	 *
	 * @param string $html Page HTML.
	 * @return array<int, string[]>
	 */
	private function rows( string $html ): array {
		$document = new \DOMDocument();
		libxml_use_internal_errors( true );
		$document->loadHTML( '<?xml encoding="utf-8"?>' . $html );
		libxml_clear_errors();
		$rows = array();
		foreach ( ( new \DOMXPath( $document ) )->query( '//table[contains(@class,"igny8-first-page__table")]/tbody/tr' ) as $tr ) {
			$cells = array();
			foreach ( $tr->getElementsByTagName( 'td' ) as $td ) {
				$cells[] = trim( $td->textContent );
			}
			$rows[] = array_slice( $cells, 1, -1 );
		}
		return $rows;
	}
}

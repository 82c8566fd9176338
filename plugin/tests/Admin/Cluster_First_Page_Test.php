<?php
/**
 * The Planner page's server-printed first paint of a cluster's page.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Admin;

use Igny8\Admin\Cluster_Figures;
use Igny8\Admin\Planner_Page;
use Igny8\Assets\Asset_Loader;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\TestCase;

/**
 * The figures and rows printed in the root are the preloaded responses the cluster page reads
 * first, escaped; a cluster the page cannot read prints only the loading line.
 */
final class Cluster_First_Page_Test extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'editor' ) );
		$_GET['tab'] = 'clusters';
	}

	protected function tearDown(): void {
		unset( $_GET['tab'], $_GET['cluster'] );
		parent::tearDown();
	}

	public function test_prints_the_preloaded_figures_and_first_keywords_escaped(): void {
		$cluster = (int) ( new Clusters_Repository() )->insert(
			array(
				'name'        => '<img src=x onerror=alert(1)> Worms & bins',
				'description' => '<script>alert(2)</script> about bins',
			)
		);
		$keywords = new Keywords_Repository();
		$keywords->insert( array( 'keyword' => '<script>alert(3)</script> worm bin', 'search_volume' => 1200, 'difficulty' => 31, 'intent' => 'commercial', 'cluster_id' => $cluster ) );
		$keywords->insert( array( 'keyword' => 'leaf mould', 'search_volume' => 40, 'difficulty' => 10, 'status' => 'inactive', 'cluster_id' => $cluster ) );
		$keywords->insert( array( 'keyword' => 'compost tea', 'search_volume' => null, 'intent' => 'informational', 'cluster_id' => $cluster ) );
		$keywords->insert( array( 'keyword' => 'another cluster’s keyword', 'search_volume' => 5000 ) );
		foreach ( array( 'draft', 'draft', 'approved' ) as $i => $status ) {
			( new Ideas_Repository() )->insert( array( 'title' => 'Idea ' . $i, 'cluster_id' => $cluster, 'status' => $status ) );
		}
		( new Tasks_Repository() )->insert( array( 'title' => 'Task', 'cluster_id' => $cluster ) );
		$_GET['cluster'] = (string) $cluster;
		$page            = $this->page();

		$html = $this->render( $page );
		$xpath = $this->xpath( $html );

		$preload = $page->boot_data()['initialState']['preload'];
		$detail  = $preload[ '/igny8/v1/planner/clusters/' . $cluster . '/detail' ]['body'];
		// Statuses in the order the route sends them, as the app lists them.
		$labels = array(
			'draft'    => '2 New',
			'approved' => '1 Approved',
		);
		$this->assertEqualsCanonicalizing( array( 'draft', 'approved' ), array_keys( $detail['ideas']['by_status'] ) );
		$this->assertSame(
			array(
				'Keywords'            => '3',
				'Total search volume' => number_format_i18n( 1240 ),
				'Difficulty'          => '21 average (10–31)',
				'Ideas'               => '3 · ' . implode( ', ', array_map( static fn ( $status ) => $labels[ $status ], array_keys( $detail['ideas']['by_status'] ) ) ),
				'Writer tasks'        => '1 · 1 Not started',
				'Posts written'       => '0',
				'Internal links'      => 'Links are counted once the cluster has two published posts.',
			),
			$this->figures( $xpath )
		);
		$this->assertSame( number_format_i18n( $detail['keywords']['count'] ), $this->figures( $xpath )['Keywords'], 'the figure the app reads first' );

		$rows = $this->rows( $xpath );
		$this->assertSame(
			array(
				array( '<script>alert(3)</script> worm bin', number_format_i18n( 1200 ), '31', 'Commercial', 'Active' ),
				array( 'leaf mould', '40', '10', '—', 'Inactive' ),
				array( 'compost tea', '—', '—', 'Informational', 'Active' ),
			),
			$rows
		);
		$first_page = preg_grep( '#^/igny8/v1/planner/keywords\?.*cluster_id=' . $cluster . '#', array_keys( $preload ) );
		$this->assertCount( 1, $first_page );
		$this->assertSame( array_column( $preload[ reset( $first_page ) ]['body'], 'keyword' ), array_column( $rows, 0 ), 'the rows the app reads first' );

		$this->assertSame( 'Cluster: <img src=x onerror=alert(1)> Worms & bins', trim( $xpath->query( '//h2[contains(@class,"igny8-cluster-detail__title")]' )->item( 0 )->textContent ) );
		$this->assertStringNotContainsString( '<script>alert', $html );
		$this->assertStringNotContainsString( '<img src=x', $html );
		$this->assertStringContainsString( '&lt;script&gt;alert(2)&lt;/script&gt; about bins', $html );
		$this->assertStringContainsString( 'inert aria-busy="true"', $html );
		$this->assertSame( 'Loading…', trim( $xpath->query( '//section[@aria-labelledby="igny8-cluster-ideas"]/p[@class="igny8-loading"]' )->item( 0 )->textContent ) );
	}

	public function test_prints_the_links_figure_and_archived_status_as_the_app(): void {
		$cluster = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Archived one', 'status' => 'archived' ) );
		$_GET['cluster'] = (string) $cluster;

		$xpath = $this->xpath( $this->render( $this->page() ) );

		$this->assertSame( 'Archived', trim( $xpath->query( '//*[contains(@class,"igny8-cluster-detail__status")]' )->item( 0 )->textContent ) );
		$this->assertSame( array( '0', '0', '—', '0 · none yet' ), array_slice( array_values( $this->figures( $xpath ) ), 0, 4 ) );
		$this->assertSame( 0, $xpath->query( '//section[@aria-labelledby="igny8-cluster-keywords"]//table' )->length, 'no rows: the loading line' );

		// Three published posts, one linked from another (the e2e's cluster): ClusterSummary's sentence.
		$detail = array(
			'keywords' => array( 'count' => 0, 'volume' => 0, 'difficulty_avg' => null ),
			'ideas'    => array( 'total' => 0, 'by_status' => array() ),
			'tasks'    => array( 'total' => 3, 'by_status' => array( 'completed' => 3 ) ),
			'posts'    => 3,
			'links'    => array( 'published' => 3, 'links' => 1, 'linked' => 1, 'possible' => 6 ),
		);
		$figures = Cluster_Figures::of( $detail );
		$this->assertSame( '3 · 3 Completed', $figures['Writer tasks'] );
		$this->assertSame( '1 of 3 published posts are linked from another post of this cluster (33%); 1 link between them.', $figures['Internal links'] );
	}

	public function test_prints_only_the_loading_line_for_a_cluster_it_cannot_read(): void {
		$cluster = (int) ( new Clusters_Repository() )->insert( array( 'name' => 'Secret cluster name' ) );
		( new Keywords_Repository() )->insert( array( 'keyword' => 'secret keyword', 'cluster_id' => $cluster ) );

		$_GET['cluster'] = '999999999';
		$this->assert_loading_only( $this->render( $this->page() ) );

		// The detail route refuses (as for a user it does not serve): nothing of the cluster is printed.
		$refuse = static function ( $result, $server, \WP_REST_Request $request ) {
			return '/detail' === substr( $request->get_route(), -7 ) ? new \WP_Error( 'rest_forbidden', 'No.', array( 'status' => 403 ) ) : $result;
		};
		add_filter( 'rest_pre_dispatch', $refuse, 10, 3 );
		$_GET['cluster'] = (string) $cluster;
		$html            = $this->render( $this->page() );
		remove_filter( 'rest_pre_dispatch', $refuse, 10 );
		$this->assert_loading_only( $html );
		$this->assertStringNotContainsString( 'Secret cluster name', $html );
		$this->assertStringNotContainsString( 'secret keyword', $html );

		// Not an id the app would open (it shows the Clusters tab): not the cluster's page.
		$_GET['cluster'] = $cluster . 'x';
		$this->assert_loading_only( $this->render( $this->page() ) );
	}

	/**
	 * Asserts the root holds the loading line and no cluster page.
	 *
	 * @param string $html Page HTML.
	 */
	private function assert_loading_only( string $html ): void {
		$this->assertStringContainsString( 'igny8-loading', $html );
		$this->assertStringNotContainsString( 'igny8-cluster-detail', $html );
		$this->assertStringNotContainsString( 'igny8-first-page', $html );
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
	 * The parsed page.
	 *
	 * @param string $html Page HTML.
	 * @return \DOMXPath
	 */
	private function xpath( string $html ): \DOMXPath {
		$document = new \DOMDocument();
		libxml_use_internal_errors( true );
		$document->loadHTML( '<?xml encoding="utf-8"?>' . $html );
		libxml_clear_errors();
		return new \DOMXPath( $document );
	}

	/**
	 * The summary's figures, term => value, as the reader sees them.
	 *
	 * @param \DOMXPath $xpath Page.
	 * @return array<string, string>
	 */
	private function figures( \DOMXPath $xpath ): array {
		$figures = array();
		foreach ( $xpath->query( '//dl[@class="igny8-cluster-summary__figures"]/dt' ) as $dt ) {
			$dd = $dt->nextSibling;
			while ( $dd && 'dd' !== $dd->nodeName ) {
				$dd = $dd->nextSibling;
			}
			$figures[ trim( $dt->textContent ) ] = $dd ? trim( $dd->textContent ) : '';
		}
		return $figures;
	}

	/**
	 * The text of each keyword row's cells.
	 *
	 * @param \DOMXPath $xpath Page.
	 * @return array<int, string[]>
	 */
	private function rows( \DOMXPath $xpath ): array {
		$rows = array();
		foreach ( $xpath->query( '//section[@aria-labelledby="igny8-cluster-keywords"]//tbody/tr' ) as $tr ) {
			$cells = array();
			foreach ( $tr->getElementsByTagName( 'td' ) as $td ) {
				$cells[] = trim( $td->textContent );
			}
			$rows[] = $cells;
		}
		return $rows;
	}
}

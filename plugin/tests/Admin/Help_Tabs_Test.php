<?php
/**
 * The Help tab of every IGNY8 screen and the Help screen.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Admin;

use Igny8\Admin\Admin_Pages;
use Igny8\Admin\Help_Page;
use Igny8\Admin\Help_Steps;
use Igny8\Assets\Asset_Loader;
use Igny8\Tests\TestCase;
use WP_Screen;

/**
 * Each screen's load hook adds Steps, Prices and (where statuses show) Statuses, with a sidebar
 * pointing at the Help screen; the Help screen prints the whole pipeline and the production notes.
 */
final class Help_Tabs_Test extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'administrator' ) );
	}

	protected function tearDown(): void {
		$GLOBALS['current_screen'] = null;
		parent::tearDown();
	}

	public function test_every_screen_gets_its_steps_prices_and_a_sidebar(): void {
		foreach ( ( new Admin_Pages() )->screens() as $screen ) {
			$wp_screen = $this->load( $screen );

			$steps = $wp_screen->get_help_tab( 'igny8-help-steps' );
			$this->assertIsArray( $steps, $screen->slug() . ' has a Steps tab' );
			$expected = Help_Steps::for_screen( $screen->slug() );
			$this->assertGreaterThanOrEqual( 3, count( $expected ), $screen->slug() . ' names its steps' );
			$this->assertSame( count( $expected ), substr_count( $steps['content'], '<li>' ) );
			$this->assertStringContainsString( esc_html( $expected[0] ), $steps['content'] );
			$this->assertStringContainsString( 'nothing is spent until you confirm', $wp_screen->get_help_tab( 'igny8-help-prices' )['content'] );
			$this->assertStringContainsString( 'page=igny8-help#igny8-production', $wp_screen->get_help_sidebar() );
		}
	}

	public function test_screens_with_statuses_explain_each_label_they_show(): void {
		$pages    = ( new Admin_Pages() )->screens();
		$by_slug  = array_combine( array_map( static fn( $s ) => $s->slug(), $pages ), $pages );
		$planner  = $this->load( $by_slug['igny8-planner'] )->get_help_tab( 'igny8-help-statuses' );
		$writer   = $this->load( $by_slug['igny8-writer'] )->get_help_tab( 'igny8-help-statuses' );
		$settings = $this->load( $by_slug['igny8-settings'] )->get_help_tab( 'igny8-help-statuses' );

		$this->assertStringContainsString( '<dt>Task created</dt>', $planner['content'] );
		$this->assertStringContainsString( '<dt>Archived</dt>', $planner['content'] );
		$this->assertStringContainsString( '<dt>Failed</dt><dd>The job failed and its reserved credits were refunded; run it again.</dd>', $writer['content'] );
		$this->assertNull( $settings, 'Settings shows no statuses, so it has no Statuses tab' );
	}

	public function test_the_help_screen_prints_the_pipeline_and_the_production_notes(): void {
		$page = new Help_Page( Asset_Loader::for_plugin() );
		ob_start();
		$page->render_page();
		$html = (string) ob_get_clean();

		$this->assertSame( 8, substr_count( $html, 'admin.php?page=igny8-' ), 'each step links to the screen that runs it' );
		foreach ( array( 'Keywords', 'Clusters', 'Ideas', 'Tasks', 'Content', 'Images', 'Optimise and link', 'Publish' ) as $step ) {
			$this->assertStringContainsString( '<strong>' . $step . '</strong>', $html );
		}
		$this->assertStringContainsString( 'id="igny8-production"', $html );
		$this->assertStringContainsString( 'npm run deploy', $html );

		$this->as_user( $this->create_user( 'subscriber' ) );
		ob_start();
		$page->render_page();
		$this->assertSame( '', ob_get_clean(), 'a user who may not open it sees nothing' );
	}

	/**
	 * Runs a screen's load hook on its own admin screen and returns that screen.
	 *
	 * @param \Igny8\Admin\Screen $screen The IGNY8 screen.
	 */
	private function load( \Igny8\Admin\Screen $screen ): WP_Screen {
		$wp_screen = WP_Screen::get( 'igny8_page_' . $screen->slug() );
		$wp_screen->set_current_screen();
		$screen->on_load();
		return $wp_screen;
	}
}

<?php
/**
 * Tests for the keyword import and export routes.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Tests\TestCase;

/**
 * Each export people have, uploaded through REST and imported to the end.
 */
final class Keyword_Import_Controller_Test extends TestCase {

	private const ROUTE = '/igny8/v1/planner/keywords/import';

	protected function setUp(): void {
		parent::setUp();
		$this->run_outside_transaction();
		$this->as_user( $this->create_user( 'editor' ) );
	}

	public function test_google_keyword_planner_utf16_tab_file_with_preamble_and_ranges(): void {
		$text = "Keyword Stats 2026-11-01 at 10_00_00\nAll locations\n"
			. "Keyword\tCurrency\tAvg. monthly searches\tThree month change\tYoY change\tCompetition\tCompetition (indexed value)\n"
			. "compost bin\tUSD\t1K – 10K\t0%\t0%\tHigh\t100\n"
			. "worm farm\tUSD\t500\t0%\t0%\tLow\t12\n";
		$rows = $this->import( "\xFF\xFE" . mb_convert_encoding( $text, 'UTF-16LE', 'UTF-8' ), 'Keyword Stats.csv', 'google_keyword_planner' );

		$this->assertSame( array( 3162, null, null ), array( $rows['compost bin']['search_volume'], $rows['compost bin']['difficulty'], $rows['compost bin']['intent'] ), 'Competition is not difficulty' );
		$this->assertSame( 500, $rows['worm farm']['search_volume'] );
	}

	public function test_ahrefs_utf16_with_global_volume_and_intent_flags(): void {
		$text = "#\tKeyword\tCountry\tDifficulty\tVolume\tCPC\tGlobal volume\tInformational\tCommercial\n"
			. "1\tcompost tea\tus\t12\t900\t0.5\t40000\tfalse\ttrue\n"
			. "2\thot compost\tus\t\t300\t0.1\t9000\ttrue\tfalse\n";
		$rows = $this->import( mb_convert_encoding( $text, 'UTF-16LE', 'UTF-8' ), 'ahrefs.csv', 'ahrefs_keywords_explorer' );

		$this->assertSame( array( 900, 12, 'commercial' ), array( $rows['compost tea']['search_volume'], $rows['compost tea']['difficulty'], $rows['compost tea']['intent'] ) );
		$this->assertSame( array( 300, null, 'informational' ), array( $rows['hot compost']['search_volume'], $rows['hot compost']['difficulty'], $rows['hot compost']['intent'] ) );
	}

	public function test_semrush_api_semicolons_with_numeric_intents(): void {
		$text = "Keyword;Search Volume;CPC;Competition;Number of Results;Trends;Intent\n"
			. "buy compost;2400;1.2;0.87;1000;0.5,0.6;3\n"
			. "what is compost;9900;0.2;0.05;5000;0.5,0.6;1,0\n";
		$rows = $this->import( $text, 'semrush_api.csv', 'semrush_api' );

		$this->assertSame( array( 2400, null, 'transactional' ), array( $rows['buy compost']['search_volume'], $rows['buy compost']['difficulty'], $rows['buy compost']['intent'] ) );
		$this->assertSame( 'informational', $rows['what is compost']['intent'] );
	}

	public function test_search_console_queries_use_impressions_as_volume(): void {
		$rows = $this->import( "Top queries,Clicks,Impressions,CTR,Position\ncompost,12,3400,0.35%,8.2\n", 'Queries.csv', 'search_console_queries' );

		$this->assertSame( array( 3400, null, null ), array( $rows['compost']['search_volume'], $rows['compost']['difficulty'], $rows['compost']['intent'] ) );
	}

	public function test_an_unknown_layout_waits_for_a_mapping_then_imports(): void {
		$upload = $this->rest( 'POST', self::ROUTE, array( 'file_name' => 'mine.csv', 'content' => "Notes,Phrase text,Searches\nx,garden soil,40\ny,,50\n" ) );
		$this->assertSame( 201, $upload->get_status(), wp_json_encode( $upload->get_data() ) );
		$session = $upload->get_data();
		$this->assertSame( 'needs_mapping', $session['status'] );
		$this->assertSame( array( 'Notes', 'Phrase text', 'Searches' ), $session['columns'] );
		$this->assertCount( 2, $session['preview'] );

		$this->assert_rest_error( 'igny8_import_needs_mapping', 409, $this->rest( 'POST', self::ROUTE . '/' . $session['id'] . '/run' ) );
		$this->assert_rest_error( 'igny8_import_mapping', 400, $this->rest( 'POST', self::ROUTE . '/' . $session['id'] . '/mapping', array( 'mapping' => array( 'keyword' => 7 ) ) ) );

		$mapped = $this->rest( 'POST', self::ROUTE . '/' . $session['id'] . '/mapping', array( 'mapping' => array( 'keyword' => 1, 'search_volume' => 2 ) ) )->get_data();
		$this->assertSame( 'ready', $mapped['status'] );
		$this->assertSame( 'garden soil', $mapped['preview'][0]['row']['keyword'] );

		$done = $this->rest( 'POST', self::ROUTE . '/' . $session['id'] . '/run' )->get_data();
		$this->assertSame( array( 'completed', 1, 1 ), array( $done['status'], $done['imported'], $done['failed'] ) );

		$report = $this->rest( 'GET', self::ROUTE . '/' . $session['id'] . '/report' );
		$this->assertSame( "line,reason,row\n3,\"the keyword is empty\",\"y,,50\"\n", $report->get_data() );
		$this->assertStringStartsWith( 'text/csv', $report->get_headers()['Content-Type'] );
	}

	public function test_export_writes_the_filtered_keywords_as_csv(): void {
		$this->rest( 'POST', '/igny8/v1/planner/keywords/bulk_create', array( 'keywords' => array( array( 'keyword' => 'buy compost', 'intent' => 'transactional', 'search_volume' => 10 ), array( 'keyword' => 'compost facts', 'intent' => 'informational' ) ) ) );

		$csv = $this->rest( 'GET', '/igny8/v1/planner/keywords/export', array( 'intent' => 'transactional' ) )->get_data();

		$this->assertSame( "Keyword,Volume,Difficulty,Intent,Status,Cluster,Sector,Source\n\"buy compost\",10,,transactional,active,,,csv_import\n", $csv );
	}

	/**
	 * Uploads and runs an import; returns the stored keywords by text.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function import( string $bytes, string $name, string $format ): array {
		$upload = $this->rest( 'POST', self::ROUTE, array( 'file_name' => $name, 'content_base64' => base64_encode( $bytes ) ) );
		$this->assertSame( 201, $upload->get_status(), wp_json_encode( $upload->get_data() ) );
		$this->assertSame( $format, $upload->get_data()['format'] );
		$this->assertSame( 'ready', $upload->get_data()['status'] );

		$done = $this->rest( 'POST', self::ROUTE . '/' . $upload->get_data()['id'] . '/run' )->get_data();
		$this->assertSame( 'completed', $done['status'], wp_json_encode( $done ) );
		$this->assertSame( 0, $done['failed'] );

		$rows = array();
		foreach ( $this->rest( 'GET', '/igny8/v1/planner/keywords', array( 'per_page' => 100 ) )->get_data() as $row ) {
			$rows[ $row['keyword'] ] = $row;
		}
		return $rows;
	}
}

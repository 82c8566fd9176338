<?php
/**
 * Recognising keyword exports.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Import;

use Igny8\Import\Format_Detector;
use Igny8\Tests\TestCase;

/**
 * Header rows as each tool exports them.
 */
final class Format_Detector_Test extends TestCase {

	public function test_an_empty_file_has_no_keyword_column_and_does_not_fail(): void {
		$d = Format_Detector::detect( array( '' ) );
		$this->assertNull( $d['mapping']['keyword'] );
	}

	public function test_semrush_keyword_magic(): void {
		$d = Format_Detector::detect( array( 'Keyword,Intent,Volume,Trend,Keyword Difficulty,CPC (USD),Competitive Density,SERP Features,Number of Results' ) );
		$this->assertSame( 'semrush_keyword_magic', $d['format'] );
		$this->assertSame( array( 0, 2, 4, 1 ), array( $d['mapping']['keyword'], $d['mapping']['search_volume'], $d['mapping']['difficulty'], $d['mapping']['intent'] ) );
		$this->assertTrue( $d['confident'] );
	}

	public function test_semrush_api_semicolons_never_take_competition_for_difficulty(): void {
		$d = Format_Detector::detect( array( 'Keyword;Search Volume;CPC;Competition;Number of Results;Trends;Intent' ) );
		$this->assertSame( 'semrush_api', $d['format'] );
		$this->assertSame( ';', $d['delimiter'] );
		$this->assertSame( array( 0, 1, null, 6 ), array( $d['mapping']['keyword'], $d['mapping']['search_volume'], $d['mapping']['difficulty'], $d['mapping']['intent'] ) );

		$codes = Format_Detector::detect( array( 'Ph;Nq;Cp;Co;Nr;Td;In;Kd' ) );
		$this->assertSame( 'semrush_api', $codes['format'] );
		$this->assertSame( array( 0, 1, 7, 6 ), array( $codes['mapping']['keyword'], $codes['mapping']['search_volume'], $codes['mapping']['difficulty'], $codes['mapping']['intent'] ) );
	}

	public function test_ahrefs_keywords_explorer_ignores_global_volume(): void {
		$d = Format_Detector::detect( array( "#\tKeyword\tCountry\tDifficulty\tGlobal volume\tVolume\tCPC\tCPS\tParent Keyword\tInformational\tNavigational\tCommercial\tTransactional" ) );
		$this->assertSame( 'ahrefs_keywords_explorer', $d['format'] );
		$this->assertSame( "\t", $d['delimiter'] );
		$this->assertSame( array( 1, 5, 3 ), array( $d['mapping']['keyword'], $d['mapping']['search_volume'], $d['mapping']['difficulty'] ) );
		$this->assertSame( array( 'informational' => 9, 'navigational' => 10, 'commercial' => 11, 'transactional' => 12 ), $d['mapping']['intent_flags'] );
	}

	public function test_google_keyword_planner_after_two_preamble_lines_has_no_difficulty(): void {
		$d = Format_Detector::detect(
			array(
				'Keyword Stats 2026-11-01 at 10_00_00',
				'All locations',
				"Keyword\tCurrency\tAvg. monthly searches\tThree month change\tYoY change\tCompetition\tCompetition (indexed value)\tTop of page bid (low range)\tTop of page bid (high range)",
			)
		);
		$this->assertSame( 'google_keyword_planner', $d['format'] );
		$this->assertSame( 3, $d['header_line'] );
		$this->assertSame( array( 0, 2, null ), array( $d['mapping']['keyword'], $d['mapping']['search_volume'], $d['mapping']['difficulty'] ) );
	}

	public function test_search_console_queries_take_impressions_as_volume(): void {
		$d = Format_Detector::detect( array( 'Top queries,Clicks,Impressions,CTR,Position' ) );
		$this->assertSame( 'search_console_queries', $d['format'] );
		$this->assertSame( array( 0, 2, null ), array( $d['mapping']['keyword'], $d['mapping']['search_volume'], $d['mapping']['difficulty'] ) );
	}

	public function test_anything_else_needs_a_mapping(): void {
		$d = Format_Detector::detect( array( 'Term,Monthly searches,Notes' ) );
		$this->assertSame( 'unknown', $d['format'] );
		$this->assertFalse( $d['confident'] );
		$this->assertSame( 0, $d['mapping']['keyword'], 'a suggestion is still offered' );

		$none = Format_Detector::detect( array( 'a,b,c', '1,2,3' ) );
		$this->assertNull( $none['mapping']['keyword'] );
		$this->assertFalse( $none['confident'] );
	}
}

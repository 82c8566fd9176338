<?php
/**
 * The batched, resumable importer at 100,000 rows.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Import;

use Igny8\Import\Import_Sessions;
use Igny8\Import\Keyword_Importer;
use Igny8\Tests\TestCase;

/**
 * One file of 100,000 keyword rows (Semrush Keyword Magic layout) with 5% malformed rows, in-batch
 * and cross-batch duplicates that differ in case and spacing; the import is interrupted, then a batch
 * is forced to fail mid-way, then it resumes to the end.
 */
final class Keyword_Importer_Test extends TestCase {

	private const ROWS = 100000;

	private const REASONS = array(
		'the keyword is empty',
		'search volume "lots" is not a number',
		'difficulty "150" is not a number from 0 to 100',
		'expected at least 5 columns, found 1',
	);

	private string $file = '';

	protected function tearDown(): void {
		if ( '' !== $this->file && file_exists( $this->file ) ) {
			unlink( $this->file );
		}
		parent::tearDown();
	}

	public function test_imports_100k_rows_reports_bad_ones_merges_duplicates_survives_a_failed_batch_and_resumes(): void {
		global $wpdb;
		$this->run_outside_transaction();
		list( $unique_after, $bad_lines ) = $this->write_file();
		$table    = $wpdb->prefix . 'igny8_keywords';
		$errors   = $wpdb->prefix . 'igny8_import_errors';
		$importer = new Keyword_Importer();

		$session = $importer->start( $this->file, 'semrush-keyword-magic.csv', 1 );
		$this->assertIsArray( $session );
		$this->assertSame( 'semrush_keyword_magic', $session['format'] );
		$this->assertSame( 'ready', $session['status'] );
		$this->assertSame( array( 'keyword' => 0, 'search_volume' => 2, 'difficulty' => 4, 'intent' => 1 ), array_intersect_key( $session['mapping'], array_flip( array( 'keyword', 'search_volume', 'difficulty', 'intent' ) ) ) );
		$this->assertCount( Keyword_Importer::PREVIEW_ROWS, $session['preview'] );
		$id = $session['id'];

		// 1. The request ends after three batches: the session remembers where.
		$partial = $importer->run( $id, 3 );
		$this->assertSame( 'ready', $partial['status'] );
		$this->assertSame( 3001, $partial['line'] );
		$this->assertSame( $unique_after[3000], (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table}" ) );

		// 2. The fifth batch fails after its keywords were written but before its errors were: all of it is undone.
		$inserts = 0;
		$break   = function ( $query ) use ( &$inserts, $errors ) {
			if ( is_string( $query ) && 0 === strpos( $query, "INSERT INTO {$errors}" ) && 2 === ++$inserts ) {
				return 'INSERT INTO igny8_no_such_table (x) VALUES (1)';
			}
			return $query;
		};
		add_filter( 'query', $break );
		$suppress = $wpdb->suppress_errors( true );
		$failed   = ( new Keyword_Importer() )->run( $id );
		$wpdb->suppress_errors( $suppress );
		remove_filter( 'query', $break );

		$this->assertInstanceOf( \WP_Error::class, $failed );
		$this->assertSame( 'igny8_import_batch_failed', $failed->get_error_code() );
		$this->assertSame( $unique_after[4000], (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table}" ), 'no keyword of the failed batch stayed' );
		$this->assertSame( 200, (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$errors} WHERE import_id = %s", $id ) ) );
		$paused = ( new Import_Sessions() )->find( $id );
		$this->assertSame( 'paused', $paused['status'] );
		$this->assertSame( 4001, $paused['line'] );
		$this->assertNotEmpty( $paused['last_error'] );

		// 3. Resuming imports the rest exactly once.
		$done = ( new Keyword_Importer() )->run( $id, PHP_INT_MAX, 120.0 );
		$this->assertSame( 'completed', $done['status'], wp_json_encode( $done['last_error'] ?? null ) );
		$this->assertSame( 100, $done['progress'] );
		$this->assertSame( $unique_after[ self::ROWS ], $done['imported'] );
		$this->assertSame( self::ROWS / 20, $done['failed'] );
		$this->assertSame( self::ROWS - self::ROWS / 20 - $unique_after[ self::ROWS ], $done['merged'] );
		$this->assertSame( $unique_after[ self::ROWS ], (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table}" ) );
		$this->assertSame( 0, (int) $wpdb->get_var( "SELECT COUNT(*) - COUNT(DISTINCT LOWER(keyword)) FROM {$table}" ), 'no duplicates' );

		// Every bad row is reported once, with its line and reason.
		$reported = ( new Import_Sessions() )->errors( $id );
		$this->assertSame( array_keys( $bad_lines ), array_column( $reported, 'line' ) );
		foreach ( array( 0, 1, 2, 3, 2499, 4999 ) as $index ) {
			$this->assertSame( $bad_lines[ $reported[ $index ]['line'] ], $reported[ $index ]['reason'] );
		}
		$report = $importer->report_csv( $id );
		$this->assertSame( 1 + self::ROWS / 20, substr_count( $report, "\n" ) );
		$this->assertStringStartsWith( "line,reason,row\n21,", $report );

		// Merging filled unknown values without erasing known ones; empty difficulty stays unknown.
		$row = $wpdb->get_row( "SELECT * FROM {$table} WHERE keyword = 'kw 6 compost'", ARRAY_A );
		$this->assertSame( array( '60', '6', 'transactional' ), array( $row['search_volume'], $row['difficulty'], $row['intent'] ) );
		$this->assertNull( $wpdb->get_var( "SELECT difficulty FROM {$table} WHERE keyword = 'kw 11 compost'" ) );

		// Running a completed import again changes nothing.
		$again = ( new Keyword_Importer() )->run( $id );
		$this->assertSame( $done['imported'], $again['imported'] );
	}

	/**
	 * Writes the file and returns, for each row number, how many distinct keywords exist up to it,
	 * and line => reason of every malformed row.
	 *
	 * Row i (line i + 1): every 20th malformed (four kinds in turn); i % 20 == 7 repeats row i - 1 in
	 * capitals with doubled spaces and no volume (merged inside its batch); i % 20 == 13 past 5,000
	 * repeats row i - 5,001 with stray spaces (merged with a keyword an earlier batch stored).
	 *
	 * @return array{0: array<int, int>, 1: array<int, string>}
	 */
	private function write_file(): array {
		$this->file = (string) tempnam( sys_get_temp_dir(), 'igny8-100k-' );
		$handle     = fopen( $this->file, 'wb' );
		fwrite( $handle, "Keyword,Intent,Volume,Trend,Keyword Difficulty,CPC (USD),Competitive Density,SERP Features,Number of Results\n" );
		$intents = array( 'Informational', 'Commercial', 'Transactional', 'Navigational, Informational' );
		$unique  = array( 0 => 0 );
		$count   = 0;
		$bad     = array();
		for ( $i = 1; $i <= self::ROWS; $i++ ) {
			if ( 0 === $i % 20 ) {
				$kind           = ( $i / 20 ) % 4;
				$bad[ $i + 1 ] = self::REASONS[ $kind ];
				$lines          = array(
					",Informational,10,,5,0.1,0.2,,100\n",
					"kw {$i} compost,Informational,lots,,5,0.1,0.2,,100\n",
					"kw {$i} compost,Informational,10,,150,0.1,0.2,,100\n",
					"kw {$i} compost\n",
				);
				fwrite( $handle, $lines[ $kind ] );
			} elseif ( 7 === $i % 20 ) {
				fwrite( $handle, 'KW  ' . ( $i - 1 ) . "  COMPOST,,,,,,,,\n" );
			} elseif ( 13 === $i % 20 && $i > 5000 ) {
				fwrite( $handle, '" kw ' . ( $i - 5001 ) . ' compost ",Informational,' . $i . ",,,0.5,0.1,,10\n" );
			} else {
				$difficulty = 11 === $i % 20 ? '' : (string) ( $i % 101 );
				fwrite( $handle, "kw {$i} compost,\"{$intents[ $i % 4 ]}\"," . ( $i * 10 ) . ",\"0.1,0.2\",{$difficulty},1.5,0.3,\"Reviews,Video\",1000\n" );
				++$count;
			}
			$unique[ $i ] = $count;
		}
		fclose( $handle );
		return array( $unique, $bad );
	}
}

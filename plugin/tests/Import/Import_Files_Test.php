<?php
/**
 * Storing uploads as UTF-8.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Import;

use Igny8\Import\Import_Files;
use Igny8\Tests\TestCase;

/**
 * Encodings and XLSX workbooks become the same UTF-8 text.
 */
final class Import_Files_Test extends TestCase {

	/**
	 * Files to delete.
	 *
	 * @var string[]
	 */
	private array $files = array();

	protected function tearDown(): void {
		foreach ( $this->files as $file ) {
			if ( file_exists( $file ) ) {
				unlink( $file );
			}
		}
		parent::tearDown();
	}

	public function test_utf16_with_and_without_bom_and_windows_1252_become_utf8(): void {
		$text = "Keyword\tAvg. monthly searches\ncafé crème\t1K – 10K\n";
		$this->assertSame( $text, $this->store( "\xFF\xFE" . mb_convert_encoding( $text, 'UTF-16LE', 'UTF-8' ), 'a.csv' ) );
		$this->assertSame( $text, $this->store( "\xFE\xFF" . mb_convert_encoding( $text, 'UTF-16BE', 'UTF-8' ), 'b.csv' ) );
		$this->assertSame( $text, $this->store( mb_convert_encoding( $text, 'UTF-16LE', 'UTF-8' ), 'c.csv' ) );
		$this->assertSame( "Keyword\ncafé\n", $this->store( "Keyword\ncaf\xE9\n", 'd.csv' ) );
		$this->assertSame( "Keyword\ncafé\n", $this->store( "\xEF\xBB\xBFKeyword\ncafé\n", 'e.csv' ) );
	}

	public function test_a_large_utf16_file_is_converted_across_chunk_boundaries(): void {
		$line = "ключевое слово 🌱 compost\t500\n";
		$text = str_repeat( $line, 40000 );
		$this->assertSame( $text, $this->store( "\xFF\xFE" . mb_convert_encoding( $text, 'UTF-16LE', 'UTF-8' ), 'big.csv' ) );
	}

	public function test_an_xlsx_workbook_becomes_csv(): void {
		$path = (string) tempnam( sys_get_temp_dir(), 'igny8-xlsx' );
		$this->files[] = $path;
		$zip  = new \ZipArchive();
		$zip->open( $path, \ZipArchive::OVERWRITE );
		$zip->addFromString( 'xl/sharedStrings.xml', '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Keyword</t></si><si><t>Volume</t></si><si><r><t>best </t></r><r><t>compost</t></r></si><si><t>Intent</t></si></sst>' );
		$zip->addFromString( 'xl/worksheets/sheet1.xml', '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>3</v></c><c r="C1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="C2"><v>1300</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>compost, bin</t></is></c><c r="B3" t="str"><v>Commercial</v></c><c r="C3"><v>90</v></c></row></sheetData></worksheet>' );
		$zip->close();

		$this->assertSame( "Keyword,Intent,Volume\n\"best compost\",,1300\n\"compost, bin\",Commercial,90\n", $this->store( (string) file_get_contents( $path ), 'keywords.xlsx' ) );
	}

	/**
	 * Stores bytes and returns the stored text.
	 */
	private function store( string $bytes, string $name ): string {
		$source = (string) tempnam( sys_get_temp_dir(), 'igny8-src' );
		file_put_contents( $source, $bytes );
		$stored        = Import_Files::store( $source, $name, 'test-' . wp_generate_password( 8, false ) );
		$this->files[] = $source;
		$this->assertIsString( $stored );
		$this->files[] = $stored;
		return (string) file_get_contents( $stored );
	}
}

<?php
/**
 * Reads the first sheet of an XLSX workbook.
 *
 * @package Igny8\Import
 */

declare( strict_types=1 );

namespace Igny8\Import;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Semrush's Keyword Magic Tool also exports XLSX. An XLSX file is a ZIP of XML parts: this reads the
 * shared strings and the first worksheet with ZipArchive and XMLReader (streaming, so large sheets do
 * not load whole) and writes the rows as CSV for the ordinary import path.
 *
 * @since 0.2.0
 */
final class Xlsx_Reader {

	/**
	 * Whether the file is an XLSX workbook (ZIP magic and an .xlsx name, or a workbook part inside).
	 *
	 * @since 0.2.0
	 *
	 * @param string $path      File path.
	 * @param string $file_name Original file name.
	 * @return bool
	 */
	public static function is_xlsx( string $path, string $file_name ): bool {
		$magic = (string) file_get_contents( $path, false, null, 0, 4 ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- reads the four-byte signature only.
		if ( "PK\x03\x04" !== $magic || ! class_exists( \ZipArchive::class ) ) {
			return false;
		}
		return '.xlsx' === strtolower( substr( $file_name, -5 ) ) || self::sheet_part( $path ) !== '';
	}

	/**
	 * Writes the first worksheet as CSV.
	 *
	 * @since 0.2.0
	 *
	 * @param string $source XLSX path.
	 * @param string $target CSV path.
	 * @return true|WP_Error
	 */
	public static function to_csv( string $source, string $target ) {
		$sheet = self::sheet_part( $source );
		if ( '' === $sheet ) {
			return new WP_Error( 'igny8_import_xlsx', __( 'The workbook has no worksheet.', 'igny8' ), array( 'status' => 400 ) );
		}
		$strings = self::shared_strings( $source );
		$out     = fopen( $target, 'wb' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams worksheet rows to a CSV file; WP_Filesystem writes whole strings.
		$reader  = new \XMLReader();
		if ( ! $out || ! $reader->open( 'zip://' . $source . '#' . $sheet ) ) {
			return new WP_Error( 'igny8_import_xlsx', __( 'The workbook could not be read.', 'igny8' ), array( 'status' => 400 ) );
		}

		$row = null;
		while ( $reader->read() ) {
			if ( \XMLReader::ELEMENT === $reader->nodeType && 'row' === $reader->localName ) {
				$row = array();
			} elseif ( \XMLReader::ELEMENT === $reader->nodeType && 'c' === $reader->localName && null !== $row ) {
				$ref   = (string) $reader->getAttribute( 'r' );
				$type  = (string) $reader->getAttribute( 't' );
				$cell  = new \SimpleXMLElement( $reader->readOuterXml() );
				$value = 'inlineStr' === $type ? (string) $cell->is->t : (string) $cell->v;
				if ( 's' === $type ) {
					$value = $strings[ (int) $value ] ?? '';
				}
				$row[ self::column_index( $ref, count( $row ) ) ] = $value;
			} elseif ( \XMLReader::END_ELEMENT === $reader->nodeType && 'row' === $reader->localName && null !== $row ) {
				$cells = array();
				$max   = $row ? max( array_keys( $row ) ) : -1;
				for ( $i = 0; $i <= $max; $i++ ) {
					$cells[] = $row[ $i ] ?? '';
				}
				fputcsv( $out, $cells );
				$row = null;
			}
		}
		$reader->close();
		fclose( $out ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams worksheet rows to a CSV file; WP_Filesystem writes whole strings.
		return true;
	}

	/**
	 * Path inside the ZIP of the first worksheet, or ''.
	 *
	 * @param string $path XLSX path.
	 * @return string
	 */
	private static function sheet_part( string $path ): string {
		$zip = new \ZipArchive();
		if ( true !== $zip->open( $path ) ) {
			return '';
		}
		$found = '';
		if ( false !== $zip->locateName( 'xl/worksheets/sheet1.xml' ) ) {
			$found = 'xl/worksheets/sheet1.xml';
		} else {
			for ( $i = 0; $i < $zip->numFiles; $i++ ) {
				$name = (string) $zip->getNameIndex( $i );
				if ( 0 === strpos( $name, 'xl/worksheets/' ) && '.xml' === substr( $name, -4 ) ) {
					$found = $name;
					break;
				}
			}
		}
		$zip->close();
		return $found;
	}

	/**
	 * The workbook's shared strings, in order.
	 *
	 * @param string $path XLSX path.
	 * @return string[]
	 */
	private static function shared_strings( string $path ): array {
		$strings = array();
		$reader  = new \XMLReader();
		if ( ! @$reader->open( 'zip://' . $path . '#xl/sharedStrings.xml' ) ) { // phpcs:ignore WordPress.PHP.NoSilencedErrors -- a workbook without shared strings is valid.
			return $strings;
		}
		while ( $reader->read() ) {
			if ( \XMLReader::ELEMENT === $reader->nodeType && 'si' === $reader->localName ) {
				$si   = new \SimpleXMLElement( $reader->readOuterXml() );
				$text = '';
				// Rich text splits a string into runs (<r><t>); plain strings have one <t>.
				foreach ( $si->xpath( './/*[local-name()="t"]' ) as $t ) {
					$text .= (string) $t;
				}
				$strings[] = $text;
			}
		}
		$reader->close();
		return $strings;
	}

	/**
	 * Zero-based column of a cell reference such as "C12"; the running position when absent.
	 *
	 * @param string $ref      Cell reference.
	 * @param int    $fallback Position.
	 * @return int
	 */
	private static function column_index( string $ref, int $fallback ): int {
		if ( ! preg_match( '/^([A-Z]+)/', $ref, $m ) ) {
			return $fallback;
		}
		$index = 0;
		foreach ( str_split( $m[1] ) as $letter ) {
			$index = $index * 26 + ( ord( $letter ) - 64 );
		}
		return $index - 1;
	}
}

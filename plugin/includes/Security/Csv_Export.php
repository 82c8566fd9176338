<?php
/**
 * CSV files an admin opens in a spreadsheet.
 *
 * @package Igny8\Security
 */

declare( strict_types=1 );

namespace Igny8\Security;

defined( 'ABSPATH' ) || exit;

/**
 * Keywords, import reasons and raw import lines come from files and people the admin does not
 * control. A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to
 * Excel, LibreOffice and Google Sheets (`=HYPERLINK(…)` leaks data or phishes), so such a text
 * cell gets a leading apostrophe, as the portal's usage CSV does. Plain numbers (`-3`, `+1.5`)
 * are data and stay as they are. Every CSV the plugin writes goes through here.
 *
 * @since 0.1.0
 */
final class Csv_Export {

	/**
	 * A cell a spreadsheet shows as text, never evaluates.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value Cell value.
	 * @return string
	 */
	public static function cell( $value ): string {
		$text = null === $value ? '' : (string) $value;
		if ( '' === $text || is_int( $value ) || is_float( $value ) || 1 === preg_match( '/^[+-]?\d+(\.\d+)?$/', $text ) ) {
			return $text;
		}
		return 1 === preg_match( "/^[=+\\-@\t\r]/", $text ) ? "'" . $text : $text;
	}

	/**
	 * Writes one row of escaped cells.
	 *
	 * @since 0.1.0
	 *
	 * @param resource          $handle Open stream.
	 * @param array<int, mixed> $cells  Cells.
	 */
	public static function put_row( $handle, array $cells ): void {
		fputcsv( $handle, array_map( array( self::class, 'cell' ), $cells ), ',', '"', '\\' );
	}

	/**
	 * Rows as CSV text.
	 *
	 * @since 0.1.0
	 *
	 * @param iterable<array<int, mixed>> $rows Rows, header first.
	 * @return string
	 */
	public static function to_string( iterable $rows ): string {
		$out = fopen( 'php://temp', 'w+b' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fopen -- an in-memory stream, not a file.
		foreach ( $rows as $row ) {
			self::put_row( $out, $row );
		}
		rewind( $out );
		$csv = (string) stream_get_contents( $out );
		fclose( $out ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose -- the in-memory stream above.
		return $csv;
	}
}

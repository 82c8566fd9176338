<?php
/**
 * Stores uploaded keyword files as UTF-8 text.
 *
 * @package Igny8\Import
 */

declare( strict_types=1 );

namespace Igny8\Import;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * An import reads its file over several requests, so the upload is kept in a private folder of the
 * uploads directory until the import ends. Every file is converted once on arrival to UTF-8 text
 * (UTF-16 LE/BE exports of Google Keyword Planner and Ahrefs, Windows-1252, XLSX), so the byte
 * offset a resumable import stores always refers to the same text.
 *
 * @since 0.2.0
 */
final class Import_Files {

	/**
	 * Bytes converted per step; a multiple of 4 so UTF-16 code units are never cut.
	 */
	private const CHUNK = 1048576;

	/**
	 * The private folder, created (with deny rules) when $create is true.
	 *
	 * @since 0.2.0
	 *
	 * @param bool $create Whether to create it.
	 * @return string Absolute path without trailing slash, or '' when uploads are unavailable.
	 */
	public static function directory( bool $create = true ): string {
		$uploads = wp_upload_dir( null, $create );
		if ( ! empty( $uploads['error'] ) && $create ) {
			return '';
		}
		$dir = trailingslashit( (string) $uploads['basedir'] ) . 'igny8-imports';
		if ( $create && ! is_dir( $dir ) ) {
			wp_mkdir_p( $dir );
			// The files hold the site's keyword research: never served.
			file_put_contents( $dir . '/.htaccess', "Require all denied\nDeny from all\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a guard file in the plugin's own upload folder; WP_Filesystem may need credentials a REST upload cannot ask for.
			file_put_contents( $dir . '/index.php', "<?php\n// Silence is golden.\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a guard file in the plugin's own upload folder; WP_Filesystem may need credentials a REST upload cannot ask for.
		}
		return $dir;
	}

	/**
	 * Converts a source file into a new UTF-8 file in the private folder.
	 *
	 * @since 0.2.0
	 *
	 * @param string $source    Path of the uploaded file.
	 * @param string $file_name Original name (its extension tells XLSX apart).
	 * @param string $id        Import id, used as the stored file's name.
	 * @return string|WP_Error Path of the UTF-8 file.
	 */
	public static function store( string $source, string $file_name, string $id ) {
		$dir = self::directory();
		if ( '' === $dir ) {
			return new WP_Error( 'igny8_import_storage', __( 'The uploads folder is not writable.', 'igny8' ), array( 'status' => 500 ) );
		}
		$target = $dir . '/' . $id . '.csv';

		if ( Xlsx_Reader::is_xlsx( $source, $file_name ) ) {
			$converted = Xlsx_Reader::to_csv( $source, $target );
			return is_wp_error( $converted ) ? $converted : $target;
		}

		$in  = fopen( $source, 'rb' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload in chunks to re-encode it; WP_Filesystem reads and writes whole strings.
		$out = fopen( $target, 'wb' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload in chunks to re-encode it; WP_Filesystem reads and writes whole strings.
		if ( ! $in || ! $out ) {
			return new WP_Error( 'igny8_import_storage', __( 'The uploaded file could not be read.', 'igny8' ), array( 'status' => 500 ) );
		}
		$head     = (string) fread( $in, 4096 ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload in chunks to re-encode it; WP_Filesystem reads and writes whole strings.
		$is_full  = 4096 === strlen( $head );
		$encoding = self::detect_encoding( $head, $is_full );
		$bom      = array(
			'UTF-16LE' => "\xFF\xFE",
			'UTF-16BE' => "\xFE\xFF",
			'UTF-8'    => "\xEF\xBB\xBF",
		);
		$skip     = isset( $bom[ $encoding ] ) && 0 === strpos( $head, $bom[ $encoding ] ) ? strlen( $bom[ $encoding ] ) : 0;
		fseek( $in, $skip );

		$carry = '';
		while ( ! feof( $in ) ) {
			$chunk = $carry . (string) fread( $in, self::CHUNK ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload in chunks to re-encode it; WP_Filesystem reads and writes whole strings.
			$carry = '';
			if ( 'UTF-16LE' === $encoding || 'UTF-16BE' === $encoding ) {
				list( $chunk, $carry ) = self::split_utf16( $chunk, 'UTF-16LE' === $encoding );
			} elseif ( 'UTF-8' === $encoding && ! feof( $in ) ) {
				list( $chunk, $carry ) = self::split_utf8( $chunk );
			}
			fwrite( $out, 'UTF-8' === $encoding ? $chunk : (string) mb_convert_encoding( $chunk, 'UTF-8', $encoding ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload in chunks to re-encode it; WP_Filesystem reads and writes whole strings.
		}
		if ( '' !== $carry ) {
			fwrite( $out, $carry ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload in chunks to re-encode it; WP_Filesystem reads and writes whole strings.
		}
		fclose( $in ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload in chunks to re-encode it; WP_Filesystem reads and writes whole strings.
		fclose( $out ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload in chunks to re-encode it; WP_Filesystem reads and writes whole strings.
		return $target;
	}

	/**
	 * Guesses the encoding from the first bytes: a BOM, NUL bytes (UTF-16 without BOM), valid UTF-8,
	 * else Windows-1252 (spreadsheets saved on Windows).
	 *
	 * @since 0.2.0
	 *
	 * @param string $head      First bytes.
	 * @param bool   $truncated Whether the file goes on after them (the last character may be cut).
	 * @return string UTF-8, UTF-16LE, UTF-16BE or Windows-1252.
	 */
	public static function detect_encoding( string $head, bool $truncated = false ): string {
		if ( 0 === strpos( $head, "\xFF\xFE" ) ) {
			return 'UTF-16LE';
		}
		if ( 0 === strpos( $head, "\xFE\xFF" ) ) {
			return 'UTF-16BE';
		}
		$nul = substr_count( $head, "\0" );
		if ( $nul > strlen( $head ) / 4 ) {
			// ASCII text in UTF-16: the NUL is the high byte, first in BE, second in LE.
			return "\0" === ( $head[0] ?? '' ) ? 'UTF-16BE' : 'UTF-16LE';
		}
		// A head cut off mid-file may end inside a character: check only its complete part.
		$complete = $truncated ? self::split_utf8( $head )[0] : $head;
		return mb_check_encoding( $complete, 'UTF-8' ) ? 'UTF-8' : 'Windows-1252';
	}

	/**
	 * Splits UTF-16 bytes into a convertible part and a remainder (odd byte or lone high surrogate).
	 *
	 * @param string $bytes         Bytes.
	 * @param bool   $little_endian Byte order.
	 * @return array{0: string, 1: string}
	 */
	private static function split_utf16( string $bytes, bool $little_endian ): array {
		$keep = strlen( $bytes ) - ( strlen( $bytes ) % 2 );
		if ( $keep >= 2 ) {
			$unit = substr( $bytes, $keep - 2, 2 );
			$high = ord( $little_endian ? $unit[1] : $unit[0] );
			if ( $high >= 0xD8 && $high <= 0xDB ) {
				$keep -= 2;
			}
		}
		return array( substr( $bytes, 0, $keep ), (string) substr( $bytes, $keep ) );
	}

	/**
	 * Splits UTF-8 bytes so no character is cut between chunks.
	 *
	 * @param string $bytes Bytes.
	 * @return array{0: string, 1: string}
	 */
	private static function split_utf8( string $bytes ): array {
		$len = strlen( $bytes );
		for ( $i = 1; $i <= 3 && $i <= $len; $i++ ) {
			$byte = ord( $bytes[ $len - $i ] );
			if ( ( $byte & 0xC0 ) === 0xC0 ) {
				return array( substr( $bytes, 0, $len - $i ), substr( $bytes, $len - $i ) );
			}
			if ( ( $byte & 0x80 ) === 0 ) {
				break;
			}
		}
		return array( $bytes, '' );
	}
}

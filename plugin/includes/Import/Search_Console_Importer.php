<?php
/**
 * Search Console performance export import.
 *
 * @package Igny8\Import
 */

declare( strict_types=1 );

namespace Igny8\Import;

use Igny8\Storage\Search_Queries_Repository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Reads a Search Console export with query and page columns (the keyword import's file handling:
 * any encoding, BOM, XLSX, tab/semicolon/comma delimiters), matches each page to the site's own
 * post by its URL, and replaces the stored rows. Exports are at most tens of thousands of rows
 * (the Search Console screen gives 1,000), so one request imports the whole file.
 *
 * @since 0.1.0
 */
class Search_Console_Importer {

	/**
	 * Most data rows read from one file.
	 *
	 * @since 0.1.0
	 */
	public const MAX_ROWS = 50000;

	/**
	 * Rejected rows reported back (the count covers them all).
	 */
	private const REPORTED_ERRORS = 20;

	/**
	 * Post id per page URL already looked up in this import.
	 *
	 * @var array<string, int|null>
	 */
	private array $posts = array();

	/**
	 * Imports a file, replacing the previous import.
	 *
	 * @since 0.1.0
	 *
	 * @param string $source    Uploaded file path.
	 * @param string $file_name Original name.
	 * @return array{imported: int, matched: int, failed: int, errors: array<int, array{line: int, reason: string}>}|WP_Error
	 */
	public function import( string $source, string $file_name ) {
		$path = Import_Files::store( $source, $file_name, wp_generate_uuid4() );
		if ( is_wp_error( $path ) ) {
			return $path;
		}
		try {
			return $this->read( $path );
		} finally {
			// The report does not keep the file: the rows are stored, the upload is not needed.
			wp_delete_file( $path );
		}
	}

	/**
	 * Parses and stores a UTF-8 file.
	 *
	 * @param string $path Stored file.
	 * @return array{imported: int, matched: int, failed: int, errors: array<int, array{line: int, reason: string}>}|WP_Error
	 */
	private function read( string $path ) {
		$handle = fopen( $path, 'rb' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- reads the stored upload line by line; WP_Filesystem reads whole files.
		if ( ! $handle ) {
			return new WP_Error( 'igny8_import_storage', __( 'The uploaded file could not be read.', 'igny8' ), array( 'status' => 500 ) );
		}
		$first     = rtrim( (string) fgets( $handle ), "\r\n" );
		$delimiter = Format_Detector::delimiter( $first );
		$map       = Search_Console_Columns::map( str_getcsv( $first, $delimiter ) );
		$missing   = Search_Console_Columns::missing( $map );
		if ( $missing ) {
			fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- reads the stored upload line by line; WP_Filesystem reads whole files.
			return new WP_Error(
				'igny8_search_console_columns',
				/* translators: %s: comma-separated column names, e.g. "page, position" */
				sprintf( __( 'This file is not a Search Console export with query and page columns: it has no %s column. Export the performance report by query and page and upload that file.', 'igny8' ), implode( ', ', $missing ) ),
				array(
					'status'  => 400,
					'missing' => $missing,
				)
			);
		}
		$rows   = array();
		$errors = array();
		$failed = 0;
		$line   = 1;
		$stored = 0;
		while ( $stored < self::MAX_ROWS && false !== ( $text = fgets( $handle ) ) ) { // phpcs:ignore WordPress.CodeAnalysis.AssignmentInCondition.FoundInWhileCondition -- reading lines.
			++$line;
			$text = rtrim( $text, "\r\n" );
			if ( '' === trim( $text ) ) {
				continue;
			}
			$row = Search_Console_Columns::parse( str_getcsv( $text, $delimiter ), $map );
			if ( is_string( $row ) ) {
				++$failed;
				if ( count( $errors ) < self::REPORTED_ERRORS ) {
					$errors[] = array(
						'line'   => $line,
						'reason' => $row,
					);
				}
				continue;
			}
			$row['post_id'] = $this->post_for( $row['page_url'] );
			$rows[]         = $row;
			++$stored;
		}
		fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- reads the stored upload line by line; WP_Filesystem reads whole files.
		if ( ! $rows ) {
			return new WP_Error( 'igny8_import_empty', __( 'The file has no row to import.', 'igny8' ), array( 'status' => 400 ) );
		}
		try {
			( new Search_Queries_Repository() )->replace( $rows );
		} catch ( \RuntimeException $error ) {
			return new WP_Error( 'igny8_import_failed', __( 'Storing the rows failed and nothing was changed; try the import again.', 'igny8' ), array( 'status' => 500 ) );
		}
		return array(
			'imported' => count( $rows ),
			'matched'  => count( array_filter( $rows, static fn ( array $row ): bool => null !== $row['post_id'] ) ),
			'failed'   => $failed,
			'errors'   => $errors,
		);
	}

	/**
	 * The site's post at a URL, or null for another site's page or an unknown one.
	 *
	 * @param string $url Page URL.
	 * @return int|null
	 */
	private function post_for( string $url ): ?int {
		if ( ! array_key_exists( $url, $this->posts ) ) {
			$this->posts[ $url ] = null;
			if ( self::same_host( $url ) ) {
				$id                  = url_to_postid( $url );
				$this->posts[ $url ] = $id > 0 ? $id : null;
			}
		}
		return $this->posts[ $url ];
	}

	/**
	 * Whether a URL is on the site's host (with or without www.).
	 *
	 * @param string $url URL.
	 * @return bool
	 */
	private static function same_host( string $url ): bool {
		$host = static fn ( string $value ): string => (string) preg_replace( '/^www\./', '', strtolower( (string) wp_parse_url( $value, PHP_URL_HOST ) ) );
		return '' !== $host( $url ) && $host( $url ) === $host( home_url() );
	}
}

<?php
/**
 * Recognises keyword exports by their header row.
 *
 * @package Igny8\Import
 */

declare( strict_types=1 );

namespace Igny8\Import;

defined( 'ABSPATH' ) || exit;

/**
 * Finds the header line (Google Keyword Planner puts two preamble lines before it), the delimiter,
 * and maps the columns of the exports people already have:
 *
 * - semrush_keyword_magic: Keyword, Intent, Volume, Trend, Keyword Difficulty, CPC (USD)…
 * - semrush_api: semicolon files, Keyword;Search Volume;…;Intent (numeric codes) or the Ph/Nq/Kd/In codes.
 * - ahrefs_keywords_explorer: a `#` column, Keyword, Difficulty (KD), Volume; `Global volume` is never the volume.
 * - google_keyword_planner: Keyword, Avg. monthly searches (buckets and ranges); no difficulty (its
 *   Competition is about ads).
 * - search_console_queries: Top queries, Clicks, Impressions, CTR, Position; impressions become the volume.
 *
 * Advertising competition (Semrush API `Competition`, Keyword Planner `Competition`) is never taken
 * for SEO difficulty. Anything else is `unknown`: a suggested mapping is returned and the import waits
 * for the user to confirm or change it.
 *
 * @since 0.2.0
 */
final class Format_Detector {

	/**
	 * Lines examined for the header.
	 */
	private const HEADER_SCAN = 5;

	/**
	 * Header names (normalised) per field, most specific first. Competition is absent on purpose.
	 */
	private const SYNONYMS = array(
		'keyword'       => array( 'keyword', 'keywords', 'ph', 'top queries', 'query', 'queries', 'search term', 'term', 'phrase' ),
		'search_volume' => array( 'volume', 'search volume', 'nq', 'avg. monthly searches', 'avg monthly searches', 'monthly searches', 'impressions', 'sv' ),
		'difficulty'    => array( 'keyword difficulty', 'difficulty', 'kd', 'kd %', 'kd%', 'keyword difficulty index', 'seo difficulty' ),
		'intent'        => array( 'intent', 'intents', 'in', 'search intent' ),
	);

	/**
	 * Ahrefs marks each intent in its own true/false column.
	 */
	private const INTENT_FLAG_COLUMNS = array( 'informational', 'navigational', 'commercial', 'transactional' );

	/**
	 * Detects the layout from the first lines of a UTF-8 file.
	 *
	 * @since 0.2.0
	 *
	 * @param string[] $lines First lines of the file, without line endings.
	 * @return array{format: string, delimiter: string, header_line: int, columns: string[], mapping: array<string, mixed>, confident: bool}
	 */
	public static function detect( array $lines ): array {
		$best = null;
		foreach ( array_slice( $lines, 0, self::HEADER_SCAN ) as $index => $line ) {
			$delimiter = self::delimiter( $line );
			$columns   = self::header_cells( $line, $delimiter );
			$mapping   = self::map( $columns );
			if ( null !== $mapping['keyword'] ) {
				$best = array( $index + 1, $delimiter, $columns, $mapping );
				break;
			}
		}
		if ( null === $best ) {
			$first     = (string) ( $lines[0] ?? '' );
			$delimiter = self::delimiter( $first );
			$columns   = self::header_cells( $first, $delimiter );
			$best      = array( 1, $delimiter, $columns, self::map( $columns ) );
		}
		list( $header_line, $delimiter, $columns, $mapping ) = $best;

		$format = self::format( $columns, $delimiter );
		if ( 'search_console_queries' === $format ) {
			$mapping['search_volume'] = self::find( $columns, array( 'impressions' ) );
		}
		if ( 'google_keyword_planner' === $format ) {
			$mapping['difficulty'] = null;
		}

		return array(
			'format'      => $format,
			'delimiter'   => $delimiter,
			'header_line' => $header_line,
			'columns'     => $columns,
			'mapping'     => $mapping,
			'confident'   => 'unknown' !== $format && null !== $mapping['keyword'],
		);
	}

	/**
	 * Names the export a header row belongs to.
	 *
	 * @param string[] $columns   Header names as printed.
	 * @param string   $delimiter Delimiter.
	 * @return string
	 */
	private static function format( array $columns, string $delimiter ): string {
		$has = static function ( string ...$names ) use ( $columns ): bool {
			$normal = array_map( array( self::class, 'normal' ), $columns );
			foreach ( $names as $name ) {
				if ( ! in_array( $name, $normal, true ) ) {
					return false;
				}
			}
			return true;
		};
		if ( $has( 'top queries', 'impressions' ) || $has( 'query', 'clicks', 'impressions', 'position' ) ) {
			return 'search_console_queries';
		}
		if ( $has( 'keyword', 'avg. monthly searches' ) ) {
			return 'google_keyword_planner';
		}
		if ( $has( '#', 'keyword', 'volume' ) ) {
			return 'ahrefs_keywords_explorer';
		}
		if ( ';' === $delimiter && ( $has( 'keyword', 'search volume' ) || $has( 'ph', 'nq' ) ) ) {
			return 'semrush_api';
		}
		if ( $has( 'keyword', 'intent', 'volume', 'keyword difficulty' ) || $has( 'keyword', 'volume', 'keyword difficulty', 'cpc (usd)' ) ) {
			return 'semrush_keyword_magic';
		}
		return 'unknown';
	}

	/**
	 * Suggested mapping: field => zero-based column index or null, plus Ahrefs intent flag columns.
	 *
	 * @since 0.2.0
	 *
	 * @param string[] $columns Header names.
	 * @return array<string, mixed>
	 */
	public static function map( array $columns ): array {
		$mapping = array();
		foreach ( self::SYNONYMS as $field => $names ) {
			$mapping[ $field ] = self::find( $columns, $names );
		}
		$flags = array();
		foreach ( self::INTENT_FLAG_COLUMNS as $intent ) {
			$index = self::find( $columns, array( $intent ) );
			if ( null !== $index ) {
				$flags[ $intent ] = $index;
			}
		}
		$mapping['intent_flags'] = $flags;
		return $mapping;
	}

	/**
	 * First column whose normalised name is in $names (in $names order).
	 *
	 * @param string[] $columns Header names.
	 * @param string[] $names   Accepted names.
	 * @return int|null
	 */
	private static function find( array $columns, array $names ): ?int {
		$normal = array_map( array( self::class, 'normal' ), $columns );
		foreach ( $names as $name ) {
			$index = array_search( $name, $normal, true );
			if ( false !== $index ) {
				return (int) $index;
			}
		}
		return null;
	}

	/**
	 * The delimiter used most in a line: tab, semicolon or comma.
	 *
	 * @since 0.1.0
	 *
	 * @param string $line Line.
	 * @return string
	 */
	public static function delimiter( string $line ): string {
		$counts = array(
			"\t" => substr_count( $line, "\t" ),
			';'  => substr_count( $line, ';' ),
			','  => substr_count( $line, ',' ),
		);
		arsort( $counts );
		$top = (string) array_key_first( $counts );
		return $counts[ $top ] > 0 ? $top : ',';
	}

	/**
	 * The cleaned header cells of one line. str_getcsv() answers [ null ] for an empty line,
	 * so every cell is cast before cleaning.
	 *
	 * @param string $line      Header line.
	 * @param string $delimiter Column delimiter.
	 * @return string[]
	 */
	private static function header_cells( string $line, string $delimiter ): array {
		return array_map( static fn ( $cell ): string => self::clean_header( (string) $cell ), str_getcsv( $line, $delimiter ) );
	}

	/**
	 * Header as printed, without BOM and surrounding space.
	 *
	 * @param string $name Header cell.
	 * @return string
	 */
	public static function clean_header( string $name ): string {
		return trim( str_replace( "\xEF\xBB\xBF", '', $name ) );
	}

	/**
	 * Lower-case header for matching.
	 *
	 * @param string $name Header cell.
	 * @return string
	 */
	private static function normal( string $name ): string {
		return strtolower( (string) preg_replace( '/\s+/', ' ', self::clean_header( $name ) ) );
	}
}

<?php
/**
 * The columns of a Search Console performance export.
 *
 * @package Igny8\Import
 */

declare( strict_types=1 );

namespace Igny8\Import;

defined( 'ABSPATH' ) || exit;

/**
 * Maps a header row to query, page, clicks, impressions, CTR and position under the spellings the
 * exports use (Search Console's own "Top queries"/"Top pages", the API and Looker Studio's "query",
 * "page", "Average position", "URL CTR"…), and parses one data row: numbers may carry thousands
 * separators, CTR a percent sign, position a decimal comma.
 *
 * @since 0.1.0
 */
final class Search_Console_Columns {

	/**
	 * Header names (lower case, single spaces) per field.
	 */
	private const SYNONYMS = array(
		'query'       => array( 'query', 'queries', 'top queries', 'search query', 'search term', 'keys', 'keyword' ),
		'page'        => array( 'page', 'pages', 'top pages', 'landing page', 'url', 'page url', 'address' ),
		'clicks'      => array( 'clicks', 'url clicks', 'site clicks' ),
		'impressions' => array( 'impressions', 'url impressions', 'site impressions' ),
		'ctr'         => array( 'ctr', 'url ctr', 'site ctr', 'click through rate', 'click-through rate' ),
		'position'    => array( 'position', 'average position', 'avg. position', 'avg position', 'url position', 'site avg position', 'average pos' ),
	);

	/**
	 * Column index per field (null when absent) for a header row.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $header Header cells as printed.
	 * @return array<string, int|null>
	 */
	public static function map( array $header ): array {
		$normal = array_map(
			static fn ( $cell ): string => strtolower( (string) preg_replace( '/\s+/', ' ', Format_Detector::clean_header( (string) $cell ) ) ),
			$header
		);
		$map    = array();
		foreach ( self::SYNONYMS as $field => $names ) {
			$map[ $field ] = null;
			foreach ( $names as $name ) {
				$index = array_search( $name, $normal, true );
				if ( false !== $index ) {
					$map[ $field ] = (int) $index;
					break;
				}
			}
		}
		return $map;
	}

	/**
	 * Fields the import cannot do without that the mapping lacks.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, int|null> $map map() result.
	 * @return string[]
	 */
	public static function missing( array $map ): array {
		return array_keys( array_filter( $map, static fn ( $index ): bool => null === $index ) );
	}

	/**
	 * One data row as stored values, or why it is rejected.
	 *
	 * @since 0.1.0
	 *
	 * @param string[]                $cells Row cells.
	 * @param array<string, int|null> $map   map() result (every field present).
	 * @return array{query: string, page_url: string, clicks: int, impressions: int, ctr: float, position: float}|string
	 */
	public static function parse( array $cells, array $map ) {
		$cell  = static fn ( string $field ): string => trim( (string) ( $cells[ (int) $map[ $field ] ] ?? '' ) );
		$query = sanitize_text_field( $cell( 'query' ) );
		if ( '' === $query ) {
			return __( 'The query is empty.', 'igny8' );
		}
		$page = esc_url_raw( $cell( 'page' ), array( 'http', 'https' ) );
		if ( '' === $page ) {
			return __( 'The page is not an http(s) URL.', 'igny8' );
		}
		$clicks      = self::number( $cell( 'clicks' ) );
		$impressions = self::number( $cell( 'impressions' ) );
		$position    = self::number( $cell( 'position' ) );
		$ctr         = self::ctr( $cell( 'ctr' ) );
		if ( null === $clicks || null === $impressions || $clicks < 0 || $impressions < 0 ) {
			return __( 'Clicks and impressions must be whole numbers.', 'igny8' );
		}
		if ( null === $position || $position < 1 ) {
			return __( 'The position must be a number of 1 or more.', 'igny8' );
		}
		if ( null === $ctr ) {
			return __( 'The CTR must be a number or a percentage.', 'igny8' );
		}
		return array(
			'query'       => mb_substr( $query, 0, 255 ),
			'page_url'    => substr( $page, 0, 2048 ),
			'clicks'      => (int) $clicks,
			'impressions' => (int) $impressions,
			'ctr'         => $ctr,
			'position'    => round( min( $position, 99999.0 ), 2 ),
		);
	}

	/**
	 * A number as exports print it: "1,234", "1 234", "8.4" or "8,4".
	 *
	 * @param string $text Cell.
	 * @return float|null
	 */
	private static function number( string $text ): ?float {
		$text = str_replace( array( ' ', "\u{00A0}", "\u{202F}" ), '', $text );
		if ( preg_match( '/^\d{1,3}(,\d{3})+$/', $text ) ) {
			$text = str_replace( ',', '', $text ); // Thousands separators.
		} elseif ( preg_match( '/^\d+,\d+$/', $text ) ) {
			$text = str_replace( ',', '.', $text ); // A decimal comma.
		}
		return is_numeric( $text ) ? (float) $text : null;
	}

	/**
	 * CTR as a percentage: "3.5%" is 3.5; a bare fraction such as 0.035 (the API's) becomes 3.5.
	 *
	 * @param string $text Cell.
	 * @return float|null
	 */
	private static function ctr( string $text ): ?float {
		if ( '' === $text ) {
			return 0.0;
		}
		$percent = '%' === substr( $text, -1 );
		$value   = self::number( rtrim( $text, '% ' ) );
		if ( null === $value || $value < 0 ) {
			return null;
		}
		$value = $percent || $value > 1 ? $value : $value * 100;
		return round( min( $value, 100.0 ), 4 );
	}
}

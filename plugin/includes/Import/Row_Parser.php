<?php
/**
 * Turns one line of a keyword export into a keyword row.
 *
 * @package Igny8\Import
 */

declare( strict_types=1 );

namespace Igny8\Import;

use Igny8\Storage\Keywords_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * Parses values the way each tool prints them and explains every rejection.
 *
 * Volumes: plain numbers ("1200", "1,200", "1 200"), suffixes ("1.2K", "3M"), and Google Keyword
 * Planner's ranges ("1K – 10K", "10 - 100"). A range becomes its geometric midpoint, rounded
 * (10–100 → 32, 100–1K → 316, 1K–10K → 3,162, 10K–100K → 31,623): Keyword Planner's buckets are
 * powers of ten, so the geometric rather than the arithmetic middle is the representative value;
 * a range starting at 0 ("0 – 10") takes half its upper bound. Its bucketed single values (50, 500,
 * 5000) are kept as they are. An empty volume or difficulty stays unknown (NULL), never 0.
 *
 * Intents: words (Semrush "Informational, Commercial" → the first), Semrush API codes (0 commercial,
 * 1 informational, 2 navigational, 3 transactional; "1,3" → the first), Ahrefs true/false columns.
 *
 * @since 0.2.0
 */
final class Row_Parser {

	/**
	 * Semrush API intent codes.
	 *
	 * @since 0.2.0
	 */
	public const SEMRUSH_INTENT_CODES = array(
		'0' => 'commercial',
		'1' => 'informational',
		'2' => 'navigational',
		'3' => 'transactional',
	);

	/**
	 * Mapping: field => column index (keyword, search_volume, difficulty, intent) and intent_flags.
	 *
	 * @var array<string, mixed>
	 */
	private array $mapping;

	/**
	 * Number of columns a row needs (highest mapped index + 1).
	 *
	 * @var int
	 */
	private int $needed;

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $mapping Column mapping.
	 */
	public function __construct( array $mapping ) {
		$this->mapping = $mapping;
		$indexes       = array_filter(
			array_merge(
				array( $mapping['keyword'] ?? null, $mapping['search_volume'] ?? null, $mapping['difficulty'] ?? null, $mapping['intent'] ?? null ),
				array_values( (array) ( $mapping['intent_flags'] ?? array() ) )
			),
			'is_int'
		);
		$this->needed  = $indexes ? max( $indexes ) + 1 : 1;
	}

	/**
	 * Parses one row's fields.
	 *
	 * @since 0.2.0
	 *
	 * @param string[] $fields Fields of the line.
	 * @return array<string, mixed>|string The keyword row, or the reason it was rejected.
	 */
	public function parse( array $fields ) {
		if ( count( $fields ) < $this->needed ) {
			/* translators: 1: expected columns, 2: found columns */
			return sprintf( __( 'expected at least %1$d columns, found %2$d', 'igny8' ), $this->needed, count( $fields ) );
		}
		$raw = (string) $fields[ (int) $this->mapping['keyword'] ];
		if ( ! mb_check_encoding( $raw, 'UTF-8' ) ) {
			return __( 'the keyword is not valid text (UTF-8)', 'igny8' );
		}
		$keyword = Keywords_Repository::normalize_keyword( $raw );
		if ( '' === $keyword ) {
			return __( 'the keyword is empty', 'igny8' );
		}
		if ( mb_strlen( $keyword ) > 255 ) {
			return __( 'the keyword is longer than 255 characters', 'igny8' );
		}

		$volume = $this->cell( $fields, 'search_volume' );
		$volume = '' === $volume ? null : self::volume( $volume );
		if ( false === $volume ) {
			/* translators: %s: cell value */
			return sprintf( __( 'search volume "%s" is not a number', 'igny8' ), self::short( $this->cell( $fields, 'search_volume' ) ) );
		}

		$difficulty = $this->cell( $fields, 'difficulty' );
		if ( '' !== $difficulty ) {
			$number = str_replace( array( '%', ' ' ), '', $difficulty );
			if ( ! is_numeric( $number ) || (float) $number < 0 || (float) $number > 100 ) {
				/* translators: %s: cell value */
				return sprintf( __( 'difficulty "%s" is not a number from 0 to 100', 'igny8' ), self::short( $difficulty ) );
			}
			$difficulty = (int) round( (float) $number );
		} else {
			$difficulty = null;
		}

		return array(
			'keyword'       => $keyword,
			'search_volume' => $volume,
			'difficulty'    => $difficulty,
			'intent'        => $this->intent( $fields ),
		);
	}

	/**
	 * Parses a volume cell.
	 *
	 * @since 0.2.0
	 *
	 * @param string $value Cell.
	 * @return int|false
	 */
	public static function volume( string $value ) {
		$value = trim( str_replace( array( "\u{00A0}", "\u{202F}" ), ' ', $value ) );
		$parts = preg_split( '/\s*[–—-]\s*/u', $value );
		if ( is_array( $parts ) && 2 === count( $parts ) && '' !== $parts[0] ) {
			$low  = self::number( $parts[0] );
			$high = self::number( $parts[1] );
			if ( false === $low || false === $high || $high < $low ) {
				return false;
			}
			return 0 === $low ? (int) round( $high / 2 ) : (int) round( sqrt( $low * $high ) );
		}
		return self::number( $value );
	}

	/**
	 * Parses "1,200", "1 200", "1.2K", "3M".
	 *
	 * @param string $value Text.
	 * @return int|false
	 */
	private static function number( string $value ) {
		$value = str_replace( array( ',', ' ' ), '', trim( $value ) );
		if ( ! preg_match( '/^(\d+(?:\.\d+)?)([kKmM]?)$/', $value, $m ) ) {
			return false;
		}
		$multiplier = array(
			''  => 1,
			'k' => 1000,
			'm' => 1000000,
		)[ strtolower( $m[2] ) ];
		$number     = (float) $m[1] * $multiplier;
		return $number > 4294967295 ? false : (int) round( $number );
	}

	/**
	 * The row's intent, or null when the file has none.
	 *
	 * @param string[] $fields Fields.
	 * @return string|null
	 */
	private function intent( array $fields ): ?string {
		$value = strtolower( $this->cell( $fields, 'intent' ) );
		if ( '' !== $value ) {
			foreach ( preg_split( '/\s*[,;|\/]\s*/', $value ) as $part ) {
				if ( isset( self::SEMRUSH_INTENT_CODES[ $part ] ) ) {
					return self::SEMRUSH_INTENT_CODES[ $part ];
				}
				if ( in_array( $part, Keywords_Repository::INTENTS, true ) ) {
					return $part;
				}
			}
		}
		foreach ( (array) ( $this->mapping['intent_flags'] ?? array() ) as $intent => $index ) {
			if ( in_array( strtolower( trim( (string) ( $fields[ $index ] ?? '' ) ) ), array( 'true', '1', 'yes' ), true ) ) {
				return (string) $intent;
			}
		}
		return null;
	}

	/**
	 * A mapped cell, trimmed; '' when unmapped.
	 *
	 * @param string[] $fields Fields.
	 * @param string   $field  Field name.
	 * @return string
	 */
	private function cell( array $fields, string $field ): string {
		$index = $this->mapping[ $field ] ?? null;
		return is_int( $index ) ? trim( (string) ( $fields[ $index ] ?? '' ) ) : '';
	}

	/**
	 * A value shortened for an error message.
	 *
	 * @param string $value Value.
	 * @return string
	 */
	private static function short( string $value ): string {
		return mb_strlen( $value ) > 40 ? mb_substr( $value, 0, 40 ) . '…' : $value;
	}
}

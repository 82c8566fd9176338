<?php
/**
 * Reads one import batch from the stored file.
 *
 * @package Igny8\Import
 */

declare( strict_types=1 );

namespace Igny8\Import;

defined( 'ABSPATH' ) || exit;

/**
 * Reads up to a batch of data lines from an open file, parses each through Row_Parser and merges
 * the keywords the batch repeats (ignoring case), so Batch_Writer receives each keyword once with
 * the rejected rows beside it. Blank lines are skipped and do not count towards the batch.
 *
 * @since 0.4.0
 */
final class Batch_Reader {

	/**
	 * The open import file, positioned where the batch begins.
	 *
	 * @var resource
	 */
	private $handle;

	/**
	 * Parser of the session's column mapping.
	 *
	 * @var Row_Parser
	 */
	private Row_Parser $parser;

	/**
	 * Field delimiter of the file.
	 *
	 * @var string
	 */
	private string $delimiter;

	/**
	 * Constructor.
	 *
	 * @since 0.4.0
	 *
	 * @param resource   $handle    Open file, positioned at the batch's first byte.
	 * @param Row_Parser $parser    Parser of the session's mapping.
	 * @param string     $delimiter Field delimiter.
	 */
	public function __construct( $handle, Row_Parser $parser, string $delimiter ) {
		$this->handle    = $handle;
		$this->parser    = $parser;
		$this->delimiter = $delimiter;
	}

	/**
	 * Reads the next batch.
	 *
	 * @since 0.4.0
	 *
	 * @param int $line Number of the last line read before this batch.
	 * @param int $size Most data lines to read.
	 * @return array{rows: array<string, array<string, mixed>>, errors: array<int, array<string, mixed>>, in_batch: int, read: int, position: array{offset: int, line: int, done: bool}}
	 *         Rows keyed by lower-cased keyword; in_batch counts the repeats merged into them.
	 */
	public function read( int $line, int $size ): array {
		$rows     = array();
		$errors   = array();
		$in_batch = 0;
		$read     = 0;
		$raw      = '';
		while ( $read < $size && false !== ( $raw = fgets( $this->handle ) ) ) { // phpcs:ignore WordPress.CodeAnalysis.AssignmentInCondition -- reads line by line until the batch is full.
			++$line;
			$text = rtrim( $raw, "\r\n" );
			if ( '' === trim( $text ) ) {
				continue;
			}
			++$read;
			$row = $this->parser->parse( str_getcsv( $text, $this->delimiter ) );
			if ( is_string( $row ) ) {
				$errors[] = array(
					'line'   => $line,
					'reason' => $row,
					'raw'    => $text,
				);
				continue;
			}
			$key = mb_strtolower( $row['keyword'] );
			if ( isset( $rows[ $key ] ) ) {
				++$in_batch;
				// Later values fill what earlier rows left unknown.
				foreach ( array( 'search_volume', 'difficulty', 'intent' ) as $field ) {
					$rows[ $key ][ $field ] = $row[ $field ] ?? $rows[ $key ][ $field ];
				}
				continue;
			}
			$rows[ $key ] = $row;
		}
		return array(
			'rows'     => $rows,
			'errors'   => $errors,
			'in_batch' => $in_batch,
			'read'     => $read,
			'position' => array(
				'offset' => (int) ftell( $this->handle ),
				'line'   => $line,
				'done'   => feof( $this->handle ) || false === $raw,
			),
		);
	}
}

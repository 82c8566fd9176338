<?php
/**
 * Batched, resumable keyword import.
 *
 * @package Igny8\Import
 */

declare( strict_types=1 );

namespace Igny8\Import;

use Igny8\Security\Csv_Export;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * start() stores the file and detects its layout; run() reads it from the stored byte offset in
 * batches of BATCH_SIZE data lines, each committed in one transaction with its rejected rows and the
 * new offset (Batch_Writer). Any request (REST, WP-CLI, cron) can call run() again to continue, so an
 * interrupted import resumes where its last batch ended. Duplicates — inside the file or against
 * stored keywords, ignoring case and spacing — are merged, never added twice.
 *
 * @since 0.2.0
 */
class Keyword_Importer {

	/**
	 * Data lines per batch and transaction.
	 *
	 * @since 0.2.0
	 */
	public const BATCH_SIZE = 1000;

	/**
	 * Lines shown in the preview.
	 *
	 * @since 0.2.0
	 */
	public const PREVIEW_ROWS = 5;

	/**
	 * Sessions.
	 *
	 * @var Import_Sessions
	 */
	private Import_Sessions $sessions;

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param Import_Sessions|null $sessions Sessions.
	 */
	public function __construct( ?Import_Sessions $sessions = null ) {
		$this->sessions = $sessions ?? new Import_Sessions();
	}

	/**
	 * Stores a file and detects its layout. Known exports are ready to run; others need a mapping.
	 *
	 * @since 0.2.0
	 *
	 * @param string $source    Uploaded file path.
	 * @param string $file_name Original name.
	 * @param int    $user_id   Who imports.
	 * @return array<string, mixed>|WP_Error The session as present() shows it.
	 */
	public function start( string $source, string $file_name, int $user_id ) {
		$id   = wp_generate_uuid4();
		$path = Import_Files::store( $source, $file_name, $id );
		if ( is_wp_error( $path ) ) {
			return $path;
		}
		$lines     = $this->head( $path, 6 );
		$detection = Format_Detector::detect( $lines );
		if ( null === $detection['mapping']['keyword'] && ! array_filter( $lines ) ) {
			wp_delete_file( $path );
			return new WP_Error( 'igny8_import_empty', __( 'The file is empty.', 'igny8' ), array( 'status' => 400 ) );
		}
		// Skip the preamble and the header: the stored offset is where the data begins.
		$offset = 0;
		$handle = fopen( $path, 'rb' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload a batch at a time; WP_Filesystem reads whole files.
		for ( $i = 0; $i < $detection['header_line'] && $handle && false !== fgets( $handle ); $i++ ) {
			$offset = (int) ftell( $handle );
		}
		if ( $handle ) {
			fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload a batch at a time; WP_Filesystem reads whole files.
		}

		$this->sessions->create(
			array(
				'id'          => $id,
				'file_path'   => $path,
				'file_name'   => sanitize_file_name( $file_name ),
				'format'      => $detection['format'],
				'delimiter'   => $detection['delimiter'],
				'header_line' => $detection['header_line'],
				'columns'     => $detection['columns'],
				'mapping'     => $detection['mapping'],
				'status'      => $detection['confident'] ? 'ready' : 'needs_mapping',
				'byte_offset' => $offset,
				'line'        => $detection['header_line'],
				'total_bytes' => (int) filesize( $path ),
				'created_by'  => $user_id,
			)
		);
		return $this->present( (string) $id );
	}

	/**
	 * Confirms or changes the column mapping.
	 *
	 * @since 0.2.0
	 *
	 * @param string               $id      Session id.
	 * @param array<string, mixed> $mapping keyword (required), search_volume, difficulty, intent: column index or null.
	 * @return array<string, mixed>|WP_Error
	 */
	public function set_mapping( string $id, array $mapping ) {
		$session = $this->sessions->find( $id );
		if ( null === $session ) {
			return self::not_found();
		}
		$columns = count( (array) $session['columns'] );
		$clean   = array( 'intent_flags' => array() );
		foreach ( array( 'keyword', 'search_volume', 'difficulty', 'intent' ) as $field ) {
			$index = $mapping[ $field ] ?? null;
			if ( null !== $index && ( ! is_int( $index ) || $index < 0 || $index >= $columns ) ) {
				/* translators: %s: field name */
				return new WP_Error( 'igny8_import_mapping', sprintf( __( 'The column chosen for %s does not exist.', 'igny8' ), $field ), array( 'status' => 400 ) );
			}
			$clean[ $field ] = $index;
		}
		if ( null === $clean['keyword'] ) {
			return new WP_Error( 'igny8_import_mapping', __( 'Choose the column that holds the keyword.', 'igny8' ), array( 'status' => 400 ) );
		}
		$this->sessions->set_mapping( $id, $clean );
		return $this->present( $id );
	}

	/**
	 * Imports up to $max_batches batches, or until $seconds have passed.
	 *
	 * @since 0.2.0
	 *
	 * @param string $id          Session id.
	 * @param int    $max_batches Most batches in this call.
	 * @param float  $seconds     Time budget; a batch in progress always finishes.
	 * @return array<string, mixed>|WP_Error present() after the run; igny8_import_batch_failed (500) when a batch was rolled back.
	 */
	public function run( string $id, int $max_batches = PHP_INT_MAX, float $seconds = 20.0 ) {
		$session = $this->sessions->find( $id );
		if ( null === $session ) {
			return self::not_found();
		}
		if ( 'needs_mapping' === $session['status'] ) {
			return new WP_Error( 'igny8_import_needs_mapping', __( 'Confirm the column mapping before importing.', 'igny8' ), array( 'status' => 409 ) );
		}
		if ( 'completed' === $session['status'] ) {
			return $this->present( $id );
		}

		$handle = fopen( (string) $session['file_path'], 'rb' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload a batch at a time; WP_Filesystem reads whole files.
		if ( ! $handle ) {
			return new WP_Error( 'igny8_import_storage', __( 'The uploaded file is gone; upload it again.', 'igny8' ), array( 'status' => 410 ) );
		}
		$reader  = new Batch_Reader( $handle, new Row_Parser( (array) $session['mapping'] ), (string) $session['delimiter'] );
		$writer  = new Batch_Writer( $this->sessions );
		$started = microtime( true );
		$line    = (int) $session['line'];
		fseek( $handle, (int) $session['byte_offset'] );
		$position = array( 'done' => false );

		for ( $batch = 0; $batch < $max_batches && ( microtime( true ) - $started ) < $seconds; $batch++ ) {
			$read     = $reader->read( $line, self::BATCH_SIZE );
			$position = $read['position'];
			$line     = $position['line'];
			if ( 0 === $read['read'] && ! $position['done'] ) {
				break;
			}
			try {
				$writer->commit( $id, $read['rows'], $read['errors'], $read['in_batch'], $position );
			} catch ( \RuntimeException $error ) {
				fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload a batch at a time; WP_Filesystem reads whole files.
				$this->sessions->pause( $id, $error->getMessage() );
				return new WP_Error(
					'igny8_import_batch_failed',
					/* translators: %d: first line of the failed batch */
					sprintf( __( 'Importing the batch that starts after line %d failed and was undone; run the import again to resume.', 'igny8' ), (int) $session['line'] ),
					array( 'status' => 500 )
				);
			}
			$session['line'] = $line;
			if ( $position['done'] ) {
				break;
			}
		}
		fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload a batch at a time; WP_Filesystem reads whole files.
		if ( ! empty( $position['done'] ) ) {
			// The site's keyword research is not kept longer than needed; the report lives in the errors table.
			wp_delete_file( (string) $session['file_path'] );
		}
		return $this->present( $id );
	}

	/**
	 * A session for the API: status, counters, progress, detected columns and a preview.
	 *
	 * @since 0.2.0
	 *
	 * @param string $id Session id.
	 * @return array<string, mixed>|WP_Error
	 */
	public function present( string $id ) {
		$session = $this->sessions->find( $id );
		if ( null === $session ) {
			return self::not_found();
		}
		$preview = array();
		$lines   = $this->head( (string) $session['file_path'], (int) $session['header_line'] + self::PREVIEW_ROWS );
		foreach ( array_slice( $lines, (int) $session['header_line'] ) as $text ) {
			$fields    = str_getcsv( $text, (string) $session['delimiter'] );
			$parsed    = ( new Row_Parser( (array) $session['mapping'] ) )->parse( $fields );
			$preview[] = array(
				'fields' => $fields,
				'row'    => is_array( $parsed ) ? $parsed : null,
				'error'  => is_string( $parsed ) ? $parsed : null,
			);
		}
		return array(
			'id'          => $session['id'],
			'file_name'   => $session['file_name'],
			'format'      => $session['format'],
			'status'      => $session['status'],
			'delimiter'   => $session['delimiter'],
			'header_line' => $session['header_line'],
			'columns'     => $session['columns'],
			'mapping'     => $session['mapping'],
			'preview'     => $preview,
			'line'        => $session['line'],
			'progress'    => $session['total_bytes'] > 0 ? min( 100, (int) floor( 100 * $session['byte_offset'] / $session['total_bytes'] ) ) : 100,
			'imported'    => $session['imported'],
			'merged'      => $session['merged'],
			'failed'      => $session['failed'],
			'last_error'  => $session['last_error'],
		);
	}

	/**
	 * The rejected rows as CSV (line, reason, raw line) for download.
	 *
	 * @since 0.2.0
	 *
	 * @param string $id Session id.
	 * @return string
	 */
	public function report_csv( string $id ): string {
		$rows = array( array( 'line', 'reason', 'row' ) );
		foreach ( $this->sessions->errors( $id ) as $error ) {
			$rows[] = array( $error['line'], $error['reason'], $error['raw'] );
		}
		return Csv_Export::to_string( $rows );
	}

	/**
	 * First lines of a file, without line endings.
	 *
	 * @param string $path  File.
	 * @param int    $count Lines.
	 * @return string[]
	 */
	private function head( string $path, int $count ): array {
		$lines  = array();
		$handle = is_file( $path ) ? fopen( $path, 'rb' ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fopen -- streams an uploaded file line by line; WP_Filesystem reads whole files.
		$line   = $handle ? fgets( $handle ) : false;
		$read   = 0;
		while ( false !== $line && $read < $count ) {
			$lines[] = rtrim( $line, "\r\n" );
			++$read;
			$line = $read < $count ? fgets( $handle ) : false;
		}
		if ( $handle ) {
			fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streams the upload a batch at a time; WP_Filesystem reads whole files.
		}
		return $lines;
	}

	/**
	 * The 404 of an unknown session.
	 *
	 * @return WP_Error
	 */
	private static function not_found(): WP_Error {
		return new WP_Error( 'igny8_import_not_found', __( 'This import does not exist.', 'igny8' ), array( 'status' => 404 ) );
	}
}

<?php
/**
 * Keywords table access.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes {prefix}igny8_keywords. The shared Repository with the keyword's own rules:
 * text normalised (one keyword per spelling), duplicates skipped on insert and refused on rename,
 * and the list query of the keyword screen (range filters, one-pass total).
 *
 * @since 0.1.0
 */
final class Keywords_Repository extends Repository {

	/**
	 * Search intents, as in the seed.
	 *
	 * @since 0.1.0
	 */
	public const INTENTS = array( 'informational', 'commercial', 'transactional', 'navigational' );

	/**
	 * Keyword statuses.
	 *
	 * @since 0.1.0
	 */
	public const STATUSES = array( 'active', 'inactive', 'used' );

	/**
	 * Where a keyword came from.
	 *
	 * @since 0.1.0
	 */
	public const SOURCES = array( 'manual', 'csv_import', 'api_import' );

	/**
	 * Columns a list may be ordered by.
	 *
	 * @since 0.1.0
	 */
	public const ORDERBY = array( 'id', 'keyword', 'search_volume', 'difficulty', 'intent', 'status', 'cluster_id', 'created_at', 'updated_at' );

	/**
	 * {@inheritDoc}
	 */
	protected static function suffix(): string {
		return Schema::KEYWORDS;
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function columns(): array {
		return array(
			'keyword'       => 'string',
			'search_volume' => 'int',
			'difficulty'    => 'int',
			'intent'        => 'string',
			'status'        => 'string',
			'sector_id'     => 'int',
			'cluster_id'    => 'int',
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function search_column(): string {
		return 'keyword';
	}

	/**
	 * Inserts one keyword.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data keyword (required), search_volume, difficulty, intent, status, source, sector_id, cluster_id.
	 * @return int|WP_Error New id, or igny8_keyword_exists (409) when the keyword is already stored.
	 */
	public function insert( array $data ) {
		$result = $this->bulk_insert( array( $data ) );
		if ( 0 === $result['created'] ) {
			return new WP_Error(
				'igny8_keyword_exists',
				__( 'This keyword already exists.', 'igny8' ),
				array( 'status' => 409 )
			);
		}
		global $wpdb;
		return (int) $wpdb->insert_id;
	}

	/**
	 * Inserts many keywords; duplicates (same keyword, ignoring case and spacing) are skipped.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array<string, mixed>> $rows Keyword rows, as for insert().
	 * @return array{created:int, skipped:int}
	 */
	public function bulk_insert( array $rows ): array {
		return Keywords_Bulk_Insert::run( $this->table, $rows );
	}

	/**
	 * Lists keywords with filters, search, order and pagination (Keywords_Query).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $args page, per_page, search, orderby, order, status, intent, cluster_id, sector_id, volume_min/max, difficulty_min/max.
	 * @return array{items: array<int, array<string, mixed>>, total: int}
	 */
	public function query( array $args ): array {
		$result          = Keywords_Query::run( $this->table, $args );
		$result['items'] = array_map( array( $this, 'hydrate' ), $result['items'] );
		return $result;
	}

	/**
	 * Updates keywords (one or many): the text normalised as on insert, an empty number unknown.
	 *
	 * @since 0.2.0
	 *
	 * @param int|int[]            $ids    Keyword id or ids.
	 * @param array<string, mixed> $fields Column => value; null writes NULL.
	 * @return int|WP_Error Rows matched, or igny8_keyword_exists (409) when a rename collides.
	 */
	public function update( $ids, array $fields ) {
		if ( array_key_exists( 'keyword', $fields ) ) {
			$fields['keyword'] = mb_substr( self::normalize_keyword( (string) $fields['keyword'] ), 0, 255 );
		}
		foreach ( array( 'search_volume', 'difficulty', 'sector_id', 'cluster_id' ) as $number ) {
			if ( array_key_exists( $number, $fields ) && '' === $fields[ $number ] ) {
				$fields[ $number ] = null;
			}
		}
		$result = parent::update( $ids, $fields );
		if ( is_wp_error( $result ) && 'igny8_duplicate' === $result->get_error_code() ) {
			return new WP_Error( 'igny8_keyword_exists', __( 'Another keyword already has this text.', 'igny8' ), array( 'status' => 409 ) );
		}
		return $result;
	}

	/**
	 * The keywords of ids that still exist, each with the updated_at it has now (for bulk
	 * actions that skip the rows changed since the editor saw them).
	 *
	 * @since 0.6.0
	 *
	 * @param int[] $ids Keyword ids.
	 * @return array<int, string> id => updated_at.
	 */
	public function versions( array $ids ): array {
		$versions = array();
		foreach ( $this->find_many( $ids ) as $row ) {
			$versions[ (int) $row['id'] ] = (string) $row['updated_at'];
		}
		return $versions;
	}

	/**
	 * Marks the active keywords with these texts as used: an article now targets them. Inactive
	 * keywords stay as the editor left them.
	 *
	 * @since 0.6.0
	 *
	 * @param string[] $keywords Keyword texts (normalised here, as stored).
	 * @return int Keywords marked.
	 */
	public function mark_used( array $keywords ): int {
		global $wpdb;
		$texts = array_values( array_unique( array_filter( array_map( static fn ( $k ): string => mb_substr( self::normalize_keyword( (string) $k ), 0, 255 ), $keywords ) ) ) );
		if ( ! $texts ) {
			return 0;
		}
		$in = implode( ',', array_fill( 0, count( $texts ), '%s' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- placeholders only.
		return (int) $wpdb->query( $wpdb->prepare( "UPDATE %i SET status = 'used', updated_at = %s WHERE status = 'active' AND keyword IN ({$in})", array_merge( array( $this->table, current_time( 'mysql', true ) ), $texts ) ) );
	}

	/**
	 * Detaches every keyword from the given clusters (the clusters are being deleted).
	 *
	 * @since 0.2.0
	 *
	 * @param int[] $cluster_ids Cluster ids.
	 */
	public function unassign_clusters( array $cluster_ids ): void {
		global $wpdb;
		$ids = array_values( array_filter( array_map( 'intval', $cluster_ids ) ) );
		if ( ! $ids ) {
			return;
		}
		$in = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema or $wpdb; the IN list holds only placeholders or intval() ids.
		$wpdb->query( $wpdb->prepare( "UPDATE %i SET cluster_id = NULL WHERE cluster_id IN ({$in})", array_merge( array( $this->table ), $ids ) ) );
	}

	/**
	 * Trims and collapses inner whitespace (tabs, non-breaking and other Unicode spaces, runs of
	 * spaces) to one space, so two spellings that differ only in spacing are the same keyword; the
	 * case-insensitive collation of the unique key merges the case.
	 *
	 * @since 0.2.0
	 *
	 * @param string $keyword Raw keyword.
	 * @return string
	 */
	public static function normalize_keyword( string $keyword ): string {
		return trim( (string) preg_replace( '/[\s\x{00A0}\x{2000}-\x{200B}\x{3000}]+/u', ' ', $keyword ) );
	}

	/**
	 * Casts a database row to its public types.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $row Database row.
	 * @return array<string, mixed>
	 */
	public function hydrate( array $row ): array {
		$int_or_null = static fn ( $value ): ?int => null === $value ? null : (int) $value;
		return array(
			'id'            => (int) $row['id'],
			'keyword'       => (string) $row['keyword'],
			'search_volume' => $int_or_null( $row['search_volume'] ),
			'difficulty'    => $int_or_null( $row['difficulty'] ),
			'intent'        => null === $row['intent'] || '' === $row['intent'] ? null : (string) $row['intent'],
			'status'        => (string) $row['status'],
			'source'        => (string) $row['source'],
			'sector_id'     => $int_or_null( $row['sector_id'] ),
			'cluster_id'    => $int_or_null( $row['cluster_id'] ),
			'created_at'    => (string) $row['created_at'],
			'updated_at'    => (string) $row['updated_at'],
		);
	}
}

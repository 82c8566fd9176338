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
 * Reads and writes {prefix}igny8_keywords. Prepared statements only.
 *
 * @since 0.1.0
 */
final class Keywords_Repository {

	use Rows_By_Id;

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
	 * Columns bulk and single updates may write.
	 *
	 * @since 0.2.0
	 */
	public const WRITABLE = array(
		'keyword'       => '%s',
		'search_volume' => '%d',
		'difficulty'    => '%d',
		'intent'        => '%s',
		'status'        => '%s',
		'sector_id'     => '%d',
		'cluster_id'    => '%d',
	);

	/**
	 * Prefixed table name.
	 *
	 * @var string
	 */
	private string $table;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->table = Schema::table( Schema::KEYWORDS );
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
		return Keywords_Query::run( $this->table, $args );
	}



	/**
	 * Updates whitelisted columns of keywords (one or many) and bumps updated_at.
	 *
	 * @since 0.2.0
	 *
	 * @param int[]                $ids    Keyword ids.
	 * @param array<string, mixed> $fields Column => value; null writes NULL.
	 * @return int|WP_Error Rows matched, or igny8_keyword_exists (409) when a rename collides.
	 */
	public function update( array $ids, array $fields ) {
		global $wpdb;
		$ids = array_values( array_filter( array_map( 'intval', $ids ) ) );
		$set = array();
		$val = array();
		foreach ( $fields as $column => $value ) {
			if ( ! isset( self::WRITABLE[ $column ] ) ) {
				continue;
			}
			if ( 'keyword' === $column ) {
				$value = mb_substr( self::normalize_keyword( (string) $value ), 0, 255 );
			}
			if ( null === $value || ( '' === $value && '%d' === self::WRITABLE[ $column ] ) ) {
				$set[] = "{$column} = NULL";
				continue;
			}
			$set[] = "{$column} = " . self::WRITABLE[ $column ];
			$val[] = $value;
		}
		if ( ! $ids || ! $set ) {
			return count( $this->find_many( $ids ) );
		}
		$set[] = 'updated_at = %s';
		$val[] = current_time( 'mysql', true );
		$in    = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		$sql   = "UPDATE {$this->table} SET " . implode( ', ', $set ) . " WHERE id IN ({$in})";

		$suppress = $wpdb->suppress_errors( true );
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- columns whitelisted; values are placeholders.
		$ok = $wpdb->query( $wpdb->prepare( $sql, array_merge( $val, $ids ) ) );
		$wpdb->suppress_errors( $suppress );
		if ( false === $ok ) {
			return new WP_Error( 'igny8_keyword_exists', __( 'Another keyword already has this text.', 'igny8' ), array( 'status' => 409 ) );
		}
		return count( $this->find_many( $ids ) );
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
	public static function hydrate( array $row ): array {
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

<?php
/**
 * Writer tasks table access.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes {prefix}igny8_tasks. Prepared statements only.
 *
 * @since 0.1.0
 */
final class Tasks_Repository {

	use Rows_By_Id;

	/**
	 * Task statuses: queued (not sent yet), in_progress (a job is running), completed (draft written), failed.
	 *
	 * @since 0.1.0
	 */
	public const STATUSES = array( 'queued', 'in_progress', 'completed', 'failed' );

	/**
	 * Content types a task can produce.
	 *
	 * @since 0.1.0
	 */
	public const CONTENT_TYPES = array( 'post', 'page' );

	/**
	 * Columns a list may be ordered by.
	 *
	 * @since 0.1.0
	 */
	public const ORDERBY = array( 'id', 'title', 'status', 'created_at', 'updated_at' );

	/**
	 * Columns update() may write.
	 */
	private const WRITABLE = array(
		'title'             => '%s',
		'brief'             => '%s',
		'keywords'          => '%s',
		'content_type'      => '%s',
		'content_structure' => '%s',
		'taxonomy_term_id'  => '%d',
		'cluster_id'        => '%d',
		'idea_id'           => '%d',
		'outline'           => '%s',
		'status'            => '%s',
		'assigned_post_id'  => '%d',
		'post_url'          => '%s',
		'job_id'            => '%s',
		'error'             => '%s',
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
		$this->table = Schema::table( Schema::TASKS );
	}

	/**
	 * Inserts a task in the queued state.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data title (required), brief, keywords (string[]), content_type, content_structure, taxonomy_term_id, created_by.
	 * @return int|WP_Error New task id.
	 */
	public function insert( array $data ) {
		global $wpdb;
		$now = current_time( 'mysql', true );
		$row = array(
			'title'             => (string) $data['title'],
			'brief'             => (string) ( $data['brief'] ?? '' ),
			'keywords'          => (string) wp_json_encode( array_values( array_map( 'strval', (array) ( $data['keywords'] ?? array() ) ) ) ),
			'content_type'      => in_array( $data['content_type'] ?? '', self::CONTENT_TYPES, true ) ? $data['content_type'] : 'post',
			'content_structure' => (string) ( $data['content_structure'] ?? 'article' ),
			'taxonomy_term_id'  => empty( $data['taxonomy_term_id'] ) ? null : (int) $data['taxonomy_term_id'],
			'cluster_id'        => empty( $data['cluster_id'] ) ? null : (int) $data['cluster_id'],
			'idea_id'           => empty( $data['idea_id'] ) ? null : (int) $data['idea_id'],
			'outline'           => empty( $data['outline'] ) ? null : (string) wp_json_encode( array_values( (array) $data['outline'] ) ),
			'status'            => 'queued',
			'created_by'        => empty( $data['created_by'] ) ? null : (int) $data['created_by'],
			'created_at'        => $now,
			'updated_at'        => $now,
		);
		// wpdb::insert() writes null as ''; dropping null columns lets them default to NULL.
		$row     = array_filter( $row, static fn ( $value ): bool => null !== $value );
		$formats = array_map( static fn ( $value ): string => is_int( $value ) ? '%d' : '%s', $row );
		$ok      = $wpdb->insert( $this->table, $row, array_values( $formats ) );
		if ( false === $ok ) {
			return new WP_Error( 'igny8_db_error', __( 'The task could not be saved.', 'igny8' ), array( 'status' => 500 ) );
		}
		return (int) $wpdb->insert_id;
	}


	/**
	 * Lists tasks with filters, search, order and pagination (Tasks_Query).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $args page, per_page, search, orderby, order, status, cluster_id.
	 * @return array{items: array<int, array<string, mixed>>, total: int}
	 */
	public function query( array $args ): array {
		return Tasks_Query::run( $this->table, $args );
	}

	/**
	 * Updates whitelisted columns of one task and bumps updated_at.
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $id     Task id.
	 * @param array<string, mixed> $fields Column => value; null writes NULL.
	 * @return bool Whether the row exists and the query succeeded.
	 */
	public function update( int $id, array $fields ): bool {
		global $wpdb;
		$set    = array();
		$values = array();
		foreach ( $fields as $column => $value ) {
			if ( ! isset( self::WRITABLE[ $column ] ) ) {
				continue;
			}
			if ( null === $value ) {
				$set[] = "{$column} = NULL";
				continue;
			}
			$set[]    = "{$column} = " . self::WRITABLE[ $column ];
			$values[] = $value;
		}
		$set[]    = 'updated_at = %s';
		$values[] = current_time( 'mysql', true );
		$values[] = $id;

		$sql = "UPDATE {$this->table} SET " . implode( ', ', $set ) . ' WHERE id = %d';
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- columns are whitelisted; values are placeholders.
		return false !== $wpdb->query( $wpdb->prepare( $sql, $values ) );
	}


	/**
	 * Marks a task as sent to the cloud.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $id     Task id.
	 * @param string $job_id Cloud job id.
	 * @return bool
	 */
	public function mark_in_progress( int $id, string $job_id ): bool {
		return $this->update(
			$id,
			array(
				'status' => 'in_progress',
				'job_id' => $job_id,
				'error'  => null,
			)
		);
	}

	/**
	 * Marks a task completed with the draft it produced.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $id       Task id.
	 * @param int    $post_id  Draft post id.
	 * @param string $post_url Draft URL.
	 * @return bool
	 */
	public function mark_completed( int $id, int $post_id, string $post_url ): bool {
		return $this->update(
			$id,
			array(
				'status'           => 'completed',
				'assigned_post_id' => $post_id,
				'post_url'         => $post_url,
				'error'            => null,
			)
		);
	}

	/**
	 * Marks a task failed and keeps the reason.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $id    Task id.
	 * @param string $error Error text shown to the editor.
	 * @return bool
	 */
	public function mark_failed( int $id, string $error ): bool {
		return $this->update(
			$id,
			array(
				'status' => 'failed',
				'error'  => $error,
			)
		);
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
		$keywords    = json_decode( (string) $row['keywords'], true );
		$int_or_null = static fn ( $value ): ?int => null === $value ? null : (int) $value;
		return array(
			'id'                => (int) $row['id'],
			'title'             => (string) $row['title'],
			'brief'             => (string) $row['brief'],
			'keywords'          => is_array( $keywords ) ? array_values( array_map( 'strval', $keywords ) ) : array(),
			'content_type'      => (string) $row['content_type'],
			'content_structure' => (string) $row['content_structure'],
			'taxonomy_term_id'  => $int_or_null( $row['taxonomy_term_id'] ),
			'cluster_id'        => $int_or_null( $row['cluster_id'] ?? null ),
			'idea_id'           => $int_or_null( $row['idea_id'] ?? null ),
			'outline'           => self::decode_list( $row['outline'] ?? null ),
			'status'            => (string) $row['status'],
			'assigned_post_id'  => $int_or_null( $row['assigned_post_id'] ),
			'post_url'          => null === $row['post_url'] ? null : (string) $row['post_url'],
			'job_id'            => null === $row['job_id'] ? null : (string) $row['job_id'],
			'error'             => null === $row['error'] ? null : (string) $row['error'],
			'created_by'        => $int_or_null( $row['created_by'] ),
			'created_at'        => (string) $row['created_at'],
			'updated_at'        => (string) $row['updated_at'],
		);
	}

	/**
	 * Decodes a JSON list column.
	 *
	 * @param mixed $value Column value.
	 * @return array<int, mixed>
	 */
	private static function decode_list( $value ): array {
		$decoded = null === $value ? null : json_decode( (string) $value, true );
		return is_array( $decoded ) ? array_values( $decoded ) : array();
	}
}

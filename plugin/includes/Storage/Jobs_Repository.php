<?php
/**
 * Local mirror of cloud AI jobs.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes {prefix}igny8_jobs. The cloud owns a job's truth; this table mirrors its status
 * for the screens and records whether its result was applied here (applied_at), which makes
 * applying idempotent by job id. Prepared statements only.
 *
 * @since 0.1.0
 */
final class Jobs_Repository {

	/**
	 * Job statuses as the cloud reports them.
	 *
	 * @since 0.1.0
	 */
	public const STATUSES = array( 'queued', 'running', 'completed', 'failed', 'cancelled' );

	/**
	 * Statuses after which a job never changes again.
	 *
	 * @since 0.1.0
	 */
	public const FINAL_STATUSES = array( 'completed', 'failed', 'cancelled' );

	/**
	 * Seconds after which an unfinished apply claim is presumed dead (longer than any apply,
	 * image downloads included).
	 *
	 * @since 0.8.0
	 */
	public const STALE_CLAIM_SECONDS = 600;

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
		$this->table = Schema::table( Schema::JOBS );
	}

	/**
	 * Finds one job by id.
	 *
	 * @since 0.1.0
	 *
	 * @param string $job_id Cloud job id.
	 * @return array<string, mixed>|null
	 */
	public function find( string $job_id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row(
			$wpdb->prepare( 'SELECT * FROM %i WHERE job_id = %s', $this->table, $job_id ),
			ARRAY_A
		);
		return $row ? self::hydrate( $row ) : null;
	}

	/**
	 * Inserts or refreshes a job from the cloud's view of it. Never touches applied_at or post_id,
	 * and never moves a final status back (a late, stale read cannot undo a completion).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $job Cloud job: id, function, status, progress, step, error, credits_charged, reference.task_id.
	 */
	public function save_from_cloud( array $job ): void {
		global $wpdb;
		$now     = current_time( 'mysql', true );
		$task_id = (int) ( $job['reference']['task_id'] ?? ( $job['task_id'] ?? 0 ) );
		$error   = (string) ( $job['error'] ?? '' );
		$columns = array(
			'job_id'          => array( '%s', (string) $job['id'] ),
			'`function`'      => array( '%s', (string) ( $job['function'] ?? '' ) ),
			'status'          => array( '%s', in_array( $job['status'] ?? '', self::STATUSES, true ) ? $job['status'] : 'queued' ),
			'task_id'         => array( '%d', $task_id > 0 ? $task_id : null ),
			'progress'        => array( '%d', max( 0, min( 100, (int) ( $job['progress'] ?? 0 ) ) ) ),
			'step'            => array( '%s', mb_substr( (string) ( $job['step'] ?? '' ), 0, 191 ) ),
			'error'           => array( '%s', '' === $error ? null : $error ),
			'credits_charged' => array( '%d', max( 0, (int) ( $job['credits_charged'] ?? 0 ) ) ),
			'created_at'      => array( '%s', $now ),
			'updated_at'      => array( '%s', $now ),
		);

		$placeholders = array();
		$values       = array();
		foreach ( $columns as list( $format, $value ) ) {
			// wpdb::prepare() would turn null into '' — write a literal NULL instead.
			if ( null === $value ) {
				$placeholders[] = 'NULL';
				continue;
			}
			$placeholders[] = $format;
			$values[]       = $value;
		}

		// Assignments run left to right and later ones see earlier results, so status is written last.
		$final = "'" . implode( "','", self::FINAL_STATUSES ) . "'";
		$sql   = "INSERT INTO {$this->table} (" . implode( ', ', array_keys( $columns ) ) . ')
			VALUES (' . implode( ', ', $placeholders ) . ")
			ON DUPLICATE KEY UPDATE
				progress = IF(status IN ({$final}), progress, VALUES(progress)),
				step = IF(status IN ({$final}), step, VALUES(step)),
				error = COALESCE(VALUES(error), error),
				credits_charged = GREATEST(credits_charged, VALUES(credits_charged)),
				task_id = COALESCE(task_id, VALUES(task_id)),
				updated_at = VALUES(updated_at),
				status = IF(status IN ({$final}), status, VALUES(status))";

		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- table name from Schema; values are placeholders.
		$wpdb->query( $wpdb->prepare( $sql, $values ) );
	}

	/**
	 * Claims the right to apply a job's result: sets claimed_at only while the job is neither
	 * applied nor held by a live claim. Exactly one caller wins, even when a push delivery and a
	 * pull race. applied_at stays empty until finish() — readers treat applied_at as "the result is
	 * on this site", so a claim alone must not look applied (a status read between the two used to
	 * report applied with no post yet). A claim older than STALE_CLAIM_SECONDS belongs to a request
	 * that died mid-apply and may be taken over.
	 *
	 * @since 0.1.0
	 *
	 * @param string $job_id Cloud job id.
	 * @return bool True when this caller must apply the result.
	 */
	public function claim( string $job_id ): bool {
		global $wpdb;
		$now      = time();
		$affected = $wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET claimed_at = %s, updated_at = %s WHERE job_id = %s AND applied_at IS NULL AND ( claimed_at IS NULL OR claimed_at < %s )',
				$this->table,
				gmdate( 'Y-m-d H:i:s', $now ),
				gmdate( 'Y-m-d H:i:s', $now ),
				$job_id,
				gmdate( 'Y-m-d H:i:s', $now - self::STALE_CLAIM_SECONDS )
			)
		);
		return 1 === (int) $affected;
	}

	/**
	 * Records that a claimed job's result is now on this site.
	 *
	 * @since 0.8.0
	 *
	 * @param string $job_id Cloud job id.
	 */
	public function finish( string $job_id ): void {
		global $wpdb;
		$now = current_time( 'mysql', true );
		$wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET applied_at = %s, updated_at = %s WHERE job_id = %s',
				$this->table,
				$now,
				$now,
				$job_id
			)
		);
	}

	/**
	 * Gives a claim back after applying failed, so a later delivery or pull can retry.
	 *
	 * @since 0.1.0
	 *
	 * @param string $job_id Cloud job id.
	 */
	public function release( string $job_id ): void {
		global $wpdb;
		$wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET claimed_at = NULL WHERE job_id = %s AND applied_at IS NULL',
				$this->table,
				$job_id
			)
		);
	}

	/**
	 * Records the draft a job produced.
	 *
	 * @since 0.1.0
	 *
	 * @param string $job_id  Cloud job id.
	 * @param int    $post_id Draft post id.
	 */
	public function set_post( string $job_id, int $post_id ): void {
		global $wpdb;
		$wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET post_id = %d, updated_at = %s WHERE job_id = %s',
				$this->table,
				$post_id,
				current_time( 'mysql', true ),
				$job_id
			)
		);
	}

	/**
	 * Stores local context a result needs when it arrives (e.g. where each image goes).
	 *
	 * @since 0.2.0
	 *
	 * @param string               $job_id  Cloud job id.
	 * @param array<string, mixed> $context Context.
	 */
	public function set_context( string $job_id, array $context ): void {
		global $wpdb;
		$wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET context = %s WHERE job_id = %s',
				$this->table,
				(string) wp_json_encode( $context ),
				$job_id
			)
		);
	}

	/**
	 * Counts the jobs ever started for a task (used to derive a fresh idempotency key per attempt).
	 *
	 * @since 0.1.0
	 *
	 * @param int $task_id Task id.
	 * @return int
	 */
	public function count_for_task( int $task_id ): int {
		global $wpdb;
		return (int) $wpdb->get_var(
			$wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE task_id = %d', $this->table, $task_id )
		);
	}

	/**
	 * Jobs whose result has not been applied here yet, oldest first: the pull fallback's work list.
	 *
	 * @since 0.1.0
	 *
	 * @param string $since GMT datetime; older jobs are ignored (the cloud keeps results 7 days).
	 * @param int    $limit Maximum rows.
	 * @return array<int, array<string, mixed>>
	 */
	public function unapplied( string $since, int $limit ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT * FROM %i WHERE applied_at IS NULL AND status <> 'cancelled' AND created_at >= %s ORDER BY created_at ASC LIMIT %d",
				$this->table,
				$since,
				$limit
			),
			ARRAY_A
		);
		return array_map( array( self::class, 'hydrate' ), $rows ? $rows : array() );
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
		$context     = json_decode( (string) ( $row['context'] ?? '' ), true );
		$context     = is_array( $context ) ? $context : array();
		return array(
			'job_id'          => (string) $row['job_id'],
			'function'        => (string) $row['function'],
			'status'          => (string) $row['status'],
			'task_id'         => $int_or_null( $row['task_id'] ),
			'post_id'         => $int_or_null( $row['post_id'] ),
			'progress'        => (int) $row['progress'],
			'step'            => (string) $row['step'],
			'error'           => null === $row['error'] ? null : (string) $row['error'],
			'credits_charged' => (int) $row['credits_charged'],
			'context'         => $context,
			'claimed_at'      => null === ( $row['claimed_at'] ?? null ) ? null : (string) $row['claimed_at'],
			'applied_at'      => null === $row['applied_at'] ? null : (string) $row['applied_at'],
			'created_at'      => (string) $row['created_at'],
			'updated_at'      => (string) $row['updated_at'],
		);
	}
}

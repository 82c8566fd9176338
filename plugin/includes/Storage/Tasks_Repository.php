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
 * Reads and writes {prefix}igny8_tasks: the shared Repository, with a task's defaults on insert
 * and the list query of the task screen.
 *
 * @since 0.1.0
 */
final class Tasks_Repository extends Repository {

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
	 * {@inheritDoc}
	 */
	protected static function suffix(): string {
		return Schema::TASKS;
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function columns(): array {
		return array(
			'title'             => 'string',
			'brief'             => 'string',
			'keywords'          => 'json',
			'content_type'      => 'string',
			'content_structure' => 'string',
			'target_words'      => 'int',
			'taxonomy_term_id'  => 'int',
			'cluster_id'        => 'int',
			'idea_id'           => 'int',
			'outline'           => 'json',
			'status'            => 'string',
			'assigned_post_id'  => 'int',
			'post_url'          => 'string',
			'job_id'            => 'string',
			'error'             => 'string',
			'strategy_id'       => 'int',
			'created_by'        => 'int',
		);
	}

	/**
	 * Inserts a task in the queued state.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data title (required), brief, keywords (string[]), content_type, content_structure, taxonomy_term_id, strategy_id, created_by.
	 * @return int|WP_Error New task id.
	 */
	public function insert( array $data ) {
		$row = array(
			'title'             => (string) $data['title'],
			'brief'             => (string) ( $data['brief'] ?? '' ),
			'keywords'          => array_values( array_map( 'strval', (array) ( $data['keywords'] ?? array() ) ) ),
			'content_type'      => in_array( $data['content_type'] ?? '', self::CONTENT_TYPES, true ) ? $data['content_type'] : 'post',
			'content_structure' => (string) ( $data['content_structure'] ?? 'article' ),
			'target_words'      => empty( $data['target_words'] ) ? null : (int) $data['target_words'],
			'taxonomy_term_id'  => empty( $data['taxonomy_term_id'] ) ? null : (int) $data['taxonomy_term_id'],
			'cluster_id'        => empty( $data['cluster_id'] ) ? null : (int) $data['cluster_id'],
			'idea_id'           => empty( $data['idea_id'] ) ? null : (int) $data['idea_id'],
			'outline'           => empty( $data['outline'] ) ? null : array_values( (array) $data['outline'] ),
			'strategy_id'       => empty( $data['strategy_id'] ) ? null : (int) $data['strategy_id'],
			'status'            => 'queued',
			'created_by'        => empty( $data['created_by'] ) ? null : (int) $data['created_by'],
		);
		return parent::insert( $row );
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
		$result          = Tasks_Query::run( $this->table, $args );
		$result['items'] = array_map( array( $this, 'hydrate' ), $result['items'] );
		return $result;
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
		return $this->changed(
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
		return $this->changed(
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
		return $this->changed(
			$id,
			array(
				'status' => 'failed',
				'error'  => $error,
			)
		);
	}

	/**
	 * Updates one task and says whether it exists and was written.
	 *
	 * @param int                  $id     Task id.
	 * @param array<string, mixed> $fields Column => value.
	 * @return bool
	 */
	private function changed( int $id, array $fields ): bool {
		$matched = $this->update( $id, $fields );
		return is_int( $matched ) && $matched > 0;
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
		$keywords    = json_decode( (string) $row['keywords'], true );
		$int_or_null = static fn ( $value ): ?int => null === $value ? null : (int) $value;
		return array(
			'id'                => (int) $row['id'],
			'title'             => (string) $row['title'],
			'brief'             => (string) $row['brief'],
			'keywords'          => is_array( $keywords ) ? array_values( array_map( 'strval', $keywords ) ) : array(),
			'content_type'      => (string) $row['content_type'],
			'content_structure' => (string) $row['content_structure'],
			'target_words'      => $int_or_null( $row['target_words'] ?? null ),
			'taxonomy_term_id'  => $int_or_null( $row['taxonomy_term_id'] ),
			'cluster_id'        => $int_or_null( $row['cluster_id'] ?? null ),
			'idea_id'           => $int_or_null( $row['idea_id'] ?? null ),
			'outline'           => self::decode_list( $row['outline'] ?? null ),
			'status'            => (string) $row['status'],
			'assigned_post_id'  => $int_or_null( $row['assigned_post_id'] ),
			'post_url'          => null === $row['post_url'] ? null : (string) $row['post_url'],
			'job_id'            => null === $row['job_id'] ? null : (string) $row['job_id'],
			'error'             => null === $row['error'] ? null : (string) $row['error'],
			'strategy_id'       => $int_or_null( $row['strategy_id'] ?? null ),
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

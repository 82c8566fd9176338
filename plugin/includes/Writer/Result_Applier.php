<?php
/**
 * Turns a finished AI job into a draft.
 *
 * @package Igny8\Writer
 */

declare( strict_types=1 );

namespace Igny8\Writer;

use Igny8\Storage\Jobs_Repository;
use Igny8\Storage\Tasks_Repository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Applies a generate_content result, whether it arrived by push (signed delivery) or by pull
 * (job status poll). Idempotent by job id: the jobs table's applied_at is claimed atomically,
 * so a second application of the same job changes nothing.
 *
 * @since 0.1.0
 */
class Result_Applier {

	/**
	 * AI functions this applier understands.
	 *
	 * @since 0.1.0
	 */
	public const FUNCTIONS = array( 'generate_content' );

	/**
	 * Jobs table.
	 *
	 * @var Jobs_Repository
	 */
	private Jobs_Repository $jobs;

	/**
	 * Tasks table.
	 *
	 * @var Tasks_Repository
	 */
	private Tasks_Repository $tasks;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Jobs_Repository|null  $jobs  Jobs table.
	 * @param Tasks_Repository|null $tasks Tasks table.
	 */
	public function __construct( ?Jobs_Repository $jobs = null, ?Tasks_Repository $tasks = null ) {
		$this->jobs  = $jobs ?? new Jobs_Repository();
		$this->tasks = $tasks ?? new Tasks_Repository();
	}

	/**
	 * Applies one finished job.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $job {job_id, function, status, reference?, result?, error?, credits_charged?}.
	 * @return array<string, mixed>|WP_Error {applied: bool, job_id, task_id, post_id}; applied is false when
	 *                                       the job had already been applied (nothing changed).
	 */
	public function apply( array $job ) {
		$job_id   = (string) ( $job['job_id'] ?? '' );
		$function = (string) ( $job['function'] ?? '' );
		$status   = (string) ( $job['status'] ?? '' );

		if ( '' === $job_id ) {
			return new WP_Error( 'igny8_invalid_job', __( 'The job has no id.', 'igny8' ), array( 'status' => 400 ) );
		}
		if ( ! in_array( $function, self::FUNCTIONS, true ) ) {
			return new WP_Error(
				'igny8_unsupported_function',
				/* translators: %s: AI function name */
				sprintf( __( 'This site cannot apply results of "%s" yet.', 'igny8' ), $function ),
				array( 'status' => 422 )
			);
		}
		if ( ! in_array( $status, Jobs_Repository::FINAL_STATUSES, true ) ) {
			return new WP_Error( 'igny8_job_not_finished', __( 'The job has not finished yet.', 'igny8' ), array( 'status' => 409 ) );
		}

		$reference = isset( $job['reference'] ) && is_array( $job['reference'] ) ? $job['reference'] : array();
		$this->jobs->save_from_cloud(
			array(
				'id'              => $job_id,
				'function'        => $function,
				'status'          => $status,
				'progress'        => 'completed' === $status ? 100 : (int) ( $job['progress'] ?? 0 ),
				'step'            => (string) ( $job['step'] ?? '' ),
				'error'           => $job['error'] ?? null,
				'credits_charged' => $job['credits_charged'] ?? 0,
				'reference'       => $reference,
			)
		);

		$row     = $this->jobs->find( $job_id );
		$task_id = (int) ( $reference['task_id'] ?? ( $row['task_id'] ?? 0 ) );

		if ( ! $this->jobs->claim( $job_id ) ) {
			return array(
				'applied' => false,
				'job_id'  => $job_id,
				'task_id' => $task_id > 0 ? $task_id : null,
				'post_id' => $row['post_id'] ?? null,
			);
		}

		$task = $task_id > 0 ? $this->tasks->find( $task_id ) : null;

		if ( 'completed' !== $status ) {
			$error = is_string( $job['error'] ?? null ) && '' !== $job['error'] ? $job['error'] : __( 'The AI job failed.', 'igny8' );
			if ( $task ) {
				$this->tasks->mark_failed( $task_id, $error );
			}
			return $this->applied( $job_id, $task ? $task_id : null, null );
		}

		$result  = isset( $job['result'] ) && is_array( $job['result'] ) ? $job['result'] : array();
		$content = (string) ( $result['content_blocks'] ?? ( $result['content_html'] ?? '' ) );
		if ( '' === trim( $content ) ) {
			// A permanent problem: retrying the same result would not help, so the claim stays.
			if ( $task ) {
				$this->tasks->mark_failed( $task_id, __( 'The AI result had no content.', 'igny8' ) );
			}
			return $this->applied( $job_id, $task ? $task_id : null, null );
		}

		$post_id = $this->insert_draft( $job_id, $task, $result, $content );
		if ( is_wp_error( $post_id ) ) {
			$this->jobs->release( $job_id );
			return $post_id;
		}

		$this->jobs->set_post( $job_id, $post_id );
		if ( $task ) {
			$this->tasks->mark_completed( $task_id, $post_id, (string) get_permalink( $post_id ) );
		}

		/**
		 * Fires after an AI result became a draft.
		 *
		 * @since 0.1.0
		 *
		 * @param int    $post_id Draft post id.
		 * @param string $job_id  Cloud job id.
		 * @param int    $task_id Writer task id (0 when unknown).
		 */
		do_action( 'igny8_result_applied', $post_id, $job_id, $task ? $task_id : 0 );

		return $this->applied( $job_id, $task ? $task_id : null, $post_id );
	}

	/**
	 * Creates the draft with its meta.
	 *
	 * @param string                    $job_id  Cloud job id.
	 * @param array<string, mixed>|null $task    Writer task, when known.
	 * @param array<string, mixed>      $result  generate_content result.
	 * @param string                    $content Block markup.
	 * @return int|WP_Error Post id.
	 */
	private function insert_draft( string $job_id, ?array $task, array $result, string $content ) {
		$post_type = $task && post_type_exists( (string) $task['content_type'] ) ? (string) $task['content_type'] : 'post';
		$title     = sanitize_text_field( (string) ( $result['title'] ?? '' ) );
		if ( '' === $title && $task ) {
			$title = (string) $task['title'];
		}
		$author = $task && ! empty( $task['created_by'] ) && get_userdata( (int) $task['created_by'] ) ? (int) $task['created_by'] : 0;

		$postarr = array(
			'post_type'    => $post_type,
			'post_status'  => 'draft',
			'post_author'  => $author,
			'post_title'   => $title,
			'post_content' => Content_Sanitizer::clean( $content ),
			'post_excerpt' => sanitize_textarea_field( (string) ( $result['excerpt'] ?? '' ) ),
			'meta_input'   => array(
				Post_Meta::TASK_ID          => $task ? (int) $task['id'] : 0,
				Post_Meta::CONTENT_ID       => $job_id,
				Post_Meta::JOB_ID           => $job_id,
				Post_Meta::MANAGED          => 1,
				Post_Meta::LAST_SYNCED      => current_time( 'mysql', true ),
				Post_Meta::META_TITLE       => sanitize_text_field( (string) ( $result['meta_title'] ?? '' ) ),
				Post_Meta::META_DESCRIPTION => sanitize_text_field( (string) ( $result['meta_description'] ?? '' ) ),
			),
		);

		// Deliveries run without a user, so WordPress would pass the content through kses, which
		// damages block markup. The content was cleaned above; kses is switched off for this insert only.
		$kses_active = false !== has_filter( 'content_save_pre', 'wp_filter_post_kses' );
		if ( $kses_active ) {
			kses_remove_filters();
		}
		try {
			// wp_insert_post() unslashes its input; slashing keeps backslashes in block attributes intact.
			$post_id = wp_insert_post( wp_slash( $postarr ), true );
		} finally {
			if ( $kses_active ) {
				kses_init_filters();
			}
		}

		return $post_id instanceof WP_Error ? $post_id : (int) $post_id;
	}

	/**
	 * Result of a successful first application.
	 *
	 * @param string   $job_id  Cloud job id.
	 * @param int|null $task_id Task id.
	 * @param int|null $post_id Post id.
	 * @return array<string, mixed>
	 */
	private function applied( string $job_id, ?int $task_id, ?int $post_id ): array {
		return array(
			'applied' => true,
			'job_id'  => $job_id,
			'task_id' => $task_id,
			'post_id' => $post_id,
		);
	}
}

<?php
/**
 * AI job status.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Sync\Job_Pull;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The status an editor's screen polls while an article is written. Proxies the cloud, mirrors the
 * status locally and, when the job finished but its delivery has not arrived, applies the result
 * itself (pull fallback).
 *
 * @since 0.1.0
 */
class Jobs_Controller extends Controller {

	/**
	 * Route of one job.
	 *
	 * @since 0.1.0
	 */
	public const ROUTE = '/jobs/(?P<job_id>[A-Za-z0-9_-]{1,64})';

	/**
	 * Seconds a proxied status is reused.
	 *
	 * @since 0.2.0
	 */
	public const CACHE_SECONDS = 2;

	/**
	 * Registers the routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		// GET /igny8/v1/jobs/{job_id} — status, progress and the draft once written.
		$this->add_route(
			self::ROUTE,
			WP_REST_Server::READABLE,
			'get_item',
			'can_write',
			array(
				'job_id' => array(
					'description'       => __( 'Cloud job id.', 'igny8' ),
					'type'              => 'string',
					'required'          => true,
					'pattern'           => '^[A-Za-z0-9_-]{1,64}$',
					'sanitize_callback' => 'sanitize_text_field',
					'validate_callback' => 'rest_validate_request_arg',
				),
			)
		);
	}

	/**
	 * GET: one job.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$job_id = (string) $request['job_id'];
		// Several screens poll the same job: a status read in the last CACHE_SECONDS is answered locally.
		$cache = 'igny8_job_' . md5( $job_id );
		$local = get_transient( $cache ) ? ( new \Igny8\Storage\Jobs_Repository() )->find( $job_id ) : null;
		$job   = $local ?? ( new Job_Pull() )->pull( $job_id );
		if ( is_wp_error( $job ) ) {
			return $job;
		}
		if ( null === $local && null === $job['applied_at'] ) {
			set_transient( $cache, 1, self::CACHE_SECONDS );
		}
		return new WP_REST_Response( $this->present( $job ) );
	}

	/**
	 * Public shape of a job.
	 *
	 * @param array<string, mixed> $job Local job row.
	 * @return array<string, mixed>
	 */
	private function present( array $job ): array {
		$post = null;
		if ( ! empty( $job['post_id'] ) && get_post( (int) $job['post_id'] ) ) {
			$post_id = (int) $job['post_id'];
			$edit    = get_edit_post_link( $post_id, 'raw' );
			$view    = 'publish' === get_post_status( $post_id ) ? get_permalink( $post_id ) : get_preview_post_link( $post_id );
			$post    = array(
				'id'       => $post_id,
				'title'    => get_the_title( $post_id ),
				'edit_url' => $edit ? $edit : null,
				'view_url' => $view ? $view : null,
			);
		}

		return array(
			'id'              => $job['job_id'],
			'status'          => $job['status'],
			'progress'        => $job['progress'],
			'step'            => $job['step'],
			'error'           => $job['error'],
			'credits_charged' => $job['credits_charged'],
			'task_id'         => $job['task_id'],
			'post'            => $post,
		);
	}
}

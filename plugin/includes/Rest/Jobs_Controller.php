<?php
/**
 * AI job status.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Actions\Result_Applier;
use Igny8\Cloud\Connection;
use Igny8\Storage\Jobs_Repository;
use Igny8\Sync\Job_Wire;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The status an editor's screen polls while an article is written: the cloud's live status until the
 * result is applied here, then the local row with the draft. A read only reads: results arrive by
 * the signed delivery or by WP-Cron's pull (Sync\Pull_Cron::soon(), asked for when the job starts).
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
		$job_id = array(
			'job_id' => array(
				'description'       => __( 'Cloud job id.', 'igny8' ),
				'type'              => 'string',
				'required'          => true,
				'pattern'           => '^[A-Za-z0-9_-]{1,64}$',
				'sanitize_callback' => 'sanitize_text_field',
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
		// GET /igny8/v1/jobs/{job_id} — status, progress and the draft once written.
		$this->add_route( self::ROUTE, WP_REST_Server::READABLE, 'get_item', 'can_write', $job_id );
		// POST /igny8/v1/jobs/{job_id}/cancel — stops a queued or running job; its credits come back.
		$this->add_route( self::ROUTE . '/cancel', WP_REST_Server::CREATABLE, 'cancel', 'can_write', $job_id );
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
		$local  = ( new Jobs_Repository() )->find( $job_id );
		if ( null === $local ) {
			return new WP_Error( 'igny8_job_not_found', __( 'This job is not known on this site.', 'igny8' ), array( 'status' => 404 ) );
		}
		if ( null !== $local['applied_at'] ) {
			return new WP_REST_Response( $this->present( $local, null ) );
		}
		// Several screens poll the same job: a cloud status read in the last CACHE_SECONDS is reused.
		$cache = 'igny8_job_' . md5( $job_id );
		$cloud = get_transient( $cache );
		if ( ! is_array( $cloud ) ) {
			$cloud = $this->cloud_status( $job_id );
			if ( is_wp_error( $cloud ) ) {
				return $cloud;
			}
			set_transient( $cache, $cloud, self::CACHE_SECONDS );
		}
		return new WP_REST_Response( $this->present( $local, $cloud ) );
	}

	/**
	 * POST: cancels the job in the cloud (which refunds its reservation) and settles it here at
	 * once, through the same applier as a delivery: a writer task says it was cancelled.
	 *
	 * @since 0.6.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error 409 when the job had already finished.
	 */
	public function cancel( WP_REST_Request $request ) {
		$job_id = (string) $request['job_id'];
		$jobs   = new Jobs_Repository();
		$local  = $jobs->find( $job_id );
		if ( null === $local ) {
			return new WP_Error( 'igny8_job_not_found', __( 'This job is not known on this site.', 'igny8' ), array( 'status' => 404 ) );
		}
		$client = ( new Connection() )->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$job = $client->cancel_job( $job_id );
		if ( is_wp_error( $job ) ) {
			return $job;
		}
		$outcome = Job_Wire::outcome( $job, $local );
		if ( is_wp_error( $outcome ) || $outcome['job_id'] !== $job_id ) {
			return new WP_Error( 'igny8_cloud_error', __( 'The IGNY8 cloud answered with another job.', 'igny8' ), array( 'status' => 502 ) );
		}
		$outcome['error'] = __( 'Cancelled before it finished; its credits were refunded.', 'igny8' );
		$applied          = ( new Result_Applier( $jobs ) )->apply( $outcome );
		if ( is_wp_error( $applied ) ) {
			return $applied;
		}
		delete_transient( 'igny8_job_' . md5( $job_id ) );
		return new WP_REST_Response( $this->present( (array) $jobs->find( $job_id ), null ) );
	}

	/**
	 * The job as the cloud sees it now. Only read: applying its result is the delivery's or
	 * WP-Cron's work (Sync\Pull_Cron), so a status read never races them to write a post.
	 *
	 * @param string $job_id Cloud job id.
	 * @return array<string, mixed>|WP_Error
	 */
	private function cloud_status( string $job_id ) {
		$client = ( new Connection() )->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$job = $client->get_job( $job_id );
		if ( is_wp_error( $job ) ) {
			return $job;
		}
		$outcome = Job_Wire::outcome( $job );
		if ( is_wp_error( $outcome ) || $outcome['job_id'] !== $job_id ) {
			return new WP_Error( 'igny8_cloud_error', __( 'The IGNY8 cloud answered with another job.', 'igny8' ), array( 'status' => 502 ) );
		}
		unset( $outcome['result'] );
		return $outcome;
	}

	/**
	 * Public shape of a job: the cloud's live status while it runs, the local row once applied.
	 * `applied` says whether its result is on this site; a completed job that is not applied yet
	 * is on its way (delivery or WP-Cron).
	 *
	 * @param array<string, mixed>      $job   Local job row.
	 * @param array<string, mixed>|null $cloud The cloud's status, when the job is not applied yet.
	 * @return array<string, mixed>
	 */
	private function present( array $job, ?array $cloud ): array {
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
		$live     = $cloud ?? array();
		$replaced = $job['context']['replaced'] ?? null;

		return array(
			'id'              => $job['job_id'],
			'status'          => $live['status'] ?? $job['status'],
			'progress'        => $live['progress'] ?? $job['progress'],
			'step'            => $live['step'] ?? $job['step'],
			'error'           => $live['error'] ?? $job['error'],
			'credits_charged' => $live['credits_charged'] ?? $job['credits_charged'],
			'task_id'         => $job['task_id'],
			'applied'         => null !== $job['applied_at'],
			'post'            => $post,
			// What a "replace" run deleted on this site, with the token that undoes it (a day).
			'replaced'        => is_array( $replaced ) ? array(
				'count' => (int) ( $replaced['count'] ?? 0 ),
				'undo'  => isset( $replaced['undo'] ) ? (string) $replaced['undo'] : null,
			) : null,
		);
	}
}

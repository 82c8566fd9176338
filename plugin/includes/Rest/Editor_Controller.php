<?php
/**
 * REST routes of the block editor's IGNY8 sidebar.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Editor\Editor_Token;
use Igny8\Editor\Post_Context;
use Igny8\Editor\Provenance;
use Igny8\Jobs\Job_Starter;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Editor tokens for the Worker, the post's IGNY8 context, its AI change history (provenance)
 * with undo, and the featured image job. Every route needs igny8_write and, for the post
 * named, edit_post.
 *
 * @since 0.3.0
 */
final class Editor_Controller extends Controller {

	/**
	 * Registers the routes.
	 *
	 * @since 0.3.0
	 */
	public function register_routes(): void {
		$post_id = Editor_Args::post_id();
		// POST /igny8/v1/editor/token — {post_id, scope}: a signed token for one Worker editor call (10 minutes).
		register_rest_route(
			$this->namespace,
			'/editor/token',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'token' ),
				'permission_callback' => array( $this, 'can_write' ),
				'args'                => $post_id + array( 'scope' => Editor_Args::scope() ),
			)
		);
		// GET /igny8/v1/editor/context?post_id= — task, cluster, keywords, idea, credits, target keyword.
		register_rest_route(
			$this->namespace,
			'/editor/context',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'context' ),
				'permission_callback' => array( $this, 'can_write' ),
				'args'                => $post_id,
			)
		);
		// GET /igny8/v1/editor/provenance?post_id= — the post's AI changes, newest first.
		// POST /igny8/v1/editor/provenance — {post_id, entry}: records one applied change.
		register_rest_route(
			$this->namespace,
			'/editor/provenance',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'history' ),
					'permission_callback' => array( $this, 'can_write' ),
					'args'                => $post_id,
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'record' ),
					'permission_callback' => array( $this, 'can_write' ),
					'args'                => $post_id + array( 'entry' => Editor_Args::entry() ),
				),
			)
		);
		// POST /igny8/v1/editor/provenance/undo — {post_id, id}: restores the state before that change.
		register_rest_route(
			$this->namespace,
			'/editor/provenance/undo',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'undo' ),
				'permission_callback' => array( $this, 'can_write' ),
				'args'                => $post_id + array( 'id' => Editor_Args::entry_id() ),
			)
		);
		// POST /igny8/v1/editor/featured-image — {post_id, prompt?}: a generate_images job for one featured image.
		register_rest_route(
			$this->namespace,
			'/editor/featured-image',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'featured_image' ),
				'permission_callback' => array( $this, 'can_write' ),
				'args'                => $post_id + array( 'prompt' => Editor_Args::prompt() ),
			)
		);
	}

	/**
	 * POST editor/token.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_Error
	 */
	public function token( WP_REST_Request $request ) {
		$post_id = $this->editable_post( $request );
		if ( is_wp_error( $post_id ) ) {
			return $post_id;
		}
		return ( new Editor_Token() )->mint( $post_id, get_current_user_id(), (string) $request['scope'] );
	}

	/**
	 * GET editor/context.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_Error
	 */
	public function context( WP_REST_Request $request ) {
		$post_id = $this->editable_post( $request );
		return is_wp_error( $post_id ) ? $post_id : ( new Post_Context() )->for_post( $post_id );
	}

	/**
	 * GET editor/provenance.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<int, array<string, mixed>>|WP_Error
	 */
	public function history( WP_REST_Request $request ) {
		$post_id = $this->editable_post( $request );
		if ( is_wp_error( $post_id ) ) {
			return $post_id;
		}
		$provenance = new Provenance();
		return array_map( array( $provenance, 'public_entry' ), $provenance->all( $post_id ) );
	}

	/**
	 * POST editor/provenance.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_Error
	 */
	public function record( WP_REST_Request $request ) {
		$post_id = $this->editable_post( $request );
		return is_wp_error( $post_id ) ? $post_id : ( new Provenance() )->record( $post_id, (array) $request['entry'] );
	}

	/**
	 * POST editor/provenance/undo.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_Error
	 */
	public function undo( WP_REST_Request $request ) {
		$post_id = $this->editable_post( $request );
		return is_wp_error( $post_id ) ? $post_id : ( new Provenance() )->undo( $post_id, (string) $request['id'] );
	}

	/**
	 * POST editor/featured-image: one featured image through the job path; the delivered result
	 * sets it as the post's featured image (Images_Result).
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_Error {job_id, function, status}
	 */
	public function featured_image( WP_REST_Request $request ) {
		$post_id = $this->editable_post( $request );
		if ( is_wp_error( $post_id ) ) {
			return $post_id;
		}
		$title  = get_the_title( $post_id );
		$prompt = trim( (string) $request['prompt'] );
		$prompt = '' !== $prompt ? $prompt : sprintf(
			/* translators: %s: post title */
			__( 'A clean editorial photograph illustrating the article "%s", no text in the image.', 'igny8' ),
			$title
		);
		$input = array(
			'images' => array(
				array(
					'prompt'   => $prompt,
					'alt'      => wp_strip_all_tags( $title ),
					'caption'  => '',
					'role'     => 'featured',
					'position' => 0,
				),
			),
			'size'   => '1792x1024',
		);
		$job   = ( new Job_Starter() )->start( 'generate_images', $input, array( 'post_id' => $post_id ), 'featured:' . $post_id . ':' . wp_generate_uuid4() );
		if ( is_wp_error( $job ) ) {
			return $job;
		}
		( new Provenance() )->record(
			$post_id,
			array(
				'function'    => 'generate_images',
				'kind'        => 'meta',
				'job_id'      => $job['job_id'],
				'summary'     => __( 'Featured image requested', 'igny8' ),
				'before_meta' => array( '_thumbnail_id' => (string) get_post_thumbnail_id( $post_id ) ),
			)
		);
		return $job;
	}

	/**
	 * The post id if it exists and the user may edit it.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return int|WP_Error
	 */
	private function editable_post( WP_REST_Request $request ) {
		$post_id = (int) $request['post_id'];
		if ( ! get_post( $post_id ) ) {
			return $this->not_found( 'post' );
		}
		if ( ! current_user_can( 'edit_post', $post_id ) ) {
			return new WP_Error( 'igny8_cannot_edit_post', __( 'You may not edit this post, so IGNY8 cannot act on it.', 'igny8' ), array( 'status' => 403 ) );
		}
		return $post_id;
	}
}

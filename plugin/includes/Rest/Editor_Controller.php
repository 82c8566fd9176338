<?php
/**
 * REST routes of the block editor's IGNY8 sidebar.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Actions\Registry;
use Igny8\Actions\Site_Context;
use Igny8\Editor\Editor_Token;
use Igny8\Editor\Post_Context;
use Igny8\Editor\Provenance;
use Igny8\Editor\Provenance_Undo;
use Igny8\Security\Post_Access;
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
		// POST /igny8/v1/editor/provenance/undo — {post_id, id, confirm?}: takes back only what that change did
		// (409 naming the later changes in the way; 409 igny8_undo_needs_confirmation on a published post
		// until confirm is true).
		register_rest_route(
			$this->namespace,
			'/editor/provenance/undo',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'undo' ),
				'permission_callback' => array( $this, 'can_write' ),
				'args'                => $post_id + array(
					'id'      => Editor_Args::entry_id(),
					'confirm' => Editor_Args::confirm(),
				),
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
	 * POST editor/token: the token, and the site settings the action takes (`context`).
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_Error
	 */
	public function token( WP_REST_Request $request ) {
		$post_id = self::editable_post( $request );
		if ( is_wp_error( $post_id ) ) {
			return $post_id;
		}
		$scope  = (string) $request['scope'];
		$minted = ( new Editor_Token() )->mint( $post_id, get_current_user_id(), $scope );
		if ( is_wp_error( $minted ) ) {
			return $minted;
		}
		// The site's language and author profile, exactly as the action's input accepts them: the
		// sidebar sends them with its call instead of assembling settings itself.
		$action            = Registry::editor_action( $scope );
		$minted['context'] = (object) ( $action ? Site_Context::complete( $action->function(), array() ) : array() );
		return $minted;
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
		$post_id = self::editable_post( $request );
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
		$post_id = self::editable_post( $request );
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
		$post_id = self::editable_post( $request );
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
		$post_id = self::editable_post( $request );
		return is_wp_error( $post_id ) ? $post_id : ( new Provenance_Undo() )->undo( $post_id, (string) $request['id'], (bool) $request['confirm'] );
	}

	/**
	 * POST editor/featured-image: one featured image through the job path; the delivered result
	 * sets it as the post's featured image (Actions\Generate_Images\Result).
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_Error {job_id, function, status}
	 */
	public function featured_image( WP_REST_Request $request ) {
		$post_id = self::editable_post( $request );
		if ( is_wp_error( $post_id ) ) {
			return $post_id;
		}
		$jobs = Registry::get( 'generate_images' )->run(
			array(
				'post_id' => $post_id,
				'prompt'  => (string) $request['prompt'],
			)
		);
		if ( is_wp_error( $jobs ) ) {
			return $jobs;
		}
		$job = $jobs[0];
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
	 * The post id of the request when the user may edit that post.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return int|WP_Error
	 */
	private static function editable_post( WP_REST_Request $request ) {
		$post = Post_Access::editable( (int) $request['post_id'] );
		return is_wp_error( $post ) ? $post : $post->ID;
	}
}

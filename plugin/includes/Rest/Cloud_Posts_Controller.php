<?php
/**
 * The seed's cloud-facing endpoints.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Cloud\Connection;
use Igny8\Results\Post_Writer;
use Igny8\Writer\Content_Sanitizer;
use Igny8\Writer\Post_Meta;
use WP_Error;
use WP_Post;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * site-metadata, post-by-task-id/{id}, post-by-content-id/{id}, posts (create) and posts/{id}
 * (read, update), kept from the seed's bridge for the cloud. Public routes whose permission is the
 * signature (Signed_Request): only the cloud, never a browser, calls them. Creating a post is
 * idempotent by content_id, so a replayed signed request inside the five-minute window returns the
 * same post instead of a second one.
 *
 * @since 0.2.0
 */
class Cloud_Posts_Controller extends Controller {

	use Signed_Request;

	/**
	 * Registers the routes.
	 *
	 * @since 0.2.0
	 */
	public function register_routes(): void {
		$signed = array( $this, 'verify_signature' );
		// GET /igny8/v1/site-metadata — post types, taxonomies and counts.
		register_rest_route( $this->namespace, '/site-metadata', array( array( 'methods' => WP_REST_Server::READABLE, 'callback' => array( $this, 'site_metadata' ), 'permission_callback' => $signed ) ) );
		// GET /igny8/v1/post-by-task-id/{id} — the post written for a task.
		register_rest_route( $this->namespace, '/post-by-task-id/(?P<id>\d+)', array( array( 'methods' => WP_REST_Server::READABLE, 'callback' => array( $this, 'by_task' ), 'permission_callback' => $signed, 'args' => $this->id_arg() ) ) );
		// GET /igny8/v1/post-by-content-id/{id} — the post holding a content id.
		register_rest_route(
			$this->namespace,
			'/post-by-content-id/(?P<id>[A-Za-z0-9_-]{1,64})',
			array( array( 'methods' => WP_REST_Server::READABLE, 'callback' => array( $this, 'by_content' ), 'permission_callback' => $signed ) )
		);
		// POST /igny8/v1/posts — create a post from IGNY8 content {title, content, status?, task_id?, content_id, excerpt?, meta_title?, meta_description?}.
		register_rest_route( $this->namespace, '/posts', array( array( 'methods' => WP_REST_Server::CREATABLE, 'callback' => array( $this, 'create' ), 'permission_callback' => $signed ) ) );
		// GET/PUT /igny8/v1/posts/{id} — read or update an IGNY8-managed post.
		register_rest_route(
			$this->namespace,
			'/posts/(?P<id>\d+)',
			array(
				array( 'methods' => WP_REST_Server::READABLE, 'callback' => array( $this, 'read' ), 'permission_callback' => $signed, 'args' => $this->id_arg() ),
				array( 'methods' => 'PUT', 'callback' => array( $this, 'update' ), 'permission_callback' => $signed, 'args' => $this->id_arg() ),
			)
		);
	}

	/**
	 * GET site-metadata.
	 *
	 * @since 0.2.0
	 *
	 * @return WP_REST_Response
	 */
	public function site_metadata(): WP_REST_Response {
		$meta   = ( new Connection() )->site_metadata();
		$counts = array();
		foreach ( $meta['post_types'] as $type ) {
			$counts[ $type ] = (int) ( wp_count_posts( $type )->publish ?? 0 );
		}
		$meta['post_counts'] = $counts;
		return new WP_REST_Response( $meta );
	}

	/**
	 * GET post-by-task-id.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function by_task( WP_REST_Request $request ) {
		return $this->by_meta( Post_Meta::TASK_ID, (string) (int) $request['id'] );
	}

	/**
	 * GET post-by-content-id.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function by_content( WP_REST_Request $request ) {
		return $this->by_meta( Post_Meta::CONTENT_ID, (string) $request['id'] );
	}

	/**
	 * POST posts.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create( WP_REST_Request $request ) {
		$body       = (array) json_decode( $request->get_body(), true );
		$content_id = preg_replace( '/[^A-Za-z0-9_-]/', '', (string) ( $body['content_id'] ?? '' ) );
		if ( '' === $content_id || '' === trim( (string) ( $body['title'] ?? '' ) ) ) {
			return new WP_Error( 'rest_invalid_param', __( 'A post needs a title and a content_id.', 'igny8' ), array( 'status' => 400 ) );
		}
		$existing = $this->find_by_meta( Post_Meta::CONTENT_ID, $content_id );
		if ( $existing ) {
			return new WP_REST_Response( $this->present( $existing ) );
		}
		$post_id = Post_Writer::insert(
			array(
				'post_type'    => 'page' === ( $body['post_type'] ?? '' ) ? 'page' : 'post',
				'post_status'  => in_array( $body['status'] ?? '', array( 'draft', 'publish', 'pending' ), true ) ? $body['status'] : 'draft',
				'post_title'   => sanitize_text_field( (string) $body['title'] ),
				'post_content' => Content_Sanitizer::clean( (string) ( $body['content'] ?? '' ) ),
				'post_excerpt' => sanitize_textarea_field( (string) ( $body['excerpt'] ?? '' ) ),
				'meta_input'   => array(
					Post_Meta::TASK_ID          => (int) ( $body['task_id'] ?? 0 ),
					Post_Meta::CONTENT_ID       => $content_id,
					Post_Meta::MANAGED          => 1,
					Post_Meta::LAST_SYNCED      => current_time( 'mysql', true ),
					Post_Meta::META_TITLE       => sanitize_text_field( (string) ( $body['meta_title'] ?? '' ) ),
					Post_Meta::META_DESCRIPTION => sanitize_text_field( (string) ( $body['meta_description'] ?? '' ) ),
				),
			)
		);
		if ( is_wp_error( $post_id ) ) {
			return $post_id;
		}
		return $this->created( $this->present( (object) get_post( $post_id ) ) );
	}

	/**
	 * GET posts/{id}.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function read( WP_REST_Request $request ) {
		$post = $this->managed( (int) $request['id'] );
		return is_wp_error( $post ) ? $post : new WP_REST_Response( $this->present( $post ) );
	}

	/**
	 * PUT posts/{id}: title, content, excerpt, status, meta_title, meta_description.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update( WP_REST_Request $request ) {
		$post = $this->managed( (int) $request['id'] );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$body    = (array) json_decode( $request->get_body(), true );
		$postarr = array( 'ID' => $post->ID );
		if ( isset( $body['title'] ) ) {
			$postarr['post_title'] = sanitize_text_field( (string) $body['title'] );
		}
		if ( isset( $body['content'] ) ) {
			$postarr['post_content'] = Content_Sanitizer::clean( (string) $body['content'] );
		}
		if ( isset( $body['excerpt'] ) ) {
			$postarr['post_excerpt'] = sanitize_textarea_field( (string) $body['excerpt'] );
		}
		if ( in_array( $body['status'] ?? '', array( 'draft', 'publish', 'pending', 'private' ), true ) ) {
			$postarr['post_status'] = $body['status'];
		}
		$result = Post_Writer::insert( $postarr );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		foreach ( array( 'meta_title' => Post_Meta::META_TITLE, 'meta_description' => Post_Meta::META_DESCRIPTION ) as $field => $key ) {
			if ( isset( $body[ $field ] ) ) {
				update_post_meta( $post->ID, $key, sanitize_text_field( (string) $body[ $field ] ) );
			}
		}
		update_post_meta( $post->ID, Post_Meta::LAST_SYNCED, current_time( 'mysql', true ) );
		return new WP_REST_Response( $this->present( (object) get_post( $post->ID ) ) );
	}

	/**
	 * A managed post or a 404 (the cloud may only touch posts IGNY8 manages).
	 *
	 * @param int $id Post id.
	 * @return WP_Post|WP_Error
	 */
	private function managed( int $id ) {
		$post = get_post( $id );
		if ( ! $post instanceof WP_Post || ! get_post_meta( $id, Post_Meta::MANAGED, true ) ) {
			return $this->not_found( 'post' );
		}
		return $post;
	}

	/**
	 * Answers with the post holding a meta value.
	 *
	 * @param string $key   Meta key.
	 * @param string $value Meta value.
	 * @return WP_REST_Response|WP_Error
	 */
	private function by_meta( string $key, string $value ) {
		$post = $this->find_by_meta( $key, $value );
		return $post ? new WP_REST_Response( $this->present( $post ) ) : $this->not_found( 'post' );
	}

	/**
	 * The newest post of any status holding a meta value.
	 *
	 * @param string $key   Meta key.
	 * @param string $value Meta value.
	 * @return WP_Post|null
	 */
	private function find_by_meta( string $key, string $value ): ?WP_Post {
		$posts = get_posts(
			array(
				'post_type'   => 'any',
				'post_status' => array( 'publish', 'draft', 'pending', 'private', 'future' ),
				'meta_key'    => $key, // phpcs:ignore WordPress.DB.SlowDBQuery
				'meta_value'  => $value, // phpcs:ignore WordPress.DB.SlowDBQuery
				'numberposts' => 1,
			)
		);
		return $posts ? $posts[0] : null;
	}

	/**
	 * Public shape of a post for the cloud.
	 *
	 * @param object $post Post.
	 * @return array<string, mixed>
	 */
	private function present( $post ): array {
		return array(
			'post_id'    => (int) $post->ID,
			'title'      => (string) $post->post_title,
			'status'     => (string) $post->post_status,
			'post_type'  => (string) $post->post_type,
			'url'        => (string) get_permalink( (int) $post->ID ),
			'task_id'    => (int) get_post_meta( (int) $post->ID, Post_Meta::TASK_ID, true ),
			'content_id' => (string) get_post_meta( (int) $post->ID, Post_Meta::CONTENT_ID, true ),
			'modified'   => (string) $post->post_modified_gmt,
		);
	}
}

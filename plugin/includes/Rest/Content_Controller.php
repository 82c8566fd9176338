<?php
/**
 * Writer module: IGNY8-managed content and its images.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Security\Post_Access;
use Igny8\Writer\Post_Meta;
use WP_Post;
use WP_Query;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * GET writer/content (posts IGNY8 manages, any status), GET writer/content/{id},
 * POST writer/content/optimize {ids} (optimize_content jobs; results become revisions) and
 * GET writer/images (media IGNY8 generated). Content lives in WordPress posts; this is a view on them.
 *
 * @since 0.2.0
 */
class Content_Controller extends Controller {

	/**
	 * The status filter of the posts not (publicly) published yet.
	 *
	 * @since 0.6.0
	 */
	public const NOT_PUBLISHED = 'not_published';

	/**
	 * The post statuses that filter stands for.
	 *
	 * @since 0.6.0
	 */
	public const NOT_PUBLISHED_STATUSES = array( 'draft', 'pending', 'future', 'private' );

	/**
	 * Registers the routes.
	 *
	 * @since 0.2.0
	 */
	public function register_routes(): void {
		$list                       = $this->list_args( array( 'id', 'date', 'modified', 'title' ) );
		$list['orderby']['default'] = 'date';
		$list['status']             = array(
			'description'       => __( 'One post status, or not_published for drafts, pending, scheduled and private posts (the Drafts tab).', 'igny8' ),
			'type'              => 'string',
			'enum'              => array( '', 'draft', 'publish', 'pending', 'future', 'private', self::NOT_PUBLISHED ),
			'default'           => '',
			'validate_callback' => 'rest_validate_request_arg',
		);
		// GET /igny8/v1/writer/content — managed posts.
		$this->add_route( '/writer/content', WP_REST_Server::READABLE, 'get_items', 'can_write', $list );
		// GET /igny8/v1/writer/content/{id} — one managed post with its SEO meta.
		$this->add_route(
			'/writer/content/(?P<id>\d+)',
			WP_REST_Server::READABLE,
			'get_item',
			'can_write',
			$this->id_arg()
		);
		// POST /igny8/v1/writer/content/optimize — {ids}: one optimize_content job per post.
		Action_Route::register( '/writer/content/optimize', 'optimize_content' );
		// POST /igny8/v1/writer/content/excerpt — {ids}: one generate_excerpt job per post.
		Action_Route::register( '/writer/content/excerpt', 'generate_excerpt' );
		// POST /igny8/v1/writer/products/descriptions — {ids} or {all: true}: one job per WooCommerce
		// product. Not registered without WooCommerce (the action is not available there).
		Action_Route::register( '/writer/products/descriptions', 'generate_product_description' );
		// GET /igny8/v1/writer/images — generated images in the media library.
		$images                       = $this->list_args( array( 'id', 'date' ) );
		$images['orderby']['default'] = 'date';
		$images['task_id']            = array(
			'type'              => 'integer',
			'minimum'           => 1,
			'validate_callback' => 'rest_validate_request_arg',
		);
		$this->add_route( '/writer/images', WP_REST_Server::READABLE, 'get_images', 'can_write', $images );
		// POST /igny8/v1/writer/images/regenerate — {post_id, attachment_id, prompt?}: draw one image again.
		Action_Route::register( '/writer/images/regenerate', 'generate_images', Action_Route::ONE_JOB, array( 'attachment_id' ) );
	}

	/**
	 * GET writer/content.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$status = (string) $request['status'];
		if ( self::NOT_PUBLISHED === $status ) {
			$statuses = self::NOT_PUBLISHED_STATUSES;
		} else {
			$statuses = '' !== $status ? $status : array_merge( self::NOT_PUBLISHED_STATUSES, array( 'publish' ) );
		}
		$query = new WP_Query(
			Post_Access::listing_args( $status ) + array(
				'post_type'      => array( 'post', 'page' ),
				'post_status'    => $statuses,
				'meta_key'       => Post_Meta::MANAGED, // phpcs:ignore WordPress.DB.SlowDBQuery -- posts are found by the marker meta only IGNY8 writes; paged.
				'meta_value'     => '1', // phpcs:ignore WordPress.DB.SlowDBQuery -- posts are found by the marker meta only IGNY8 writes; paged.
				's'              => (string) $request['search'],
				'orderby'        => 'id' === $request['orderby'] ? 'ID' : (string) $request['orderby'],
				'order'          => strtoupper( (string) $request['order'] ),
				'posts_per_page' => (int) $request['per_page'],
				'paged'          => (int) $request['page'],
			)
		);
		return $this->paginated(
			array(
				'items' => array_map( array( $this, 'present' ), $query->posts ),
				'total' => (int) $query->found_posts,
			),
			$request
		);
	}

	/**
	 * GET writer/content/{id}.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function get_item( $request ) {
		$post = get_post( (int) $request['id'] );
		if ( ! $post instanceof WP_Post || ! get_post_meta( $post->ID, Post_Meta::MANAGED, true ) || ! current_user_can( 'read_post', $post->ID ) ) {
			return $this->not_found( 'post' );
		}
		return new WP_REST_Response( $this->present( $post ) );
	}

	/**
	 * GET writer/images.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_images( WP_REST_Request $request ): WP_REST_Response {
		$meta = array(
			array(
				'key'     => Post_Meta::IMAGE_KEY,
				'compare' => 'EXISTS',
			),
		);
		if ( $request['task_id'] ) {
			$meta[] = array(
				'key'   => Post_Meta::TASK_ID,
				'value' => (int) $request['task_id'],
			);
		}
		$query = new WP_Query(
			array(
				'post_type'      => 'attachment',
				'post_status'    => 'inherit',
				'meta_query'     => $meta, // phpcs:ignore WordPress.DB.SlowDBQuery -- posts are found by the marker meta only IGNY8 writes; paged.
				'orderby'        => 'id' === $request['orderby'] ? 'ID' : 'date',
				'order'          => strtoupper( (string) $request['order'] ),
				'posts_per_page' => (int) $request['per_page'],
				'paged'          => (int) $request['page'],
			)
		);
		$items = array_map(
			static fn ( WP_Post $a ): array => array(
				'id'          => $a->ID,
				'url'         => (string) wp_get_attachment_url( $a->ID ),
				'alt'         => (string) get_post_meta( $a->ID, '_wp_attachment_image_alt', true ),
				'caption'     => (string) $a->post_excerpt,
				'prompt'      => (string) get_post_meta( $a->ID, Post_Meta::IMAGE_PROMPT, true ),
				'post_id'     => (int) $a->post_parent,
				'task_id'     => (int) get_post_meta( $a->ID, Post_Meta::TASK_ID, true ),
				'is_featured' => (int) get_post_thumbnail_id( (int) $a->post_parent ) === $a->ID,
			),
			$query->posts
		);
		return $this->paginated(
			array(
				'items' => $items,
				'total' => (int) $query->found_posts,
			),
			$request
		);
	}

	/**
	 * Public shape of a managed post.
	 *
	 * @param WP_Post $post Post.
	 * @return array<string, mixed>
	 */
	private function present( WP_Post $post ): array {
		return array(
			'id'                 => $post->ID,
			'title'              => get_the_title( $post ),
			'status'             => $post->post_status,
			'content_type'       => $post->post_type,
			'task_id'            => (int) get_post_meta( $post->ID, Post_Meta::TASK_ID, true ),
			'content_id'         => (string) get_post_meta( $post->ID, Post_Meta::CONTENT_ID, true ),
			'meta_title'         => (string) get_post_meta( $post->ID, Post_Meta::META_TITLE, true ),
			'meta_description'   => (string) get_post_meta( $post->ID, Post_Meta::META_DESCRIPTION, true ),
			'excerpt'            => $post->post_excerpt,
			'last_synced'        => (string) get_post_meta( $post->ID, Post_Meta::LAST_SYNCED, true ),
			'optimized_revision' => (int) get_post_meta( $post->ID, Post_Meta::OPTIMIZED, true ),
			'edit_url'           => (string) get_edit_post_link( $post->ID, 'raw' ),
			'url'                => (string) get_permalink( $post ),
			'modified'           => self::modified_gmt( $post ),
		);
	}

	/**
	 * When the post last changed, in UTC. WordPress leaves post_modified_gmt empty on some drafts
	 * (0000-00-00 00:00:00); the local time, converted, is then the answer.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post Post.
	 * @return string Y-m-d H:i:s.
	 */
	public static function modified_gmt( WP_Post $post ): string {
		$modified = get_post_datetime( $post, 'modified', 'gmt' );
		if ( ! $modified ) {
			$local    = get_post_datetime( $post, 'modified', 'local' );
			$modified = $local ? $local->setTimezone( new \DateTimeZone( 'UTC' ) ) : false;
		}
		return $modified ? $modified->format( 'Y-m-d H:i:s' ) : (string) $post->post_modified_gmt;
	}
}

<?php
/**
 * Whose posts an IGNY8 action may touch or list.
 *
 * @package Igny8\Security
 */

declare( strict_types=1 );

namespace Igny8\Security;

use WP_Error;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * IGNY8's capabilities say who may use a module; WordPress's own say whose posts: an action on a post
 * needs edit_post on it, and a post list shows an author only what WordPress would show them.
 *
 * @since 0.1.0
 */
final class Post_Access {

	/**
	 * True when the current user may edit every one of the posts that exist; a 403 otherwise.
	 * Posts that are gone are not refused here: the action's plan says they do not exist.
	 *
	 * @since 0.6.0
	 *
	 * @param int[] $post_ids Post ids.
	 * @return true|WP_Error
	 */
	public static function posts_editable( array $post_ids ) {
		foreach ( $post_ids as $post_id ) {
			if ( $post_id && get_post( (int) $post_id ) && ! current_user_can( 'edit_post', (int) $post_id ) ) {
				return self::forbidden();
			}
		}
		return true;
	}

	/**
	 * The post when it exists (among the given post types, when given) and the current user may
	 * edit it; a 404 or a 403 otherwise. The one check of every route and action that touches a post.
	 *
	 * @since 0.6.0
	 *
	 * @param int      $post_id    Post id.
	 * @param string[] $post_types Post types the caller works on; empty for any.
	 * @return WP_Post|WP_Error
	 */
	public static function editable( int $post_id, array $post_types = array() ) {
		$post = get_post( $post_id );
		if ( ! $post instanceof WP_Post || ( $post_types && ! in_array( $post->post_type, $post_types, true ) ) ) {
			return new WP_Error( 'igny8_post_not_found', __( 'This post does not exist.', 'igny8' ), array( 'status' => 404 ) );
		}
		if ( ! current_user_can( 'edit_post', $post->ID ) ) {
			return self::forbidden();
		}
		return $post;
	}

	/**
	 * The 403 of a post the user may not edit.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_Error
	 */
	public static function forbidden(): WP_Error {
		return new WP_Error( 'rest_forbidden', __( 'Sorry, you are not allowed to edit this post.', 'igny8' ), array( 'status' => 403 ) );
	}

	/**
	 * WP_Query arguments that keep other people's drafts and private posts out of a list.
	 *
	 * Editors and administrators see every post, as in wp-admin's own lists. Anyone else sees
	 * everyone's published posts when only published ones are asked for, and otherwise only their
	 * own. WordPress's `perm` alone cannot say this: `readable` still shows others' drafts, and over
	 * several post types both values check a capability nobody holds, hiding private posts from editors.
	 *
	 * @since 0.1.0
	 *
	 * @param string $status The one status listed, or '' for several.
	 * @return array<string, string>
	 */
	public static function listing_args( string $status ): array {
		if ( current_user_can( 'edit_others_posts' ) && current_user_can( 'read_private_posts' ) ) {
			return array();
		}
		return array( 'perm' => 'publish' === $status ? 'readable' : 'editable' );
	}
}

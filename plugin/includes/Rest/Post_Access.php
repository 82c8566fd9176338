<?php
/**
 * Whose posts an IGNY8 action may touch or list.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Tasks_Repository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * IGNY8's capabilities say who may use a module; WordPress's own say whose posts: an action on a post
 * needs edit_post on it, and a post list shows an author only what WordPress would show them.
 *
 * @since 0.1.0
 */
final class Post_Access {

	/**
	 * True when the current user may edit every post the given tasks already wrote; a 403 otherwise.
	 *
	 * @since 0.1.0
	 *
	 * @param int[] $task_ids Task ids.
	 * @return true|WP_Error
	 */
	public static function tasks_editable( array $task_ids ) {
		foreach ( ( new Tasks_Repository() )->find_many( $task_ids ) as $task ) {
			$post_id = (int) ( $task['assigned_post_id'] ?? 0 );
			if ( $post_id && get_post( $post_id ) && ! current_user_can( 'edit_post', $post_id ) ) {
				return self::forbidden();
			}
		}
		return true;
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

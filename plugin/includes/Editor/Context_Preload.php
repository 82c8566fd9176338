<?php
/**
 * The sidebar's context request, answered inside the post editor's page.
 *
 * @package Igny8\Editor
 */

declare( strict_types=1 );

namespace Igny8\Editor;

use Igny8\Security\Capabilities;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * The score waits for the post's context (target keyword, target length, site host). Asked for
 * when the sidebar opens, it costs a whole WordPress request after the panel's chunk has loaded,
 * so the editor's page carries the answer: the route's own response (rest_preload_api_request,
 * so its permission check and shape apply), printed before the sidebar's script.
 *
 * Not apiFetch's preloading middleware: the post editor (WordPress 7.1) clears whatever its
 * first resolutions did not use, long before a user opens the sidebar. The preload is a few
 * option and meta reads, made only for the post being edited and a user who may edit it and use
 * the sidebar; a refused one prints nothing and the sidebar asks when it opens.
 *
 * @since 0.9.0
 */
final class Context_Preload {

	/**
	 * Global the sidebar reads (blocks/src/editor-sidebar/lib/context-request.ts).
	 *
	 * @since 0.9.0
	 */
	public const GLOBAL_NAME = 'igny8EditorContext';

	/**
	 * Prints the post's context before the sidebar's script.
	 *
	 * @since 0.9.0
	 *
	 * @param string $handle The sidebar's script handle.
	 * @param mixed  $post   The post being edited.
	 */
	public function attach( string $handle, $post ): void {
		$context = self::context_of( $post );
		if ( null === $context || ! $post instanceof WP_Post ) {
			return;
		}
		$data = array(
			'postId'  => (int) $post->ID,
			'context' => $context,
		);
		wp_add_inline_script(
			$handle,
			'window.' . self::GLOBAL_NAME . ' = ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES ) . ';',
			'before'
		);
	}

	/**
	 * The context route's response for the post, or null when the user may not have it.
	 *
	 * @since 0.9.0
	 *
	 * @param mixed $post The post being edited.
	 * @return array<string, mixed>|null
	 */
	public static function context_of( $post ): ?array {
		$path = self::path_for( $post );
		if ( null === $path ) {
			return null;
		}
		// Only a 200 is kept; an error leaves the sidebar to ask (and show the error) itself.
		$preloaded = rest_preload_api_request( array(), $path );
		$body      = $preloaded[ $path ]['body'] ?? null;
		return is_array( $body ) ? $body : null;
	}

	/**
	 * The REST path the sidebar asks for this post, or null when the user may not ask.
	 *
	 * @since 0.9.0
	 *
	 * @param mixed $post The post being edited.
	 * @return string|null
	 */
	public static function path_for( $post ): ?string {
		if ( ! $post instanceof WP_Post || $post->ID <= 0 ) {
			return null;
		}
		$post_id = (int) $post->ID;
		if ( ! current_user_can( Capabilities::WRITE ) || ! current_user_can( 'edit_post', $post_id ) ) {
			return null;
		}
		// The path as the sidebar asks it (blocks/src/editor-sidebar/lib/context-request.ts).
		return '/igny8/v1/editor/context?post_id=' . $post_id;
	}
}

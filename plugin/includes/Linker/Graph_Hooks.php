<?php
/**
 * Keeps the link graph current as posts change.
 *
 * @package Igny8\Linker
 */

declare( strict_types=1 );

namespace Igny8\Linker;

defined( 'ABSPATH' ) || exit;

/**
 * Hooks only: a saved post is re-indexed (a local parse and a few indexed writes, never a cloud call),
 * a deleted post leaves the graph with the links pointing at it.
 *
 * @since 0.3.0
 */
final class Graph_Hooks {

	/**
	 * Hooks the post lifecycle.
	 *
	 * @since 0.3.0
	 */
	public function init(): void {
		add_action( 'save_post', array( $this, 'on_save' ), 20, 2 );
		add_action( 'deleted_post', array( $this, 'on_delete' ), 10, 1 );
		add_action( 'updated_post_meta', array( $this, 'on_meta' ), 10, 3 );
		add_action( 'added_post_meta', array( $this, 'on_meta' ), 10, 3 );
	}

	/**
	 * save_post: re-index the post (or drop it when it is no longer published).
	 *
	 * @internal
	 *
	 * @param int      $post_id Post id.
	 * @param \WP_Post $post    Post.
	 */
	public function on_save( $post_id, $post ): void {
		if ( ! $post instanceof \WP_Post || wp_is_post_revision( $post ) || wp_is_post_autosave( $post ) ) {
			return;
		}
		if ( ! in_array( $post->post_type, Graph_Builder::post_types(), true ) ) {
			return;
		}
		( new Graph_Builder() )->index_post( (int) $post_id );
	}

	/**
	 * deleted_post: remove the node and every link to or from it.
	 *
	 * @internal
	 *
	 * @param int $post_id Post id.
	 */
	public function on_delete( $post_id ): void {
		( new Graph_Repository() )->remove( (int) $post_id, true );
	}

	/**
	 * The target keyword or task changed after the save: re-index so suggestions use it.
	 *
	 * @internal
	 *
	 * @param int    $meta_id  Meta id.
	 * @param int    $post_id  Post id.
	 * @param string $meta_key Meta key.
	 */
	public function on_meta( $meta_id, $post_id, $meta_key ): void {
		if ( in_array( $meta_key, array( '_igny8_target_keyword', '_igny8_task_id' ), true ) && 'publish' === get_post_status( (int) $post_id ) ) {
			( new Graph_Builder() )->index_post( (int) $post_id );
		}
	}
}

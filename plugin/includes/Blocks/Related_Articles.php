<?php
/**
 * The Related articles block: posts of the same cluster.
 *
 * @package Igny8\Blocks
 */

declare( strict_types=1 );

namespace Igny8\Blocks;

use Igny8\Storage\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Renders igny8/related-articles on the server. A post's cluster is its writer task's
 * (_igny8_task_id → tasks.cluster_id). The published posts of a cluster are cached in a
 * transient per cluster, and that cache is dropped when any post of the cluster is saved,
 * trashed or deleted, so the list is current without a query per view.
 *
 * @since 0.3.0
 */
final class Related_Articles {

	/**
	 * Most posts kept per cluster in the cache.
	 *
	 * @since 0.3.0
	 */
	public const CACHE_LIMIT = 30;

	private const TRANSIENT = 'igny8_related_cluster_';

	/**
	 * Hooks the cache invalidation.
	 *
	 * @since 0.3.0
	 */
	public function init(): void {
		add_action( 'save_post', array( $this, 'forget_post_cluster' ) );
		add_action( 'deleted_post', array( $this, 'forget_post_cluster' ) );
		add_action( 'trashed_post', array( $this, 'forget_post_cluster' ) );
	}

	/**
	 * Drops the cache of the post's cluster.
	 *
	 * @since 0.3.0
	 *
	 * @param int $post_id Post id.
	 */
	public function forget_post_cluster( $post_id ): void {
		$cluster = self::cluster_of( (int) $post_id );
		if ( $cluster > 0 ) {
			delete_transient( self::TRANSIENT . $cluster );
		}
	}

	/**
	 * The block's HTML for a post.
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $post_id    The post showing the block.
	 * @param array<string, mixed> $attributes heading, count.
	 * @return string Escaped HTML ('' when there is nothing to show on the front end).
	 */
	public static function render( int $post_id, array $attributes ): string {
		$count   = max( 1, min( 10, (int) ( $attributes['count'] ?? 3 ) ) );
		$heading = trim( (string) ( $attributes['heading'] ?? '' ) );
		$heading = '' !== $heading ? $heading : __( 'Related articles', 'igny8' );
		$cluster = self::cluster_of( $post_id );
		$posts   = array();
		if ( $cluster > 0 ) {
			foreach ( self::cluster_posts( $cluster ) as $item ) {
				if ( (int) $item['id'] !== $post_id ) {
					$posts[] = $item;
				}
			}
			$posts = array_slice( $posts, 0, $count );
		}
		// Block supports (anchor, spacing) apply only while WordPress renders the block itself.
		$wrapper = class_exists( '\WP_Block_Supports' ) && null !== \WP_Block_Supports::$block_to_render
			? get_block_wrapper_attributes()
			: 'class="wp-block-igny8-related-articles"';
		if ( ! $posts ) {
			// Editors see why the block is empty; readers see nothing.
			if ( ! is_admin() && ! ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
				return '';
			}
			return sprintf(
				'<div %1$s><p>%2$s</p></div>',
				$wrapper,
				esc_html__( 'No other published posts in this post’s IGNY8 cluster yet. They appear here once published.', 'igny8' )
			);
		}
		$items = '';
		foreach ( $posts as $item ) {
			$items .= sprintf( '<li><a href="%1$s">%2$s</a></li>', esc_url( (string) $item['url'] ), esc_html( (string) $item['title'] ) );
		}
		return sprintf(
			'<nav %1$s aria-label="%2$s"><h2 class="wp-block-igny8-related-articles__heading">%3$s</h2><ul class="wp-block-igny8-related-articles__list">%4$s</ul></nav>',
			$wrapper,
			esc_attr( $heading ),
			esc_html( $heading ),
			$items
		);
	}

	/**
	 * Published posts of a cluster, newest first: cached.
	 *
	 * @since 0.3.0
	 *
	 * @param int $cluster_id Cluster id.
	 * @return array<int, array{id:int, title:string, url:string}>
	 */
	public static function cluster_posts( int $cluster_id ): array {
		$cached = get_transient( self::TRANSIENT . $cluster_id );
		if ( is_array( $cached ) ) {
			return $cached;
		}
		global $wpdb;
		$tasks = Schema::table( Schema::TASKS );
		$rows  = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT p.ID, p.post_title FROM %i p
				 JOIN %i m ON m.post_id = p.ID AND m.meta_key = '_igny8_task_id'
				 JOIN %i t ON t.id = m.meta_value
				 WHERE t.cluster_id = %d AND p.post_status = 'publish'
				 ORDER BY p.post_date_gmt DESC, p.ID DESC LIMIT %d",
				$wpdb->posts,
				$wpdb->postmeta,
				$tasks,
				$cluster_id,
				self::CACHE_LIMIT
			),
			ARRAY_A
		);
		$posts = array();
		foreach ( (array) $rows as $row ) {
			$posts[] = array(
				'id'    => (int) $row['ID'],
				'title' => (string) $row['post_title'],
				'url'   => (string) get_permalink( (int) $row['ID'] ),
			);
		}
		set_transient( self::TRANSIENT . $cluster_id, $posts, DAY_IN_SECONDS );
		return $posts;
	}

	/**
	 * The post's cluster id (0 when it has none).
	 *
	 * @since 0.3.0
	 *
	 * @param int $post_id Post id.
	 * @return int
	 */
	public static function cluster_of( int $post_id ): int {
		$task_id = (int) get_post_meta( $post_id, '_igny8_task_id', true );
		if ( $task_id <= 0 ) {
			return 0;
		}
		global $wpdb;
		$tasks = Schema::table( Schema::TASKS );
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT cluster_id FROM %i WHERE id = %d', $tasks, $task_id ) );
	}
}

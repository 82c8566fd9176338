<?php
/**
 * Keeps stored scores current.
 *
 * @package Igny8\Optimizer
 */

declare( strict_types=1 );

namespace Igny8\Optimizer;

use Igny8\Linker\Graph_Builder;
use Igny8\Shop\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * Saving a post only marks its stored score stale (no cloud call inside save_post); a WP-Cron batch
 * every five minutes re-scores up to BATCH stale posts through the Worker.
 *
 * @since 0.3.0
 */
final class Score_Cron {

	/**
	 * Cron hook.
	 *
	 * @since 0.3.0
	 */
	public const HOOK = 'igny8_optimizer_score';

	/**
	 * Posts scored per batch.
	 *
	 * @since 0.3.0
	 */
	public const BATCH = 20;

	/**
	 * One-off event after a save: the stale posts are scored on the next request (WP-Cron), not
	 * on the next five-minute run, so the Optimizer's number follows an edit or an AI action.
	 *
	 * @since 0.9.0
	 */
	public const SOON_HOOK = 'igny8_optimizer_score_soon';

	/**
	 * Hooks save_post and the event.
	 *
	 * @since 0.3.0
	 */
	public function init(): void {
		\Igny8\System\Cron_Schedule::register();
		add_action( 'save_post', array( $this, 'mark_stale' ), 20, 2 );
		add_action( self::HOOK, array( $this, 'run' ) );
		add_action( self::SOON_HOOK, array( $this, 'run' ) );
		add_action( 'init', array( self::class, 'schedule' ) );
	}

	/**
	 * Schedules the event on IGNY8's five-minute interval.
	 *
	 * @since 0.3.0
	 */
	public static function schedule(): void {
		if ( ! wp_next_scheduled( self::HOOK ) ) {
			wp_schedule_event( time() + 2 * MINUTE_IN_SECONDS, \Igny8\System\Cron_Schedule::NAME, self::HOOK );
		}
	}

	/**
	 * save_post: the stored score of a post that has one (or is managed by IGNY8) is now stale.
	 *
	 * @internal
	 *
	 * @param int      $post_id Post id.
	 * @param \WP_Post $post    Post.
	 */
	public function mark_stale( $post_id, $post ): void {
		if ( ! $post instanceof \WP_Post || wp_is_post_revision( $post ) || wp_is_post_autosave( $post ) || 'auto-draft' === $post->post_status ) {
			return;
		}
		if ( ! in_array( $post->post_type, WooCommerce::with_products( Graph_Builder::post_types() ), true ) ) {
			return;
		}
		if ( '' !== (string) get_post_meta( (int) $post_id, Scorer::SCORE, true ) || get_post_meta( (int) $post_id, '_igny8_managed', true ) ) {
			update_post_meta( (int) $post_id, Scorer::STALE, 1 );
			// Never a cloud call inside save_post: one event, however many posts are saved.
			if ( false === wp_next_scheduled( self::SOON_HOOK ) ) {
				wp_schedule_single_event( time(), self::SOON_HOOK );
			}
		}
	}

	/**
	 * Re-scores a batch of stale posts.
	 *
	 * @since 0.3.0
	 *
	 * @return int Posts scored.
	 */
	public function run(): int {
		$ids    = get_posts(
			array(
				'post_type'      => WooCommerce::with_products( Graph_Builder::post_types() ),
				'post_status'    => array( 'publish', 'draft', 'pending', 'future', 'private' ),
				'meta_key'       => Scorer::STALE, // phpcs:ignore WordPress.DB.SlowDBQuery -- posts are found by the marker meta only IGNY8 writes; paged.
				'fields'         => 'ids',
				'posts_per_page' => self::BATCH,
				'orderby'        => 'modified',
				'order'          => 'DESC',
			)
		);
		$scorer = new Scorer();
		$done   = 0;
		foreach ( $ids as $id ) {
			$post = get_post( (int) $id );
			if ( $post && ! is_wp_error( $scorer->score( $post ) ) ) {
				++$done;
			}
		}
		return $done;
	}
}

<?php
/**
 * WP → IGNY8 status sync of managed posts.
 *
 * @package Igny8\Sync
 */

declare( strict_types=1 );

namespace Igny8\Sync;

use Igny8\Storage\Tasks_Repository;
use Igny8\Writer\Post_Meta;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * The seed's sync flow: when an IGNY8-managed post (meta _igny8_managed) changes status or is edited,
 * its task's post_url and status, `_igny8_wordpress_status` and `_igny8_last_synced` are updated and
 * the change is queued in the outbox; a single cron event sends it right after the request, so saving
 * a post never waits on the cloud.
 *
 * @since 0.2.0
 */
class Post_Sync {

	/**
	 * Hooks the post events.
	 *
	 * @since 0.2.0
	 */
	public function init(): void {
		add_action( 'transition_post_status', array( $this, 'on_transition' ), 10, 3 );
		add_action( 'post_updated', array( $this, 'on_update' ), 10, 3 );
	}

	/**
	 * Status changes (publish, schedule, trash…).
	 *
	 * @since 0.2.0
	 *
	 * @param string  $new_status New status.
	 * @param string  $old_status Old status.
	 * @param WP_Post $post       Post.
	 */
	public function on_transition( $new_status, $old_status, $post ): void {
		if ( $post instanceof WP_Post && $new_status !== $old_status ) {
			$this->sync( $post );
		}
	}

	/**
	 * Edits that keep the status.
	 *
	 * @since 0.2.0
	 *
	 * @param int     $post_id     Post id.
	 * @param WP_Post $post_after  Post after.
	 * @param WP_Post $post_before Post before.
	 */
	public function on_update( $post_id, $post_after, $post_before ): void {
		if ( $post_after instanceof WP_Post && $post_before instanceof WP_Post && $post_after->post_status === $post_before->post_status ) {
			$this->sync( $post_after );
		}
	}

	/**
	 * Records and queues one managed post's state.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_Post $post Post.
	 * @return bool Whether the post is managed (and was queued).
	 */
	public function sync( WP_Post $post ): bool {
		if ( wp_is_post_revision( $post ) || wp_is_post_autosave( $post ) || 'auto-draft' === $post->post_status ) {
			return false;
		}
		if ( ! get_post_meta( $post->ID, Post_Meta::MANAGED, true ) ) {
			return false;
		}
		$now     = current_time( 'mysql', true );
		$task_id = (int) get_post_meta( $post->ID, Post_Meta::TASK_ID, true );
		$url     = 'publish' === $post->post_status ? (string) get_permalink( $post ) : '';

		update_post_meta( $post->ID, Post_Meta::WORDPRESS_STATUS, $post->post_status );
		update_post_meta( $post->ID, Post_Meta::LAST_SYNCED, $now );

		if ( $task_id > 0 ) {
			$tasks = new Tasks_Repository();
			if ( $tasks->find( $task_id ) ) {
				$tasks->update(
					$task_id,
					array(
						'assigned_post_id' => $post->ID,
						'post_url'         => '' !== $url ? $url : (string) get_permalink( $post ),
						'status'           => 'completed',
					)
				);
			}
		}

		( new Outbox() )->push(
			$post->ID,
			array(
				'task_id'    => $task_id > 0 ? $task_id : null,
				'post_id'    => $post->ID,
				'status'     => $post->post_status,
				'url'        => '' !== $url && wp_http_validate_url( $url ) ? $url : null,
				'updated_at' => $now,
			)
		);
		Outbox_Cron::send_soon();
		return true;
	}
}

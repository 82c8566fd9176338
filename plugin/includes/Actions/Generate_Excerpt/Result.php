<?php
/**
 * Applies generate_excerpt results.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Generate_Excerpt;

use Igny8\Actions\Result_Handler;
use Igny8\Results\Post_Writer;

defined( 'ABSPATH' ) || exit;

/**
 * Stores the excerpt as plain text on the post the job was started for (the reference, never an id
 * the reply names). Only the excerpt column is written: saving the whole post from a delivery, where
 * no user is logged in, would run the post's existing content through kses again.
 *
 * @since 0.6.0
 */
final class Result implements Result_Handler {

	/**
	 * Meta key holding the excerpt the post had before, so the change can be taken back.
	 *
	 * @since 0.6.0
	 */
	public const PREVIOUS = '_igny8_previous_excerpt';

	/**
	 * {@inheritDoc}
	 *
	 * @since 0.6.0
	 */
	public function apply( array $result, array $reference, array $local, ?array $task ) {
		global $wpdb;
		$post_id = (int) ( $reference['post_id'] ?? 0 );
		$post    = $post_id ? get_post( $post_id ) : null;
		$excerpt = Post_Writer::text( (string) ( $result['excerpt'] ?? '' ), 'post_excerpt' );
		if ( ! $post || '' === $excerpt ) {
			return array(
				'post_id' => $post ? $post_id : null,
				'excerpt' => null,
			);
		}
		update_post_meta( $post_id, self::PREVIOUS, wp_slash( (string) $post->post_excerpt ) );
		$wpdb->update( $wpdb->posts, array( 'post_excerpt' => $excerpt ), array( 'ID' => $post_id ), array( '%s' ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- one column; the cache is cleaned below.
		clean_post_cache( $post_id );
		return array(
			'post_id' => $post_id,
			'excerpt' => $excerpt,
		);
	}
}

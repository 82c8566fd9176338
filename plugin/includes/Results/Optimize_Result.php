<?php
/**
 * Applies optimize_content results.
 *
 * @package Igny8\Results
 */

declare( strict_types=1 );

namespace Igny8\Results;

use Igny8\Writer\Content_Sanitizer;
use Igny8\Writer\Post_Meta;

defined( 'ABSPATH' ) || exit;

/**
 * Never overwrites the post: the optimised version is saved as a new revision of it, which the editor
 * compares and restores with WordPress's revisions screen. The post meta points at that revision and
 * lists the changes the model made.
 *
 * @since 0.2.0
 */
final class Optimize_Result implements Result_Handler {

	/**
	 * {@inheritDoc}
	 *
	 * @since 0.2.0
	 */
	public function apply( array $result, array $reference, array $local, ?array $task ) {
		$post_id = (int) ( $reference['post_id'] ?? 0 );
		$post    = $post_id ? get_post( $post_id, ARRAY_A ) : null;
		$content = (string) ( $result['content_blocks'] ?? ( $result['content_html'] ?? '' ) );
		if ( ! $post || '' === trim( $content ) ) {
			return array( 'post_id' => $post_id ? $post_id : null, 'revision_id' => null );
		}
		$revision = $post;
		$revision['post_title']   = sanitize_text_field( (string) ( $result['title'] ?? $post['post_title'] ) );
		$revision['post_content'] = Content_Sanitizer::clean( $content );

		$kses_active = false !== has_filter( 'content_save_pre', 'wp_filter_post_kses' );
		if ( $kses_active ) {
			kses_remove_filters();
		}
		try {
			$revision_id = _wp_put_post_revision( $revision );
		} finally {
			if ( $kses_active ) {
				kses_init_filters();
			}
		}
		if ( is_wp_error( $revision_id ) || ! $revision_id ) {
			return is_wp_error( $revision_id ) ? $revision_id : array( 'post_id' => $post_id, 'revision_id' => null );
		}
		update_post_meta( $post_id, Post_Meta::OPTIMIZED, (int) $revision_id );
		update_post_meta( $post_id, '_igny8_optimize_changes', wp_slash( wp_json_encode( array_map( 'sanitize_text_field', (array) ( $result['changes'] ?? array() ) ) ) ) );
		update_post_meta( $post_id, '_igny8_optimize_meta', wp_slash( wp_json_encode( array(
			'meta_title'       => sanitize_text_field( (string) ( $result['meta_title'] ?? '' ) ),
			'meta_description' => sanitize_text_field( (string) ( $result['meta_description'] ?? '' ) ),
		) ) ) );
		return array(
			'post_id'     => $post_id,
			'revision_id' => (int) $revision_id,
		);
	}
}

<?php
/**
 * Writes posts from cleaned AI output.
 *
 * @package Igny8\Results
 */

declare( strict_types=1 );

namespace Igny8\Results;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Deliveries run without a user, so WordPress would pass content through kses, which damages block
 * markup (it rewrites block comments). The content was cleaned by Content_Sanitizer first; kses is
 * switched off for this one write only.
 *
 * @since 0.2.0
 */
final class Post_Writer {

	/**
	 * wp_insert_post() (or wp_update_post() when ID is set) without kses.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $postarr Post fields.
	 * @return int|WP_Error Post id.
	 */
	public static function insert( array $postarr ) {
		$kses_active = false !== has_filter( 'content_save_pre', 'wp_filter_post_kses' );
		if ( $kses_active ) {
			kses_remove_filters();
		}
		try {
			// wp_insert_post() unslashes its input; slashing keeps backslashes in block attributes intact.
			$post_id = empty( $postarr['ID'] ) ? wp_insert_post( wp_slash( $postarr ), true ) : wp_update_post( wp_slash( $postarr ), true );
		} finally {
			if ( $kses_active ) {
				kses_init_filters();
			}
		}
		return $post_id instanceof WP_Error ? $post_id : (int) $post_id;
	}
}

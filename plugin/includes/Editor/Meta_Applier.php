<?php
/**
 * Applies the meta title and description an optimisation suggested.
 *
 * @package Igny8\Editor
 */

declare( strict_types=1 );

namespace Igny8\Editor;

use Igny8\Writer\Post_Meta;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The optimize_content result keeps its meta suggestion beside the optimised revision; applying it
 * writes IGNY8's fields (Editor\Meta_Output copies them into Yoast SEO's or Rank Math's when one is
 * active) and records a provenance entry holding every value from before, SEO plugin fields
 * included, so one undo puts all of them back.
 *
 * @since 0.1.0
 */
final class Meta_Applier {

	/**
	 * Post meta holding the suggestion (JSON {meta_title, meta_description}).
	 *
	 * @since 0.1.0
	 */
	public const SUGGESTED = Post_Meta::SUGGESTED_META;

	/**
	 * The suggestion of the post's latest optimisation, or null when there is none.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post id.
	 * @return array{meta_title: string, meta_description: string}|null
	 */
	public static function suggested( int $post_id ): ?array {
		$stored = json_decode( (string) get_post_meta( $post_id, self::SUGGESTED, true ), true );
		if ( ! is_array( $stored ) ) {
			return null;
		}
		$meta = array(
			'meta_title'       => trim( (string) ( $stored['meta_title'] ?? '' ) ),
			'meta_description' => trim( (string) ( $stored['meta_description'] ?? '' ) ),
		);
		return '' === $meta['meta_title'] && '' === $meta['meta_description'] ? null : $meta;
	}

	/**
	 * The post's meta title and description as they are now.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post id.
	 * @return array{meta_title: string, meta_description: string}
	 */
	public static function current( int $post_id ): array {
		return array(
			'meta_title'       => (string) get_post_meta( $post_id, Post_Meta::META_TITLE, true ),
			'meta_description' => (string) get_post_meta( $post_id, Post_Meta::META_DESCRIPTION, true ),
		);
	}

	/**
	 * Writes the suggestion (a field the model left empty keeps its value) and records the undo.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post id; the caller has checked edit_post.
	 * @return array{entry: array<string, mixed>, meta_title: string, meta_description: string, seo_plugin: string}|WP_Error
	 */
	public function apply( int $post_id ) {
		$suggested = self::suggested( $post_id );
		if ( null === $suggested ) {
			return new WP_Error( 'igny8_no_suggested_meta', __( 'This post has no meta title or description from an optimisation. Optimise it first.', 'igny8' ), array( 'status' => 404 ) );
		}
		$seo    = Seo_Plugins::active();
		$keys   = array(
			Post_Meta::META_TITLE       => $suggested['meta_title'],
			Post_Meta::META_DESCRIPTION => $suggested['meta_description'],
		);
		$before = array();
		// IGNY8's own fields first: undo writes them back in this order, and writing them copies
		// into the SEO plugin's fields, whose own earlier values then come back after them.
		foreach ( array_merge( array_keys( $keys ), '' === $seo ? array() : Seo_Plugins::KEYS[ $seo ] ) as $key ) {
			$before[ $key ] = (string) get_post_meta( $post_id, $key, true );
		}
		$entry = ( new Provenance() )->record(
			$post_id,
			array(
				'function'    => 'optimize_content',
				'kind'        => 'meta',
				'summary'     => __( 'Meta title and description from the optimisation applied', 'igny8' ),
				'before_meta' => $before,
			)
		);
		if ( is_wp_error( $entry ) ) {
			return $entry;
		}
		foreach ( $keys as $key => $value ) {
			if ( '' !== $value ) {
				update_post_meta( $post_id, $key, wp_slash( $value ) );
			}
		}
		return array( 'entry' => $entry ) + self::current( $post_id ) + array( 'seo_plugin' => $seo );
	}
}

<?php
/**
 * The generated meta title and description, in the page head or in the SEO plugin's fields.
 *
 * @package Igny8\Editor
 */

declare( strict_types=1 );

namespace Igny8\Editor;

use Igny8\Writer\Post_Meta;

defined( 'ABSPATH' ) || exit;

/**
 * Without an SEO plugin, IGNY8 prints its meta: the document title filter and a
 * `<meta name="description">` in wp_head. With Yoast SEO or Rank Math active, IGNY8 prints
 * nothing (two description tags would conflict) and copies each saved value into that plugin's
 * own field, which it prints.
 *
 * @since 0.3.0
 */
final class Meta_Output {

	/**
	 * Hooks the head output and the copy into SEO plugins.
	 *
	 * @since 0.3.0
	 */
	public function init(): void {
		add_filter( 'pre_get_document_title', array( $this, 'document_title' ), 20 );
		add_action( 'wp_head', array( $this, 'print_description' ), 1 );
		add_action( 'added_post_meta', array( $this, 'copy_to_seo_plugin' ), 10, 4 );
		add_action( 'updated_post_meta', array( $this, 'copy_to_seo_plugin' ), 10, 4 );
	}

	/**
	 * The meta title for the singular post being viewed, when IGNY8 prints the head.
	 *
	 * @since 0.3.0
	 *
	 * @param string $title Title so far ('' lets WordPress build it).
	 * @return string
	 */
	public function document_title( $title ) {
		$post_id = $this->viewed_post();
		if ( ! $post_id || '' !== Seo_Plugins::active() ) {
			return $title;
		}
		$meta = trim( (string) get_post_meta( $post_id, Post_Meta::META_TITLE, true ) );
		return '' !== $meta ? $meta : $title;
	}

	/**
	 * Prints the meta description for the singular post being viewed.
	 *
	 * @since 0.3.0
	 */
	public function print_description(): void {
		$post_id = $this->viewed_post();
		if ( ! $post_id || '' !== Seo_Plugins::active() ) {
			return;
		}
		$description = trim( (string) get_post_meta( $post_id, Post_Meta::META_DESCRIPTION, true ) );
		if ( '' !== $description ) {
			printf( "<meta name=\"description\" content=\"%s\" />\n", esc_attr( $description ) );
		}
	}

	/**
	 * Copies a saved IGNY8 meta title or description into the active SEO plugin's field.
	 *
	 * @since 0.3.0
	 *
	 * @param int    $meta_id    Meta row id.
	 * @param int    $post_id    Post id.
	 * @param string $meta_key   Meta key.
	 * @param mixed  $meta_value New value.
	 */
	public function copy_to_seo_plugin( $meta_id, $post_id, $meta_key, $meta_value ): void {
		$index = array_search( $meta_key, array( Post_Meta::META_TITLE, Post_Meta::META_DESCRIPTION ), true );
		$seo   = Seo_Plugins::active();
		if ( false === $index || '' === $seo ) {
			return;
		}
		update_post_meta( (int) $post_id, Seo_Plugins::KEYS[ $seo ][ $index ], wp_slash( (string) $meta_value ) );
	}

	/**
	 * The post id of a singular front-end view, else 0.
	 */
	private function viewed_post(): int {
		if ( is_admin() || ! is_singular() ) {
			return 0;
		}
		return (int) get_queried_object_id();
	}
}

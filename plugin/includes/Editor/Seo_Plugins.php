<?php
/**
 * Which SEO plugin prints the page head, and its meta keys.
 *
 * @package Igny8\Editor
 */

declare( strict_types=1 );

namespace Igny8\Editor;

defined( 'ABSPATH' ) || exit;

/**
 * Detects Yoast SEO (WPSEO_VERSION) and Rank Math (RANK_MATH_VERSION); the answer is filterable
 * (`igny8_active_seo_plugin`) so tests and unusual set-ups can say which one is in charge.
 *
 * @since 0.3.0
 */
final class Seo_Plugins {

	/**
	 * Post meta keys of each SEO plugin: title, description.
	 *
	 * @since 0.3.0
	 */
	public const KEYS = array(
		'yoast'     => array( '_yoast_wpseo_title', '_yoast_wpseo_metadesc' ),
		'rank_math' => array( 'rank_math_title', 'rank_math_description' ),
	);

	/**
	 * The active SEO plugin: 'yoast', 'rank_math' or '' (none; IGNY8 prints the meta itself).
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	public static function active(): string {
		$active = '';
		if ( defined( 'WPSEO_VERSION' ) ) {
			$active = 'yoast';
		} elseif ( defined( 'RANK_MATH_VERSION' ) ) {
			$active = 'rank_math';
		}
		/**
		 * Filters which SEO plugin prints the page head.
		 *
		 * @since 0.3.0
		 *
		 * @param string $active 'yoast', 'rank_math' or '' for none.
		 */
		$active = (string) apply_filters( 'igny8_active_seo_plugin', $active );
		return isset( self::KEYS[ $active ] ) ? $active : '';
	}
}

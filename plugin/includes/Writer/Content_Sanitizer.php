<?php
/**
 * Cleans generated block markup before it becomes a post.
 *
 * @package Igny8\Writer
 */

declare( strict_types=1 );

namespace Igny8\Writer;

use WP_HTML_Tag_Processor;

defined( 'ABSPATH' ) || exit;

/**
 * Trust but verify: the cloud sends valid Gutenberg markup, but it is model output, so anything
 * executable is removed. wp_kses_post() is not used because it rewrites block comments (it collapses
 * "--" inside block attributes) and drops attributes blocks rely on; this keeps every comment and
 * every harmless attribute.
 *
 * @since 0.1.0
 */
final class Content_Sanitizer {

	/**
	 * Elements removed together with their content.
	 */
	private const BLOCKED_ELEMENTS = 'script|style|iframe|frame|frameset|object|embed|applet|base|meta|link|noscript|template';

	/**
	 * Attributes holding URLs, checked for script schemes.
	 */
	private const URL_ATTRIBUTES = array( 'href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data' );

	/**
	 * Returns the markup without script/style (and similar) elements, on* handlers and script URLs.
	 *
	 * @since 0.1.0
	 *
	 * @param string $html Block markup.
	 * @return string Cleaned block markup.
	 */
	public static function clean( string $html ): string {
		$elements = self::BLOCKED_ELEMENTS;
		// Whole elements first, then any stray or unclosed opening/closing tag.
		$html = (string) preg_replace( "#<({$elements})\\b[^>]*>.*?</\\1\\s*>#is", '', $html );
		$html = (string) preg_replace( "#</?({$elements})\\b[^>]*>#i", '', $html );

		$tags = new WP_HTML_Tag_Processor( $html );
		while ( $tags->next_tag() ) {
			foreach ( (array) $tags->get_attribute_names_with_prefix( 'on' ) as $name ) {
				$tags->remove_attribute( $name );
			}
			foreach ( self::URL_ATTRIBUTES as $name ) {
				$value = $tags->get_attribute( $name );
				if ( is_string( $value ) && self::is_script_url( $value ) ) {
					$tags->remove_attribute( $name );
				}
			}
			$style = $tags->get_attribute( 'style' );
			if ( is_string( $style ) && preg_match( '/expression\s*\(|javascript:|behavior\s*:/i', $style ) ) {
				$tags->remove_attribute( 'style' );
			}
		}
		// Removing every attribute of a tag leaves "<p >"; tidy it back to what the block's save() would print.
		return (string) preg_replace( '#<([a-zA-Z][a-zA-Z0-9-]*)\s+>#', '<$1>', $tags->get_updated_html() );
	}

	/**
	 * Whether a (decoded) URL runs script when followed.
	 *
	 * @param string $url Attribute value.
	 * @return bool
	 */
	private static function is_script_url( string $url ): bool {
		// Browsers ignore whitespace and control characters inside the scheme ("java\tscript:").
		$compact = strtolower( (string) preg_replace( '/[\x00-\x20]+/', '', $url ) );
		return (bool) preg_match( '/^(javascript|vbscript|data):/', $compact );
	}
}

<?php
/**
 * What HTML a cloud write may store.
 *
 * @package Igny8\Results
 */

declare( strict_types=1 );

namespace Igny8\Results;

defined( 'ABSPATH' ) || exit;

/**
 * Cloud output is filtered by WordPress itself: wp_kses_post() runs filter_block_content() first (the
 * `pre_kses` hook), which filters every block attribute and serialises the attributes again, escaping
 * "--", "<" and ">", so kses's comment handling leaves the block delimiters and their attributes intact.
 * The post allowlist is narrowed while a cloud write runs: a model has no reason to put forms or
 * embedded objects in an article.
 *
 * @since 0.1.0
 */
final class Content_Filter {

	/**
	 * Elements of the `post` allowlist that cloud output may not contain.
	 *
	 * @since 0.1.0
	 */
	public const REMOVED_ELEMENTS = array( 'form', 'button', 'textarea', 'fieldset', 'legend', 'label', 'object' );

	/**
	 * MathML (space-separated names), which WordPress 6.9+ allows in posts for the Math block. The cloud never sends it (its
	 * allowlist drops SVG and MathML), so in a cloud write it can only be namespace-confusion bait.
	 *
	 * @since 0.1.0
	 */
	public const MATHML_ELEMENTS = 'math annotation annotation-xml maction malignmark menclose merror mfenced mfrac mglyph mi'
		. ' mlabeledtr mmultiscripts mn mo mover mpadded mphantom mprescripts mroot mrow ms mspace msqrt mstyle msub'
		. ' msubsup msup mtable mtd mtext mtr munder munderover none semantics';

	/**
	 * The markup as a user without unfiltered_html could save it, minus REMOVED_ELEMENTS and MATHML_ELEMENTS.
	 *
	 * @since 0.1.0
	 *
	 * @param string $content Block markup.
	 * @return string
	 */
	public static function filter( string $content ): string {
		return self::during( static fn (): string => wp_kses_post( $content ) );
	}

	/**
	 * Runs a write with the narrowed allowlist, so the kses WordPress applies on save (when it does)
	 * uses the same list as filter().
	 *
	 * @since 0.1.0
	 *
	 * @template T
	 * @param callable(): T $write Write.
	 * @return T
	 */
	public static function during( callable $write ) {
		$narrow = array( self::class, 'narrow' );
		$added  = ! has_filter( 'wp_kses_allowed_html', $narrow );
		if ( $added ) {
			add_filter( 'wp_kses_allowed_html', $narrow, PHP_INT_MAX, 2 );
		}
		try {
			return $write();
		} finally {
			if ( $added ) {
				remove_filter( 'wp_kses_allowed_html', $narrow, PHP_INT_MAX );
			}
		}
	}

	/**
	 * `wp_kses_allowed_html` while a cloud write runs.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed>|mixed $tags    Allowed elements and their attributes.
	 * @param string|mixed               $context kses context.
	 * @return array<string, mixed>|mixed
	 */
	public static function narrow( $tags, $context ) {
		if ( 'post' !== $context || ! is_array( $tags ) ) {
			return $tags;
		}
		return array_diff_key( $tags, array_flip( array_merge( self::REMOVED_ELEMENTS, explode( ' ', self::MATHML_ELEMENTS ) ) ) );
	}
}

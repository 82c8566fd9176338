<?php
/**
 * The text of a post the optimiser may rewrite, found in its parsed blocks.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Optimize_Content;

use WP_HTML_Tag_Processor;

defined( 'ABSPATH' ) || exit;

/**
 * A segment is the inner HTML of one text element of a block: a paragraph, a heading, a list item, a
 * details summary, the heading, questions and answers of an FAQ, the heading and items of Key
 * takeaways; in classic content outside blocks, its paragraphs, headings and list items. Only these go to the model, numbered s1, s2… in document order; everything else (block
 * comments and attributes, images, embeds, tables, buttons, custom HTML, Related articles, the
 * structure of columns and groups) stays on the site, so the model cannot flatten or drop it.
 * A text element whose content is more than plain inline markup (an inline image, a styled highlight,
 * a link with data attributes) is held back too: a rewrite through the allowlist would lose it.
 *
 * @since 0.1.0
 */
final class Segments {

	/**
	 * Inline elements a segment may hold, with the attributes each may carry (the Worker's allowlist).
	 *
	 * @since 0.1.0
	 */
	public const INLINE = array(
		'A'      => array( 'href', 'target', 'rel', 'title' ),
		'ABBR'   => array( 'title' ),
		'STRONG' => array(),
		'EM'     => array(),
		'B'      => array(),
		'I'      => array(),
		'U'      => array(),
		'S'      => array(),
		'DEL'    => array(),
		'INS'    => array(),
		'MARK'   => array(),
		'CODE'   => array(),
		'KBD'    => array(),
		'SUB'    => array(),
		'SUP'    => array(),
		'SMALL'  => array(),
		'Q'      => array(),
		'BR'     => array(),
	);

	/**
	 * The kind of segment each text element of an IGNY8 block is, by its class. Their attributes are
	 * sourced from this markup (block.json), so rewriting it keeps block and attributes in step.
	 */
	private const CLASS_KINDS = array(
		'igny8/faq'           => array(
			'wp-block-igny8-faq__heading'  => 'faq_heading',
			'wp-block-igny8-faq__question' => 'faq_question',
			'wp-block-igny8-faq__answer'   => 'faq_answer',
		),
		'igny8/key-takeaways' => array( 'wp-block-igny8-key-takeaways__heading' => 'takeaways_heading' ),
	);

	/**
	 * Core blocks whose own markup holds text, and the elements that hold it; '' is classic (freeform)
	 * HTML outside any block.
	 */
	private const CORE_TAGS = array(
		''               => '/^(p|h[1-6]|li)$/',
		'core/paragraph' => '/^p$/',
		'core/heading'   => '/^h[1-6]$/',
		'core/list-item' => '/^li$/',
		'core/details'   => '/^summary$/',
	);

	/**
	 * Attributes of a start tag (quoted values may hold ">").
	 */
	private const ATTRS = '((?:\s+[^\s"\'>\/=]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s"\'=<>`]+))?)*)\s*';

	/**
	 * The segments of parsed blocks, in document order.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array<string, mixed>> $blocks parse_blocks() output.
	 * @return array<int, array{id: string, kind: string, html: string, path: string, chunk: int, offset: int, length: int}>
	 *         path names the block (indices through innerBlocks, dot-separated); offset and length place
	 *         the inner HTML in that block's innerContent[chunk].
	 */
	public static function of( array $blocks ): array {
		$found = array();
		self::walk( $blocks, '', $found );
		foreach ( $found as $index => $segment ) {
			$found[ $index ] = array( 'id' => 's' . ( $index + 1 ) ) + $segment;
		}
		return $found;
	}

	/**
	 * The segments as the Worker's input takes them.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array<string, mixed>> $segments of().
	 * @return array<int, array{id: string, kind: string, html: string}>
	 */
	public static function for_input( array $segments ): array {
		return array_map(
			static fn ( array $segment ): array => array(
				'id'   => (string) $segment['id'],
				'kind' => (string) $segment['kind'],
				'html' => (string) $segment['html'],
			),
			$segments
		);
	}

	/**
	 * Whether HTML is text with only the INLINE elements and their attributes: no block markup, no
	 * comments (so no block delimiters), nothing half-open.
	 *
	 * @since 0.1.0
	 *
	 * @param string $html HTML.
	 */
	public static function is_inline( string $html ): bool {
		$tags = new WP_HTML_Tag_Processor( $html );
		while ( $tags->next_token() ) {
			$type = $tags->get_token_type();
			if ( '#text' === $type ) {
				continue;
			}
			$name = (string) $tags->get_tag();
			if ( '#tag' !== $type || ! isset( self::INLINE[ $name ] ) ) {
				return false;
			}
			$attributes = $tags->is_tag_closer() ? array() : (array) $tags->get_attribute_names_with_prefix( '' );
			if ( array_diff( $attributes, self::INLINE[ $name ] ) ) {
				return false;
			}
		}
		return ! $tags->paused_at_incomplete_token();
	}

	/**
	 * Whether HTML shows any text (an empty FAQ answer or takeaway would drop out of the block's save).
	 *
	 * @since 0.1.0
	 *
	 * @param string $html HTML.
	 */
	public static function has_text( string $html ): bool {
		$text = html_entity_decode( wp_strip_all_tags( $html ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		return '' !== (string) preg_replace( '/[\s\x{00a0}]+/u', '', $text );
	}

	/**
	 * Collects the segments of blocks and their inner blocks.
	 *
	 * @param array<int, array<string, mixed>> $blocks Blocks.
	 * @param string                           $prefix Path of their parent ('' at the top).
	 * @param array<int, array<string, mixed>> $found  Segments so far.
	 */
	private static function walk( array $blocks, string $prefix, array &$found ): void {
		foreach ( $blocks as $index => $block ) {
			$path  = '' === $prefix ? (string) $index : $prefix . '.' . $index;
			$name  = (string) ( $block['blockName'] ?? '' );
			$inner = 0;
			foreach ( (array) ( $block['innerContent'] ?? array() ) as $chunk_index => $chunk ) {
				if ( ! is_string( $chunk ) ) {
					// An inner block sits here in reading order.
					self::walk( array( $inner => $block['innerBlocks'][ $inner ] ), $path, $found );
					++$inner;
					continue;
				}
				foreach ( self::in_chunk( $name, $chunk ) as $segment ) {
					$found[] = $segment + array(
						'path'  => $path,
						'chunk' => (int) $chunk_index,
					);
				}
			}
		}
	}

	/**
	 * The text elements of one string part of a block's markup.
	 *
	 * @param string $name  Block name.
	 * @param string $chunk innerContent string.
	 * @return array<int, array{kind: string, html: string, offset: int, length: int}>
	 */
	private static function in_chunk( string $name, string $chunk ): array {
		if ( ! isset( self::CORE_TAGS[ $name ] ) && ! isset( self::CLASS_KINDS[ $name ] ) && 'igny8/key-takeaways' !== $name ) {
			return array();
		}
		preg_match_all( '~<(p|h[1-6]|li|summary)' . self::ATTRS . '>(.*?)</\1\s*>~si', $chunk, $matches, PREG_SET_ORDER | PREG_OFFSET_CAPTURE );
		if ( ! $matches && 'core/list-item' === $name ) {
			// A list item with a nested list: its text runs from <li> to the nested list's block.
			preg_match_all( '~^\s*<(li)' . self::ATTRS . '>(.*)$~si', $chunk, $matches, PREG_SET_ORDER | PREG_OFFSET_CAPTURE );
		}
		$out = array();
		foreach ( $matches as $match ) {
			$kind = self::kind( $name, strtolower( $match[1][0] ), $match[2][0] );
			$html = $match[3][0];
			if ( null === $kind || ! self::is_inline( $html ) || ! self::has_text( $html ) ) {
				continue;
			}
			$out[] = array(
				'kind'   => $kind,
				'html'   => $html,
				'offset' => (int) $match[3][1],
				'length' => strlen( $html ),
			);
		}
		return $out;
	}

	/**
	 * The kind of a text element in a block, or null when it is not one the model may rewrite.
	 *
	 * @param string $name  Block name.
	 * @param string $tag   Element (lowercase).
	 * @param string $attrs Its attributes' source.
	 */
	private static function kind( string $name, string $tag, string $attrs ): ?string {
		if ( isset( self::CORE_TAGS[ $name ] ) ) {
			return preg_match( self::CORE_TAGS[ $name ], $tag ) ? $tag : null;
		}
		$classes = preg_match( '/\sclass\s*=\s*"([^"]*)"/i', $attrs, $class ) ? preg_split( '/\s+/', $class[1] ) : array();
		foreach ( (array) $classes as $name_class ) {
			if ( isset( self::CLASS_KINDS[ $name ][ $name_class ] ) ) {
				return self::CLASS_KINDS[ $name ][ $name_class ];
			}
		}
		// A takeaway is a plain <li> of the block's list.
		return 'igny8/key-takeaways' === $name && 'li' === $tag && array() === $classes ? 'takeaway' : null;
	}
}

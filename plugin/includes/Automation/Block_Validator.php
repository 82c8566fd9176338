<?php
/**
 * Server-side block validation for the quality gate.
 *
 * @package Igny8\Automation
 */

declare( strict_types=1 );

namespace Igny8\Automation;

defined( 'ABSPATH' ) || exit;

/**
 * A structure check, not the editor's block validation: that runs each block's save() in JavaScript,
 * which PHP cannot, so a block can pass here and still open as "This block contains unexpected or
 * invalid content". What is checked are the structural failures that make generated content open as
 * a classic, missing or broken block:
 *
 * 1. No freeform content: parse_blocks() finds no top-level chunk without a block name that holds
 *    anything but whitespace (HTML outside block delimiters opens as a Classic block).
 * 2. Every block name is a registered block type (otherwise the editor shows "missing block").
 * 3. Delimiters balance: every `<!-- wp:name -->` has its `<!-- /wp:name -->` (self-closing ones excepted);
 *    the parser silently closes an unclosed block at the end of the post.
 * 4. The wrapper of the static text blocks matches their attributes: core/paragraph is one <p>…</p>,
 *    core/heading one <hN>…</hN> with N = its level attribute (2 by default), core/list one <ul> or <ol>
 *    (<ol> exactly when ordered is true).
 *
 * @since 0.3.0
 */
final class Block_Validator {

	/**
	 * The problems of the content; empty when it passes every check above.
	 *
	 * @since 0.3.0
	 *
	 * @param string $content Post content.
	 * @return string[] One sentence per problem.
	 */
	public static function problems( string $content ): array {
		$problems = array();
		if ( '' === trim( $content ) ) {
			return array( __( 'The post is empty.', 'igny8' ) );
		}
		foreach ( parse_blocks( $content ) as $index => $block ) {
			if ( null === $block['blockName'] ) {
				if ( '' !== trim( (string) $block['innerHTML'] ) ) {
					/* translators: %d: block position, 1-based */
					$problems[] = sprintf( __( 'Content at position %d is outside any block (it would open as a Classic block).', 'igny8' ), $index + 1 );
				}
				continue;
			}
			self::check_block( $block, $problems );
		}
		preg_match_all( '#<!--\s+(/?)wp:([a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?)(?:\s+\{.*?\})?\s*(/?)-->#s', $content, $matches, PREG_SET_ORDER );
		$open = array();
		foreach ( $matches as $m ) {
			if ( '/' === $m[3] ) {
				continue;
			}
			$open[ $m[2] ] = ( $open[ $m[2] ] ?? 0 ) + ( '/' === $m[1] ? -1 : 1 );
		}
		foreach ( $open as $name => $balance ) {
			if ( 0 !== $balance ) {
				/* translators: %s: block name */
				$problems[] = sprintf( __( 'The %s block delimiters do not balance (a block is not closed).', 'igny8' ), $name );
			}
		}
		return array_values( array_unique( $problems ) );
	}

	/**
	 * Checks one block and its inner blocks.
	 *
	 * @param array<string, mixed> $block    Parsed block.
	 * @param string[]             $problems Problems found so far.
	 */
	private static function check_block( array $block, array &$problems ): void {
		$name = (string) $block['blockName'];
		if ( ! \WP_Block_Type_Registry::get_instance()->is_registered( $name ) ) {
			/* translators: %s: block name */
			$problems[] = sprintf( __( 'The block type %s is not registered on this site.', 'igny8' ), $name );
		}
		$html  = trim( (string) $block['innerHTML'] );
		$attrs = (array) $block['attrs'];
		$tag   = null;
		if ( 'core/paragraph' === $name ) {
			$tag = 'p';
		} elseif ( 'core/heading' === $name ) {
			$tag = 'h' . (int) ( $attrs['level'] ?? 2 );
		} elseif ( 'core/list' === $name ) {
			$tag = empty( $attrs['ordered'] ) ? 'ul' : 'ol';
		}
		if ( null !== $tag && ! preg_match( '#^<' . $tag . '(\s[^>]*)?>.*</' . $tag . '>$#is', $html ) ) {
			/* translators: 1: block name, 2: HTML element */
			$problems[] = sprintf( __( 'A %1$s block is not wrapped in its <%2$s> element.', 'igny8' ), $name, $tag );
		}
		foreach ( (array) $block['innerBlocks'] as $inner ) {
			self::check_block( $inner, $problems );
		}
	}
}

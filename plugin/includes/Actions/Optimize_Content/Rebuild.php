<?php
/**
 * A post's blocks with the optimiser's rewritten segments in place.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Optimize_Content;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Rebuilds the post from its own parsed blocks: only the inner HTML of the segments the model rewrote
 * changes, new paragraphs and headings go between top-level blocks, and every block keeps its name,
 * place and attributes. Model output is hostile: a segment id the post does not have, markup beyond the
 * inline allowlist, an empty rewrite or a result that would not parse back into the same blocks refuses
 * the whole result, and the post is left as it is.
 *
 * @since 0.1.0
 */
final class Rebuild {

	/**
	 * Blocks the model may add, by the tag it names, as the block editor saves them.
	 *
	 * @since 0.1.0
	 */
	public const INSERTABLE = array(
		'p'  => "<!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph -->",
		'h2' => "<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">%s</h2>\n<!-- /wp:heading -->",
		'h3' => "<!-- wp:heading {\"level\":3} -->\n<h3 class=\"wp-block-heading\">%s</h3>\n<!-- /wp:heading -->",
	);

	/**
	 * Most blocks one result may add.
	 *
	 * @since 0.1.0
	 */
	public const MAX_INSERTS = 30;

	/**
	 * The post content with the rewrites applied.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $content   The post's content (the one the segments were taken from).
	 * @param array<int, mixed>    $rewritten [{id, html}]: new inner HTML of segments.
	 * @param array<int, mixed>    $inserted  [{after, tag, html}]: blocks to add after the top-level block holding segment `after`.
	 * @return string|WP_Error
	 */
	public static function content( string $content, array $rewritten, array $inserted ) {
		$blocks   = parse_blocks( $content );
		$segments = array_column( Segments::of( $blocks ), null, 'id' );

		$edits = array();
		foreach ( $rewritten as $item ) {
			$id   = is_array( $item ) ? (string) ( $item['id'] ?? '' ) : '';
			$html = self::clean( is_array( $item ) ? $item['html'] ?? null : null, $id );
			if ( is_wp_error( $html ) ) {
				return $html;
			}
			if ( ! isset( $segments[ $id ] ) ) {
				return self::refuse( /* translators: %s: segment id */ sprintf( __( 'it names a part of the post that does not exist (%s)', 'igny8' ), $id ) );
			}
			$segment = $segments[ $id ];
			if ( isset( $edits[ $segment['path'] ][ $segment['chunk'] ][ $segment['offset'] ] ) ) {
				return self::refuse( /* translators: %s: segment id */ sprintf( __( 'it rewrites %s twice', 'igny8' ), $id ) );
			}
			$edits[ $segment['path'] ][ $segment['chunk'] ][ $segment['offset'] ] = array( $segment['length'], $html );
		}

		$additions = self::additions( $inserted, $segments );
		if ( is_wp_error( $additions ) ) {
			return $additions;
		}

		$rebuilt = array();
		foreach ( self::edit( $blocks, $edits, '' ) as $index => $block ) {
			$rebuilt[] = $block;
			foreach ( $additions[ $index ] ?? array() as $addition ) {
				array_push( $rebuilt, self::separator(), $addition );
			}
		}
		$out = serialize_blocks( $rebuilt );
		// The rewrites are inline text, so the markup parses back into exactly the blocks built above.
		if ( self::signature( parse_blocks( $out ) ) !== self::signature( $rebuilt ) ) {
			return self::refuse( __( 'its blocks would not parse back as the post\'s blocks', 'igny8' ) );
		}
		return $out;
	}

	/**
	 * A rewrite's HTML once checked: inline markup with visible text, through kses's inline allowlist.
	 *
	 * @param mixed  $html The model's HTML (after the Worker's allowlist).
	 * @param string $id   Its segment id, for the message.
	 * @return string|WP_Error
	 */
	private static function clean( $html, string $id ) {
		if ( ! is_string( $html ) || ! Segments::is_inline( $html ) ) {
			return self::refuse( /* translators: %s: segment id */ sprintf( __( 'the new text of %s holds markup other than inline formatting', 'igny8' ), $id ) );
		}
		if ( ! Segments::has_text( $html ) ) {
			return self::refuse( /* translators: %s: segment id */ sprintf( __( 'the new text of %s is empty', 'igny8' ), $id ) );
		}
		$allowed = array();
		foreach ( Segments::INLINE as $tag => $attributes ) {
			$allowed[ strtolower( $tag ) ] = array_fill_keys( $attributes, true );
		}
		return wp_kses( $html, $allowed );
	}

	/**
	 * The blocks to add, by the index of the top-level block they follow.
	 *
	 * @param array<int, mixed>                   $inserted [{after, tag, html}].
	 * @param array<string, array<string, mixed>> $segments Segments by id.
	 * @return array<int, array<int, array<string, mixed>>>|WP_Error
	 */
	private static function additions( array $inserted, array $segments ) {
		if ( count( $inserted ) > self::MAX_INSERTS ) {
			return self::refuse( /* translators: %d: number of blocks */ sprintf( __( 'it adds more than %d blocks', 'igny8' ), self::MAX_INSERTS ) );
		}
		$out = array();
		foreach ( $inserted as $item ) {
			$after = is_array( $item ) ? (string) ( $item['after'] ?? '' ) : '';
			$tag   = is_array( $item ) ? (string) ( $item['tag'] ?? '' ) : '';
			if ( ! isset( $segments[ $after ] ) || ! isset( self::INSERTABLE[ $tag ] ) ) {
				return self::refuse( __( 'it adds a block after a part of the post that does not exist, or a block other than a paragraph or heading', 'igny8' ) );
			}
			$html = self::clean( $item['html'] ?? null, $after );
			if ( is_wp_error( $html ) ) {
				return $html;
			}
			$top           = (int) strtok( (string) $segments[ $after ]['path'], '.' );
			$out[ $top ][] = parse_blocks( sprintf( self::INSERTABLE[ $tag ], $html ) )[0];
		}
		return $out;
	}

	/**
	 * Blocks with their segments replaced, inner blocks included.
	 *
	 * @param array<int, array<string, mixed>>                         $blocks Blocks.
	 * @param array<string, array<int, array<int, array{int, string}>>> $edits  By block path, chunk and offset: [length, html].
	 * @param string                                                   $prefix Path of their parent.
	 * @return array<int, array<string, mixed>>
	 */
	private static function edit( array $blocks, array $edits, string $prefix ): array {
		foreach ( $blocks as $index => $block ) {
			$path = '' === $prefix ? (string) $index : $prefix . '.' . $index;
			foreach ( $edits[ $path ] ?? array() as $chunk => $replacements ) {
				// From the end, so earlier offsets stay right.
				krsort( $replacements );
				$text = (string) $block['innerContent'][ $chunk ];
				foreach ( $replacements as $offset => list( $length, $html ) ) {
					$text = substr_replace( $text, $html, (int) $offset, $length );
				}
				$block['innerContent'][ $chunk ] = $text;
			}
			$block['innerHTML']   = implode( '', array_filter( $block['innerContent'], 'is_string' ) );
			$block['innerBlocks'] = self::edit( $block['innerBlocks'], $edits, $path );
			$blocks[ $index ]     = $block;
		}
		return $blocks;
	}

	/**
	 * The blank line the block serializer puts between top-level blocks.
	 *
	 * @return array<string, mixed>
	 */
	private static function separator(): array {
		return array(
			'blockName'    => null,
			'attrs'        => array(),
			'innerBlocks'  => array(),
			'innerHTML'    => "\n\n",
			'innerContent' => array( "\n\n" ),
		);
	}

	/**
	 * Every block, depth first, as name and attributes.
	 *
	 * @param array<int, array<string, mixed>> $blocks Blocks.
	 * @return array<int, array{0: string, 1: mixed}>
	 */
	private static function signature( array $blocks ): array {
		$out = array();
		foreach ( $blocks as $block ) {
			if ( null === $block['blockName'] ) {
				continue;
			}
			$out[] = array( (string) $block['blockName'], $block['attrs'] );
			array_push( $out, ...self::signature( $block['innerBlocks'] ) );
		}
		return $out;
	}

	/**
	 * The refusal of a result.
	 *
	 * @param string $why Why, translated: the end of a sentence.
	 */
	private static function refuse( string $why ): WP_Error {
		return new WP_Error(
			'igny8_optimized_content_refused',
			/* translators: %s: why the result was refused, e.g. "the new text of s3 is empty". */
			sprintf( __( 'The optimised version was not saved because %s. The post is unchanged; optimise it again.', 'igny8' ), $why ),
			array( 'status' => 422 )
		);
	}
}

<?php
/**
 * The linkable text of post content.
 *
 * @package Igny8\Linker
 */

declare( strict_types=1 );

namespace Igny8\Linker;

defined( 'ABSPATH' ) || exit;

/**
 * Splits HTML (block markup included) into tokens and says which text tokens may receive a link.
 *
 * "Linkable" is defined once here and used by the suggester (where an anchor is looked for) and the
 * applier (where it is inserted), so a suggested anchor is always one the applier can link:
 * text directly or indirectly inside a <p> or <li>, and not inside an existing <a>, a heading, code,
 * pre, script, style, figcaption or button. Block comments and tags are never text. Links added there
 * keep every block valid: paragraph and list-item content is rich text, which may hold links.
 *
 * @since 0.3.0
 */
final class Text_Segments {

	/**
	 * Elements whose text may hold a link.
	 */
	private const CONTAINERS = array( 'p', 'li' );

	/**
	 * Elements whose text never receives a link.
	 */
	private const EXCLUDED = array( 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'figcaption', 'button', 'textarea' );

	/**
	 * Tokens of the HTML: tags and comments, with the text between them (empty strings dropped).
	 *
	 * @since 0.3.0
	 *
	 * @param string $html HTML.
	 * @return string[]
	 */
	public static function tokens( string $html ): array {
		$parts = preg_split( '/(<!--.*?-->|<[^>]*>)/s', $html, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY );
		return is_array( $parts ) ? $parts : array( $html );
	}

	/**
	 * Indexes of the tokens that are linkable text.
	 *
	 * @since 0.3.0
	 *
	 * @param string[] $tokens Tokens from tokens().
	 * @return int[]
	 */
	public static function linkable_indexes( array $tokens ): array {
		$open    = array();
		$indexes = array();
		foreach ( $tokens as $i => $token ) {
			if ( '' === $token ) {
				continue;
			}
			if ( '<' === $token[0] && preg_match( '#^<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>$#s', $token, $m ) ) {
				$name = strtolower( $m[2] );
				if ( '/' === $m[1] ) {
					$open[ $name ] = max( 0, ( $open[ $name ] ?? 0 ) - 1 );
				} elseif ( '/' !== $m[3] && ( in_array( $name, self::CONTAINERS, true ) || in_array( $name, self::EXCLUDED, true ) ) ) {
					$open[ $name ] = ( $open[ $name ] ?? 0 ) + 1;
				}
				continue;
			}
			if ( 0 === strpos( $token, '<!--' ) || '<' === $token[0] ) {
				continue;
			}
			if ( self::inside( $open, self::CONTAINERS ) && ! self::inside( $open, self::EXCLUDED ) ) {
				$indexes[] = (int) $i;
			}
		}
		return $indexes;
	}

	/**
	 * The linkable text segments of the HTML.
	 *
	 * @since 0.3.0
	 *
	 * @param string $html HTML.
	 * @return string[]
	 */
	public static function linkable( string $html ): array {
		$tokens = self::tokens( $html );
		$texts  = array();
		foreach ( self::linkable_indexes( $tokens ) as $i ) {
			$texts[] = $tokens[ $i ];
		}
		return $texts;
	}

	/**
	 * Finds a phrase as a whole-word match in a text: case-sensitive first (the anchor verbatim), then
	 * case-insensitive. Returns the byte offset and the text as it appears, or null.
	 *
	 * @since 0.3.0
	 *
	 * @param string $text   Text.
	 * @param string $phrase Phrase.
	 * @param bool   $exact  Only a case-sensitive match counts.
	 * @return array{0:int, 1:string}|null
	 */
	public static function find( string $text, string $phrase, bool $exact = false ): ?array {
		$phrase = trim( $phrase );
		if ( '' === $phrase ) {
			return null;
		}
		$pattern = '/(?<![\p{L}\p{N}])' . preg_quote( $phrase, '/' ) . '(?![\p{L}\p{N}])/u';
		foreach ( $exact ? array( '' ) : array( '', 'i' ) as $flags ) {
			if ( 1 === preg_match( $pattern . $flags, $text, $m, PREG_OFFSET_CAPTURE ) ) {
				return array( (int) $m[0][1], (string) $m[0][0] );
			}
		}
		return null;
	}

	/**
	 * Whether any of the names is open.
	 *
	 * @param array<string, int> $open  Open element counts.
	 * @param string[]           $names Element names.
	 */
	private static function inside( array $open, array $names ): bool {
		foreach ( $names as $name ) {
			if ( ( $open[ $name ] ?? 0 ) > 0 ) {
				return true;
			}
		}
		return false;
	}
}

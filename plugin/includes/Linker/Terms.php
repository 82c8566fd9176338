<?php
/**
 * Words used to match posts to each other.
 *
 * @package Igny8\Linker
 */

declare( strict_types=1 );

namespace Igny8\Linker;

defined( 'ABSPATH' ) || exit;

/**
 * Lower-cased words of at least three letters, without common stop words. The same function reads
 * a target's keyword and title when it is indexed and a source's text when suggestions are asked for,
 * so both sides of the indexed IN query agree.
 *
 * @since 0.3.0
 */
final class Terms {

	/**
	 * Longest term stored (the column is varchar(64)).
	 */
	public const MAX_LENGTH = 64;

	/**
	 * Words that carry no topic.
	 */
	private const STOP = array( 'the', 'and', 'for', 'with', 'that', 'this', 'from', 'your', 'you', 'are', 'was', 'were', 'have', 'has', 'not', 'but', 'all', 'can', 'will', 'into', 'about', 'how', 'what', 'why', 'when', 'which', 'who', 'our', 'their', 'its', 'more', 'most', 'best', 'than', 'then', 'they', 'them', 'these', 'those', 'there', 'here', 'also', 'just', 'any', 'each', 'out', 'use', 'one', 'two', 'get', 'may', 'per', 'via' );

	/**
	 * The distinct terms of a text, in first-seen order.
	 *
	 * @since 0.3.0
	 *
	 * @param string $text  Plain text (tags are stripped).
	 * @param int    $limit Most terms returned.
	 * @return string[]
	 */
	public static function of( string $text, int $limit = 500 ): array {
		$text = html_entity_decode( wp_strip_all_tags( $text ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		preg_match_all( '/[\p{L}\p{N}]{3,}/u', mb_strtolower( $text, 'UTF-8' ), $m );
		$terms = array();
		foreach ( $m[0] as $word ) {
			if ( isset( $terms[ $word ] ) || in_array( $word, self::STOP, true ) || strlen( $word ) > self::MAX_LENGTH ) {
				continue;
			}
			$terms[ $word ] = true;
			if ( count( $terms ) >= $limit ) {
				break;
			}
		}
		return array_keys( $terms );
	}
}

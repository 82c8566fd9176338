<?php
/**
 * FAQPage structured data for the FAQ block.
 *
 * @package Igny8\Blocks
 */

declare( strict_types=1 );

namespace Igny8\Blocks;

defined( 'ABSPATH' ) || exit;

/**
 * Appends FAQPage JSON-LD to each rendered igny8/faq block on the front end. The pairs are read
 * back from the block's saved markup (its attributes are sourced from that HTML), so what search
 * engines get is exactly what readers see.
 *
 * @since 0.3.0
 */
final class Faq_Schema {

	/**
	 * Hooks the block render filter.
	 *
	 * @since 0.3.0
	 */
	public function init(): void {
		add_filter( 'render_block_igny8/faq', array( $this, 'append_json_ld' ), 10, 1 );
	}

	/**
	 * Adds the script after the block's HTML.
	 *
	 * @since 0.3.0
	 *
	 * @param string $html Rendered block.
	 * @return string
	 */
	public function append_json_ld( $html ): string {
		$html  = (string) $html;
		$pairs = self::pairs( $html );
		if ( ! $pairs || is_admin() ) {
			return $html;
		}
		return $html . self::script( $pairs );
	}

	/**
	 * Question/answer pairs (plain text) in the block's markup.
	 *
	 * @since 0.3.0
	 *
	 * @param string $html Block HTML.
	 * @return array<int, array{question:string, answer:string}>
	 */
	public static function pairs( string $html ): array {
		$pairs = array();
		$found = preg_match_all(
			'#<h3[^>]*class="[^"]*wp-block-igny8-faq__question[^"]*"[^>]*>(.*?)</h3>\s*<p[^>]*class="[^"]*wp-block-igny8-faq__answer[^"]*"[^>]*>(.*?)</p>#s',
			$html,
			$matches,
			PREG_SET_ORDER
		);
		if ( ! $found ) {
			return array();
		}
		foreach ( $matches as $match ) {
			$question = trim( html_entity_decode( wp_strip_all_tags( $match[1] ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
			$answer   = trim( html_entity_decode( wp_strip_all_tags( $match[2] ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
			if ( '' !== $question && '' !== $answer ) {
				$pairs[] = array(
					'question' => $question,
					'answer'   => $answer,
				);
			}
		}
		return $pairs;
	}

	/**
	 * The JSON-LD script element for the pairs (safe inside HTML: <, > and & are escaped).
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, array{question:string, answer:string}> $pairs Pairs.
	 * @return string
	 */
	public static function script( array $pairs ): string {
		$data = array(
			'@context'   => 'https://schema.org',
			'@type'      => 'FAQPage',
			'mainEntity' => array_map(
				static fn ( array $pair ): array => array(
					'@type'          => 'Question',
					'name'           => $pair['question'],
					'acceptedAnswer' => array(
						'@type' => 'Answer',
						'text'  => $pair['answer'],
					),
				),
				$pairs
			),
		);
		return '<script type="application/ld+json">' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) . '</script>';
	}
}

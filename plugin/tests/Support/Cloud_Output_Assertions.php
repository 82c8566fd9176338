<?php
/**
 * Assertions about stored cloud output, and who is logged in when it arrives.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Support;

use WP_HTML_Tag_Processor;

/**
 * Reads stored content the way a browser tokenises it (WordPress's HTML API decodes attribute values
 * as a browser does), and its block attributes the way WordPress parses them.
 */
trait Cloud_Output_Assertions {

	/**
	 * Who is logged in when a result arrives: nobody (a signed delivery), or an administrator, who may
	 * post unfiltered HTML (the WP-Cron pull can run inside an administrator's request).
	 *
	 * @return array<string, array{0:string}>
	 */
	public function current_users(): array {
		return array(
			'no user'          => array( '' ),
			'as administrator' => array( 'administrator' ),
		);
	}

	/**
	 * Logs in a new user with this role ('' stays logged out) and checks its unfiltered_html right.
	 *
	 * @param string $role Role.
	 */
	protected function log_in_as( string $role ): void {
		if ( '' === $role ) {
			$this->assertFalse( current_user_can( 'unfiltered_html' ) );
			return;
		}
		$this->as_user( $this->create_user( $role ) );
		$this->assertTrue( current_user_can( 'unfiltered_html' ), 'the administrator may post unfiltered HTML on this site' );
	}

	/**
	 * Elements that run script, load other documents, post data elsewhere, or switch the parser into
	 * SVG/MathML, where the mutation attacks live.
	 *
	 * @var string[]
	 */
	private static array $unsafe_elements = array(
		'SCRIPT', 'STYLE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'BASE', 'META', 'LINK',
		'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'MGLYPH', 'MTEXT', 'ANIMATE', 'SET', 'FORM', 'INPUT', 'BUTTON',
		'TEXTAREA', 'SELECT',
	);

	/**
	 * Attributes a browser follows as a URL or reads as CSS.
	 *
	 * @var string[]
	 */
	private static array $url_attributes = array( 'href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data', 'values', 'to', 'style' );

	/**
	 * Fails when the markup holds an unsafe element, an event handler attribute, a script or data URL,
	 * or a block attribute carrying any of these.
	 *
	 * @param string $html Stored content.
	 */
	protected function assert_nothing_executable( string $html ): void {
		$tags = new WP_HTML_Tag_Processor( $html );
		while ( $tags->next_tag( array( 'tag_closers' => 'visit' ) ) ) {
			$name = (string) $tags->get_tag();
			$this->assertNotContains( $name, self::$unsafe_elements, "no <{$name}> element in: {$html}" );
			if ( $tags->is_tag_closer() ) {
				continue;
			}
			$this->assertSame( array(), (array) $tags->get_attribute_names_with_prefix( 'on' ), "no event handler on <{$name}> in: {$html}" );
			foreach ( self::$url_attributes as $attribute ) {
				$value = $tags->get_attribute( $attribute );
				if ( is_string( $value ) ) {
					// Browsers ignore control characters and white space inside a scheme ("java\tscript:").
					$compact = strtolower( (string) preg_replace( '/[\x00-\x20]+/', '', $value ) );
					$this->assertDoesNotMatchRegularExpression( '/(javascript|vbscript|data):|expression\(/', $compact, "{$attribute} of <{$name}> in: {$html}" );
				}
			}
		}
		$this->assert_block_attributes_are_inert( parse_blocks( $html ) );
	}

	/**
	 * Block attributes are markup too when a block prints them.
	 *
	 * @param array<int, array<string, mixed>> $blocks Parsed blocks.
	 */
	private function assert_block_attributes_are_inert( array $blocks ): void {
		foreach ( $blocks as $block ) {
			$attrs = (string) wp_json_encode( $block['attrs'] );
			$this->assertDoesNotMatchRegularExpression( '/\bon[a-z]+\s*=|javascript:|<script/i', $attrs, 'block attributes: ' . $attrs );
			$this->assert_block_attributes_are_inert( (array) $block['innerBlocks'] );
		}
	}

	/**
	 * Block names and attributes, depth first, as parse_blocks() gives them (freeform white space left out).
	 *
	 * @param string $html Block markup.
	 * @return array<int, array{0:string, 1:array<string, mixed>, 2:array<int, mixed>}>
	 */
	protected static function block_tree( string $html ): array {
		$tree = static function ( array $blocks ) use ( &$tree ): array {
			$out = array();
			foreach ( $blocks as $block ) {
				if ( null === $block['blockName'] ) {
					continue;
				}
				$out[] = array( (string) $block['blockName'], (array) $block['attrs'], $tree( (array) $block['innerBlocks'] ) );
			}
			return $out;
		};
		return $tree( parse_blocks( $html ) );
	}
}

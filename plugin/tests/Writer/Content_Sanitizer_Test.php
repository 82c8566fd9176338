<?php
/**
 * Tests for the block markup cleaner.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Writer;

use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;
use Igny8\Writer\Content_Sanitizer;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Keeps block markup, removes what could run.
 */
final class Content_Sanitizer_Test extends TestCase {

	use Cloud_Fixtures;

	public function test_keeps_valid_block_markup_byte_for_byte(): void {
		$this->assertSame( self::content_blocks(), Content_Sanitizer::clean( self::content_blocks() ) );
	}

	public function test_keeps_block_attributes_and_harmless_html_attributes(): void {
		$markup = "<!-- wp:paragraph {\"className\":\"is-style--lead\",\"style\":{\"typography\":{\"fontSize\":\"1.2rem\"}}} -->\n"
			. "<p class=\"is-style--lead\" style=\"font-size:1.2rem\">See <a href=\"https://example.com/?a=1&amp;b=2\" rel=\"noopener\">this</a>.</p>\n"
			. '<!-- /wp:paragraph -->';

		$this->assertSame( $markup, Content_Sanitizer::clean( $markup ) );
	}

	public function test_removes_script_and_style_elements(): void {
		$this->assertSame(
			"<!-- wp:paragraph -->\n<p>Hi there</p>\n<!-- /wp:paragraph -->",
			Content_Sanitizer::clean( "<!-- wp:paragraph -->\n<p>Hi <script type=\"text/javascript\">alert(1)</script>there<style>p{display:none}</style></p>\n<!-- /wp:paragraph -->" )
		);
		$this->assertSame( '<p>a</p>', Content_Sanitizer::clean( '<p>a</p><SCRIPT src="https://evil.test/x.js">' ) );
		$this->assertSame( '<p>b</p>', Content_Sanitizer::clean( '<p>b</p><iframe src="https://evil.test"></iframe>' ) );
	}

	public function test_removes_event_handlers(): void {
		$clean = Content_Sanitizer::clean( '<p onclick="steal()" ONMOUSEOVER=\'x\'>x</p><img src="a.png" onerror="steal()" alt="A">' );

		$this->assertStringStartsWith( '<p>x</p><img src="a.png" ', $clean );
		$this->assertStringEndsWith( ' alt="A">', $clean );
		$this->assertDoesNotMatchRegularExpression( '/\bon\w+=|steal/i', $clean );
	}

	public function test_removes_script_urls(): void {
		$this->assertSame( '<a>x</a>', Content_Sanitizer::clean( '<a href="javascript:alert(1)">x</a>' ) );
		$this->assertSame( '<a>x</a>', Content_Sanitizer::clean( '<a href=" JaVa&#x09;Script:alert(1)">x</a>' ) );
		$this->assertSame( '<a>x</a>', Content_Sanitizer::clean( '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>' ) );
		$this->assertSame( '<a href="/relative">x</a>', Content_Sanitizer::clean( '<a href="/relative">x</a>' ) );
	}

	public function test_removes_script_in_style_attributes(): void {
		$this->assertSame( '<p>x</p>', Content_Sanitizer::clean( '<p style="width: expression(alert(1))">x</p>' ) );
	}
}

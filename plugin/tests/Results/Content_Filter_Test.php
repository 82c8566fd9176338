<?php
/**
 * Filtering keeps every block the cloud writes.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Results;

use Igny8\Automation\Block_Validator;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\Support\Cloud_Output_Assertions;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';
require_once dirname( __DIR__ ) . '/Support/Cloud_Output_Assertions.php';

/**
 * A clean article with every block the Worker produces and the plugin's own blocks, as WordPress 6.8
 * saves them, delivered with and without a user: the same blocks with the same attributes come out,
 * including attributes holding "--" (which kses collapses inside HTML comments) and markup characters.
 */
final class Content_Filter_Test extends TestCase {

	use Cloud_Fixtures;
	use Cloud_Output_Assertions;

	/**
	 * The article, one block per entry.
	 *
	 * @return string[]
	 */
	private static function article(): array {
		return array(
			"<!-- wp:paragraph -->\n<p>Compost with <strong>greens</strong>, <em>browns</em> and <a href=\"https://example.com/guide?a=1&amp;b=2\" target=\"_blank\" rel=\"noreferrer noopener\">a guide</a>.</p>\n<!-- /wp:paragraph -->",
			"<!-- wp:paragraph {\"className\":\"is-style--lead\",\"style\":{\"typography\":{\"fontSize\":\"1.2rem\"}}} -->\n<p class=\"is-style--lead\" style=\"font-size:1.2rem\">Lead -- with dashes &amp; ampersands.</p>\n<!-- /wp:paragraph -->",
			"<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">Why compost?</h2>\n<!-- /wp:heading -->",
			"<!-- wp:heading {\"level\":3} -->\n<h3 class=\"wp-block-heading\">Less waste</h3>\n<!-- /wp:heading -->",
			"<!-- wp:list {\"ordered\":true} -->\n<ol class=\"wp-block-list\"><!-- wp:list-item -->\n<li>Collect scraps<!-- wp:list -->\n<ul class=\"wp-block-list\"><!-- wp:list-item -->\n<li>Peels</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list --></li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>Turn weekly</li>\n<!-- /wp:list-item --></ol>\n<!-- /wp:list -->",
			"<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>Soil is the foundation.</p>\n<!-- /wp:paragraph --><cite>A gardener</cite></blockquote>\n<!-- /wp:quote -->",
			"<!-- wp:table -->\n<figure class=\"wp-block-table\"><table class=\"has-fixed-layout\"><thead><tr><th>Green</th><th>Brown</th></tr></thead><tbody><tr><td>Peels</td><td>Leaves</td></tr></tbody></table><figcaption class=\"wp-element-caption\">Balance both</figcaption></figure>\n<!-- /wp:table -->",
			"<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"https://example.com/heap.png\" alt=\"A compost heap\"/><figcaption class=\"wp-element-caption\">The heap</figcaption></figure>\n<!-- /wp:image -->",
			"<!-- wp:image {\"id\":12,\"sizeSlug\":\"large\",\"linkDestination\":\"none\"} -->\n<figure class=\"wp-block-image size-large\"><img src=\"https://example.com/bin.png\" alt=\"A bin\" class=\"wp-image-12\"/></figure>\n<!-- /wp:image -->",
			"<!-- wp:details -->\n<details class=\"wp-block-details\"><summary>How long does it take?</summary><!-- wp:paragraph -->\n<p>Two to six months.</p>\n<!-- /wp:paragraph --></details>\n<!-- /wp:details -->",
			"<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>if ( heat &lt; 40 ) { turn(); }</code></pre>\n<!-- /wp:code -->",
			"<!-- wp:separator -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>\n<!-- /wp:separator -->",
			"<!-- wp:igny8/faq -->\n<div class=\"wp-block-igny8-faq\"><h2 class=\"wp-block-igny8-faq__heading\">Questions</h2><div class=\"wp-block-igny8-faq__item\"><h3 class=\"wp-block-igny8-faq__question\">Does it smell?</h3><p class=\"wp-block-igny8-faq__answer\">Not when balanced.</p></div></div>\n<!-- /wp:igny8/faq -->",
			"<!-- wp:igny8/key-takeaways {\"headingLevel\":3,\"ordered\":true} -->\n<div class=\"wp-block-igny8-key-takeaways\"><h3 class=\"wp-block-igny8-key-takeaways__heading\">Key takeaways</h3><ol class=\"wp-block-igny8-key-takeaways__list\"><li>Balance greens and browns</li><li>Turn the heap</li></ol></div>\n<!-- /wp:igny8/key-takeaways -->",
			"<!-- wp:igny8/related-articles {\"heading\":\"Keep reading -- more on compost\",\"count\":4} /-->",
		);
	}

	/**
	 * @dataProvider current_users
	 */
	public function test_every_block_and_attribute_survives_the_filtering( string $role ): void {
		$this->connect_site();
		$sent = implode( "\n\n", self::article() );
		$job  = self::completed_job( 'job_clean', $this->create_task() );
		$job['result']['content_blocks'] = $sent;
		$this->log_in_as( $role );
		$body = self::delivery_body( $job );

		$post_id = (int) $this->rest( 'POST', '/igny8/v1/deliveries', $body, $this->delivery_headers( $body, 'job_clean' ) )->get_data()['post_id'];

		$stored = (string) get_post_field( 'post_content', $post_id, 'raw' );
		$this->assertSame( self::block_tree( $sent ), self::block_tree( $stored ) );
		$this->assertSame( 'Keep reading -- more on compost', self::block_tree( $stored )[14][1]['heading'] );
		foreach ( array( 'href="https://example.com/guide?a=1&amp;b=2"', 'target="_blank"', 'class="is-style--lead" style="font-size:1.2rem"', 'Lead -- with dashes &amp; ampersands.', '<cite>A gardener</cite>', '<th>Green</th>', 'src="https://example.com/heap.png" alt="A compost heap"', 'class="wp-image-12"', '<summary>How long does it take?</summary>', '<code>if ( heat &lt; 40 ) { turn(); }</code>', 'class="wp-block-separator has-alpha-channel-opacity"', '<p class="wp-block-igny8-faq__answer">Not when balanced.</p>', '<li>Turn the heap</li>' ) as $kept ) {
			$this->assertStringContainsString( $kept, $stored );
		}
		$this->assertSame( array(), Block_Validator::problems( $stored ) );
		$this->assert_nothing_executable( $stored );
	}
}

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
 * saves them (Support/fixtures/all-blocks.html, which the cloud-writes e2e spec opens in the editor),
 * delivered with and without a user: the same blocks with the same attributes come out, including
 * attributes holding "--", which kses collapses inside HTML comments.
 */
final class Content_Filter_Test extends TestCase {

	use Cloud_Fixtures;
	use Cloud_Output_Assertions;

	/**
	 * @dataProvider current_users
	 */
	public function test_every_block_and_attribute_survives_the_filtering( string $role ): void {
		$this->connect_site();
		$sent = trim( (string) file_get_contents( dirname( __DIR__ ) . '/Support/fixtures/all-blocks.html' ) );
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

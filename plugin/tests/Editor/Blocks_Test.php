<?php
/**
 * FAQ JSON-LD and the related articles block.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Editor;

use Igny8\Blocks\Faq_Schema;
use Igny8\Blocks\Related_Articles;
use Igny8\Tests\TestCase;

/**
 * The FAQ block carries FAQPage JSON-LD read from its markup; related articles list the
 * cluster's published posts from a cache that a save in the cluster refreshes.
 */
final class Blocks_Test extends TestCase {


	public function test_faq_block_renders_valid_faqpage_json_ld(): void {
		$html = '<!-- wp:igny8/faq --><div class="wp-block-igny8-faq"><h2 class="wp-block-igny8-faq__heading">FAQ</h2>'
			. '<div class="wp-block-igny8-faq__item"><h3 class="wp-block-igny8-faq__question">Is &lt;compost&gt; safe?</h3><p class="wp-block-igny8-faq__answer">Yes, <strong>mostly</strong> &amp; simply.</p></div>'
			. '<div class="wp-block-igny8-faq__item"><h3 class="wp-block-igny8-faq__question">How long?</h3><p class="wp-block-igny8-faq__answer">Two months.</p></div>'
			. '</div><!-- /wp:igny8/faq -->';

		$rendered = do_blocks( $html );

		$this->assertSame( 1, preg_match( '#<script type="application/ld\+json">(.*?)</script>#s', $rendered, $match ) );
		$this->assertStringNotContainsString( '<compost>', $match[1] );
		$data = json_decode( $match[1], true );
		$this->assertSame( 'FAQPage', $data['@type'] );
		$this->assertSame( 'https://schema.org', $data['@context'] );
		$this->assertSame(
			array(
				array(
					'@type'          => 'Question',
					'name'           => 'Is <compost> safe?',
					'acceptedAnswer' => array(
						'@type' => 'Answer',
						'text'  => 'Yes, mostly & simply.',
					),
				),
				array(
					'@type'          => 'Question',
					'name'           => 'How long?',
					'acceptedAnswer' => array(
						'@type' => 'Answer',
						'text'  => 'Two months.',
					),
				),
			),
			$data['mainEntity']
		);
		$this->assertSame( array(), Faq_Schema::pairs( '<div class="wp-block-igny8-faq"></div>' ) );
	}

	public function test_related_articles_lists_the_cluster_and_refreshes_on_save(): void {
		$clusters = new \Igny8\Storage\Clusters_Repository();
		$tasks    = new \Igny8\Storage\Tasks_Repository();
		$cluster  = (int) $clusters->insert( array( 'name' => 'Compost ' . wp_generate_uuid4() ) );
		$other    = (int) $clusters->insert( array( 'name' => 'Other ' . wp_generate_uuid4() ) );
		$post_in  = function ( int $cluster_id, string $title, string $status = 'publish' ) use ( $tasks ): int {
			$task = (int) $tasks->insert( array( 'title' => $title ) );
			$tasks->update( $task, array( 'cluster_id' => $cluster_id ) );
			return $this->create_post(
				array(
					'post_title'  => $title,
					'post_status' => $status,
					'meta_input'  => array( '_igny8_task_id' => $task ),
				)
			);
		};
		$current = $post_in( $cluster, 'Current' );
		$post_in( $cluster, 'Sibling A' );
		$post_in( $cluster, 'Draft sibling', 'draft' );
		$post_in( $other, 'Elsewhere' );
		( new Related_Articles() )->init();

		$html = Related_Articles::render( $current, array( 'count' => 5 ) );
		$this->assertStringContainsString( 'Sibling A', $html );
		$this->assertStringNotContainsString( '>Current<', $html );
		$this->assertStringNotContainsString( 'Draft sibling', $html );
		$this->assertStringNotContainsString( 'Elsewhere', $html );

		$post_in( $cluster, 'Sibling B' );
		$this->assertStringContainsString( 'Sibling B', Related_Articles::render( $current, array( 'count' => 5 ) ), 'a save in the cluster drops its cache' );
		$this->assertSame( 1, substr_count( Related_Articles::render( $current, array( 'count' => 1 ) ), '<li>' ) );
	}

	public function test_block_editor_scripts_print_in_the_footer(): void {
		$handles = array();
		foreach ( \WP_Block_Type_Registry::get_instance()->get_all_registered() as $name => $block_type ) {
			if ( 0 === strpos( $name, 'igny8/' ) ) {
				$handles = array_merge( $handles, $block_type->editor_script_handles );
			}
		}

		$this->assertCount( 3, $handles, 'faq, key-takeaways and related-articles each have an editor script' );
		foreach ( $handles as $handle ) {
			// In the head, a block script would take React and the editor's packages there with it.
			$this->assertSame( 1, wp_scripts()->get_data( $handle, 'group' ), $handle );
		}
	}
}

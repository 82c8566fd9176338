<?php
/**
 * The optimiser rewrites text segments and every block survives.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Actions;

use Igny8\Actions\Optimize_Content\Rebuild;
use Igny8\Actions\Optimize_Content\Segments;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\Support\Cloud_Output_Assertions;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';
require_once dirname( __DIR__ ) . '/Support/Cloud_Output_Assertions.php';

/**
 * A post with every IGNY8 block and the common core blocks (Support/fixtures/optimizer-blocks.html, the
 * optimizer-blocks e2e spec's post) goes to the model as segments only and comes back with the same blocks.
 */
final class Optimize_Content_Blocks_Test extends TestCase {

	use Cloud_Fixtures;
	use Cloud_Output_Assertions;

	public function test_the_model_gets_only_the_text_of_text_blocks_never_their_structure(): void {
		$this->connect_site();
		$post_id = $this->fixture_post();
		$this->fake_cloud( static fn (): array => array( 202, self::ok( array( 'job' => array( 'id' => 'job_seg', 'status' => 'queued' ) ) ) ) );
		$this->as_user( $this->create_user( 'editor' ) );

		$started = $this->rest( 'POST', '/igny8/v1/writer/content/optimize', array( 'ids' => array( $post_id ) ) );

		$this->assertSame( 202, $started->get_status(), (string) wp_json_encode( $started->get_data() ) );
		$body = $this->cloud_requests[0]['body'];
		$this->assertArrayNotHasKey( 'content_html', $body['input'] );
		$this->assertSame( md5( get_post( $post_id )->post_content ), $body['reference']['content_hash'] );
		$by_kind = array();
		foreach ( $body['input']['segments'] as $segment ) {
			$this->assertSame( array( 'id', 'kind', 'html' ), array_keys( $segment ) );
			$by_kind[ $segment['kind'] ][] = $segment['html'];
		}
		$this->assertSame( array( 'Questions' ), $by_kind['faq_heading'] );
		$this->assertSame( array( 'Does it smell?' ), $by_kind['faq_question'] );
		$this->assertSame( array( 'Not when balanced.' ), $by_kind['faq_answer'] );
		$this->assertSame( array( 'Key takeaways' ), $by_kind['takeaways_heading'] );
		$this->assertSame( array( 'Balance greens and browns', 'Turn the heap' ), $by_kind['takeaway'] );
		$this->assertSame( array( 'Collect scraps', 'Peels', 'Turn weekly' ), $by_kind['li'] );
		$this->assertSame( array( 'How long does it take?' ), $by_kind['summary'] );
		$this->assertSame( array( 'Why compost?' ), $by_kind['h2'] );
		$this->assertSame( array( 'Less waste', 'Hot composting' ), $by_kind['h3'] );
		// Paragraphs at the top, inside the quote, the details and both columns, in reading order.
		$this->assertCount( 6, $by_kind['p'] );
		$this->assertSame( array( 'Soil is the foundation.', 'Two to six months.', 'Hot heaps finish in weeks.', 'Cold heaps need no turning.' ), array_slice( $by_kind['p'], 2 ) );
		$sent = (string) wp_json_encode( $body['input'] );
		foreach ( array( 'wp:', 'heap.png', 'Compare compost bins', 'Heap size calculator', 'youtube', 'Keep reading', 'Leaves', 'A gardener', 'The heap', 'turn()' ) as $held_back ) {
			$this->assertStringNotContainsString( $held_back, $sent, 'never shown to the model' );
		}
	}

	public function test_a_post_without_text_blocks_is_refused_before_any_job(): void {
		$this->connect_site();
		$post_id = $this->create_post( array( 'post_content' => "<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"https://example.com/a.png\" alt=\"\"/></figure>\n<!-- /wp:image -->" ) );
		$this->fake_cloud( static fn (): array => array( 500, array() ) );
		$this->as_user( $this->create_user( 'editor' ) );

		$response = $this->rest( 'POST', '/igny8/v1/writer/content/optimize', array( 'ids' => array( $post_id ) ) );

		$this->assert_rest_error( 'igny8_nothing_to_optimize', 422, $response );
		$this->assertSame( array(), $this->cloud_requests );
	}

	/**
	 * @dataProvider current_users
	 */
	public function test_applying_the_optimised_version_keeps_every_block_in_place( string $role ): void {
		$this->connect_site();
		$post_id = $this->fixture_post();
		$before  = get_post( $post_id )->post_content;
		$this->log_in_as( $role );
		$segments  = Segments::of( parse_blocks( $before ) );
		$rewritten = array_map(
			static fn ( array $segment ): array => array(
				'id'   => $segment['id'],
				'html' => $segment['html'] . ' <strong>Better</strong>.',
			),
			$segments
		);
		$answer    = $this->segment_of( $segments, 'faq_answer' );
		$inserted  = array(
			array(
				'after' => 's1',
				'tag'   => 'h2',
				'html'  => 'Compost in <em>short</em>',
			),
			array(
				'after' => 's1',
				'tag'   => 'p',
				'html'  => 'Start with a heap.',
			),
			array(
				'after' => $answer,
				'tag'   => 'h3',
				'html'  => 'After the questions',
			),
		);

		$data = $this->deliver( $post_id, $before, $rewritten, $inserted );

		$this->assertSame( $before, get_post( $post_id )->post_content, 'the post waits for the editor' );
		$this->assertGreaterThan( 0, (int) $data['revision_id'], (string) wp_json_encode( $data ) );
		$this->as_user( $this->create_user( 'editor' ) );
		$restored = $this->rest( 'POST', "/igny8/v1/optimizer/posts/{$post_id}/restore", array( 'revision_id' => (int) $data['revision_id'] ) );
		$this->assertSame( 200, $restored->get_status() );
		$after = get_post( $post_id )->post_content;

		$tree     = self::block_tree( $before );
		$expected = array_merge(
			array( $tree[0], array( 'core/heading', array(), array() ), array( 'core/paragraph', array(), array() ) ),
			array_slice( $tree, 1, 12 ),
			array( array( 'core/heading', array( 'level' => 3 ), array() ) ),
			array_slice( $tree, 13 )
		);
		$this->assertSame( 'igny8/faq', $tree[12][0] );
		$this->assertSame( $expected, self::block_tree( $after ) );
		foreach ( $segments as $segment ) {
			$this->assertStringContainsString( '>' . $segment['html'] . ' <strong>Better</strong>.', $after, $segment['id'] );
		}
		$this->assertStringContainsString( "<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">Compost in <em>short</em></h2>\n<!-- /wp:heading -->", $after );
		$this->assertStringContainsString( '<p class="wp-block-igny8-faq__answer">Not when balanced. <strong>Better</strong>.</p>', $after );
		$this->assertStringContainsString( '<li>Turn the heap <strong>Better</strong>.</li></ol>', $after );
		// Blocks without text segments are byte for byte what they were.
		foreach ( array( 'wp:image {"id":12', 'wp:table', 'wp:code', 'wp:separator', 'wp:buttons', 'wp:html', 'wp:embed' ) as $opener ) {
			$this->assertSame( $this->block_source( $before, $opener ), $this->block_source( $after, $opener ), $opener );
		}
		$this->assertSame( 1, preg_match( '~<!-- wp:igny8/related-articles [^>]*/-->~', $before, $related ) );
		$this->assertStringContainsString( $related[0], $after );
		$this->assert_nothing_executable( $after );
	}

	public function test_a_result_that_changes_nothing_rebuilds_the_same_markup(): void {
		$post_id = $this->fixture_post();
		$content = get_post( $post_id )->post_content;

		$this->assertSame( $content, Rebuild::content( $content, array(), array() ) );
	}

	/**
	 * Results the post must refuse, whatever the Worker let through.
	 *
	 * @return array<string, array{0: array<int, mixed>, 1: array<int, mixed>}>
	 */
	public function hostile_results(): array {
		$rewrite = static fn ( string $id, $html ): array => array(
			array(
				'id'   => $id,
				'html' => $html,
			),
		);
		return array(
			'an unknown id'               => array( $rewrite( 's999', 'Text.' ), array() ),
			'a block delimiter'           => array( $rewrite( 's1', 'A<!-- /wp:paragraph --><!-- wp:html --><script>alert(1)</script>' ), array() ),
			'block-level markup'          => array( $rewrite( 's1', '<p>Two</p><p>paragraphs</p>' ), array() ),
			'an image'                    => array( $rewrite( 's1', 'Look <img src="https://evil.test/x.png">' ), array() ),
			'a script'                    => array( $rewrite( 's1', 'Hi <script>alert(1)</script>' ), array() ),
			'an event handler'            => array( $rewrite( 's1', '<a href="https://a.test" onclick="alert(1)">x</a>' ), array() ),
			'an empty FAQ answer'         => array( $rewrite( 'faq_answer', ' <strong> </strong>&nbsp;' ), array() ),
			'not a string'                => array( $rewrite( 's1', array( 'x' ) ), array() ),
			'the same segment twice'      => array( array_merge( $rewrite( 's1', 'A.' ), $rewrite( 's1', 'B.' ) ), array() ),
			'an insertion of a list'      => array(
				array(),
				array(
					array(
						'after' => 's1',
						'tag'   => 'ul',
						'html'  => 'x',
					),
				),
			),
			'an insertion after no block' => array(
				array(),
				array(
					array(
						'after' => 's0',
						'tag'   => 'p',
						'html'  => 'x',
					),
				),
			),
		);
	}

	/**
	 * @dataProvider hostile_results
	 *
	 * @param array<int, mixed> $rewritten Rewrites.
	 * @param array<int, mixed> $inserted  Insertions.
	 */
	public function test_a_hostile_result_is_refused_and_the_post_keeps_no_revision_of_it( array $rewritten, array $inserted ): void {
		$this->connect_site();
		$post_id = $this->fixture_post();
		$before  = get_post( $post_id )->post_content;
		// 'faq_answer' stands for the FAQ answer's id.
		$answer    = array_column( Segments::of( parse_blocks( $before ) ), 'id', 'kind' )['faq_answer'];
		$rewritten = array_map( static fn ( $item ) => is_array( $item ) && 'faq_answer' === ( $item['id'] ?? '' ) ? array_merge( $item, array( 'id' => $answer ) ) : $item, $rewritten );
		$revisions = count( wp_get_post_revisions( $post_id ) );

		$data = $this->deliver( $post_id, $before, $rewritten, $inserted );

		$this->assertNull( $data['revision_id'] );
		$this->assertStringStartsWith( 'The optimised version was not saved because', (string) $data['refused'] );
		$this->assertSame( $before, get_post( $post_id )->post_content );
		$this->assertCount( $revisions, wp_get_post_revisions( $post_id ) );
		$this->assertSame( '', get_post_meta( $post_id, '_igny8_optimized_revision', true ) );
		$this->as_user( $this->create_user( 'editor' ) );
		$info = $this->rest( 'GET', "/igny8/v1/optimizer/posts/{$post_id}/revisions" )->get_data();
		$this->assertSame( $data['refused'], $info['refused'], 'the Optimizer screen says why' );
	}

	public function test_a_result_for_a_post_that_changed_since_is_refused(): void {
		$this->connect_site();
		$post_id = $this->fixture_post();
		$started = get_post( $post_id )->post_content;
		wp_update_post(
			array(
				'ID'           => $post_id,
				'post_content' => "<!-- wp:paragraph -->\n<p>Rewritten by hand.</p>\n<!-- /wp:paragraph -->",
			)
		);

		$data = $this->deliver( $post_id, $started, array( array( 'id' => 's1', 'html' => 'New.' ) ), array() );

		$this->assertNull( $data['revision_id'] );
		$this->assertStringContainsString( 'the post changed', (string) $data['refused'] );
		$this->assertStringContainsString( 'Rewritten by hand.', get_post( $post_id )->post_content );
	}

	/**
	 * The fixture post, stored as a person without unfiltered_html would store it.
	 */
	private function fixture_post(): int {
		$this->as_user( 0 );
		$markup = trim( (string) file_get_contents( dirname( __DIR__ ) . '/Support/fixtures/optimizer-blocks.html' ) );
		return $this->create_post(
			array(
				'post_title'   => 'Compost',
				'post_content' => wp_slash( $markup ),
			)
		);
	}

	/**
	 * The id of the first segment of a kind.
	 *
	 * @param array<int, array<string, mixed>> $segments Segments.
	 * @param string                           $kind     Kind.
	 */
	private function segment_of( array $segments, string $kind ): string {
		return (string) array_column( $segments, 'id', 'kind' )[ $kind ];
	}

	/**
	 * A top-level block's markup, from its opening comment to its closing one.
	 *
	 * @param string $content Post content.
	 * @param string $opener  The start of its opening comment, after "<!-- ".
	 */
	private function block_source( string $content, string $opener ): string {
		$start = strpos( $content, '<!-- ' . $opener );
		$this->assertNotFalse( $start, $opener );
		$name = explode( ' ', $opener )[0];
		$end  = strpos( $content, '<!-- /' . $name . ' -->', (int) $start );
		return substr( $content, (int) $start, (int) $end - (int) $start );
	}

	/**
	 * Delivers a completed optimize_content job for a post and returns the response data.
	 *
	 * @param int               $post_id   Post.
	 * @param string            $content   The content the job started from.
	 * @param array<int, mixed> $rewritten Rewritten segments.
	 * @param array<int, mixed> $inserted  Added blocks.
	 * @return array<string, mixed>
	 */
	private function deliver( int $post_id, string $content, array $rewritten, array $inserted ): array {
		$job_id = 'job_' . wp_generate_uuid4();
		$body   = (string) wp_json_encode(
			array(
				'job_id'    => $job_id,
				'function'  => 'optimize_content',
				'status'    => 'completed',
				'reference' => array(
					'post_id'      => $post_id,
					'content_hash' => md5( $content ),
				),
				'result'    => array(
					'title'            => 'Compost, optimised',
					'meta_title'       => 'Compost',
					'meta_description' => 'How to compost.',
					'segments'         => $rewritten,
					'inserted'         => $inserted,
					'changes'          => array( 'Tightened the text.' ),
				),
			)
		);
		return (array) $this->rest( 'POST', '/igny8/v1/deliveries', $body, $this->delivery_headers( $body, $job_id ) )->get_data();
	}
}

<?php
/**
 * Undo takes back only what one change did.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Editor;

use Igny8\Tests\TestCase;

/**
 * An older change is undone without touching later ones (links, an optimiser's section); a change
 * whose blocks later changes touched is refused with their names; a published post changes only
 * once the editor confirms; an undo is itself an entry that can be undone.
 */
final class Provenance_Undo_Test extends TestCase {

	private static function p( string $text ): string {
		return "<!-- wp:paragraph -->\n<p>{$text}</p>\n<!-- /wp:paragraph -->";
	}

	private static function doc( string ...$blocks ): string {
		return implode( "\n\n", $blocks );
	}

	/** Records a content change made in the editor and saves its result, as the editor does. */
	private function change( int $post, string $function, string $summary, string $after ): string {
		$before   = (string) get_post_field( 'post_content', $post, 'raw' );
		$recorded = $this->rest(
			'POST',
			'/igny8/v1/editor/provenance',
			array(
				'post_id' => $post,
				'entry'   => array(
					'function'       => $function,
					'kind'           => 'content',
					'summary'        => $summary,
					'before_content' => $before,
					'after_content'  => $after,
				),
			)
		);
		$this->assertSame( 200, $recorded->get_status(), wp_json_encode( $recorded->get_data() ) );
		wp_update_post( array( 'ID' => $post, 'post_content' => wp_slash( $after ) ) );
		return (string) $recorded->get_data()['id'];
	}

	private function undo( int $post, string $id, bool $confirm = false ): \WP_REST_Response {
		return $this->rest( 'POST', '/igny8/v1/editor/provenance/undo', array( 'post_id' => $post, 'id' => $id, 'confirm' => $confirm ) );
	}

	private function content( int $post ): string {
		return (string) get_post_field( 'post_content', $post, 'raw' );
	}

	public function test_undoing_an_older_change_on_a_published_post_asks_first_then_keeps_later_links_and_sections(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$post      = $this->create_post( array( 'post_content' => self::doc( self::p( 'Intro' ), self::p( 'Shoes matter.' ), self::p( 'End' ) ) ) );
		$takeaways = $this->change( $post, 'fill_takeaways', 'Filled key takeaways with 4 points', self::doc( self::p( 'Intro' ), self::p( 'Shoes matter.' ), self::p( 'Takeaways' ), self::p( 'End' ) ) );
		$this->change( $post, 'insert_links', 'Inserted 1 internal links', self::doc( self::p( 'Intro' ), self::p( '<a href="/shoes">Shoes</a> matter.' ), self::p( 'Takeaways' ), self::p( 'End' ) ) );
		// The optimiser's section, restored from its revision by hand (not an IGNY8 entry).
		wp_update_post( array( 'ID' => $post, 'post_content' => wp_slash( self::doc( self::p( 'Intro' ), self::p( '<a href="/shoes">Shoes</a> matter.' ), self::p( 'Takeaways' ), self::p( 'Optimiser section' ), self::p( 'End' ) ) ) ) );
		$live = $this->content( $post );

		$asked = $this->undo( $post, $takeaways );

		$this->assert_rest_error( 'igny8_undo_needs_confirmation', 409, $asked );
		$this->assertStringContainsString( 'Filled key takeaways with 4 points', $asked->get_data()['message'] );
		$this->assertSame( 1, $asked->get_data()['data']['changed'] );
		$this->assertSame( $live, $this->content( $post ), 'nothing changes before the editor confirms' );

		$undone = $this->undo( $post, $takeaways, true );

		$this->assertSame( 200, $undone->get_status(), wp_json_encode( $undone->get_data() ) );
		$this->assertSame( self::doc( self::p( 'Intro' ), self::p( '<a href="/shoes">Shoes</a> matter.' ), self::p( 'Optimiser section' ), self::p( 'End' ) ), $this->content( $post ) );
		$this->assertSame( $this->content( $post ), $undone->get_data()['content'] );
	}

	public function test_a_change_whose_blocks_a_later_change_touched_is_refused_naming_that_change(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$post    = $this->create_post( array( 'post_status' => 'draft', 'post_content' => self::doc( self::p( 'Intro' ), self::p( 'Buy shoes.' ) ) ) );
		$rewrite = $this->change( $post, 'rewrite', 'Rewrote the selection (simplify)', self::doc( self::p( 'Intro' ), self::p( 'Get trail shoes.' ) ) );
		$this->change( $post, 'insert_links', 'Inserted 1 internal links', self::doc( self::p( 'Intro' ), self::p( 'Get <a href="/shoes">trail shoes</a>.' ) ) );
		$before = $this->content( $post );

		$refused = $this->undo( $post, $rewrite );

		$this->assert_rest_error( 'igny8_undo_conflict', 409, $refused );
		$this->assertStringContainsString( '“Inserted 1 internal links”', $refused->get_data()['message'] );
		$this->assertSame( array( 'insert_links' ), array_column( $refused->get_data()['data']['blocking'], 'function' ) );
		$this->assertSame( $before, $this->content( $post ) );

		// A hand edit to the same block is refused too, without naming an entry.
		$other = $this->create_post( array( 'post_status' => 'draft', 'post_content' => self::p( 'One' ) ) );
		$entry = $this->change( $other, 'rewrite', 'Rewrote', self::p( 'Two' ) );
		wp_update_post( array( 'ID' => $other, 'post_content' => self::p( 'Two, edited by hand' ) ) );
		$this->assert_rest_error( 'igny8_undo_conflict', 409, $this->undo( $other, $entry ) );
	}

	public function test_an_undo_is_recorded_and_can_itself_be_undone(): void {
		$user = $this->create_user( 'editor' );
		$this->as_user( $user );
		$post  = $this->create_post( array( 'post_status' => 'draft', 'post_content' => self::doc( self::p( 'Intro' ), self::p( 'End' ) ) ) );
		$faq   = $this->change( $post, 'generate_faq', 'Added an FAQ', self::doc( self::p( 'Intro' ), self::p( 'FAQ' ), self::p( 'End' ) ) );
		$after = $this->content( $post );

		$undone = $this->undo( $post, $faq );

		$this->assertSame( 200, $undone->get_status(), wp_json_encode( $undone->get_data() ) );
		$this->assertSame( self::doc( self::p( 'Intro' ), self::p( 'End' ) ), $this->content( $post ), 'a draft changes without confirmation' );
		$history = $this->rest( 'GET', '/igny8/v1/editor/provenance', array( 'post_id' => $post ) )->get_data();
		$this->assertSame( array( 'undo', 'generate_faq' ), array_column( $history, 'function' ) );
		$this->assertSame( array( $faq, 'Undid “Added an FAQ”', $user ), array( $history[0]['undoes'], $history[0]['summary'], $history[0]['user_id'] ) );
		$this->assertNotNull( $history[1]['undone_at'] );

		$redone = $this->undo( $post, $history[0]['id'] );

		$this->assertSame( 200, $redone->get_status(), wp_json_encode( $redone->get_data() ) );
		$this->assertSame( $after, $this->content( $post ) );
		$history = $this->rest( 'GET', '/igny8/v1/editor/provenance', array( 'post_id' => $post ) )->get_data();
		$this->assertSame( array( 'undo', 'undo', 'generate_faq' ), array_column( $history, 'function' ) );
		$this->assertSame( 'Redid “Added an FAQ”', $history[0]['summary'] );
		$this->assertNull( $history[2]['undone_at'], 'the FAQ is on the post again, so its entry can be undone again' );
		$this->assertSame( 200, $this->undo( $post, $faq )->get_status() );
		$this->assertSame( self::doc( self::p( 'Intro' ), self::p( 'End' ) ), $this->content( $post ) );
	}

	public function test_a_change_recorded_without_its_blocks_is_refused_with_the_revisions_screen_as_the_way(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$post = $this->create_post( array( 'post_status' => 'draft', 'post_content' => self::p( 'Now' ) ) );
		update_post_meta( $post, '_igny8_provenance', array( array( 'id' => '11111111-1111-4111-8111-111111111111', 'function' => 'rewrite', 'kind' => 'content', 'undo' => array( 'revision_id' => 1 ), 'undone_at' => null ) ) );

		$this->assert_rest_error( 'igny8_undo_unknown_change', 409, $this->undo( $post, '11111111-1111-4111-8111-111111111111' ) );
		$this->assertSame( self::p( 'Now' ), $this->content( $post ) );
	}
}

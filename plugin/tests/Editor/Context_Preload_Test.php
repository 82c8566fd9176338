<?php
/**
 * The post's context printed with the block editor's page.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Editor;

use Igny8\Editor\Context_Preload;
use Igny8\Tests\TestCase;

/**
 * The editor page carries the context route's own answer for the post being edited, and only
 * for a user who may edit that post and use the sidebar.
 */
final class Context_Preload_Test extends TestCase {

	private const HANDLE = 'igny8-context-preload-test';

	protected function setUp(): void {
		parent::setUp();
		wp_register_script( self::HANDLE, false, array(), '1', true );
	}

	protected function tearDown(): void {
		wp_deregister_script( self::HANDLE );
		parent::tearDown();
	}

	/**
	 * What was printed before the script, decoded; null when nothing was.
	 *
	 * @return array<string, mixed>|null
	 */
	private function printed(): ?array {
		// WP_Scripts keeps a leading `false` in a handle's inline data.
		$before = array_values( array_filter( (array) wp_scripts()->get_data( self::HANDLE, 'before' ) ) );
		if ( array() === $before ) {
			return null;
		}
		$this->assertCount( 1, $before );
		$this->assertSame( 1, preg_match( '/^window\.igny8EditorContext = (.*);$/s', (string) $before[0], $match ) );
		$data = json_decode( $match[1], true );
		$this->assertIsArray( $data );
		return $data;
	}

	public function test_prints_the_context_routes_answer_for_the_authors_own_post(): void {
		$author = $this->create_user( 'author' );
		$post   = $this->create_post(
			array(
				'post_author' => $author,
				'meta_input'  => array( '_igny8_target_keyword' => 'home composting' ),
			)
		);
		$this->as_user( $author );

		( new Context_Preload() )->attach( self::HANDLE, get_post( $post ) );

		$printed = $this->printed();
		$this->assertNotNull( $printed );
		$this->assertSame( $post, $printed['postId'] );
		$route = $this->rest( 'GET', '/igny8/v1/editor/context?post_id=' . $post );
		$this->assertSame( 200, $route->get_status() );
		$this->assertSame( json_decode( (string) wp_json_encode( $route->get_data() ), true ), $printed['context'] );
		$this->assertSame( 'home composting', $printed['context']['target_keyword'] );
	}

	public function test_prints_nothing_for_a_post_the_user_may_not_edit(): void {
		$owner  = $this->create_user( 'author' );
		$other  = $this->create_user( 'author' );
		$post   = $this->create_post( array( 'post_author' => $owner ) );
		$this->as_user( $other );

		( new Context_Preload() )->attach( self::HANDLE, get_post( $post ) );

		$this->assertNull( $this->printed() );
		$this->assertNull( Context_Preload::context_of( get_post( $post ) ) );
	}

	public function test_prints_nothing_for_a_user_without_the_sidebar(): void {
		// Contributors edit their own drafts but do not get igny8_write.
		$contributor = $this->create_user( 'contributor' );
		$post        = $this->create_post(
			array(
				'post_author' => $contributor,
				'post_status' => 'draft',
			)
		);
		$this->as_user( $contributor );
		$this->assertTrue( current_user_can( 'edit_post', $post ) );

		( new Context_Preload() )->attach( self::HANDLE, get_post( $post ) );

		$this->assertNull( $this->printed() );
	}

	public function test_prints_nothing_without_a_post(): void {
		$this->as_user( $this->create_user( 'administrator' ) );

		( new Context_Preload() )->attach( self::HANDLE, null );

		$this->assertNull( $this->printed() );
	}
}

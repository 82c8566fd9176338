<?php
/**
 * Applying the optimiser's meta title and description, and undoing it.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Optimizer;

use Igny8\Editor\Meta_Applier;
use Igny8\Tests\TestCase;

/**
 * POST optimizer/posts/{id}/apply-meta writes IGNY8's fields and, with Yoast SEO or Rank Math active
 * (the igny8_active_seo_plugin filter stands in for their constants), theirs; one undo through
 * editor/provenance/undo brings every earlier value back, SEO plugin fields included.
 */
final class Meta_Applier_Test extends TestCase {

	private const SUGGESTED = array(
		'meta_title'       => 'Composting at home: a beginner’s guide',
		'meta_description' => 'What goes in a compost bin, what stays out, and how long it takes.',
	);

	public function test_without_an_seo_plugin_the_igny8_fields_change_and_undo_puts_them_back(): void {
		$post_id = $this->optimised_post( array( '_igny8_meta_title' => 'Old title' ) );
		$this->as_user( $this->create_user( 'editor' ) );

		$before = $this->rest( 'GET', "/igny8/v1/optimizer/posts/{$post_id}/revisions" )->get_data();
		$this->assertSame( self::SUGGESTED, $before['suggested_meta'] );
		$this->assertSame( array( 'meta_title' => 'Old title', 'meta_description' => '' ), $before['current_meta'] );

		$applied = $this->rest( 'POST', "/igny8/v1/optimizer/posts/{$post_id}/apply-meta" );
		$this->assertSame( 200, $applied->get_status(), wp_json_encode( $applied->get_data() ) );
		$this->assertSame( array( self::SUGGESTED['meta_title'], self::SUGGESTED['meta_description'], '' ), array( $applied->get_data()['meta_title'], $applied->get_data()['meta_description'], $applied->get_data()['seo_plugin'] ) );
		$this->assertSame( self::SUGGESTED['meta_title'], get_post_meta( $post_id, '_igny8_meta_title', true ) );
		$this->assertSame( '', get_post_meta( $post_id, '_yoast_wpseo_title', true ), 'no SEO plugin field is written without the plugin' );

		$undo = $this->rest( 'POST', '/igny8/v1/editor/provenance/undo', array( 'post_id' => $post_id, 'id' => $applied->get_data()['entry']['id'], 'confirm' => true ) );
		$this->assertSame( 200, $undo->get_status(), wp_json_encode( $undo->get_data() ) );
		$this->assertSame( 'Old title', get_post_meta( $post_id, '_igny8_meta_title', true ) );
		$this->assertFalse( metadata_exists( 'post', $post_id, '_igny8_meta_description' ), 'a field that was empty is empty again' );
		$this->assert_rest_error( 'igny8_already_undone', 409, $this->rest( 'POST', '/igny8/v1/editor/provenance/undo', array( 'post_id' => $post_id, 'id' => $applied->get_data()['entry']['id'], 'confirm' => true ) ) );
	}

	/**
	 * @dataProvider seo_plugins
	 */
	public function test_with_an_seo_plugin_its_fields_change_too_and_undo_restores_its_own_values( string $plugin, string $title_key, string $description_key ): void {
		add_filter( 'igny8_active_seo_plugin', static fn (): string => $plugin );
		$post_id = $this->optimised_post(
			array(
				'_igny8_meta_title' => 'IGNY8 title',
				$title_key          => 'A title the editor wrote in the SEO plugin',
			)
		);
		$this->as_user( $this->create_user( 'editor' ) );

		$applied = $this->rest( 'POST', "/igny8/v1/optimizer/posts/{$post_id}/apply-meta" )->get_data();
		$this->assertSame( $plugin, $applied['seo_plugin'] );
		$this->assertSame( self::SUGGESTED['meta_title'], get_post_meta( $post_id, $title_key, true ) );
		$this->assertSame( self::SUGGESTED['meta_description'], get_post_meta( $post_id, $description_key, true ) );

		$this->rest( 'POST', '/igny8/v1/editor/provenance/undo', array( 'post_id' => $post_id, 'id' => $applied['entry']['id'], 'confirm' => true ) );
		$this->assertSame( 'IGNY8 title', get_post_meta( $post_id, '_igny8_meta_title', true ) );
		$this->assertSame( 'A title the editor wrote in the SEO plugin', get_post_meta( $post_id, $title_key, true ), 'the SEO plugin’s own earlier title, not a copy of IGNY8’s' );
		$this->assertFalse( metadata_exists( 'post', $post_id, $description_key ) );
	}

	/**
	 * @return array<string, array{string, string, string}>
	 */
	public function seo_plugins(): array {
		return array(
			'Yoast SEO' => array( 'yoast', '_yoast_wpseo_title', '_yoast_wpseo_metadesc' ),
			'Rank Math' => array( 'rank_math', 'rank_math_title', 'rank_math_description' ),
		);
	}

	public function test_nothing_to_apply_and_someone_elses_post_are_refused(): void {
		$owner   = $this->create_user( 'author' );
		$post_id = $this->optimised_post( array(), $owner );
		$this->as_user( $this->create_user( 'author' ) );
		$this->assertContains( $this->rest( 'POST', "/igny8/v1/optimizer/posts/{$post_id}/apply-meta" )->get_status(), array( 403, 404 ) );
		$this->assertSame( '', get_post_meta( $post_id, '_igny8_meta_title', true ) );

		$this->as_user( $this->create_user( 'editor' ) );
		$plain = $this->create_post( array( 'post_status' => 'draft' ) );
		$this->assert_rest_error( 'igny8_no_suggested_meta', 404, $this->rest( 'POST', "/igny8/v1/optimizer/posts/{$plain}/apply-meta" ) );
	}

	/**
	 * A draft whose optimisation left a meta suggestion, with some meta already set.
	 *
	 * @param array<string, string> $meta   Meta set before.
	 * @param int                   $author Author.
	 */
	private function optimised_post( array $meta, int $author = 0 ): int {
		$post_id = $this->create_post( array( 'post_status' => 'draft', 'post_author' => $author ? $author : 1 ) );
		foreach ( $meta as $key => $value ) {
			update_post_meta( $post_id, $key, $value );
		}
		update_post_meta( $post_id, Meta_Applier::SUGGESTED, wp_slash( (string) wp_json_encode( self::SUGGESTED ) ) );
		return $post_id;
	}
}

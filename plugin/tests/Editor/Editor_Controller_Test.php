<?php
/**
 * Editor tokens and the editor REST routes.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Editor;

use Igny8\Cloud\Connection;
use Igny8\Security\Secrets;
use Igny8\Tests\TestCase;

/**
 * The token is minted only for a post the user may edit, is signed with the webhook secret in
 * the Worker's scheme, lives 10 minutes and never contains the site API key.
 */
final class Editor_Controller_Test extends TestCase {


	private const SECRET  = 'whsec_editor_test';
	private const API_KEY = 'igny8_sk_editor_test_key';

	private function connect(): void {
		update_option(
			Connection::OPTION,
			array(
				'cloud_url' => 'http://127.0.0.1:9',
				'site_id'   => 'site-1234',
			)
		);
		Secrets::store( Secrets::API_KEY, self::API_KEY );
		Secrets::store( Secrets::WEBHOOK_SECRET, self::SECRET );
	}

	public function test_mints_a_signed_ten_minute_token_for_an_editable_post(): void {
		$this->connect();
		$author = $this->create_user( 'author' );
		$post   = $this->create_post( array( 'post_author' => $author ) );
		$this->as_user( $author );

		$response = $this->rest( 'POST', '/igny8/v1/editor/token', array( 'post_id' => $post, 'scope' => 'rewrite' ) );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( 'http://127.0.0.1:9/api/v1/ai/editor/site-1234/rewrite', $data['endpoint'] );
		list( $payload, $signature ) = explode( '.', $data['token'] );
		$this->assertSame( hash_hmac( 'sha256', 'igny8-editor.v1.' . $payload, self::SECRET ), $signature );
		$claims = json_decode( base64_decode( strtr( $payload, '-_', '+/' ) ), true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode
		$this->assertSame( array( 'site', 'user', 'post', 'scope', 'iat', 'exp', 'jti' ), array_keys( $claims ) );
		$this->assertSame( array( 'site-1234', $author, $post, 'rewrite' ), array( $claims['site'], $claims['user'], $claims['post'], $claims['scope'] ) );
		$this->assertSame( 600, $claims['exp'] - $claims['iat'] );
		$this->assertStringNotContainsString( self::API_KEY, (string) wp_json_encode( $data ) );
	}

	public function test_mints_a_token_for_the_key_takeaways_action(): void {
		$this->connect();
		$post = $this->create_post();
		$this->as_user( $this->create_user( 'administrator' ) );

		$response = $this->rest( 'POST', '/igny8/v1/editor/token', array( 'post_id' => $post, 'scope' => 'takeaways' ) );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( 'http://127.0.0.1:9/api/v1/ai/editor/site-1234/takeaways', $data['endpoint'] );
		list( $payload ) = explode( '.', $data['token'] );
		$claims = json_decode( base64_decode( strtr( $payload, '-_', '+/' ) ), true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode
		$this->assertSame( 'takeaways', $claims['scope'] );
	}

	public function test_the_token_carries_the_site_language_and_author_profile_each_action_takes(): void {
		$this->connect();
		$profile = \Igny8\System\Prompts::save_profile(
			array(
				'name'         => 'Shop voice',
				'tone'         => 'playful',
				'banned_words' => array( 'cheap' ),
			)
		);
		update_option(
			\Igny8\System\Settings::OPTION,
			array(
				'language'               => 'fr_FR',
				'default_author_profile' => $profile['id'],
			)
		);
		$post = $this->create_post();
		$this->as_user( $this->create_user( 'administrator' ) );

		foreach ( array( 'rewrite', 'meta', 'faq', 'takeaways' ) as $scope ) {
			$context = (array) $this->rest( 'POST', '/igny8/v1/editor/token', array( 'post_id' => $post, 'scope' => $scope ) )->get_data()['context'];
			$this->assertSame( array( 'language', 'author_profile' ), array_keys( $context ), $scope );
			$this->assertSame( 'fr_FR', $context['language'], $scope );
			$this->assertSame( 'playful', $context['author_profile']['tone'], $scope );
			$this->assertSame( array( 'cheap' ), $context['author_profile']['banned_words'], $scope );
			$this->assertArrayNotHasKey( 'id', $context['author_profile'], 'The profile travels without its local id.' );
		}
	}

	public function test_refuses_a_post_the_user_cannot_edit_and_an_unknown_scope(): void {
		$this->connect();
		$other = $this->create_post( array( 'post_author' => $this->create_user( 'editor' ) ) );
		$this->as_user( $this->create_user( 'author' ) );

		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'POST', '/igny8/v1/editor/token', array( 'post_id' => $other, 'scope' => 'meta' ) ) );
		$this->assert_rest_error( 'igny8_post_not_found', 404, $this->rest( 'POST', '/igny8/v1/editor/token', array( 'post_id' => 999999, 'scope' => 'meta' ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'POST', '/igny8/v1/editor/token', array( 'post_id' => $other, 'scope' => 'publish' ) ) );
	}

	public function test_a_disconnected_site_gets_an_actionable_error(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$post = $this->create_post();

		$this->assert_rest_error( 'igny8_not_connected', 409, $this->rest( 'POST', '/igny8/v1/editor/token', array( 'post_id' => $post, 'scope' => 'faq' ) ) );
	}

	public function test_context_defaults_the_target_keyword_to_the_task_keyword(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$tasks   = new \Igny8\Storage\Tasks_Repository();
		$task_id = $tasks->insert(
			array(
				'title'    => 'Composting',
				'keywords' => array( 'home composting', 'compost bin' ),
			)
		);
		$post    = $this->create_post( array( 'meta_input' => array( '_igny8_task_id' => $task_id ) ) );

		$data = $this->rest( 'GET', '/igny8/v1/editor/context', array( 'post_id' => $post ) )->get_data();

		$this->assertSame( 'home composting', $data['target_keyword'] );
		$this->assertSame( array( 'home composting', 'compost bin' ), $data['keywords'] );
		$this->assertSame( $task_id, $data['task']['id'] );

		update_post_meta( $post, '_igny8_target_keyword', 'compost bin' );
		$this->assertSame( 'compost bin', $this->rest( 'GET', '/igny8/v1/editor/context', array( 'post_id' => $post ) )->get_data()['target_keyword'] );
	}

	public function test_the_target_keyword_meta_is_editable_through_the_posts_api(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$post = $this->create_post();

		$response = $this->rest( 'POST', '/wp/v2/posts/' . $post, array( 'meta' => array( '_igny8_target_keyword' => '  home <b>composting</b> ' ) ) );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'home composting', get_post_meta( $post, '_igny8_target_keyword', true ) );
	}

	public function test_an_editor_save_echoing_a_stale_sync_stamp_still_saves(): void {
		$this->as_user( $this->create_user( 'editor' ) );
		$post = $this->create_post( array( 'post_status' => 'draft' ) );
		update_post_meta( $post, '_igny8_task_id', 7 );
		update_post_meta( $post, '_igny8_last_synced', '2026-01-01 00:00:00' );
		$meta = $this->rest( 'GET', '/wp/v2/posts/' . $post, array( 'context' => 'edit' ) )->get_data()['meta'];
		// The plugin syncs the post while it is open in the editor.
		update_post_meta( $post, '_igny8_last_synced', '2026-01-02 00:00:00' );
		$meta['_igny8_target_keyword'] = 'trail running';

		$response = $this->rest( 'POST', '/wp/v2/posts/' . $post, array( 'meta' => $meta ) );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'trail running', get_post_meta( $post, '_igny8_target_keyword', true ) );
		$this->assertSame( '2026-01-02 00:00:00', get_post_meta( $post, '_igny8_last_synced', true ) );
	}
}

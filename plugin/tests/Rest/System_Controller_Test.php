<?php
/**
 * Prompts, author profiles, settings and the balance.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Administrators keep author profiles, prompts and AI settings; the balance is proxied and cached.
 */
final class System_Controller_Test extends TestCase {

	use Cloud_Fixtures;

	public function test_prompts_are_managed_by_administrators_and_used_by_jobs(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$saved = $this->rest( 'PUT', '/igny8/v1/system/prompts/optimize_content', array( 'instructions' => 'Keep it short.', 'version' => 'v2' ) )->get_data();
		$this->assertSame( 'Keep it short.', ( (array) $saved['overrides'] )['optimize_content']['instructions'] );
		$this->assertSame( 400, $this->rest( 'PUT', '/igny8/v1/system/prompts/not_a_function', array( 'instructions' => 'x' ) )->get_status() );

		$this->connect_site();
		$this->fake_cloud( static fn (): array => array( 202, self::ok( array( 'job' => array( 'id' => 'job_o', 'status' => 'queued' ) ) ) ) );
		$post_id = wp_insert_post( array( 'post_title' => 'P', 'post_status' => 'draft', 'post_content' => '<p>x</p>' ) );
		$this->rest( 'POST', '/igny8/v1/writer/content/optimize', array( 'ids' => array( $post_id ) ) );
		$this->assertSame( 'Keep it short.', $this->cloud_requests[0]['body']['input']['template']['instructions'] );
	}

	public function test_administrators_keep_author_profiles(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$created = $this->rest( 'POST', '/igny8/v1/system/author-profiles', array( 'name' => 'Ana', 'tone' => 'warm', 'banned_words' => array( 'delve' ) ) );
		$this->assertSame( 201, $created->get_status() );
		$id = $created->get_data()['id'];

		$this->rest( 'PATCH', '/igny8/v1/system/author-profiles/' . $id, array( 'tone' => 'dry' ) );
		$list = $this->rest( 'GET', '/igny8/v1/system/author-profiles' )->get_data();
		$this->assertSame( array( 'Ana', 'dry', array( 'delve' ) ), array( $list[0]['name'], $list[0]['tone'], $list[0]['banned_words'] ) );

		$this->assertTrue( $this->rest( 'DELETE', '/igny8/v1/system/author-profiles/' . $id )->get_data()['deleted'] );
		$this->assertSame( 404, $this->rest( 'DELETE', '/igny8/v1/system/author-profiles/' . $id )->get_status() );
	}

	public function test_settings_follow_their_schema_and_show_in_wp_settings(): void {
		$this->as_user( $this->create_user( 'administrator' ) );
		$saved = $this->rest( 'PUT', '/igny8/v1/system/settings', array( 'ideas_per_cluster' => 5, 'models' => array( 'generate_content' => 'gpt-4o-mini' ) ) )->get_data();
		$this->assertSame( array( 5, array( 'generate_content' => 'gpt-4o-mini' ), 'square' ), array( $saved['ideas_per_cluster'], $saved['models'], $saved['image_size'] ) );
		$this->assertSame( 400, $this->rest( 'PUT', '/igny8/v1/system/settings', array( 'ideas_per_cluster' => 50 ) )->get_status() );
		// A pixel size is the model's business: the site stores a shape only.
		$this->assertSame( 400, $this->rest( 'PUT', '/igny8/v1/system/settings', array( 'image_size' => '1792x1024' ) )->get_status() );
		$this->assertSame( 'landscape', $this->rest( 'PUT', '/igny8/v1/system/settings', array( 'image_size' => 'landscape' ) )->get_data()['image_size'] );

		$wp = $this->rest( 'GET', '/wp/v2/settings' )->get_data();
		$this->assertSame( 5, $wp['igny8_settings']['ideas_per_cluster'] );

		// A site that saved DALL-E 3's portrait size before shapes reads it as portrait, here and in /wp/v2/settings.
		remove_all_filters( 'sanitize_option_' . \Igny8\System\Settings::OPTION );
		update_option( \Igny8\System\Settings::OPTION, array( 'ideas_per_cluster' => 4, 'image_size' => '1024x1792' ) );
		$this->assertSame( 'portrait', $this->rest( 'GET', '/igny8/v1/system/settings' )->get_data()['image_size'] );
		$this->assertSame( 'portrait', $this->rest( 'GET', '/wp/v2/settings' )->get_data()['igny8_settings']['image_size'] );
	}

	public function test_the_balance_is_proxied_and_cached_briefly(): void {
		$this->connect_site();
		$this->fake_cloud( static fn (): array => array( 200, self::ok( array( 'credits' => 1234, 'low_balance_threshold' => 100, 'low_balance' => false ) ) ) );
		$this->as_user( $this->create_user( 'editor' ) );

		$first  = $this->rest( 'GET', '/igny8/v1/billing/balance' )->get_data();
		$second = $this->rest( 'GET', '/igny8/v1/billing/balance' )->get_data();

		$this->assertSame( 1234, $first['credits'] );
		$this->assertSame( $first, $second );
		$this->assertCount( 1, $this->cloud_requests );
		$this->rest( 'GET', '/igny8/v1/billing/balance', array( 'refresh' => true ) );
		$this->assertCount( 2, $this->cloud_requests );
	}
}

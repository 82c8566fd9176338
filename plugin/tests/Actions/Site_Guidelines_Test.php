<?php
/**
 * Tests for the AI plugin's Guidelines standing in for a missing author profile.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Actions;

use Igny8\Actions\Site_Context;
use Igny8\System\Prompts;
use Igny8\System\Settings;
use Igny8\System\Site_Guidelines;
use Igny8\Tests\TestCase;

/**
 * WordPress's AI plugin is not installable offline here, so the test registers its `wp_knowledge`
 * post type and writes guideline rows the way its Settings → Guidelines screen stores them
 * (published posts named guideline-{scope}); everything IGNY8 does with them is real.
 */
final class Site_Guidelines_Test extends TestCase {

	public function tear_down(): void {
		unregister_post_type( Site_Guidelines::POST_TYPE );
		parent::tear_down();
	}

	/**
	 * One guideline row.
	 */
	private function guideline( string $scope, string $text, string $status = 'publish' ): int {
		return (int) wp_insert_post(
			array(
				'post_type'    => Site_Guidelines::POST_TYPE,
				'post_name'    => 'guideline-' . $scope,
				'post_title'   => ucfirst( $scope ),
				'post_content' => $text,
				'post_status'  => $status,
			)
		);
	}

	public function test_without_the_ai_plugin_nothing_is_sent(): void {
		update_option( Settings::OPTION, array( 'default_author_profile' => '' ) );
		$this->assertSame( '', Site_Guidelines::text() );
		$this->assertArrayNotHasKey( 'author_profile', Site_Context::complete( 'generate_content', array() ) );
	}

	public function test_a_site_without_a_profile_writes_in_the_voice_of_its_guidelines(): void {
		register_post_type( Site_Guidelines::POST_TYPE );
		update_option( Settings::OPTION, array( 'default_author_profile' => '' ) );
		$copy = $this->guideline( 'copy', "Short sentences.\n<strong>British</strong> spelling." );
		$this->guideline( 'site', 'A shop for home bakers.' );
		$this->guideline( 'images', 'Warm light.' );
		$this->guideline( 'additional', 'Not yet published.', 'draft' );

		$input = Site_Context::complete( 'generate_content', array() );

		$this->assertSame( "Copy: Short sentences.\nBritish spelling.\nSite: A shop for home bakers.", $input['author_profile']['guidelines'] );
		$this->assertSame( array( 'guidelines' ), array_keys( $input['author_profile'] ) );
		$this->assertArrayHasKey( 'author_profile', Site_Context::complete( 'generate_ideas', array() ), 'every function that writes text gets them' );
		$this->assertArrayNotHasKey( 'author_profile', Site_Context::complete( 'auto_cluster', array() ), 'clustering writes no prose' );

		wp_update_post(
			array(
				'ID'           => $copy,
				'post_content' => str_repeat( 'word ', 1000 ),
			)
		);
		$this->assertLessThanOrEqual( Site_Guidelines::MAX_LENGTH, mb_strlen( Site_Guidelines::text() ), 'capped at the Worker schema\'s length' );
	}

	public function test_the_sites_own_profile_wins_over_the_guidelines(): void {
		register_post_type( Site_Guidelines::POST_TYPE );
		$this->guideline( 'copy', 'Short sentences.' );
		$profile = Prompts::save_profile(
			array(
				'name' => 'House voice',
				'tone' => 'dry',
			)
		);
		update_option( Settings::OPTION, array( 'default_author_profile' => $profile['id'] ) );

		$input = Site_Context::complete( 'generate_content', array() );

		$this->assertSame( 'dry', $input['author_profile']['tone'] );
		$this->assertArrayNotHasKey( 'guidelines', $input['author_profile'] );
	}
}

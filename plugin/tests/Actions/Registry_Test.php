<?php
/**
 * Tests for the actions registry and the site settings every job carries.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Actions;

use Igny8\Actions\AI_Action;
use Igny8\Actions\Registry;
use Igny8\Actions\Site_Context;
use Igny8\Editor\Post_Context;
use Igny8\Security\Capabilities;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\System\Prompts;
use Igny8\System\Settings;
use Igny8\Tests\TestCase;

/**
 * One list of actions, read by everything that starts jobs; each plan carries the site's language,
 * prompt override and author profile exactly where the Worker's function accepts them.
 */
final class Registry_Test extends TestCase {

	public function test_every_job_function_of_the_contract_has_one_action_that_applies_it(): void {
		$contract = json_decode( (string) file_get_contents( dirname( __DIR__, 2 ) . '/includes/Jobs/job-contract.json' ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- test fixture.

		$functions = Registry::known_functions();
		sort( $functions );
		$expected = $contract['functions'];
		sort( $expected );
		$this->assertSame( $expected, $functions );
		// This site has no WooCommerce: it offers every one but the shop's.
		$this->assertSame( array_values( array_diff( $expected, array( 'generate_product_description' ) ) ), array_values( array_intersect( $expected, Registry::functions() ) ) );
		$this->assertCount( count( $expected ) - 1, Registry::functions() );
	}

	public function test_the_editor_actions_are_the_contract_editor_functions_each_with_one_scope(): void {
		$contract = json_decode( (string) file_get_contents( dirname( __DIR__, 2 ) . '/includes/Jobs/job-contract.json' ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- test fixture.
		$editor   = array_values( array_diff( array_keys( $contract['function_context'] ), $contract['functions'] ) );

		$actions   = Registry::editor_actions();
		$functions = array_map( static fn ( $action ): string => $action->function(), array_values( $actions ) );
		sort( $editor );
		sort( $functions );
		$this->assertSame( $editor, $functions );
		$this->assertSame( array( 'rewrite', 'meta', 'faq', 'takeaways' ), array_keys( $actions ) );
		foreach ( $actions as $scope => $action ) {
			$this->assertSame( $scope, $action->scope() );
			$this->assertNotSame( '', $action->label() );
		}
		$this->assertNull( Registry::editor_action( 'generate_content' ), 'A queued job is not an editor action.' );
	}

	public function test_each_action_declares_a_label_a_known_capability_and_an_args_schema(): void {
		foreach ( Registry::all() as $name => $action ) {
			$this->assertInstanceOf( AI_Action::class, $action );
			$this->assertSame( $name, $action->name() );
			$this->assertNotSame( '', $action->label(), $name );
			$this->assertContains( $action->capability(), array( Capabilities::PLAN, Capabilities::WRITE ), $name );
			$this->assertNotEmpty( $action->args(), $name );
			foreach ( $action->args() as $arg => $schema ) {
				$this->assertArrayHasKey( 'type', $schema, "{$name}.{$arg}" );
				$this->assertArrayHasKey( 'description', $schema, "{$name}.{$arg}" );
			}
		}
	}

	public function test_plans_carry_only_the_settings_their_function_accepts(): void {
		$profile = Prompts::save_profile(
			array(
				'name'     => 'Garden voice',
				'tone'     => 'warm',
				'audience' => 'new gardeners',
			)
		);
		update_option(
			Settings::OPTION,
			array(
				'language'               => 'de_DE',
				'default_author_profile' => $profile['id'],
			)
		);
		Prompts::save( 'generate_ideas', array( 'system' => 'Ideas house style.' ) );
		Prompts::save( 'auto_cluster', array( 'system' => 'Clusters house style.' ) );
		$keyword = ( new Keywords_Repository() )->insert( array( 'keyword' => 'compost bins ' . wp_generate_password( 4, false ) ) );
		$cluster = ( new Clusters_Repository() )->insert( array( 'name' => 'Compost ' . wp_generate_password( 4, false ) ) );

		$cluster_plan = Registry::get( 'auto_cluster' )->plan( array( 'ids' => array( $keyword ) ) );
		$ideas_plan   = Registry::get( 'generate_ideas' )->plan( array( 'ids' => array( $cluster ) ) );

		$this->assertIsArray( $cluster_plan );
		$this->assertSame( 'de_DE', $cluster_plan[0]->input['language'] );
		$this->assertSame( 'Clusters house style.', $cluster_plan[0]->input['template']['system'] );
		$this->assertArrayNotHasKey( 'author_profile', $cluster_plan[0]->input, 'Clustering writes no prose: it takes no author profile.' );

		$this->assertIsArray( $ideas_plan );
		$ideas = $ideas_plan[0]->input;
		$this->assertSame( 'de_DE', $ideas['language'] );
		$this->assertSame( 'Ideas house style.', $ideas['template']['system'] );
		$this->assertSame( 'warm', $ideas['author_profile']['tone'] );
		$this->assertArrayNotHasKey( 'id', $ideas['author_profile'], 'The profile id is the site’s, not the model’s.' );
		$this->assertSame( 3, $ideas['ideas_per_cluster'], 'The setting’s default.' );
	}

	public function test_ideas_per_cluster_comes_from_the_settings_unless_the_request_says(): void {
		update_option( Settings::OPTION, array( 'ideas_per_cluster' => 7 ) );
		$cluster = ( new Clusters_Repository() )->insert( array( 'name' => 'Seeds ' . wp_generate_password( 4, false ) ) );

		$from_settings = Registry::get( 'generate_ideas' )->plan( array( 'ids' => array( $cluster ) ) );
		$from_request  = Registry::get( 'generate_ideas' )->plan(
			array(
				'ids'               => array( $cluster ),
				'ideas_per_cluster' => 2,
			)
		);

		$this->assertSame( 7, $from_settings[0]->input['ideas_per_cluster'] );
		$this->assertSame( 2, $from_request[0]->input['ideas_per_cluster'] );
	}

	public function test_a_value_the_action_set_itself_is_kept_and_the_locale_fills_an_empty_language(): void {
		update_option( Settings::OPTION, array( 'language' => '' ) );

		$this->assertSame( 'fr_FR', Site_Context::complete( 'generate_content', array( 'language' => 'fr_FR' ) )['language'] );
		$this->assertSame( get_locale(), Site_Context::complete( 'generate_content', array() )['language'] );
		$this->assertSame( array( 'images' => array() ), Site_Context::complete( 'generate_images', array( 'images' => array() ) ) );
	}

	public function test_the_prompts_screen_lists_the_functions_a_template_reaches(): void {
		$functions = Registry::prompt_functions();

		$this->assertContains( 'generate_content', $functions );
		$this->assertContains( 'generate_excerpt', $functions );
		$this->assertContains( 'auto_cluster', $functions );
		$this->assertNotContains( 'generate_images', $functions, 'Images take no template: listing them would save a setting nothing uses.' );
	}

	public function test_the_block_editor_writes_in_the_content_language_of_the_settings(): void {
		$post_id = $this->create_post();
		update_option( Settings::OPTION, array( 'language' => 'fr_FR' ) );
		$french = ( new Post_Context() )->for_post( $post_id )['language'];
		update_option( Settings::OPTION, array( 'language' => '' ) );

		$this->assertSame( 'fr_FR', $french );
		$this->assertSame( get_locale(), ( new Post_Context() )->for_post( $post_id )['language'] );
	}
}

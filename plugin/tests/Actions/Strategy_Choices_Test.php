<?php
/**
 * Tests for how a job resolves its writing strategy, and the migration that seeds the default.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Actions;

use Igny8\Actions\Registry;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Schema;
use Igny8\Storage\Strategies_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\Storage\Upgrader;
use Igny8\System\Prompts;
use Igny8\System\Settings;
use Igny8\Tests\TestCase;

/**
 * The choices a generate_content job carries come from the strategy picked for the run, else the
 * task's, else the default strategy; the task's own length and structure beat any strategy's.
 */
final class Strategy_Choices_Test extends TestCase {

	private Strategies_Repository $strategies;

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'administrator' ) );
		$this->strategies = new Strategies_Repository();
		$this->strategies->seed_default();
	}

	public function test_a_job_resolves_picked_then_task_then_default_strategy(): void {
		$warm    = Prompts::save_profile( array( 'name' => 'Warm', 'tone' => 'warm and chatty' ) );
		$dry     = Prompts::save_profile( array( 'name' => 'Dry', 'tone' => 'dry and exact' ) );
		$default = (int) $this->strategies->default_strategy()['id'];
		$this->strategies->update( $default, array( 'author_profile' => $dry['id'], 'takeaways' => 0 ) );
		$long  = (int) $this->strategies->insert( $this->choices( 'Long ' . wp_generate_password( 4, false ), array( 'target_words' => 2400, 'author_profile' => $warm['id'], 'faq' => 0, 'takeaways' => 1, 'link_policy' => 'none', 'content_structure' => 'guide' ) ) );
		$short = (int) $this->strategies->insert( $this->choices( 'Short ' . wp_generate_password( 4, false ), array( 'target_words' => 600 ) ) );

		$tasks = new Tasks_Repository();
		$plain = $tasks->insert( array( 'title' => 'Plain task' ) );
		$own   = $tasks->insert( array( 'title' => 'Task with a strategy', 'strategy_id' => $long ) );

		$plans = Registry::get( 'generate_content' )->plan( array( 'ids' => array( $plain, $own ) ) );
		$this->assertIsArray( $plans );
		$this->assertSame( array( 'dry and exact', true, false, 'linker', 1200, 'article' ), $this->summary( $plans[0]->input ), 'No strategy of its own: the default strategy.' );
		$this->assertSame( array( 'warm and chatty', false, true, 'none', 2400, 'guide' ), $this->summary( $plans[1]->input ), 'The task’s strategy.' );

		$picked = Registry::get( 'generate_content' )->plan( array( 'ids' => array( $own ), 'strategy_id' => $short ) );
		$this->assertSame( 600, $picked[0]->input['target_words'], 'The strategy picked for the run beats the task’s.' );
		$this->assertSame( array( 'strategy_id' => $short ), $picked[0]->context, 'started() keeps the picked strategy on the task.' );

		$this->assert_wp_error( 'igny8_strategy_not_found', Registry::get( 'generate_content' )->plan( array( 'ids' => array( $own ), 'strategy_id' => $short + 1000 ) ) );
	}

	public function test_the_task_own_length_and_structure_beat_the_strategy_and_the_strategy_beats_the_cluster(): void {
		$strategy = (int) $this->strategies->insert( $this->choices( 'Guides ' . wp_generate_password( 4, false ), array( 'target_words' => 2000, 'content_structure' => 'guide' ) ) );
		$cluster  = ( new Clusters_Repository() )->insert( array( 'name' => 'Roses ' . wp_generate_password( 4, false ), 'target_words' => 1500 ) );
		$tasks    = new Tasks_Repository();
		$own      = $tasks->insert( array( 'title' => 'Own choices', 'strategy_id' => $strategy, 'cluster_id' => $cluster, 'target_words' => 800, 'content_structure' => 'how_to' ) );
		$inherits = $tasks->insert( array( 'title' => 'Inherits', 'strategy_id' => $strategy, 'cluster_id' => $cluster ) );
		$cluster_only = $tasks->insert( array( 'title' => 'Cluster only', 'cluster_id' => $cluster ) );

		$plans = Registry::get( 'generate_content' )->plan( array( 'ids' => array( $own, $inherits, $cluster_only ) ) );
		$this->assertSame( array( 800, 'how_to' ), array( $plans[0]->input['target_words'], $plans[0]->input['content_structure'] ) );
		$this->assertSame( array( 2000, 'guide' ), array( $plans[1]->input['target_words'], $plans[1]->input['content_structure'] ) );
		$this->assertSame( 1500, $plans[2]->input['target_words'], 'The seeded default names no length: the cluster’s applies, as before strategies.' );
	}

	public function test_image_prompts_ask_for_the_strategy_image_count(): void {
		$strategy = (int) $this->strategies->insert( $this->choices( 'One image ' . wp_generate_password( 4, false ), array( 'image_count' => 1 ) ) );
		$post     = $this->create_post( array( 'post_status' => 'draft', 'post_content' => '<p>Draft.</p>' ) );
		$tasks    = new Tasks_Repository();
		$task     = (int) $tasks->insert( array( 'title' => 'Illustrated', 'strategy_id' => $strategy ) );
		$tasks->update( $task, array( 'assigned_post_id' => $post ) );

		$plans = Registry::get( 'generate_image_prompts' )->plan( array( 'ids' => array( $task ) ) );
		$this->assertSame( 1, $plans[0]->input['max_in_article'] );
	}

	public function test_the_upgrade_seeds_the_default_from_the_settings_it_replaces(): void {
		global $wpdb;
		$profile = Prompts::save_profile( array( 'name' => 'House voice', 'tone' => 'calm' ) );
		update_option( Settings::OPTION, array( 'default_author_profile' => $profile['id'] ) );
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i', Schema::table( Schema::STRATEGIES ) ) );
		$this->assertNull( $this->strategies->default_strategy() );

		( new Upgrader() )->run( '6' );
		$seeded = $this->strategies->default_strategy();
		$this->assertNotNull( $seeded );
		$this->assertSame( array( '', null, '', 3, true, false, 'linker' ), array( $seeded['author_profile'], $seeded['target_words'], $seeded['content_structure'], $seeded['image_count'], $seeded['faq'], $seeded['takeaways'], $seeded['link_policy'] ) );

		// Nothing changes for the site: the article is asked for with the same profile and length as before.
		$task  = ( new Tasks_Repository() )->insert( array( 'title' => 'After the upgrade' ) );
		$input = Registry::get( 'generate_content' )->plan( array( 'ids' => array( $task ) ) )[0]->input;
		$this->assertSame( array( 'calm', true, false, 'linker', 1200, 'article' ), $this->summary( $input ) );

		// The default strategy follows the site's profile: changing it in Settings changes the article's voice too.
		$other = Prompts::save_profile( array( 'name' => 'Playful voice', 'tone' => 'playful' ) );
		update_option( Settings::OPTION, array( 'default_author_profile' => $other['id'] ) );
		$input = Registry::get( 'generate_content' )->plan( array( 'ids' => array( $task ) ) )[0]->input;
		$this->assertSame( 'playful', $this->summary( $input )[0] );

		( new Upgrader() )->run( '6' );
		$this->assertSame( 1, (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i', Schema::table( Schema::STRATEGIES ) ) ), 'Running again seeds nothing more.' );
	}

	/**
	 * A strategy's columns with the seeded defaults.
	 *
	 * @param string               $name    Name.
	 * @param array<string, mixed> $choices Choices.
	 * @return array<string, mixed>
	 */
	private function choices( string $name, array $choices ): array {
		return array_merge( Strategies_Repository::current_choices(), array( 'name' => $name ), $choices );
	}

	/**
	 * Profile tone, FAQ, takeaways, link policy, length and structure of an input.
	 *
	 * @param array<string, mixed> $input Input.
	 * @return array<int, mixed>
	 */
	private function summary( array $input ): array {
		return array( $input['author_profile']['tone'] ?? null, $input['faq'], $input['takeaways'], $input['internal_links'], $input['target_words'], $input['content_structure'] ?? null );
	}

	/**
	 * Asserts a WP_Error with this code.
	 *
	 * @param string $code  Code.
	 * @param mixed  $value Value.
	 */
	private function assert_wp_error( string $code, $value ): void {
		$this->assertInstanceOf( \WP_Error::class, $value );
		$this->assertSame( $code, $value->get_error_code() );
	}
}

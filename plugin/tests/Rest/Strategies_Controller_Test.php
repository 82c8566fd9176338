<?php
/**
 * Tests for the writing strategies routes.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Rest;

use Igny8\Automation\Rule_Repository;
use Igny8\Storage\Strategies_Repository;
use Igny8\Storage\Tasks_Repository;
use Igny8\System\Prompts;
use Igny8\Tests\TestCase;

/**
 * GET/POST /strategies and GET/PUT/PATCH/DELETE /strategies/{id}: one default at all times, the
 * default and strategies in use are never deleted, unknown profiles and strategies are refused.
 */
final class Strategies_Controller_Test extends TestCase {

	private const ROUTE = '/igny8/v1/strategies';

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'editor' ) );
		( new Strategies_Repository() )->seed_default();
	}

	public function test_create_stores_the_choices_with_defaults_and_lists_them(): void {
		$profile = Prompts::save_profile( array( 'name' => 'Friendly expert', 'tone' => 'warm' ) );
		$created = $this->rest( 'POST', self::ROUTE, array( 'name' => '  Long reads ', 'target_words' => 2500, 'content_structure' => 'guide', 'author_profile' => $profile['id'], 'image_count' => 5, 'takeaways' => true ) );
		$this->assertSame( 201, $created->get_status() );
		$data = $created->get_data();
		$this->assertSame( array( 'Long reads', 2500, 'guide', $profile['id'], 5, true, true, 'linker', false ), array( $data['name'], $data['target_words'], $data['content_structure'], $data['author_profile'], $data['image_count'], $data['faq'], $data['takeaways'], $data['link_policy'], $data['is_default'] ) );
		$this->assertSame( array( 'tasks' => 0, 'rules' => 0 ), $data['usage'] );

		$minimal = $this->rest( 'POST', self::ROUTE, array( 'name' => 'Short news' ) )->get_data();
		$this->assertSame( array( null, '', '', 3, true, false, 'linker' ), array( $minimal['target_words'], $minimal['content_structure'], $minimal['author_profile'], $minimal['image_count'], $minimal['faq'], $minimal['takeaways'], $minimal['link_policy'] ) );

		$names = array_column( $this->rest( 'GET', self::ROUTE, array( 'per_page' => 100 ) )->get_data(), 'name' );
		$this->assertContains( 'Long reads', $names );
		$this->assertContains( 'Short news', $names );
	}

	public function test_invalid_fields_are_refused_on_their_field(): void {
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'POST', self::ROUTE, array( 'name' => '   ' ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'POST', self::ROUTE, array( 'name' => 'X', 'image_count' => 9 ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'POST', self::ROUTE, array( 'name' => 'X', 'target_words' => 10 ) ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'POST', self::ROUTE, array( 'name' => 'X', 'link_policy' => 'everywhere' ) ) );
		$unknown = $this->rest( 'POST', self::ROUTE, array( 'name' => 'X', 'author_profile' => 'ap_missing' ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $unknown );
		$this->assertArrayHasKey( 'author_profile', $unknown->get_data()['data']['params'] );
		$this->assert_rest_error( 'igny8_duplicate', 409, $this->rest( 'POST', self::ROUTE, array( 'name' => Strategies_Repository::current_choices()['name'] ) ) );
	}

	public function test_there_is_always_exactly_one_default(): void {
		$repo     = new Strategies_Repository();
		$original = $repo->default_strategy();
		$this->assertNotNull( $original );
		$other = (int) $this->rest( 'POST', self::ROUTE, array( 'name' => 'Listicles' ) )->get_data()['id'];

		$moved = $this->rest( 'PATCH', self::ROUTE . '/' . $other, array( 'is_default' => true ) );
		$this->assertSame( 200, $moved->get_status() );
		$this->assertTrue( $moved->get_data()['is_default'] );
		$this->assertSame( $other, $repo->default_strategy()['id'] );
		$this->assertFalse( $repo->find( (int) $original['id'] )['is_default'] );

		$this->assert_rest_error( 'igny8_strategy_default_required', 409, $this->rest( 'PATCH', self::ROUTE . '/' . $other, array( 'is_default' => false ) ) );
		$this->assertSame( $other, $repo->default_strategy()['id'] );
	}

	public function test_deleting_the_default_or_a_strategy_in_use_is_refused(): void {
		$repo    = new Strategies_Repository();
		$default = (int) $repo->default_strategy()['id'];
		$this->assert_rest_error( 'igny8_strategy_is_default', 409, $this->rest( 'DELETE', self::ROUTE . '/' . $default ) );

		$used = (int) $this->rest( 'POST', self::ROUTE, array( 'name' => 'Reviews' ) )->get_data()['id'];
		( new Tasks_Repository() )->insert( array( 'title' => 'A review', 'strategy_id' => $used ) );
		( new Rule_Repository() )->insert( array( 'name' => 'Weekly reviews', 'strategy_id' => $used ) );
		$refused = $this->rest( 'DELETE', self::ROUTE . '/' . $used );
		$this->assert_rest_error( 'igny8_strategy_in_use', 409, $refused );
		$this->assertStringContainsString( '1 task and 1 automation rule', $refused->get_data()['message'] );
		$this->assertNotNull( $repo->find( $used ) );

		$free    = (int) $this->rest( 'POST', self::ROUTE, array( 'name' => 'Unused' ) )->get_data()['id'];
		$deleted = $this->rest( 'DELETE', self::ROUTE . '/' . $free );
		$this->assertTrue( $deleted->get_data()['deleted'] );
		$this->assertNull( $repo->find( $free ) );
		$this->assert_rest_error( 'igny8_strategy_not_found', 404, $this->rest( 'DELETE', self::ROUTE . '/' . $free ) );
	}

	public function test_tasks_and_rules_accept_only_a_strategy_that_exists(): void {
		$strategy = (int) $this->rest( 'POST', self::ROUTE, array( 'name' => 'How-tos' ) )->get_data()['id'];
		$task     = $this->rest( 'POST', '/igny8/v1/writer/tasks', array( 'title' => 'Prune roses', 'strategy_id' => $strategy ) );
		$this->assertSame( $strategy, $task->get_data()['strategy_id'] );
		$unknown = $this->rest( 'PATCH', '/igny8/v1/writer/tasks/' . $task->get_data()['id'], array( 'strategy_id' => $strategy + 1000 ) );
		$this->assert_rest_error( 'rest_invalid_param', 400, $unknown );
		$this->assertArrayHasKey( 'strategy_id', $unknown->get_data()['data']['params'] );
		$this->assertNull( $this->rest( 'PATCH', '/igny8/v1/writer/tasks/' . $task->get_data()['id'], array( 'strategy_id' => null ) )->get_data()['strategy_id'] );

		$this->as_user( $this->create_user( 'administrator' ) );
		$rule = $this->rest( 'POST', '/igny8/v1/automation/rules', array( 'name' => 'Daily', 'strategy_id' => $strategy ) );
		$this->assertSame( 201, $rule->get_status() );
		$this->assertSame( $strategy, $rule->get_data()['strategy_id'] );
		$this->assert_rest_error( 'rest_invalid_param', 400, $this->rest( 'PATCH', '/igny8/v1/automation/rules/' . $rule->get_data()['id'], array( 'strategy_id' => $strategy + 1000 ) ) );
		$this->assertNull( $this->rest( 'PATCH', '/igny8/v1/automation/rules/' . $rule->get_data()['id'], array( 'strategy_id' => 0 ) )->get_data()['strategy_id'] );
	}

	public function test_a_subscriber_cannot_read_or_change_strategies(): void {
		$this->as_user( $this->create_user( 'subscriber' ) );
		$this->assertSame( 403, $this->rest( 'GET', self::ROUTE )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', self::ROUTE, array( 'name' => 'Nope' ) )->get_status() );
	}
}

<?php
/**
 * Tests for Settings → AI models and a task's content structure reaching the cloud.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Actions;

use Igny8\Actions\Registry;
use Igny8\Storage\Tasks_Repository;
use Igny8\System\Settings;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * The model chosen per function goes with every job of that function (one place: Job_Plan); the
 * cloud publishes what may be chosen and refuses anything else with a sentence naming Settings.
 */
final class Model_Choice_Test extends TestCase {

	use Cloud_Fixtures;

	protected function setUp(): void {
		parent::setUp();
		$this->as_user( $this->create_user( 'administrator' ) );
	}

	public function test_a_plan_carries_the_model_chosen_for_its_function_and_the_task_structure(): void {
		update_option( Settings::OPTION, array( 'models' => array( 'generate_content' => 'gpt-4.1-mini' ) ) );
		$tasks   = new Tasks_Repository();
		$how_to  = $tasks->insert(
			array(
				'title'             => 'Repot a fern ' . wp_generate_password( 6, false ),
				'content_structure' => 'how_to',
			)
		);
		$unknown = $tasks->insert(
			array(
				'title'             => 'Old task ' . wp_generate_password( 6, false ),
				'content_structure' => 'essay',
			)
		);

		$plans = Registry::get( 'generate_content' )->plan( array( 'ids' => array( $how_to, $unknown ) ) );
		$this->assertIsArray( $plans );
		$this->assertSame( 'gpt-4.1-mini', $plans[0]->model );
		$this->assertSame( 'how_to', $plans[0]->input['content_structure'] );
		$this->assertArrayNotHasKey( 'content_structure', $plans[1]->input, 'A structure the cloud does not know is left out, not sent to fail the job.' );

		$excerpt = Registry::get( 'generate_excerpt' )->plan( array( 'ids' => array( $this->create_post() ) ) );
		$this->assertIsArray( $excerpt );
		$this->assertSame( '', $excerpt[0]->model, 'No choice for this function: the cloud chooses.' );
	}

	public function test_settings_take_a_model_per_job_function_and_refuse_anything_else(): void {
		$saved = $this->rest( 'PUT', '/igny8/v1/system/settings', array( 'models' => array( 'generate_excerpt' => 'gpt-4.1-nano' ) ) );
		$this->assertSame( 200, $saved->get_status() );
		$this->assertSame( 'gpt-4.1-nano', $saved->get_data()['models']['generate_excerpt'] );

		$odd_name = $this->rest( 'PUT', '/igny8/v1/system/settings', array( 'models' => array( 'generate_content' => 'gpt 4; rm -rf' ) ) );
		$unknown  = $this->rest( 'PUT', '/igny8/v1/system/settings', array( 'models' => array( 'make_coffee' => 'gpt-4o' ) ) );
		$this->assertSame( 400, $odd_name->get_status() );
		$this->assertSame( 400, $unknown->get_status() );
		$this->assertSame( array( 'generate_excerpt' => 'gpt-4.1-nano' ), Settings::get()['models'] );
	}

	public function test_a_site_that_never_reached_the_cloud_gets_an_empty_list_with_the_reason(): void {
		delete_option( 'igny8_connection' );
		delete_option( 'igny8_ai_models_last' );
		delete_transient( 'igny8_ai_models' );
		$response = $this->rest( 'GET', '/igny8/v1/system/models' );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array(), $response->get_data()['functions'] );
		$this->assertNotSame( '', (string) $response->get_data()['stale'] );
	}

	public function test_a_task_structure_outside_the_contract_is_refused_on_edit(): void {
		$task = ( new Tasks_Repository() )->insert( array( 'title' => 'Structured ' . wp_generate_password( 6, false ) ) );
		$bad  = $this->rest( 'PUT', "/igny8/v1/writer/tasks/{$task}", array( 'content_structure' => 'essay' ) );
		$good = $this->rest( 'PUT', "/igny8/v1/writer/tasks/{$task}", array( 'content_structure' => 'listicle' ) );
		$this->assertSame( 400, $bad->get_status() );
		$this->assertSame( 200, $good->get_status() );
		global $wpdb;
		$this->assertSame( 'listicle', $wpdb->get_var( $wpdb->prepare( 'SELECT content_structure FROM %i WHERE id = %d', $wpdb->prefix . 'igny8_tasks', $task ) ) );
	}

	public function test_the_cloud_publishes_the_models_and_refuses_one_it_does_not_offer(): void {
		$this->connect_test_cloud();
		$catalog = $this->rest( 'GET', '/igny8/v1/system/models' );
		$this->assertSame( 200, $catalog->get_status(), (string) wp_json_encode( $catalog->get_data() ) );
		$functions = $catalog->get_data()['functions'];
		$this->assertSame( Registry::functions(), array_keys( $functions ), 'Every job action, and only those (editor-only functions are not set here).' );
		$this->assertContains( 'gpt-4.1-mini', $functions['generate_content']['allowed'] );
		$this->assertContains( 'gpt-image-1', $functions['generate_images']['allowed'] );
		$this->assertNull( $catalog->get_data()['stale'] );

		// Unreachable cloud: the last list is still offered, saying why it may be out of date.
		delete_transient( 'igny8_ai_models' );
		$this->connect_site( 'http://127.0.0.1:9' );
		$offline = $this->rest( 'GET', '/igny8/v1/system/models' );
		$this->assertSame( 200, $offline->get_status() );
		$this->assertSame( $functions, $offline->get_data()['functions'] );
		$this->assertIsString( $offline->get_data()['stale'] );
		$this->connect_test_cloud();

		update_option( Settings::OPTION, array( 'models' => array( 'generate_excerpt' => 'o1-pro' ) ) );
		$post    = $this->create_post( array( 'post_content' => '<p>Tea is good.</p>' ) );
		$refused = Registry::get( 'generate_excerpt' )->run( array( 'ids' => array( $post ) ) );
		$this->assertInstanceOf( \WP_Error::class, $refused );
		$this->assertSame( 'igny8_model_not_allowed', $refused->get_error_code() );
		$this->assertStringContainsString( 'Settings → AI models', $refused->get_error_message() );
		$this->assertStringContainsString( '"o1-pro" is not offered for generate_excerpt. Use one of:', $refused->get_error_message() );

		update_option( Settings::OPTION, array( 'models' => array( 'generate_excerpt' => 'gpt-4.1-mini' ) ) );
		$started = Registry::get( 'generate_excerpt' )->run( array( 'ids' => array( $post ) ) );
		$this->assertIsArray( $started, is_wp_error( $started ) ? $started->get_error_message() : '' );
		$this->assertNotSame( '', $started[0]['job_id'] );
	}
}

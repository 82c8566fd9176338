<?php
/**
 * Tests for the pipeline as WordPress abilities.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Abilities;

use Igny8\Actions\Registry;
use Igny8\Storage\Keywords_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * On 7.1 the actions registry becomes abilities, run through core's abilities REST API against the
 * real Worker; on 6.8 (no Abilities API) nothing is registered and nothing breaks.
 */
final class Abilities_Test extends TestCase {

	use Cloud_Fixtures;

	public function test_registered_where_the_api_exists_and_absent_where_it_does_not(): void {
		if ( ! function_exists( 'wp_get_abilities' ) ) {
			// WordPress 6.8: feature detection keeps the plugin quiet.
			$this->assertFalse( has_action( 'wp_abilities_api_init' ) );
			$this->assertNull( rest_get_server()->get_routes()['/wp-abilities/v1/abilities'] ?? null );
			return;
		}
		$this->as_user( $this->create_user( 'administrator' ) );
		$listed = $this->rest( 'GET', '/wp-abilities/v1/abilities', array( 'category' => 'igny8', 'per_page' => 100 ) );
		$this->assertSame( 200, $listed->get_status(), (string) wp_json_encode( $listed->get_data() ) );
		$names = array_column( $listed->get_data(), 'name' );
		foreach ( array_keys( Registry::all() ) as $function ) {
			$this->assertContains( 'igny8/' . str_replace( '_', '-', $function ), $names );
		}
		foreach ( array( 'igny8/get-job', 'igny8/estimate', 'igny8/get-balance', 'igny8/list-keywords', 'igny8/list-clusters', 'igny8/list-ideas', 'igny8/add-keyword', 'igny8/create-tasks' ) as $read ) {
			$this->assertContains( $read, $names );
		}
		$cluster = wp_get_ability( 'igny8/auto-cluster' );
		$this->assertSame( 'object', $cluster->get_input_schema()['type'] );
		$this->assertSame( 'array', $cluster->get_input_schema()['properties']['ids']['type'] );
		$this->assertArrayNotHasKey( 'sanitize_callback', $cluster->get_input_schema()['properties']['ids'] );
		$this->assertTrue( $cluster->get_meta()['public'] );
		$this->assertTrue( $cluster->get_meta()['mcp']['public'], 'The MCP Adapter (0.5) reads meta.mcp.public.' );
		$this->assertFalse( $cluster->get_meta()['annotations']['readonly'] );
		$this->assertTrue( wp_get_ability( 'igny8/get-job' )->get_meta()['annotations']['readonly'] );
		$this->assertFalse( wp_get_ability( 'igny8/create-tasks' )->get_meta()['annotations']['readonly'] );
		// An agent must know which runs may delete or trash what they replace.
		$this->assertFalse( $cluster->get_meta()['annotations']['destructive'] );
		$this->assertTrue( wp_get_ability( 'igny8/generate-ideas' )->get_meta()['annotations']['destructive'] );
		$this->assertTrue( wp_get_ability( 'igny8/generate-content' )->get_meta()['annotations']['destructive'] );
	}

	public function test_a_run_refused_part_way_names_the_jobs_it_started_and_the_ids_it_did_not(): void {
		if ( ! function_exists( 'wp_get_abilities' ) ) {
			$this->assertFalse( function_exists( 'wp_register_ability' ) );
			return;
		}
		$this->connect_site();
		$first  = $this->create_task();
		$second = $this->create_task();
		$calls  = 0;
		$this->fake_cloud(
			function () use ( &$calls ) {
				++$calls;
				return 1 === $calls
					? array( 202, self::ok( array( 'job' => array( 'id' => 'job_agent', 'status' => 'queued' ) ) ) )
					: array( 402, self::fail_envelope( 'Not enough credits: this job needs 10 credits and the balance is 4.' ) );
			}
		);
		$this->as_user( $this->create_user( 'administrator' ) );

		$run = $this->rest( 'POST', '/wp-abilities/v1/abilities/igny8/generate-content/run', array( 'input' => array( 'ids' => array( $first, $second ) ) ) );

		$this->assertSame( 200, $run->get_status(), (string) wp_json_encode( $run->get_data() ) );
		$this->assertSame( array( 'job_agent' ), array_column( $run->get_data()['jobs'], 'job_id' ) );
		$this->assertSame( array( $second ), $run->get_data()['not_started'] );
		$this->assertSame( 'igny8_insufficient_credits', $run->get_data()['stopped']['code'] );
	}

	public function test_an_agent_prices_clusters_and_follows_the_job_with_the_screens_capabilities(): void {
		if ( ! function_exists( 'wp_get_abilities' ) ) {
			$this->assertFalse( function_exists( 'wp_register_ability' ) );
			return;
		}
		$this->connect_test_cloud();
		$repo = new Keywords_Repository();
		$ids  = array();
		foreach ( array( 'tent', 'stove', 'lantern' ) as $item ) {
			$ids[] = (int) $repo->insert( array( 'keyword' => "ability {$item} " . wp_generate_password( 6, false ) ) );
		}

		// A subscriber may do none of it.
		$this->as_user( $this->create_user( 'subscriber' ) );
		$denied = $this->rest( 'POST', '/wp-abilities/v1/abilities/igny8/auto-cluster/run', array( 'input' => array( 'ids' => $ids ) ) );
		$this->assertContains( $denied->get_status(), array( 401, 403 ) );

		$this->as_user( $this->create_user( 'administrator' ) );
		$price = $this->rest(
			'POST',
			'/wp-abilities/v1/abilities/igny8/estimate/run',
			array(
				'input' => array(
					'action' => 'auto_cluster',
					'ids'    => $ids,
				),
			)
		);
		// A read-only ability is run with GET (core's rule); the same answer comes back through it.
		$this->assertSame( 405, $price->get_status() );
		$price = $this->rest(
			'GET',
			'/wp-abilities/v1/abilities/igny8/estimate/run',
			array(
				'input' => array(
					'action' => 'auto_cluster',
					'ids'    => $ids,
				),
			)
		);
		$this->assertSame( 200, $price->get_status(), (string) wp_json_encode( $price->get_data() ) );
		$this->assertSame( 2, $price->get_data()['credits'] );
		$this->assertSame( 1, $price->get_data()['jobs'] );

		$started = $this->rest( 'POST', '/wp-abilities/v1/abilities/igny8/auto-cluster/run', array( 'input' => array( 'ids' => $ids ) ) );
		$this->assertSame( 200, $started->get_status(), (string) wp_json_encode( $started->get_data() ) );
		$job_id = (string) $started->get_data()['jobs'][0]['job_id'];
		$this->assertNotSame( '', $job_id );

		$job = $this->rest( 'GET', '/wp-abilities/v1/abilities/igny8/get-job/run', array( 'input' => array( 'job_id' => $job_id ) ) );
		$this->assertSame( 200, $job->get_status(), (string) wp_json_encode( $job->get_data() ) );
		$this->assertSame( $job_id, $job->get_data()['id'] ?? $job->get_data()['job_id'] ?? null );

		$bad = $this->rest( 'POST', '/wp-abilities/v1/abilities/igny8/auto-cluster/run', array( 'input' => array( 'ids' => array( 'x' ) ) ) );
		$this->assertSame( 400, $bad->get_status(), 'The input schema is the route\'s: a non-integer id is refused before anything runs.' );
	}
}

<?php
/**
 * Tests for the generate_excerpt action against the real Worker.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Actions;

use Igny8\Actions\Generate_Excerpt\Result;
use Igny8\Cli\Action_Runner;
use Igny8\Storage\Schema;
use Igny8\Sync\Job_Pull;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * The action added as the example of Actions/README.md: priced, started from REST and WP-CLI,
 * written by the Worker (with the fake model, a test double) and applied by the pull.
 */
final class Generate_Excerpt_Test extends TestCase {

	use Cloud_Fixtures;

	protected function setUp(): void {
		parent::setUp();
		$this->connect_test_cloud();
		$this->as_user( $this->create_user( 'administrator' ) );
	}

	public function test_the_estimate_is_what_the_excerpt_reserves_and_the_pulled_result_becomes_the_excerpt(): void {
		$post_id = $this->create_post(
			array(
				'post_title'   => 'Brewing green tea',
				'post_content' => '<!-- wp:paragraph --><p>Water at 80 °C, two minutes, no more.</p><!-- /wp:paragraph -->',
				'post_excerpt' => 'Old excerpt.',
				'post_status'  => 'draft',
			)
		);

		$estimate = $this->rest( 'POST', '/igny8/v1/jobs/estimate', array( 'action' => 'generate_excerpt', 'ids' => array( $post_id ) ) );
		$started  = $this->rest( 'POST', '/igny8/v1/writer/content/excerpt', array( 'ids' => array( $post_id ) ) );

		$this->assertSame( 200, $estimate->get_status(), (string) wp_json_encode( $estimate->get_data() ) );
		$this->assertSame( 1, $estimate->get_data()['credits'] );
		$this->assertSame( 202, $started->get_status(), (string) wp_json_encode( $started->get_data() ) );
		$job = $started->get_data()['jobs'][0];
		$this->assertSame( $post_id, $job['post_id'] );
		$this->assertSame( 'generate_excerpt', $job['function'] );

		$row = $this->pull_until_applied( (string) $job['job_id'] );

		$this->assertSame( 'completed', $row['status'] );
		$excerpt = get_post( $post_id )->post_excerpt;
		$this->assertStringContainsString( 'Brewing green tea', $excerpt );
		$this->assertSame( wp_strip_all_tags( $excerpt ), $excerpt, 'The excerpt is stored as plain text.' );
		$this->assertSame( 'Old excerpt.', get_post_meta( $post_id, Result::PREVIOUS, true ) );
		$this->assertStringContainsString( '80 °C', get_post( $post_id )->post_content, 'Only the excerpt column was written.' );
	}

	public function test_a_post_the_user_may_not_edit_is_refused_and_nothing_starts(): void {
		$owner   = $this->create_user( 'editor' );
		$post_id = $this->create_post(
			array(
				'post_author' => $owner,
				'post_status' => 'draft',
			)
		);
		$this->as_user( $this->create_user( 'author' ) );
		$jobs_before = $this->excerpt_jobs();

		$this->assert_rest_error( 'rest_forbidden', 403, $this->rest( 'POST', '/igny8/v1/writer/content/excerpt', array( 'ids' => array( $post_id ) ) ) );
		$this->assertInstanceOf( \WP_Error::class, ( new Action_Runner() )->run( 'generate_excerpt', array( 'ids' => (string) $post_id ) ) );
		$this->assertSame( $jobs_before, $this->excerpt_jobs() );
	}

	public function test_wp_cli_runs_the_action_with_its_rest_schema(): void {
		$post_id = $this->create_post( array( 'post_title' => 'Pruning roses' ) );
		$runner  = new Action_Runner();

		$jobs = $runner->run( 'generate_excerpt', array( 'ids' => $post_id . ', ' . $post_id ) );
		$bad  = $runner->run( 'generate_excerpt', array( 'ids' => 'roses' ) );

		$this->assertIsArray( $jobs, is_wp_error( $jobs ) ? $jobs->get_error_message() : '' );
		$this->assertCount( 1, $jobs, 'Ids are de-duplicated as by the REST route.' );
		$this->assertSame( $post_id, $jobs[0]['post_id'] );
		$this->assertInstanceOf( \WP_Error::class, $bad );
		$this->assertSame( 'igny8_unknown_action', $runner->run( 'summon_demons', array() )->get_error_code() );
		$this->assertSame( 'igny8_cli_missing', $runner->run( 'generate_excerpt', array() )->get_error_code() );
	}

	/**
	 * Excerpt jobs the site knows.
	 *
	 * @return int
	 */
	private function excerpt_jobs(): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE function = %s', Schema::table( Schema::JOBS ), 'generate_excerpt' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	}

	/**
	 * Pulls the job as WP-Cron would until its result is applied.
	 *
	 * @param string $job_id Job id.
	 * @return array<string, mixed> The local row.
	 */
	private function pull_until_applied( string $job_id ): array {
		$pull = new Job_Pull();
		for ( $i = 0; $i < 60; $i++ ) {
			$row = $pull->pull( $job_id );
			$this->assertIsArray( $row, is_wp_error( $row ) ? $row->get_error_message() : '' );
			if ( null !== $row['applied_at'] ) {
				return $row;
			}
			usleep( 250000 );
		}
		$this->fail( "Job {$job_id} was not applied in 15 s." );
	}
}

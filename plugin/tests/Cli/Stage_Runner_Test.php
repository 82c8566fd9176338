<?php
/**
 * The service behind `wp igny8 run <stage>`.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Cli;

use Igny8\Cli\Stage_Runner;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Each stage picks what waits for it and starts it.
 */
final class Stage_Runner_Test extends TestCase {

	use Cloud_Fixtures;

	public function test_the_command_class_is_not_loaded_without_wp_cli(): void {
		$this->assertFalse( defined( 'WP_CLI' ) );
		$this->assertFalse( class_exists( \Igny8\Cli\Command::class, false ) );
	}

	public function test_cluster_ideas_and_tasks_stages(): void {
		$this->connect_site();
		$this->fake_cloud( static fn ( string $m, string $p, ?array $body ): array => array( 202, self::ok( array( 'job' => array( 'id' => 'job_' . $body['function'], 'status' => 'queued' ) ) ) ) );
		( new Keywords_Repository() )->insert( array( 'keyword' => 'compost', 'search_volume' => 5 ) );
		$runner = new Stage_Runner();

		$this->assertSame( 'job_auto_cluster', $runner->run( 'cluster' )['job_id'] );
		$this->assertSame( 'compost', $this->cloud_requests[0]['body']['input']['keywords'][0]['keyword'] );

		$this->assertSame( 'igny8_nothing_to_do', $runner->run( 'ideas' )->get_error_code() );
		( new Clusters_Repository() )->insert( array( 'name' => 'Compost', 'status' => 'active' ) );
		$this->assertSame( 'job_generate_ideas', $runner->run( 'ideas' )['job_id'] );

		( new Ideas_Repository() )->insert( array( 'title' => 'Idea', 'status' => 'draft', 'content_type' => 'post' ) );
		$this->assertCount( 1, $runner->run( 'tasks' )['tasks'] );
		$this->assertSame( 'job_generate_content', $runner->run( 'content' )['jobs'][0]['job_id'] );
		$this->assertSame( 'igny8_unknown_stage', $runner->run( 'publish' )->get_error_code() );
	}

	public function test_status_report_counts_without_network(): void {
		( new Keywords_Repository() )->insert( array( 'keyword' => 'compost' ) );
		$report = ( new \Igny8\Cli\Status_Report() )->build();

		$this->assertSame( 1, $report['counts']['keywords']['active'] );
		$this->assertFalse( $report['connection']['connected'] );
		$this->assertSame( 0, $report['outbox'] );
	}
}

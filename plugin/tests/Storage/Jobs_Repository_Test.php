<?php
/**
 * Tests for the local job mirror.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Storage;

use Igny8\Storage\Jobs_Repository;
use Igny8\Tests\TestCase;

/**
 * Upserts, final states and the apply claim.
 */
final class Jobs_Repository_Test extends TestCase {

	public function test_upserts_from_the_cloud_and_never_moves_a_final_status_back(): void {
		$jobs = new Jobs_Repository();
		$jobs->save_from_cloud( array( 'id' => 'job_1', 'function' => 'generate_content', 'status' => 'queued', 'reference' => array( 'task_id' => 4 ) ) );
		$jobs->save_from_cloud( array( 'id' => 'job_1', 'status' => 'running', 'progress' => 50, 'step' => 'Writing' ) );
		$jobs->save_from_cloud( array( 'id' => 'job_1', 'status' => 'completed', 'progress' => 100, 'step' => 'Done', 'credits_charged' => 9 ) );
		$jobs->save_from_cloud( array( 'id' => 'job_1', 'status' => 'running', 'progress' => 60, 'step' => 'Stale read' ) );

		$job = $jobs->find( 'job_1' );
		$this->assertSame( 'completed', $job['status'] );
		$this->assertSame( 100, $job['progress'] );
		$this->assertSame( 'Done', $job['step'] );
		$this->assertSame( 9, $job['credits_charged'] );
		$this->assertSame( 4, $job['task_id'] );
		$this->assertSame( 'generate_content', $job['function'] );
		$this->assertNull( $job['error'] );
	}

	public function test_exactly_one_claim_wins_until_released(): void {
		$jobs = new Jobs_Repository();
		$jobs->save_from_cloud( array( 'id' => 'job_2', 'status' => 'completed' ) );

		$this->assertTrue( $jobs->claim( 'job_2' ) );
		$this->assertFalse( $jobs->claim( 'job_2' ) );
		$jobs->release( 'job_2' );
		$this->assertTrue( $jobs->claim( 'job_2' ) );
		$this->assertFalse( $jobs->claim( 'job_unknown' ) );
	}
}

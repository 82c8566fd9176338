<?php
/**
 * Tests for the local job mirror.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Storage;

use Igny8\Storage\Jobs_Repository;
use Igny8\Storage\Schema;
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

	public function test_a_claim_is_not_applied_until_finished_and_a_finished_job_is_never_claimed_again(): void {
		$jobs = new Jobs_Repository();
		$jobs->save_from_cloud( array( 'id' => 'job_3', 'status' => 'completed' ) );

		$this->assertTrue( $jobs->claim( 'job_3' ) );
		$this->assertNotNull( $jobs->find( 'job_3' )['claimed_at'] );
		$this->assertNull( $jobs->find( 'job_3' )['applied_at'], 'claimed, not yet on this site' );
		$this->assertSame( array( 'job_3' ), array_column( $jobs->unapplied( '2000-01-01 00:00:00', 10 ), 'job_id' ) );

		$jobs->finish( 'job_3' );
		$this->assertNotNull( $jobs->find( 'job_3' )['applied_at'] );
		$this->assertSame( array(), $jobs->unapplied( '2000-01-01 00:00:00', 10 ) );
		$jobs->release( 'job_3' );
		$this->assertFalse( $jobs->claim( 'job_3' ), 'an applied job is never applied twice' );
	}

	public function test_a_claim_left_by_a_request_that_died_is_taken_over_after_it_goes_stale(): void {
		global $wpdb;
		$jobs = new Jobs_Repository();
		$jobs->save_from_cloud( array( 'id' => 'job_4', 'status' => 'completed' ) );
		$this->assertTrue( $jobs->claim( 'job_4' ) );
		$this->assertFalse( $jobs->claim( 'job_4' ), 'a live claim holds' );

		$wpdb->update(
			Schema::table( Schema::JOBS ),
			array( 'claimed_at' => gmdate( 'Y-m-d H:i:s', time() - Jobs_Repository::STALE_CLAIM_SECONDS - 5 ) ),
			array( 'job_id' => 'job_4' )
		);
		$this->assertTrue( $jobs->claim( 'job_4' ), 'a stale claim is taken over' );
	}
}

<?php
/**
 * Tests for the one reader of the cloud's serialised job.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Sync;

use Igny8\Sync\Job_Wire;
use Igny8\Tests\TestCase;

/**
 * The delivery body and the job API answer are the same job; Job_Wire reads both, and the
 * `job_id` of clouds from before that change.
 */
final class Job_Wire_Test extends TestCase {

	public function test_reads_the_serialised_job_as_the_job_api_answers_it(): void {
		$outcome = Job_Wire::outcome(
			array(
				'id'               => 'job_1',
				'site_id'          => 'site_1',
				'function'         => 'generate_ideas',
				'status'           => 'completed',
				'progress'         => 140,
				'step'             => 'done',
				'credits_reserved' => 5,
				'credits_charged'  => 4,
				'error'            => null,
				'reference'        => array( 'cluster_ids' => array( 3 ) ),
				'result'           => array( 'ideas' => array() ),
				'delivered_at'     => '2026-12-02T10:00:00Z',
			)
		);
		$this->assertSame(
			array(
				'job_id'          => 'job_1',
				'function'        => 'generate_ideas',
				'status'          => 'completed',
				'reference'       => array( 'cluster_ids' => array( 3 ) ),
				'result'          => array( 'ideas' => array() ),
				'error'           => null,
				'credits_charged' => 4,
				'progress'        => 100,
				'step'            => 'done',
				'delivered'       => true,
			),
			$outcome
		);
	}

	public function test_reads_the_job_id_of_an_older_cloud_and_takes_the_local_task_when_the_reference_is_missing(): void {
		$outcome = Job_Wire::outcome(
			array(
				'job_id'          => 'job_old',
				'status'          => 'failed',
				'error'           => 'The model refused.',
				'credits_charged' => -3,
			),
			array(
				'function' => 'generate_content',
				'task_id'  => 12,
			)
		);
		$this->assertIsArray( $outcome );
		$this->assertSame( 'job_old', $outcome['job_id'] );
		$this->assertSame( 'generate_content', $outcome['function'] );
		$this->assertSame( array( 'task_id' => 12 ), $outcome['reference'] );
		$this->assertSame( 0, $outcome['credits_charged'] );
		$this->assertFalse( $outcome['delivered'] );
	}

	public function test_refuses_what_is_not_a_job(): void {
		$this->assert_wp_error_code( 'igny8_invalid_job', Job_Wire::outcome( 'not json' ) );
		$this->assert_wp_error_code( 'igny8_invalid_job', Job_Wire::outcome( array( 'status' => 'completed' ) ) );
		$this->assert_wp_error_code( 'igny8_invalid_job', Job_Wire::outcome( array( 'id' => array( 'x' ) ) ) );
	}

	/**
	 * Asserts a WP_Error with the code.
	 *
	 * @param string $code  Expected code.
	 * @param mixed  $value Value.
	 */
	private function assert_wp_error_code( string $code, $value ): void {
		$this->assertInstanceOf( \WP_Error::class, $value );
		$this->assertSame( $code, $value->get_error_code() );
	}
}

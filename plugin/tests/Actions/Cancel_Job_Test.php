<?php
/**
 * Tests for cancelling a running job against the real Worker.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Actions;

use Igny8\Actions\Registry;
use Igny8\Storage\Tasks_Repository;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * POST igny8/v1/jobs/{id}/cancel: the model call is held (a scripted "timeout" of the fake model,
 * a test double) so the job is still running when the editor cancels it.
 */
final class Cancel_Job_Test extends TestCase {

	use Cloud_Fixtures;

	protected function setUp(): void {
		parent::setUp();
		$this->connect_test_cloud();
		$this->as_user( $this->create_user( 'editor' ) );
	}

	public function test_a_running_article_is_cancelled_its_credits_refunded_and_its_task_says_so(): void {
		$title   = 'Cancelled article ' . wp_generate_password( 8, false );
		$task_id = $this->create_task( array( 'title' => $title ) );
		$this->hold_model_calls_about( $title );
		$jobs = Registry::get( 'generate_content' )->run( array( 'ids' => array( $task_id ) ) );
		$this->assertIsArray( $jobs, is_wp_error( $jobs ) ? $jobs->get_error_message() : '' );
		$job_id = (string) $jobs[0]['job_id'];

		$cancelled = $this->rest( 'POST', "/igny8/v1/jobs/{$job_id}/cancel" );
		$again     = $this->rest( 'POST', "/igny8/v1/jobs/{$job_id}/cancel" );

		$this->assertSame( 200, $cancelled->get_status(), (string) wp_json_encode( $cancelled->get_data() ) );
		$this->assertSame( 'cancelled', $cancelled->get_data()['status'] );
		$this->assertTrue( $cancelled->get_data()['applied'] );
		$task = ( new Tasks_Repository() )->find( $task_id );
		$this->assertSame( 'failed', $task['status'] );
		$this->assertStringContainsString( 'Cancelled', (string) $task['error'] );
		$this->assertSame( 409, $again->get_status(), 'A finished job cannot be cancelled twice.' );
		$this->assertSame( 0, $this->net_credits( $job_id ), 'The reservation came back in full.' );
	}

	public function test_an_unknown_job_is_a_404_and_reaches_no_cloud(): void {
		$this->assert_rest_error( 'igny8_job_not_found', 404, $this->rest( 'POST', '/igny8/v1/jobs/not-a-job/cancel' ) );
	}

	/**
	 * Scripts the fake model (a test double) to hold the requests that mention the text.
	 *
	 * @param string $text Text the held requests contain.
	 */
	private function hold_model_calls_about( string $text ): void {
		// Long enough to cancel in, short enough not to keep the shared queue busy; the hold is
		// this entry's own, so a suite running beside this one keeps the shared setting.
		$this->control(
			array(
				'script' => array(
					array(
						'fault'   => 'timeout',
						'match'   => $text,
						'hold_ms' => 8000,
					),
				),
			)
		);
	}

	/**
	 * POST /__control of the fake model (a test double); its settings after the change.
	 *
	 * @param array<string, mixed> $body Changes.
	 * @return array<string, mixed>
	 */
	private function control( array $body ): array {
		$fake = (string) getenv( 'IGNY8_TEST_FAKE_MODEL_URL' );
		$this->assertNotSame( '', $fake, 'IGNY8_TEST_FAKE_MODEL_URL is not set: run the PHP tests with `npm test -- --only=php`.' );
		$response = wp_remote_post(
			$fake . '/__control',
			array(
				'headers' => array( 'content-type' => 'application/json' ),
				'body'    => array() === $body ? '{}' : (string) wp_json_encode( $body ),
			)
		);
		$this->assertSame( 200, wp_remote_retrieve_response_code( $response ), is_wp_error( $response ) ? $response->get_error_message() : '' );
		return (array) json_decode( wp_remote_retrieve_body( $response ), true );
	}

	/**
	 * What the ledger moved for a job: its reservation and refund summed.
	 *
	 * @param string $job_id Job id.
	 * @return int
	 */
	private function net_credits( string $job_id ): int {
		$this->as_user( $this->create_user( 'administrator' ) ); // The ledger is the administrator's to read.
		$total = 0;
		foreach ( array( 'reserve', 'refund', 'settle' ) as $kind ) {
			$items = $this->rest( 'GET', '/igny8/v1/billing/transactions', array( 'kind' => $kind, 'per_page' => 100 ) )->get_data();
			foreach ( (array) $items as $item ) {
				if ( ( $item['job_id'] ?? '' ) === $job_id ) {
					$total += (int) $item['amount'];
				}
			}
		}
		return $total;
	}
}

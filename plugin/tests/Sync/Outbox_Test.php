<?php
/**
 * The sync outbox.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Sync;

use Igny8\Sync\Outbox;
use Igny8\Sync\Outbox_Cron;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Rows leave only after the cloud accepted them; failures back off and are retried.
 */
final class Outbox_Test extends TestCase {

	use Cloud_Fixtures;

	public function test_sends_due_rows_to_the_sync_endpoint_and_removes_them(): void {
		$this->connect_site();
		$this->fake_cloud( static fn (): array => array( 200, self::ok( array( 'accepted' => 2 ) ) ) );
		$outbox = new Outbox();
		$outbox->push( 11, $this->payload( 11, 'publish' ) );
		$outbox->push( 12, $this->payload( 12, 'draft' ) );

		$result = ( new Outbox_Cron() )->run();

		$this->assertSame( array( 'sent' => 2, 'pending' => 0, 'error' => null ), $result );
		$this->assertSame( '/api/v1/integration/integrations/site_1/sync/', $this->cloud_requests[0]['path'] );
		$this->assertSame( array( 11, 12 ), array_column( $this->cloud_requests[0]['body']['posts'], 'post_id' ) );
		$this->assertSame( $this->site_key, $this->cloud_requests[0]['headers']['X-IGNY8-API-Key'] );
	}

	public function test_failures_keep_every_row_and_back_off_exponentially(): void {
		$this->connect_site();
		$this->fake_cloud( static fn (): array => array( 503, self::fail_envelope( 'Down for maintenance' ) ) );
		$outbox = new Outbox();
		$outbox->push( 21, $this->payload( 21, 'publish' ) );

		$first = $outbox->flush();
		$this->assertSame( 0, $first['sent'] );
		$this->assertSame( 1, $first['pending'] );
		$row = $outbox->all()[0];
		$this->assertSame( '1', $row['attempts'] );
		$this->assertStringContainsString( 'Down for maintenance', $row['last_error'] );
		$this->assertEqualsWithDelta( time() + 60, strtotime( $row['next_attempt_at'] . ' UTC' ), 5 );

		// Not due yet: nothing is sent.
		$this->assertSame( 0, $outbox->flush()['sent'] );
		$this->assertCount( 1, $this->cloud_requests );

		// Due again: a second failure doubles the wait.
		global $wpdb;
		$wpdb->query( "UPDATE {$wpdb->prefix}igny8_outbox SET next_attempt_at = '2000-01-01 00:00:00'" );
		$outbox->flush();
		$row = $outbox->all()[0];
		$this->assertSame( '2', $row['attempts'] );
		$this->assertEqualsWithDelta( time() + 120, strtotime( $row['next_attempt_at'] . ' UTC' ), 5 );
	}

	public function test_a_newer_status_replaces_the_pending_one_and_resets_the_wait(): void {
		$outbox = new Outbox();
		$outbox->push( 31, $this->payload( 31, 'draft' ) );
		$outbox->flush(); // Not connected: kept, backed off.
		$outbox->push( 31, $this->payload( 31, 'publish' ) );

		$rows = $outbox->all();
		$this->assertCount( 1, $rows );
		$this->assertSame( 'publish', json_decode( $rows[0]['payload'], true )['status'] );
		$this->assertLessThanOrEqual( time(), strtotime( $rows[0]['next_attempt_at'] . ' UTC' ) );
	}

	/**
	 * A sync payload.
	 *
	 * @return array<string, mixed>
	 */
	private function payload( int $post_id, string $status ): array {
		return array( 'task_id' => null, 'post_id' => $post_id, 'status' => $status, 'url' => null, 'updated_at' => '2026-01-01 00:00:00' );
	}
}

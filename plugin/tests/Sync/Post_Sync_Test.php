<?php
/**
 * WP → IGNY8 status sync of managed posts.
 *
 * @package Igny8\Tests
 */

declare( strict_types=1 );

namespace Igny8\Tests\Sync;

use Igny8\Storage\Tasks_Repository;
use Igny8\Sync\Outbox;
use Igny8\Sync\Outbox_Cron;
use Igny8\Tests\Support\Cloud_Fixtures;
use Igny8\Tests\TestCase;

require_once dirname( __DIR__ ) . '/Support/Cloud_Fixtures.php';

/**
 * Publishing or editing a managed post updates its task and meta and queues the change.
 */
final class Post_Sync_Test extends TestCase {

	use Cloud_Fixtures;

	public function test_publishing_a_managed_post_updates_task_meta_and_queues_the_status(): void {
		$task_id = $this->create_task();
		$post_id = wp_insert_post( array( 'post_title' => 'Compost', 'post_status' => 'draft', 'meta_input' => array( '_igny8_managed' => 1, '_igny8_task_id' => $task_id ) ) );
		update_post_meta( $post_id, '_igny8_last_synced', '2000-01-01 00:00:00' );

		wp_update_post( array( 'ID' => $post_id, 'post_status' => 'publish' ) );

		$this->assertSame( 'publish', get_post_meta( $post_id, '_igny8_wordpress_status', true ) );
		$this->assertNotSame( '2000-01-01 00:00:00', get_post_meta( $post_id, '_igny8_last_synced', true ) );
		$task = ( new Tasks_Repository() )->find( $task_id );
		$this->assertSame( array( 'completed', $post_id, get_permalink( $post_id ) ), array( $task['status'], $task['assigned_post_id'], $task['post_url'] ) );

		$queued = ( new Outbox() )->all();
		$this->assertCount( 1, $queued, 'one row per post, holding the latest status' );
		$payload = json_decode( $queued[0]['payload'], true );
		$this->assertSame( array( $task_id, $post_id, 'publish', get_permalink( $post_id ) ), array( $payload['task_id'], $payload['post_id'], $payload['status'], $payload['url'] ) );
		$this->assertNotFalse( wp_next_scheduled( Outbox_Cron::FLUSH_NOW_HOOK ), 'sent right after the request, not during it' );
	}

	public function test_editing_without_a_status_change_is_synced_too(): void {
		$post_id = wp_insert_post( array( 'post_title' => 'Compost', 'post_status' => 'draft', 'meta_input' => array( '_igny8_managed' => 1 ) ) );
		( new Outbox() )->flush( new \Igny8\Cloud\Connection() ); // Not connected: the row stays.
		global $wpdb;
		$wpdb->query( "DELETE FROM {$wpdb->prefix}igny8_outbox" );

		wp_update_post( array( 'ID' => $post_id, 'post_title' => 'Compost, edited' ) );

		$this->assertSame( 'draft', json_decode( ( new Outbox() )->all()[0]['payload'], true )['status'] );
	}

	public function test_posts_igny8_does_not_manage_are_ignored(): void {
		$post_id = wp_insert_post( array( 'post_title' => 'Mine', 'post_status' => 'draft' ) );
		wp_update_post( array( 'ID' => $post_id, 'post_status' => 'publish' ) );

		$this->assertSame( array(), ( new Outbox() )->all() );
		$this->assertSame( '', get_post_meta( $post_id, '_igny8_wordpress_status', true ) );
	}
}

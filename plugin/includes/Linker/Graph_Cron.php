<?php
/**
 * Background rebuild of the link graph.
 *
 * @package Igny8\Linker
 */

declare( strict_types=1 );

namespace Igny8\Linker;

use Igny8\Storage\Schema;

defined( 'ABSPATH' ) || exit;

/**
 * A single WP-Cron event per batch: index one batch, then schedule the next with its cursor until
 * every published post is read. Used after the schema upgrade that introduced the graph.
 *
 * @since 0.3.0
 */
final class Graph_Cron {

	/**
	 * Cron hook; its argument is the cursor.
	 *
	 * @since 0.3.0
	 */
	public const HOOK = Schema::LINK_GRAPH_REBUILD_HOOK;

	/**
	 * Hooks the event.
	 *
	 * @since 0.3.0
	 */
	public function init(): void {
		add_action( self::HOOK, array( $this, 'run' ) );
	}

	/**
	 * Indexes one batch and schedules the next.
	 *
	 * @internal
	 *
	 * @param int $cursor Cursor.
	 */
	public function run( $cursor = 0 ): void {
		$step = ( new Graph_Builder() )->rebuild_batch( (int) $cursor );
		if ( ! $step['done'] ) {
			wp_schedule_single_event( time(), self::HOOK, array( $step['cursor'] ) );
		}
	}
}

<?php
/**
 * WP-Cron sender of the outbox.
 *
 * @package Igny8\Sync
 */

declare( strict_types=1 );

namespace Igny8\Sync;

defined( 'ABSPATH' ) || exit;

/**
 * A single event right after a change sends it promptly; a five-minute recurring event retries
 * whatever failed, honouring each row's backoff.
 *
 * @since 0.2.0
 */
class Outbox_Cron {

	/**
	 * Recurring hook.
	 *
	 * @since 0.2.0
	 */
	public const HOOK = 'igny8_sync_outbox';

	/**
	 * One-off hook scheduled after a change.
	 *
	 * @since 0.2.0
	 */
	public const FLUSH_NOW_HOOK = 'igny8_sync_outbox_now';

	/**
	 * Hooks the handlers.
	 *
	 * @since 0.2.0
	 */
	public function init(): void {
		add_action( self::HOOK, array( $this, 'run' ) );
		add_action( self::FLUSH_NOW_HOOK, array( $this, 'run' ) );
		add_action( 'admin_init', array( self::class, 'schedule' ) );
	}

	/**
	 * Schedules the recurring event (the five-minute schedule comes from Pull_Cron).
	 *
	 * @since 0.2.0
	 */
	public static function schedule(): void {
		if ( false === wp_next_scheduled( self::HOOK ) ) {
			wp_schedule_event( time() + MINUTE_IN_SECONDS, Pull_Cron::SCHEDULE, self::HOOK );
		}
	}

	/**
	 * Removes the events.
	 *
	 * @since 0.2.0
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::HOOK );
		wp_clear_scheduled_hook( self::FLUSH_NOW_HOOK );
	}

	/**
	 * Schedules a one-off send unless one is pending.
	 *
	 * @since 0.2.0
	 */
	public static function send_soon(): void {
		if ( false === wp_next_scheduled( self::FLUSH_NOW_HOOK ) ) {
			wp_schedule_single_event( time(), self::FLUSH_NOW_HOOK );
		}
	}

	/**
	 * Sends what is due.
	 *
	 * @since 0.2.0
	 *
	 * @return array{sent:int, pending:int, error:string|null}
	 */
	public function run(): array {
		return ( new Outbox() )->flush();
	}
}

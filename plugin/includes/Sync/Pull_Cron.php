<?php
/**
 * WP-Cron pull fallback.
 *
 * @package Igny8\Sync
 */

declare( strict_types=1 );

namespace Igny8\Sync;

use Igny8\Cloud\Connection;
use Igny8\Storage\Jobs_Repository;
use Igny8\System\Cron_Schedule;

defined( 'ABSPATH' ) || exit;

/**
 * Every five minutes, pulls jobs whose results have not been applied yet. Covers sites the cloud
 * cannot reach (local sites, firewalls) and deliveries that were lost.
 *
 * @since 0.1.0
 */
class Pull_Cron {

	/**
	 * Cron hook.
	 *
	 * @since 0.1.0
	 */
	public const HOOK = 'igny8_pull_jobs';

	/**
	 * Cron schedule name.
	 *
	 * @since 0.1.0
	 */
	public const SCHEDULE = Cron_Schedule::NAME;

	/**
	 * One-off pull while a job started here is still unapplied (see soon()).
	 *
	 * @since 0.3.0
	 */
	public const SOON_HOOK = 'igny8_pull_jobs_soon';

	/**
	 * Seconds between the one-off pulls.
	 *
	 * @since 0.3.0
	 */
	private const SOON_SECONDS = 20;

	/**
	 * How long after its creation an unapplied job keeps the one-off pulls going.
	 *
	 * @since 0.3.0
	 */
	private const FOLLOW_SECONDS = 30 * MINUTE_IN_SECONDS;

	/**
	 * Jobs handled per run, to keep a cron request short.
	 */
	private const BATCH = 20;

	/**
	 * Hooks the schedule and the handler.
	 *
	 * @since 0.1.0
	 */
	public function init(): void {
		Cron_Schedule::register();
		add_action( self::HOOK, array( $this, 'run' ) );
		add_action( self::SOON_HOOK, array( $this, 'run_soon' ) );
		add_action( 'igny8_job_started', array( self::class, 'soon' ), 10, 0 );
		// Sites that updated the plugin without reactivating it get the event too.
		add_action( 'admin_init', array( self::class, 'schedule' ) );
	}

	/**
	 * Schedules the event unless it already is.
	 *
	 * @since 0.1.0
	 */
	public static function schedule(): void {
		if ( false === wp_next_scheduled( self::HOOK ) ) {
			wp_schedule_event( time() + MINUTE_IN_SECONDS, self::SCHEDULE, self::HOOK );
		}
	}

	/**
	 * Removes every scheduled run.
	 *
	 * @since 0.1.0
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::HOOK );
		wp_clear_scheduled_hook( self::SOON_HOOK );
	}

	/**
	 * Asks for a pull in SOON_SECONDS (once, however often it is asked): results are applied by the
	 * signed delivery or by WP-Cron, never by a status read, so a site the cloud cannot reach still
	 * gets its result while the editor waits.
	 *
	 * @since 0.3.0
	 */
	public static function soon(): void {
		if ( false === wp_next_scheduled( self::SOON_HOOK ) ) {
			wp_schedule_single_event( time() + self::SOON_SECONDS, self::SOON_HOOK );
		}
	}

	/**
	 * The one-off pull: pulls, then asks again while a recent job is still unapplied.
	 *
	 * @since 0.3.0
	 *
	 * @return int Jobs refreshed.
	 */
	public function run_soon(): int {
		$count = $this->run();
		$open  = ( new Jobs_Repository() )->unapplied( gmdate( 'Y-m-d H:i:s', time() - self::FOLLOW_SECONDS ), 1 );
		if ( array() !== $open && ( new Connection() )->is_connected() ) {
			self::soon();
		}
		return $count;
	}

	/**
	 * Pulls a batch of unapplied jobs from the last seven days (the cloud keeps results that long).
	 *
	 * @since 0.1.0
	 *
	 * @return int Jobs pulled.
	 */
	public function run(): int {
		$connection = new Connection();
		if ( ! $connection->is_connected() ) {
			return 0;
		}
		$jobs  = new Jobs_Repository();
		$pull  = new Job_Pull( $connection, $jobs );
		$since = gmdate( 'Y-m-d H:i:s', time() - 7 * DAY_IN_SECONDS );
		$count = 0;
		foreach ( $jobs->unapplied( $since, self::BATCH ) as $job ) {
			$result = $pull->pull( $job['job_id'] );
			// One unreachable cloud means all calls would fail: stop until the next run.
			if ( is_wp_error( $result ) && 'igny8_cloud_unreachable' === $result->get_error_code() ) {
				break;
			}
			++$count;
		}
		return $count;
	}
}

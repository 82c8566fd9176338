<?php
/**
 * Activation and deactivation.
 *
 * @package Igny8
 */

declare( strict_types=1 );

namespace Igny8;

use Igny8\Security\Capabilities;
use Igny8\Storage\Schema;
use Igny8\Sync\Outbox_Cron;
use Igny8\Sync\Pull_Cron;

defined( 'ABSPATH' ) || exit;

/**
 * Runs on plugin activation and deactivation. Uninstall lives in Uninstaller.
 *
 * @since 0.1.0
 */
final class Lifecycle {

	/**
	 * Creates or upgrades the tables and schedules the pull fallback.
	 *
	 * @since 0.1.0
	 */
	public static function activate(): void {
		( new Schema() )->install();
		Capabilities::install();
		Pull_Cron::schedule();
		Outbox_Cron::schedule();
	}

	/**
	 * Stops background work. Data stays until the plugin is deleted.
	 *
	 * @since 0.1.0
	 */
	public static function deactivate(): void {
		Pull_Cron::unschedule();
		Outbox_Cron::unschedule();
	}
}

<?php
/**
 * Activation and deactivation.
 *
 * @package Igny8
 */

declare( strict_types=1 );

namespace Igny8;

use Igny8\Security\Capabilities;
use Igny8\Setup\Activation_Redirect;
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
	 * Creates or upgrades the tables, schedules the pull fallback, and opens the Setup wizard next.
	 *
	 * @since 0.1.0
	 *
	 * @param bool $network_wide Whether the plugin was activated for the whole network (WordPress passes it).
	 */
	public static function activate( $network_wide = false ): void {
		( new Schema() )->install();
		Capabilities::install();
		Pull_Cron::schedule();
		Outbox_Cron::schedule();
		Activation_Redirect::remember( (bool) $network_wide );
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

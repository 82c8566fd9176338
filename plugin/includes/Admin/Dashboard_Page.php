<?php
/**
 * The IGNY8 → Dashboard screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

use Igny8\Cloud\Connection;
use Igny8\Setup\Setup_State;

defined( 'ABSPATH' ) || exit;

/**
 * The pipeline at a glance: keywords → clusters → ideas → tasks → drafts → published, credits left, recent jobs.
 *
 * @since 0.2.0
 */
class Dashboard_Page extends Screen {

	/**
	 * Menu slug.
	 *
	 * @since 0.2.0
	 */
	public const SLUG = 'igny8';

	/**
	 * Capability a user needs to open the screen.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function capability(): string {
		return 'edit_posts';
	}

	/**
	 * Page slug.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function slug(): string {
		return self::SLUG;
	}

	/**
	 * Menu label.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function menu_title(): string {
		return __( 'Dashboard', 'igny8' );
	}

	/**
	 * Heading.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function title(): string {
		return __( 'IGNY8 Dashboard', 'igny8' );
	}

	/**
	 * Entry name in build/admin-ui/.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	protected function entry(): string {
		return 'dashboard';
	}

	/**
	 * Initial state (no cloud call).
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	protected function initial_state(): array {
		$connected = ( new Connection() )->is_connected();
		// Counts and jobs are local reads, so the first paint has them; the credits need the cloud and
		// are fetched by the screen (GET system/dashboard), so a slow cloud never delays the page.
		return array(
			'stages'           => Pipeline_Report::stages(),
			'recentJobs'       => Pipeline_Report::recent_jobs(),
			'connected'        => $connected,
			'settingsUrl'      => current_user_can( 'igny8_manage' ) ? admin_url( 'admin.php?page=igny8-settings' ) : null,
			'plannerUrl'       => admin_url( 'admin.php?page=igny8-planner' ),
			// Planner → Opportunities: keywords to cluster or write for, queries close to page one.
			'opportunitiesUrl' => current_user_can( 'igny8_plan' ) ? admin_url( 'admin.php?page=igny8-planner&tab=opportunities' ) : null,
			'writerUrl'        => admin_url( 'admin.php?page=igny8-writer' ),
			'strategiesUrl'    => current_user_can( 'igny8_plan' ) ? admin_url( 'admin.php?page=' . Strategies_Page::SLUG ) : null,
			'creditsUrl'       => current_user_can( 'igny8_manage' ) ? admin_url( 'admin.php?page=igny8-credits' ) : null,
			'helpUrl'          => admin_url( 'admin.php?page=' . Help_Page::SLUG ),
			// "Finish setup" until no wizard step is pending, for those who may run the wizard.
			'setupUrl'         => current_user_can( 'manage_options' ) && ! Setup_State::is_complete( $connected ) ? Setup_State::page_url() : null,
		);
	}
}

<?php
/**
 * The IGNY8 → Credits screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

use Igny8\Cloud\Connection;

defined( 'ABSPATH' ) || exit;

/**
 * Balance, usage per day and per AI function, and the transactions of the account.
 *
 * @since 0.2.0
 */
class Credits_Page extends Screen {

	/**
	 * Menu slug.
	 *
	 * @since 0.2.0
	 */
	public const SLUG = 'igny8-credits';

	/**
	 * Capability a user needs to open the screen.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function capability(): string {
		return 'igny8_manage';
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
		return __( 'Credits', 'igny8' );
	}

	/**
	 * Heading.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function title(): string {
		return __( 'IGNY8 Credits', 'igny8' );
	}

	/**
	 * Entry name in build/admin-ui/.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	protected function entry(): string {
		return 'credits';
	}

	/**
	 * {connected, settingsUrl (only for users who may open Settings)}; no cloud call.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	protected function initial_state(): array {
		$state = array( 'connected' => ( new Connection() )->is_connected() );
		if ( current_user_can( 'manage_options' ) ) {
			$state['settingsUrl'] = admin_url( 'admin.php?page=' . Settings_Page::SLUG );
		}
		return $state;
	}
}

<?php
/**
 * The IGNY8 → Optimizer screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * Posts by optimisation score with their top issues, and optimize_content for selected posts.
 *
 * @since 0.2.0
 */
class Optimizer_Page extends Screen {

	/**
	 * Menu slug.
	 *
	 * @since 0.2.0
	 */
	public const SLUG = 'igny8-optimizer';

	/**
	 * Capability a user needs to open the screen.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function capability(): string {
		return 'igny8_write';
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
		return __( 'Optimizer', 'igny8' );
	}

	/**
	 * Heading.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function title(): string {
		return __( 'IGNY8 Optimizer', 'igny8' );
	}

	/**
	 * Entry name in build/admin-ui/.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	protected function entry(): string {
		return 'optimizer';
	}

	/**
	 * Initial state (no cloud call).
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	protected function initial_state(): array {
		return array(
			'settingsUrl' => current_user_can( 'igny8_manage' ) ? admin_url( 'admin.php?page=igny8-settings' ) : null,
			'connected'   => ( new \Igny8\Cloud\Connection() )->is_connected(),
		);
	}
}

<?php
/**
 * The IGNY8 → Automation screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * Automation rules, their run log, pause/resume and dry runs.
 *
 * @since 0.2.0
 */
class Automation_Page extends Screen {

	/**
	 * Menu slug.
	 *
	 * @since 0.2.0
	 */
	public const SLUG = 'igny8-automation';

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
		return __( 'Automation', 'igny8' );
	}

	/**
	 * Heading.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function title(): string {
		return __( 'IGNY8 Automation', 'igny8' );
	}

	/**
	 * Entry name in build/admin-ui/.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	protected function entry(): string {
		return 'automation';
	}

	/**
	 * Initial state (no cloud call).
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	protected function initial_state(): array {
		$sectors = ( new \Igny8\Storage\Sectors_Repository() )->query(
			array(
				'per_page' => 100,
				'orderby'  => 'name',
				'order'    => 'asc',
			)
		)['items'];
		return array(
			'settingsUrl' => current_user_can( 'igny8_manage' ) ? admin_url( 'admin.php?page=igny8-settings' ) : null,
			'canManage'   => current_user_can( 'igny8_manage' ),
			'sectors'     => array_map(
				static fn ( array $s ): array => array(
					'id'   => (int) $s['id'],
					'name' => (string) $s['name'],
				),
				$sectors
			),
			'timezone'    => wp_timezone_string(),
		);
	}
}

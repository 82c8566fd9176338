<?php
/**
 * The IGNY8 → Planner screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * Keywords, clusters and ideas in DataViews tables, with CSV import and the planning actions.
 *
 * @since 0.2.0
 */
class Planner_Page extends Screen {

	/**
	 * Menu slug.
	 *
	 * @since 0.2.0
	 */
	public const SLUG = 'igny8-planner';

	/**
	 * Capability a user needs to open the screen.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function capability(): string {
		return 'igny8_plan';
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
		return __( 'Planner', 'igny8' );
	}

	/**
	 * Heading.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public function title(): string {
		return __( 'IGNY8 Planner', 'igny8' );
	}

	/**
	 * Entry name in build/admin-ui/.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	protected function entry(): string {
		return 'planner';
	}

	/**
	 * Initial state (no cloud call).
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	protected function initial_state(): array {
		return array();
	}
}

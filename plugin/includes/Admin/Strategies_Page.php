<?php
/**
 * The IGNY8 → Strategies screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

defined( 'ABSPATH' ) || exit;

/**
 * Named, reusable bundles of writing choices (length, structure, tone, images, FAQ, takeaways, links).
 *
 * @since 0.6.0
 */
class Strategies_Page extends Screen {

	/**
	 * Menu slug.
	 *
	 * @since 0.6.0
	 */
	public const SLUG = 'igny8-strategies';

	/**
	 * Capability a user needs to open the screen.
	 *
	 * @since 0.6.0
	 *
	 * @return string
	 */
	public function capability(): string {
		return 'igny8_plan';
	}

	/**
	 * Page slug.
	 *
	 * @since 0.6.0
	 *
	 * @return string
	 */
	public function slug(): string {
		return self::SLUG;
	}

	/**
	 * Menu label.
	 *
	 * @since 0.6.0
	 *
	 * @return string
	 */
	public function menu_title(): string {
		return __( 'Strategies', 'igny8' );
	}

	/**
	 * Heading.
	 *
	 * @since 0.6.0
	 *
	 * @return string
	 */
	public function title(): string {
		return __( 'IGNY8 Strategies', 'igny8' );
	}

	/**
	 * Entry name in build/admin-ui/.
	 *
	 * @since 0.6.0
	 *
	 * @return string
	 */
	protected function entry(): string {
		return 'strategies';
	}

	/**
	 * Initial state (no cloud call): where author profiles are managed, for those who may.
	 *
	 * @since 0.6.0
	 *
	 * @return array<string, mixed>
	 */
	protected function initial_state(): array {
		return array(
			'profilesUrl' => current_user_can( 'igny8_manage' ) ? admin_url( 'admin.php?page=igny8-settings' ) : null,
		);
	}
}

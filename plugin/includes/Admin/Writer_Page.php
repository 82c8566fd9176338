<?php
/**
 * The IGNY8 → Writer screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

use Igny8\Cloud\Connection;

defined( 'ABSPATH' ) || exit;

/**
 * Tabs Tasks (the title + brief form → task → generate_content job → draft, and the tasks table
 * with the Generate content / Generate images bulk actions), Drafts, Published and Images.
 *
 * @since 0.1.0
 */
class Writer_Page extends Screen {

	/**
	 * Menu slug.
	 *
	 * @since 0.1.0
	 */
	public const SLUG = 'igny8-writer';

	/**
	 * Capability: anyone who writes posts.
	 *
	 * @since 0.1.0
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
		return __( 'Writer', 'igny8' );
	}

	/**
	 * Heading.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function title(): string {
		return __( 'IGNY8 Writer', 'igny8' );
	}

	/**
	 * Entry name in build/admin-ui/.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	protected function entry(): string {
		return 'writer';
	}

	/**
	 * {connected, settingsUrl (only for users who may open Settings)}.
	 *
	 * @since 0.1.0
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

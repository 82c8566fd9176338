<?php
/**
 * The IGNY8 → Settings screen.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

use Igny8\Cloud\Connection;
use Igny8\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * Connects the site to the IGNY8 cloud (Cloud URL + site API key), tests and disconnects it.
 * The key is sent once to WP REST and never comes back to the browser. Its other sections (AI
 * models, prompts, author profiles, sectors) edit site options through the igny8/v1 REST routes,
 * which check the same capabilities the screen is told about in its initial state.
 *
 * @since 0.1.0
 */
class Settings_Page extends Screen {

	/**
	 * Menu slug.
	 *
	 * @since 0.1.0
	 */
	public const SLUG = 'igny8-settings';

	/**
	 * Capability: only administrators manage the connection.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function capability(): string {
		return 'manage_options';
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
		return __( 'Settings', 'igny8' );
	}

	/**
	 * Heading.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function title(): string {
		return __( 'IGNY8 Settings', 'igny8' );
	}

	/**
	 * Entry name in build/admin-ui/.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	protected function entry(): string {
		return 'settings';
	}

	/**
	 * {connection: GET /system/connection shape (no cloud call), defaultCloudUrl, capabilities}.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	protected function initial_state(): array {
		$connection = new Connection();
		return array(
			'connection'      => $connection->status(),
			'defaultCloudUrl' => $connection->cloud_url(),
			// Which sections the user may change (the REST routes enforce the same capabilities).
			'capabilities'    => array(
				'manage' => current_user_can( Capabilities::MANAGE ),
				'write'  => current_user_can( Capabilities::WRITE ),
				'plan'   => current_user_can( Capabilities::PLAN ),
			),
		);
	}
}

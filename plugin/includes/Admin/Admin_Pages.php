<?php
/**
 * The IGNY8 menu in wp-admin and everything the screens and editor need.
 *
 * @package Igny8\Admin
 */

declare( strict_types=1 );

namespace Igny8\Admin;

use Igny8\Assets\Asset_Loader;
use Igny8\Blocks\Block_Registry;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the "IGNY8" menu (one entry per screen, the Dashboard first), enqueues each screen's
 * assets only on its own page (load-{$hook}) and wires block and editor-sidebar registration.
 * Plugin.php calls init().
 *
 * @since 0.1.0
 */
final class Admin_Pages {

	/**
	 * Slug of the top-level menu, which opens the Dashboard.
	 *
	 * @since 0.1.0
	 */
	public const MENU_SLUG = Dashboard_Page::SLUG;

	/**
	 * Asset loader shared by screens and blocks.
	 *
	 * @var Asset_Loader
	 */
	private Asset_Loader $assets;

	/**
	 * The screens, in menu order; the first one is the top-level page.
	 *
	 * @var Screen[]
	 */
	private array $screens;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Asset_Loader|null $assets Loader; defaults to one for this plugin.
	 */
	public function __construct( ?Asset_Loader $assets = null ) {
		$this->assets  = $assets ?? Asset_Loader::for_plugin();
		$this->screens = array(
			new Dashboard_Page( $this->assets ),
			new Planner_Page( $this->assets ),
			new Writer_Page( $this->assets ),
			new Strategies_Page( $this->assets ),
			new Linker_Page( $this->assets ),
			new Optimizer_Page( $this->assets ),
			new Automation_Page( $this->assets ),
			new Credits_Page( $this->assets ),
			new Settings_Page( $this->assets ),
			new Setup_Page( $this->assets ),
			new Help_Page( $this->assets ),
		);
	}

	/**
	 * Hooks menus, screen assets, blocks and the editor sidebar.
	 *
	 * @since 0.1.0
	 */
	public function init(): void {
		add_action( 'admin_menu', array( $this, 'register_menus' ) );
		( new Block_Registry( $this->assets ) )->init();
	}

	/**
	 * The screens, in menu order.
	 *
	 * @since 0.2.0
	 *
	 * @return Screen[]
	 */
	public function screens(): array {
		return $this->screens;
	}

	/**
	 * Registers the IGNY8 menu and its screens, and their load-{$hook} actions.
	 *
	 * @since 0.1.0
	 */
	public function register_menus(): void {
		$top = $this->screens[0];
		add_menu_page(
			$top->title(),
			__( 'IGNY8', 'igny8' ),
			$top->capability(),
			self::MENU_SLUG,
			array( $top, 'render_page' ),
			'dashicons-welcome-write-blog',
			26
		);

		// The first submenu entry has the menu's slug, so it reads "Dashboard", not "IGNY8".
		foreach ( $this->screens as $screen ) {
			$hook = add_submenu_page(
				self::MENU_SLUG,
				$screen->title(),
				$screen->menu_title(),
				$screen->capability(),
				$screen->slug(),
				array( $screen, 'render_page' )
			);
			if ( $hook ) {
				add_action( "load-{$hook}", array( $screen, 'on_load' ) );
			}
		}
	}
}

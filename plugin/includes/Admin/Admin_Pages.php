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
 * Adds the "IGNY8" menu (Writer, Settings), enqueues each screen's assets only on its own
 * page (load-{$hook}) and wires block and editor-sidebar registration. Plugin.php calls init().
 *
 * @since 0.1.0
 */
final class Admin_Pages {

	/**
	 * Slug of the top-level menu, which opens the Writer.
	 *
	 * @since 0.1.0
	 */
	public const MENU_SLUG = Writer_Page::SLUG;

	/**
	 * Old/alternative slug of the Writer; redirected to the menu slug.
	 *
	 * @since 0.1.0
	 */
	public const WRITER_ALIAS_SLUG = 'igny8-writer';

	/**
	 * Asset loader shared by screens and blocks.
	 *
	 * @var Asset_Loader
	 */
	private Asset_Loader $assets;

	/**
	 * Writer screen.
	 *
	 * @var Writer_Page
	 */
	private Writer_Page $writer;

	/**
	 * Settings screen.
	 *
	 * @var Settings_Page
	 */
	private Settings_Page $settings;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Asset_Loader|null $assets Loader; defaults to one for this plugin.
	 */
	public function __construct( ?Asset_Loader $assets = null ) {
		$this->assets   = $assets ?? Asset_Loader::for_plugin();
		$this->writer   = new Writer_Page( $this->assets );
		$this->settings = new Settings_Page( $this->assets );
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
	 * Registers the IGNY8 menu and its screens, and their load-{$hook} actions.
	 *
	 * @since 0.1.0
	 */
	public function register_menus(): void {
		$writer_hook = add_menu_page(
			$this->writer->title(),
			__( 'IGNY8', 'igny8' ),
			$this->writer->capability(),
			self::MENU_SLUG,
			array( $this->writer, 'render_page' ),
			'dashicons-welcome-write-blog',
			26
		);

		// Same slug as the menu: the first submenu entry reads "Writer" instead of "IGNY8".
		add_submenu_page(
			self::MENU_SLUG,
			$this->writer->title(),
			__( 'Writer', 'igny8' ),
			$this->writer->capability(),
			self::MENU_SLUG,
			array( $this->writer, 'render_page' )
		);

		$settings_hook = add_submenu_page(
			self::MENU_SLUG,
			$this->settings->title(),
			__( 'Settings', 'igny8' ),
			$this->settings->capability(),
			Settings_Page::SLUG,
			array( $this->settings, 'render_page' )
		);

		// Hidden page (no parent): admin.php?page=igny8-writer leads to the Writer too.
		$alias_hook = add_submenu_page(
			'',
			$this->writer->title(),
			'',
			$this->writer->capability(),
			self::WRITER_ALIAS_SLUG,
			array( $this->writer, 'render_page' )
		);

		if ( $writer_hook ) {
			add_action( "load-{$writer_hook}", array( $this->writer, 'on_load' ) );
		}
		if ( $settings_hook ) {
			add_action( "load-{$settings_hook}", array( $this->settings, 'on_load' ) );
		}
		if ( $alias_hook ) {
			add_action( "load-{$alias_hook}", array( $this, 'redirect_writer_alias' ) );
		}
	}

	/**
	 * Sends admin.php?page=igny8-writer to the Writer's one URL.
	 *
	 * @since 0.1.0
	 */
	public function redirect_writer_alias(): void {
		wp_safe_redirect( admin_url( 'admin.php?page=' . self::MENU_SLUG ) );
		exit;
	}
}

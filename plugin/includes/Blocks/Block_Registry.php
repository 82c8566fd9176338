<?php
/**
 * Registers the IGNY8 blocks and the editor sidebar.
 *
 * @package Igny8\Blocks
 */

declare( strict_types=1 );

namespace Igny8\Blocks;

use Igny8\Assets\Asset_Loader;
use Igny8\Editor\Context_Preload;

defined( 'ABSPATH' ) || exit;

/**
 * Blocks come from build/blocks/blocks-manifest.php (written by `wp-scripts build --blocks-manifest`)
 * and need no hand enqueue; the editor sidebar is a plugin script enqueued in the post editor.
 *
 * @since 0.1.0
 */
final class Block_Registry {

	/**
	 * Handle of the editor sidebar script and style.
	 *
	 * @since 0.1.0
	 */
	public const SIDEBAR_HANDLE = 'igny8-editor-sidebar';

	/**
	 * The asset loader.
	 *
	 * @var Asset_Loader
	 */
	private Asset_Loader $assets;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Asset_Loader $assets The asset loader.
	 */
	public function __construct( Asset_Loader $assets ) {
		$this->assets = $assets;
	}

	/**
	 * Hooks block registration and the editor sidebar.
	 *
	 * @since 0.1.0
	 */
	public function init(): void {
		add_action( 'init', array( $this, 'register_blocks' ) );
		add_action( 'enqueue_block_editor_assets', array( $this, 'enqueue_editor_sidebar' ) );
		// What the blocks and the sidebar need on the front end: FAQ JSON-LD, the related
		// articles cache, and the generated meta in the head (or in the SEO plugin's fields).
		( new Faq_Schema() )->init();
		( new Related_Articles() )->init();
		( new \Igny8\Editor\Meta_Output() )->init();
	}

	/**
	 * Registers every block in the build's manifest.
	 *
	 * @since 0.1.0
	 */
	public function register_blocks(): void {
		$blocks_dir = $this->assets->build_path( 'blocks' );
		$manifest   = $blocks_dir . '/blocks-manifest.php';
		if ( ! is_readable( $manifest ) ) {
			$this->assets->report_missing( 'blocks/blocks-manifest.php' );
			return;
		}

		if ( function_exists( 'wp_register_block_types_from_metadata_collection' ) ) {
			// WordPress 6.8+: one call, block.json files read from the manifest instead of disk.
			wp_register_block_types_from_metadata_collection( $blocks_dir, $manifest );
		} else {
			$blocks = require $manifest;
			foreach ( array_keys( is_array( $blocks ) ? $blocks : array() ) as $folder ) {
				register_block_type( $blocks_dir . '/' . $folder );
			}
		}

		$this->set_block_translations();
		$this->move_editor_scripts_to_footer();
	}

	/**
	 * Enqueues the IGNY8 sidebar in the post editor only (not the site or widgets editor,
	 * where posts have no IGNY8 meta and wp-editor must not load).
	 *
	 * @since 0.1.0
	 */
	public function enqueue_editor_sidebar(): void {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( ! $screen || 'post' !== $screen->base || ! current_user_can( 'edit_posts' ) ) {
			return;
		}
		// Blocking footer script: it registers a plugin the editor renders right away.
		if ( $this->assets->enqueue( self::SIDEBAR_HANDLE, 'blocks/editor-sidebar/index', array( 'strategy' => null ) ) ) {
			// The score's inputs come with the page, not in a request after the sidebar opens.
			( new Context_Preload() )->attach( self::SIDEBAR_HANDLE, get_post() );
		}
	}

	/**
	 * Prints the blocks' editor scripts in the footer, as core prints its own blocks'. Registered
	 * from block.json they would go in the head and take their dependencies (React, wp-blocks,
	 * wp-block-editor, wp-components: most of the editor's JavaScript) there with them, so the
	 * post editor's page would parse and run all of it before its body. The footer still runs
	 * them before the editor starts (on DOM ready), so the blocks are registered in time.
	 *
	 * @since 0.9.0
	 */
	private function move_editor_scripts_to_footer(): void {
		foreach ( self::igny8_block_types() as $block_type ) {
			foreach ( $block_type->editor_script_handles as $handle ) {
				wp_script_add_data( $handle, 'group', 1 );
			}
		}
	}

	/**
	 * The registered IGNY8 block types.
	 *
	 * @return array<string, \WP_Block_Type>
	 */
	private static function igny8_block_types(): array {
		return array_filter(
			\WP_Block_Type_Registry::get_instance()->get_all_registered(),
			static fn ( $name ): bool => 0 === strpos( (string) $name, 'igny8/' ),
			ARRAY_FILTER_USE_KEY
		);
	}

	/**
	 * Points the blocks' editor scripts at the plugin's languages/ folder (core only looks
	 * in wp-content/languages for block scripts).
	 */
	private function set_block_translations(): void {
		foreach ( self::igny8_block_types() as $block_type ) {
			foreach ( $block_type->editor_script_handles as $handle ) {
				wp_set_script_translations( $handle, Asset_Loader::TEXT_DOMAIN, $this->assets->languages_dir() );
			}
		}
	}
}

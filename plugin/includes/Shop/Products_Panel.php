<?php
/**
 * IGNY8 on WooCommerce's Products list.
 *
 * @package Igny8\Shop
 */

declare( strict_types=1 );

namespace Igny8\Shop;

use Igny8\Assets\Asset_Loader;
use Igny8\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * Where a shop editor already works: above WooCommerce's Products list, one button writes the
 * descriptions of the products that have none, priced up front (admin-ui/src/products). Hooked
 * only when WooCommerce is active, assets only on that list, only for people who may write.
 *
 * @since 0.9.0
 */
final class Products_Panel {

	/**
	 * Script handle and admin-ui entry.
	 *
	 * @since 0.9.0
	 */
	public const ENTRY = 'products';

	/**
	 * The root element the panel renders into.
	 *
	 * @since 0.9.0
	 */
	public const ROOT_ID = 'igny8-products-root';

	/**
	 * Hooks the list's load when the site is a shop (asked once plugins have loaded).
	 *
	 * @since 0.9.0
	 */
	public function init(): void {
		add_action(
			'admin_init',
			static function (): void {
				if ( WooCommerce::active() ) {
					add_action( 'load-edit.php', array( self::class, 'load' ) );
				}
			}
		);
	}

	/**
	 * On the Products list, for writers: enqueues the panel and prints its root above the list.
	 *
	 * @since 0.9.0
	 */
	public static function load(): void {
		$screen = get_current_screen();
		if ( ! $screen || WooCommerce::PRODUCT !== $screen->post_type || ! current_user_can( Capabilities::WRITE ) ) {
			return;
		}
		add_action( 'admin_enqueue_scripts', array( self::class, 'enqueue' ) );
		add_action( 'all_admin_notices', array( self::class, 'render' ) );
	}

	/**
	 * The panel's script, with the boot data every IGNY8 screen reads.
	 *
	 * @since 0.9.0
	 */
	public static function enqueue(): void {
		$handle = 'igny8-' . self::ENTRY;
		if ( ! Asset_Loader::for_plugin()->enqueue( $handle, 'admin-ui/' . self::ENTRY, array( 'style_deps' => array( 'wp-components' ) ) ) ) {
			return;
		}
		$boot = array(
			'rest'         => array(
				'root'  => esc_url_raw( rest_url() ),
				'nonce' => wp_create_nonce( 'wp_rest' ),
			),
			'initialState' => array( 'missing' => count( Product_Data::missing_description_ids() ) ),
		);
		wp_add_inline_script( $handle, 'window.igny8Boot = ' . wp_json_encode( $boot, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES ) . ';', 'before' );
	}

	/**
	 * The root the panel renders into.
	 *
	 * @since 0.9.0
	 */
	public static function render(): void {
		printf( '<div id="%s" class="igny8-products-panel"></div>', esc_attr( self::ROOT_ID ) );
	}
}

<?php
/**
 * IGNY8 on WooCommerce's Products list.
 *
 * @package Igny8\Shop
 */

declare( strict_types=1 );

namespace Igny8\Shop;

use Igny8\Assets\Asset_Loader;
use Igny8\Assets\Boot_Data;
use Igny8\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * Where a shop editor already works: above WooCommerce's Products list, one button writes the
 * descriptions of the products that have none, priced up front (admin-ui/src/products); a row
 * action and a bulk action rewrite the chosen products' descriptions through the same priced flow.
 * Hooked only when WooCommerce is active, assets only on that list, only for people who may write.
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
	 * The bulk action's value in the list's Bulk actions menu (the panel's script handles it).
	 *
	 * @since 0.9.0
	 */
	public const BULK_ACTION = 'igny8_rewrite_description';

	/**
	 * Hooks the list's load when the site is a shop (asked once plugins have loaded).
	 *
	 * @since 0.9.0
	 */
	public function init(): void {
		WooCommerce::on_admin_hook( 'load-edit.php', array( self::class, 'load' ) );
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
		add_filter( 'post_row_actions', array( self::class, 'row_actions' ), 10, 2 );
		add_filter( 'bulk_actions-edit-' . WooCommerce::PRODUCT, array( self::class, 'bulk_actions' ) );
	}

	/**
	 * "Rewrite description with IGNY8" under each product the user may edit. A button, not a link:
	 * the panel's script prices the run before anything starts.
	 *
	 * @since 0.9.0
	 *
	 * @param array<string, string> $actions Row actions.
	 * @param \WP_Post              $post    The row's post.
	 * @return array<string, string>
	 */
	public static function row_actions( array $actions, \WP_Post $post ): array {
		if ( WooCommerce::PRODUCT !== $post->post_type || 'trash' === $post->post_status || ! current_user_can( 'edit_post', $post->ID ) ) {
			return $actions;
		}
		$actions['igny8_rewrite'] = sprintf(
			'<button type="button" class="button-link igny8-rewrite-product" data-igny8-product="%1$d" aria-label="%2$s">%3$s</button>',
			$post->ID,
			/* translators: %s: product name */
			esc_attr( sprintf( __( 'Rewrite description with IGNY8: %s', 'igny8' ), get_the_title( $post ) ) ),
			esc_html__( 'Rewrite description with IGNY8', 'igny8' )
		);
		return $actions;
	}

	/**
	 * The bulk action; without the panel's script it does nothing (the list reloads unchanged).
	 *
	 * @since 0.9.0
	 *
	 * @param array<string, string> $actions Bulk actions.
	 * @return array<string, string>
	 */
	public static function bulk_actions( array $actions ): array {
		$actions[ self::BULK_ACTION ] = __( 'Rewrite description with IGNY8', 'igny8' );
		return $actions;
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
		Boot_Data::print_before(
			$handle,
			array(
				'missing' => Product_Data::missing_description_count(),
				// One run writes at most this many; the panel says so when there are more.
				'perRun'  => Product_Data::MISSING_LIMIT,
			)
		);
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

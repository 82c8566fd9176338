<?php
/**
 * Whether the site is a WooCommerce shop.
 *
 * @package Igny8\Shop
 */

declare( strict_types=1 );

namespace Igny8\Shop;

defined( 'ABSPATH' ) || exit;

/**
 * The one check every product feature asks: without WooCommerce none of them registers.
 * Asked late (routes, screens), never while plugins load: WooCommerce loads after IGNY8.
 *
 * @since 0.9.0
 */
final class WooCommerce {

	/**
	 * The post type of products.
	 *
	 * @since 0.9.0
	 */
	public const PRODUCT = 'product';

	/**
	 * Whether WooCommerce is active and its product functions can be used.
	 *
	 * @since 0.9.0
	 *
	 * @return bool
	 */
	public static function active(): bool {
		return class_exists( 'WooCommerce' ) && function_exists( 'wc_get_product' ) && post_type_exists( self::PRODUCT );
	}

	/**
	 * Adds an admin hook once plugins have loaded, only on a shop (WooCommerce loads after IGNY8,
	 * so asking while IGNY8 loads would always answer no).
	 *
	 * @since 0.9.0
	 *
	 * @param string   $hook     Admin hook, e.g. load-edit.php.
	 * @param callable $callback Its callback.
	 */
	public static function on_admin_hook( string $hook, callable $callback ): void {
		add_action(
			'admin_init',
			static function () use ( $hook, $callback ): void {
				if ( self::active() ) {
					add_action( $hook, $callback );
				}
			}
		);
	}

	/**
	 * The given post types, with products on a shop (the Optimizer lists and scores them beside posts).
	 *
	 * @since 0.9.0
	 *
	 * @param string[] $types Post types.
	 * @return string[]
	 */
	public static function with_products( array $types ): array {
		return self::active() ? array_values( array_unique( array_merge( $types, array( self::PRODUCT ) ) ) ) : $types;
	}
}

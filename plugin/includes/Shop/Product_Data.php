<?php
/**
 * What a product description is written from.
 *
 * @package Igny8\Shop
 */

declare( strict_types=1 );

namespace Igny8\Shop;

use Igny8\Changes\Pending_Changes;

use WC_Product;

defined( 'ABSPATH' ) || exit;

/**
 * Reads a product through WooCommerce's own API (never its tables): name, categories, attribute
 * terms, price and existing copy, as generate_product_description takes them.
 *
 * @since 0.9.0
 */
final class Product_Data {

	/**
	 * Most products one "write the missing descriptions" run takes (one price up front for all).
	 *
	 * @since 0.9.0
	 */
	public const MISSING_LIMIT = 50;

	/**
	 * The job input of one product, or null when it is not a product.
	 *
	 * @since 0.9.0
	 *
	 * @param int $product_id Product (post) id.
	 * @return array<string, mixed>|null
	 */
	public static function input( int $product_id ): ?array {
		$product = wc_get_product( $product_id );
		if ( ! $product instanceof WC_Product ) {
			return null;
		}
		$categories = wp_get_post_terms( $product_id, 'product_cat', array( 'fields' => 'names' ) );
		return array(
			'product_id'             => $product_id,
			'title'                  => trim( wp_strip_all_tags( $product->get_name() ) ),
			'categories'             => is_array( $categories ) ? array_slice( array_map( 'strval', $categories ), 0, 30 ) : array(),
			'attributes'             => self::attributes( $product ),
			'price'                  => self::price( $product ),
			'description_html'       => (string) $product->get_description(),
			'short_description_html' => (string) $product->get_short_description(),
		);
	}

	/**
	 * The attribute terms of a product (taxonomy terms by name, custom attributes as typed): the
	 * words shoppers search for, so the score counts them as keywords too.
	 *
	 * @since 0.9.0
	 *
	 * @param WC_Product $product Product.
	 * @return array<int, array{name: string, values: string[]}>
	 */
	public static function attributes( WC_Product $product ): array {
		$out = array();
		foreach ( $product->get_attributes() as $attribute ) {
			if ( ! $attribute instanceof \WC_Product_Attribute ) {
				continue;
			}
			$values = $attribute->is_taxonomy()
				? array_map( static fn ( $term ): string => $term->name, $attribute->get_terms() ?? array() )
				: array_map( 'strval', $attribute->get_options() );
			$values = array_values( array_filter( array_map( static fn ( string $value ): string => trim( wp_strip_all_tags( $value ) ), $values ) ) );
			$name   = trim( wp_strip_all_tags( wc_attribute_label( $attribute->get_name(), $product ) ) );
			if ( '' !== $name && $values ) {
				$out[] = array(
					'name'   => mb_substr( $name, 0, 200 ),
					'values' => array_slice( array_map( static fn ( string $value ): string => mb_substr( $value, 0, 200 ), $values ), 0, 50 ),
				);
			}
		}
		return array_slice( $out, 0, 30 );
	}

	/**
	 * The attribute values of a product, flat (its keywords for the score).
	 *
	 * @since 0.9.0
	 *
	 * @param int $product_id Product id.
	 * @return string[]
	 */
	public static function attribute_terms( int $product_id ): array {
		$product = wc_get_product( $product_id );
		if ( ! $product instanceof WC_Product ) {
			return array();
		}
		$terms = array();
		foreach ( self::attributes( $product ) as $attribute ) {
			$terms = array_merge( $terms, $attribute['values'] );
		}
		return array_values( array_unique( $terms ) );
	}

	/**
	 * Ids of the products without a description the current user may edit, oldest first, at most
	 * MISSING_LIMIT (one run's worth).
	 *
	 * @since 0.9.0
	 *
	 * @return int[]
	 */
	public static function missing_description_ids(): array {
		global $wpdb;
		$ids = $wpdb->get_col( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a list read, nothing cached to clear.
			$wpdb->prepare(
				"SELECT p.ID FROM {$wpdb->posts} p WHERE " . self::missing_where() . ' ORDER BY p.ID ASC LIMIT %d', // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared,WordPress.DB.PreparedSQL.NotPrepared -- missing_where() is built from prepared parts.
				self::MISSING_LIMIT * 4
			)
		);
		$editable = array_filter( array_map( 'intval', $ids ), static fn ( int $id ): bool => current_user_can( 'edit_post', $id ) );
		return array_slice( array_values( $editable ), 0, self::MISSING_LIMIT );
	}

	/**
	 * How many products the current user may edit have no description (all of them, not one
	 * run's worth), for the Products list's panel.
	 *
	 * @since 0.9.0
	 */
	public static function missing_description_count(): int {
		global $wpdb;
		return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} p WHERE " . self::missing_where() ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared,WordPress.DB.PreparedSQL.NotPrepared -- missing_where() is built from prepared parts.
	}

	/**
	 * The condition on `p` (posts) of a product without a description: empty content (not a query
	 * var WP_Query knows), no proposal already waiting for review (it would be paid for twice),
	 * and, for a user who may edit only their own products, theirs.
	 */
	private static function missing_where(): string {
		global $wpdb;
		$where = $wpdb->prepare(
			"p.post_type = %s AND p.post_status IN ( 'publish', 'draft', 'pending', 'private', 'future' ) AND TRIM( p.post_content ) = '' AND NOT EXISTS ( SELECT 1 FROM {$wpdb->postmeta} m WHERE m.post_id = p.ID AND m.meta_key = %s )",
			WooCommerce::PRODUCT,
			Pending_Changes::META_KEY
		);
		$type = get_post_type_object( WooCommerce::PRODUCT );
		if ( $type && ! current_user_can( (string) $type->cap->edit_others_posts ) ) {
			$where .= $wpdb->prepare( ' AND p.post_author = %d', get_current_user_id() );
		}
		return $where;
	}

	/**
	 * The price as the shop shows it, as plain text ("29.00 €"); empty without one.
	 *
	 * @since 0.9.0
	 *
	 * @param WC_Product $product Product.
	 * @return string
	 */
	private static function price( WC_Product $product ): string {
		$price = (string) $product->get_price();
		if ( '' === $price ) {
			return '';
		}
		$text = html_entity_decode( wp_strip_all_tags( wc_price( (float) $price ) ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		return mb_substr( trim( str_replace( "\u{00a0}", ' ', $text ) ), 0, 100 );
	}
}

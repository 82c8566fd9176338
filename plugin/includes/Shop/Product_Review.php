<?php
/**
 * The review of a product's pending description on its edit screen.
 *
 * @package Igny8\Shop
 */

declare( strict_types=1 );

namespace Igny8\Shop;

use Igny8\Assets\Asset_Loader;
use Igny8\Assets\Boot_Data;
use Igny8\Changes\Pending_Changes;
use Igny8\Security\Capabilities;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Products are edited in the classic editor, where the block editor's review of pending changes
 * does not exist: a published product's proposed description waits in a meta box that shows it
 * beside the current copy, with Accept and Reject (admin-ui/src/product-review, through the
 * pending-change routes). The box appears only while a change waits and only to people who may
 * write and edit that product.
 *
 * @since 0.9.0
 */
final class Product_Review {

	/**
	 * Script handle and admin-ui entry.
	 *
	 * @since 0.9.0
	 */
	public const ENTRY = 'product-review';

	/**
	 * The root element the review renders into.
	 *
	 * @since 0.9.0
	 */
	public const ROOT_ID = 'igny8-product-review-root';

	/**
	 * Hooks the product screen's meta boxes when the site is a shop (asked once plugins have loaded).
	 *
	 * @since 0.9.0
	 */
	public function init(): void {
		WooCommerce::on_admin_hook( 'add_meta_boxes_' . WooCommerce::PRODUCT, array( self::class, 'add' ) );
	}

	/**
	 * Adds the box and its script when the product has a pending change the user may review.
	 * Meta boxes are registered before the admin header, so enqueuing here is in time.
	 *
	 * @since 0.9.0
	 *
	 * @param WP_Post $post The product.
	 */
	public static function add( WP_Post $post ): void {
		if ( ! current_user_can( Capabilities::WRITE ) || ! current_user_can( 'edit_post', $post->ID ) ) {
			return;
		}
		$changes = self::changes( $post );
		if ( ! $changes ) {
			return;
		}
		add_meta_box(
			'igny8-product-review',
			__( 'IGNY8: proposed description', 'igny8' ),
			array( self::class, 'render' ),
			WooCommerce::PRODUCT,
			'normal',
			'high'
		);
		self::enqueue( $post, $changes );
	}

	/**
	 * The product's pending changes as the review shows them: the whole proposed description and
	 * short description as plain text (null where a change leaves one as it is).
	 *
	 * @since 0.9.0
	 *
	 * @param WP_Post $post The product.
	 * @return array<int, array{id: string, summary: string, description: ?string, shortDescription: ?string}>
	 */
	public static function changes( WP_Post $post ): array {
		$pending = new Pending_Changes();
		$out     = array();
		foreach ( $pending->all( $post->ID ) as $change ) {
			$content = $pending->proposed_content( $post->ID, (string) $change['id'] );
			$out[]   = array(
				'id'               => (string) $change['id'],
				'summary'          => (string) $change['summary'],
				'description'      => null === $content ? null : self::plain( $content ),
				'shortDescription' => null === $change['excerpt'] ? null : self::plain( (string) $change['excerpt'] ),
			);
		}
		return $out;
	}

	/**
	 * The review's script, with the product's current and proposed copy as plain text.
	 *
	 * @param WP_Post                          $post    The product.
	 * @param array<int, array<string, mixed>> $changes Its changes (changes()).
	 */
	private static function enqueue( WP_Post $post, array $changes ): void {
		$handle = 'igny8-' . self::ENTRY;
		if ( ! Asset_Loader::for_plugin()->enqueue( $handle, 'admin-ui/' . self::ENTRY, array( 'style_deps' => array( 'wp-components' ) ) ) ) {
			return;
		}
		Boot_Data::print_before(
			$handle,
			array(
				'postId'           => $post->ID,
				'description'      => self::plain( (string) $post->post_content ),
				'shortDescription' => self::plain( (string) $post->post_excerpt ),
				'changes'          => $changes,
			)
		);
	}

	/**
	 * The box's root.
	 *
	 * @since 0.9.0
	 */
	public static function render(): void {
		printf( '<div id="%s"></div>', esc_attr( self::ROOT_ID ) );
	}

	/**
	 * Copy as the review shows it: tags and block comments gone, one line per paragraph, list
	 * item or heading, spaces folded (the box keeps the line breaks).
	 *
	 * @param string $html Description HTML.
	 * @return string
	 */
	private static function plain( string $html ): string {
		$text  = wp_strip_all_tags( (string) preg_replace( '#</(p|li|h[1-6]|div|blockquote)>|<br\s*/?>#i', "$0\n", $html ) );
		$lines = array_map( static fn ( string $line ): string => trim( (string) preg_replace( '/\s+/', ' ', $line ) ), explode( "\n", $text ) );
		return implode( "\n", array_values( array_filter( $lines, static fn ( string $line ): bool => '' !== $line ) ) );
	}
}

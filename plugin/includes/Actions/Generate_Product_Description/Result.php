<?php
/**
 * Applies generate_product_description results.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Generate_Product_Description;

use Igny8\Actions\Result_Handler;
use Igny8\Changes\Pending_Changes;
use Igny8\Results\Post_Writer;
use Igny8\Shop\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * Writes the description (post_content, kses on through Post_Writer) and the short description
 * (post_excerpt, plain text) of the product the job was started for. A product shoppers can see,
 * or one that already has copy, gets a pending change instead, which an editor accepts or discards
 * (Shop\Product_Review).
 *
 * @since 0.9.0
 */
final class Result implements Result_Handler {

	/**
	 * {@inheritDoc}
	 *
	 * @since 0.9.0
	 */
	public function apply( array $result, array $reference, array $local, ?array $task ) {
		$post_id     = (int) ( $reference['post_id'] ?? 0 );
		$post        = $post_id ? get_post( $post_id ) : null;
		$description = trim( (string) ( $result['description_html'] ?? '' ) );
		$short       = Post_Writer::text( (string) ( $result['short_description'] ?? '' ), 'post_excerpt' );
		if ( ! $post || WooCommerce::PRODUCT !== $post->post_type || '' === $description ) {
			return array(
				'post_id'  => $post ? $post_id : null,
				'proposed' => false,
			);
		}
		// Copy the shop already has is never overwritten unseen (products keep no revisions to go
		// back to): a rewrite is proposed, as on a live product. An empty draft is simply written.
		$has_copy = '' !== trim( (string) $post->post_content ) || '' !== trim( (string) $post->post_excerpt );
		if ( $has_copy || 'propose' === Pending_Changes::direct_or_propose( $post_id ) ) {
			$change = ( new Pending_Changes() )->propose(
				$post_id,
				array(
					'function' => 'generate_product_description',
					'summary'  => __( 'New product description and short description', 'igny8' ),
					'job_id'   => (string) ( $local['job_id'] ?? '' ),
					'content'  => $description,
					'excerpt'  => $short,
				)
			);
			return array(
				'post_id'  => $post_id,
				'proposed' => ! is_wp_error( $change ),
			);
		}
		$written = Post_Writer::insert(
			array(
				'ID'           => $post_id,
				'post_content' => $description,
				'post_excerpt' => $short,
			)
		);
		if ( is_wp_error( $written ) ) {
			return $written;
		}
		return array(
			'post_id'  => $post_id,
			'proposed' => false,
		);
	}
}

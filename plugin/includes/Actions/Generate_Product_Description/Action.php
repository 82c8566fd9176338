<?php
/**
 * generate_product_description: a WooCommerce product's description and short description.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Generate_Product_Description;

use Igny8\Actions\AI_Action;
use Igny8\Actions\Job_Plan;
use Igny8\Actions\Result_Handler;
use Igny8\Changes\Pending_Changes;
use Igny8\Security\Capabilities;
use Igny8\Security\Post_Access;
use Igny8\Shop\Product_Data;
use Igny8\Shop\WooCommerce;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * One job per product, written from its data (Shop\Product_Data). `all` takes every product
 * without a description the user may edit, so one estimate prices the whole run. Exists only on
 * a WooCommerce shop (available()). A product asked for again after its proposal was rejected
 * gets a new run (the key reads Pending_Changes::DISCARDED).
 *
 * @since 0.9.0
 */
final class Action extends AI_Action {

	/**
	 * Most products named in one request.
	 *
	 * @since 0.9.0
	 */
	public const BATCH = 20;

	/**
	 * {@inheritDoc}
	 */
	public function name(): string {
		return 'generate_product_description';
	}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Product descriptions', 'igny8' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::WRITE;
	}

	/**
	 * {@inheritDoc}
	 */
	public function available(): bool {
		return WooCommerce::active();
	}

	/**
	 * {@inheritDoc}
	 */
	public function args(): array {
		return array(
			'ids'     => array(
				'description'       => __( 'Ids of the products that get a description; none with all=true.', 'igny8' ),
				'type'              => 'array',
				'default'           => array(),
				'maxItems'          => self::BATCH,
				'items'             => array(
					'type'    => 'integer',
					'minimum' => 1,
				),
				'sanitize_callback' => static fn ( $value ): array => array_values( array_unique( array_map( 'absint', (array) $value ) ) ),
				'validate_callback' => 'rest_validate_request_arg',
			),
			'all'     => array(
				'description'       => __( 'Write descriptions for the products that have none (the first 50).', 'igny8' ),
				'type'              => 'boolean',
				'default'           => false,
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
	}

	/**
	 * {@inheritDoc}
	 */
	public function authorize( array $params ) {
		foreach ( $this->ids( $params ) as $product_id ) {
			$post = Post_Access::editable( $product_id, array( WooCommerce::PRODUCT ) );
			if ( is_wp_error( $post ) ) {
				return $post;
			}
		}
		return true;
	}

	/**
	 * {@inheritDoc}
	 */
	public function plan( array $params ) {
		$ids = $this->ids( $params );
		if ( ! $ids ) {
			return ! empty( $params['all'] )
				? new WP_Error( 'igny8_nothing_to_do', __( 'Every product you can edit has a description already.', 'igny8' ), array( 'status' => 400 ) )
				: new WP_Error( 'igny8_no_products', __( 'Choose the products to write descriptions for.', 'igny8' ), array( 'status' => 400 ) );
		}
		$plans = array();
		foreach ( $ids as $product_id ) {
			$input = Product_Data::input( $product_id );
			if ( null === $input ) {
				return new WP_Error( 'igny8_post_not_found', __( 'This product does not exist.', 'igny8' ), array( 'status' => 404 ) );
			}
			if ( '' === $input['title'] ) {
				return new WP_Error( 'igny8_product_unnamed', __( 'Give the product a name first: its description is written from it.', 'igny8' ), array( 'status' => 400 ) );
			}
			$post    = get_post( $product_id );
			$plans[] = Job_Plan::for_site(
				'generate_product_description',
				$input,
				array( 'post_id' => $product_id ),
				'product-description:' . $product_id . ':' . md5( (string) ( $post ? $post->post_modified_gmt : '' ) . wp_json_encode( $input ) . (string) get_post_meta( $product_id, Pending_Changes::DISCARDED, true ) )
			);
		}
		return $plans;
	}

	/**
	 * {@inheritDoc}
	 */
	public function started( Job_Plan $plan, array $job ): array {
		return array_merge( array( 'post_id' => (int) $plan->reference['post_id'] ), $job );
	}

	/**
	 * {@inheritDoc}
	 */
	public function result(): ?Result_Handler {
		return new Result();
	}

	/**
	 * The products the parameters name: the ids given, else (all) those without a description.
	 *
	 * @param array<string, mixed> $params Parameters.
	 * @return int[]
	 */
	private function ids( array $params ): array {
		$ids = array_values( array_unique( array_filter( array_map( 'intval', (array) ( $params['ids'] ?? array() ) ) ) ) );
		if ( ! $ids && ! empty( $params['all'] ) ) {
			return Product_Data::missing_description_ids();
		}
		return array_slice( $ids, 0, self::BATCH );
	}
}

<?php
/**
 * Site-level AI settings.
 *
 * @package Igny8\System
 */

declare( strict_types=1 );

namespace Igny8\System;

defined( 'ABSPATH' ) || exit;

/**
 * igny8_settings, registered with register_setting() and a show_in_rest schema so screens can also use
 * /wp/v2/settings (administrators only, as WordPress requires manage_options there).
 *
 * @since 0.2.0
 */
final class Settings {

	/**
	 * Option name.
	 *
	 * @since 0.2.0
	 */
	public const OPTION = 'igny8_settings';

	/**
	 * Image shapes; each image model has its own pixel size for them, chosen by the cloud.
	 *
	 * @since 0.1.0
	 */
	public const IMAGE_SHAPES = array( 'square', 'landscape', 'portrait' );

	/**
	 * Pixel sizes stored before shapes (DALL-E 3's), read as their shape.
	 *
	 * @since 0.1.0
	 */
	private const LEGACY_IMAGE_SIZES = array(
		'1024x1024' => 'square',
		'1792x1024' => 'landscape',
		'1024x1792' => 'portrait',
	);

	/**
	 * Hooks the registration.
	 *
	 * @since 0.2.0
	 */
	public function init(): void {
		add_action( 'init', array( self::class, 'register' ) );
		add_action( 'rest_api_init', array( self::class, 'register' ) );
		add_filter( 'option_' . self::OPTION, array( self::class, 'read_image_shape' ) );
	}

	/**
	 * Reads a pixel size stored before shapes as its shape, so every reader (this class,
	 * /wp/v2/settings) sees a value the schema allows; the row itself changes on the next save.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $stored Stored option.
	 * @return mixed
	 */
	public static function read_image_shape( $stored ) {
		if ( is_array( $stored ) && isset( $stored['image_size'] ) && is_string( $stored['image_size'] ) ) {
			$stored['image_size'] = self::LEGACY_IMAGE_SIZES[ $stored['image_size'] ] ?? $stored['image_size'];
		}
		return $stored;
	}

	/**
	 * Registers the setting.
	 *
	 * @since 0.2.0
	 */
	public static function register(): void {
		register_setting(
			'igny8',
			self::OPTION,
			array(
				'type'              => 'object',
				'description'       => __( 'IGNY8 AI settings.', 'igny8' ),
				'default'           => self::defaults(),
				'sanitize_callback' => array( self::class, 'sanitize' ),
				'show_in_rest'      => array( 'schema' => self::schema() ),
			)
		);
	}

	/**
	 * JSON schema of the setting.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		$model = array(
			'type'      => 'string',
			'maxLength' => 100,
			'pattern'   => '^[A-Za-z0-9._:-]*$',
		);
		return array(
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'language'               => array(
					'type'      => 'string',
					'maxLength' => 20,
				),
				'ideas_per_cluster'      => array(
					'type'    => 'integer',
					'minimum' => 1,
					'maximum' => 10,
				),
				'image_size'             => array(
					'description' => __( 'Shape of generated images; the cloud picks the size the image model accepts.', 'igny8' ),
					'type'        => 'string',
					'enum'        => self::IMAGE_SHAPES,
				),
				'default_author_profile' => array(
					'type'      => 'string',
					'maxLength' => 64,
				),
				'keep_data_on_uninstall' => array(
					'type' => 'boolean',
				),
				'confirm_above_credits'  => array(
					'description' => __( 'The block editor asks before an AI action that costs more credits than this (0: before every one).', 'igny8' ),
					'type'        => 'integer',
					'minimum'     => 0,
					'maximum'     => 10000,
				),
				'models'                 => array(
					'type'                 => 'object',
					'additionalProperties' => false,
					// Every job function the cloud runs; the cloud checks the value against what it allows.
					'properties'           => array_fill_keys( Job_Contract::functions(), $model ),
				),
			),
		);
	}

	/**
	 * Defaults: the site's language, three ideas per cluster, square images, cloud-chosen models, the
	 * editor asking before actions above 10 credits,
	 * and everything removed when the plugin is deleted.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public static function defaults(): array {
		return array(
			'language'               => '',
			'ideas_per_cluster'      => 3,
			'image_size'             => 'square',
			'default_author_profile' => '',
			'keep_data_on_uninstall' => false,
			// The buttons show their price; asking too is for larger spends (a rewrite of a long passage).
			'confirm_above_credits'  => 10,
			'models'                 => array(),
		);
	}

	/**
	 * Current settings merged over the defaults.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public static function get(): array {
		$stored = self::read_image_shape( get_option( self::OPTION, array() ) );
		return array_merge( self::defaults(), is_array( $stored ) ? $stored : array() );
	}

	/**
	 * Whether deleting the plugin keeps the site's IGNY8 data (tables, settings, post meta).
	 *
	 * @since 0.2.0
	 */
	public static function keep_data_on_uninstall(): bool {
		return true === self::get()['keep_data_on_uninstall'];
	}

	/**
	 * Keeps only schema-valid values.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $value Submitted value.
	 * @return array<string, mixed>
	 */
	public static function sanitize( $value ): array {
		$value = is_array( $value ) ? self::read_image_shape( $value ) : array();
		$clean = rest_sanitize_value_from_schema( $value, self::schema() );
		if ( is_wp_error( rest_validate_value_from_schema( $clean, self::schema() ) ) || ! is_array( $clean ) ) {
			return self::get();
		}
		return array_merge( self::get(), array_intersect_key( $clean, self::defaults() ) );
	}
}

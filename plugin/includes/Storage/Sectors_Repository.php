<?php
/**
 * Sectors table access.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * {prefix}igny8_sectors: the one to five sectors a site plans for, as in the seed.
 *
 * @since 0.2.0
 */
final class Sectors_Repository extends Repository {

	/**
	 * Most sectors one site may have.
	 *
	 * @since 0.2.0
	 */
	public const LIMIT = 5;

	/**
	 * {@inheritDoc}
	 */
	protected static function suffix(): string {
		return Schema::SECTORS;
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function columns(): array {
		return array(
			'name'   => 'string',
			'slug'   => 'string',
			'status' => 'string',
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function search_column(): string {
		return 'name';
	}

	/**
	 * Inserts a sector unless the site already has five.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $data name, status.
	 * @return int|WP_Error
	 */
	public function insert( array $data ) {
		global $wpdb;
		if ( (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i', $this->table ) ) >= self::LIMIT ) {
			return new WP_Error(
				'igny8_sector_limit',
				/* translators: %d: limit */
				sprintf( __( 'A site can have at most %d sectors.', 'igny8' ), self::LIMIT ),
				array( 'status' => 409 )
			);
		}
		$data['slug'] = sanitize_title( (string) ( $data['slug'] ?? $data['name'] ?? '' ) );
		return parent::insert( $data );
	}
}

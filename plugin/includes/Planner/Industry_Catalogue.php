<?php
/**
 * The industry catalogue shipped with the plugin.
 *
 * @package Igny8\Planner
 */

declare( strict_types=1 );

namespace Igny8\Planner;

defined( 'ABSPATH' ) || exit;

/**
 * Industries with suggested sectors and seed keywords (the seed's Industry and IndustrySector), read
 * from data/industries.php so every name passes through the site's translations; the site's chosen
 * industry is one option.
 *
 * @since 0.4.0
 */
final class Industry_Catalogue {

	/**
	 * Option holding the slug of the site's industry.
	 *
	 * @since 0.4.0
	 */
	public const OPTION = 'igny8_industry';

	/**
	 * Industries by slug, as loaded (translated) for this request.
	 *
	 * @var array<string, array{name:string, sectors: array<int, array<int, string>>}>|null
	 */
	private ?array $raw = null;

	/**
	 * Every industry, sorted by its translated name.
	 *
	 * @since 0.4.0
	 *
	 * @return array<int, array{slug:string, name:string, sectors: array<int, array{slug:string, name:string, keywords:string[]}>}>
	 */
	public function all(): array {
		$list = array();
		foreach ( array_keys( $this->raw() ) as $slug ) {
			$list[] = $this->find( (string) $slug );
		}
		usort( $list, static fn ( array $a, array $b ): int => strnatcasecmp( $a['name'], $b['name'] ) );
		return $list;
	}

	/**
	 * One industry with its sectors, or null for an unknown slug.
	 *
	 * @since 0.4.0
	 *
	 * @param string $slug Industry slug.
	 * @return array{slug:string, name:string, sectors: array<int, array{slug:string, name:string, keywords:string[]}>}|null
	 */
	public function find( string $slug ): ?array {
		$industry = $this->raw()[ $slug ] ?? null;
		if ( null === $industry ) {
			return null;
		}
		return array(
			'slug'    => $slug,
			'name'    => $industry['name'],
			'sectors' => array_map(
				static fn ( array $sector ): array => array(
					'slug'     => (string) $sector[0],
					'name'     => (string) $sector[1],
					'keywords' => array_map( 'strval', array_slice( $sector, 2 ) ),
				),
				$industry['sectors']
			),
		);
	}

	/**
	 * The site's industry slug; null when none is chosen or the stored one left the catalogue.
	 *
	 * @since 0.4.0
	 */
	public function current(): ?string {
		$slug = (string) get_option( self::OPTION, '' );
		return '' !== $slug && isset( $this->raw()[ $slug ] ) ? $slug : null;
	}

	/**
	 * Stores the site's industry; an empty slug clears it.
	 *
	 * @since 0.4.0
	 *
	 * @param string $slug Industry slug (known) or ''.
	 */
	public function choose( string $slug ): void {
		if ( '' === $slug ) {
			delete_option( self::OPTION );
			return;
		}
		update_option( self::OPTION, $slug, false );
	}

	/**
	 * The data file, loaded once per instance (after translations are loaded).
	 *
	 * @return array<string, array{name:string, sectors: array<int, array<int, string>>}>
	 */
	private function raw(): array {
		if ( null === $this->raw ) {
			$this->raw = (array) require dirname( __DIR__, 2 ) . '/data/industries.php';
		}
		return $this->raw;
	}
}

<?php
/**
 * Applies an industry to the site's sectors.
 *
 * @package Igny8\Planner
 */

declare( strict_types=1 );

namespace Igny8\Planner;

use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Sectors_Repository;
use Igny8\Storage\Trash;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Choosing an industry: store it, add the chosen suggested sectors, delete the sectors the editor
 * confirmed (kept a day for Undo, as a DELETE would), and optionally add the seed keywords. The site
 * keeps one to five sectors; everything is checked before anything is written.
 *
 * @since 0.4.0
 */
final class Industry_Applier {

	/**
	 * Catalogue.
	 *
	 * @var Industry_Catalogue
	 */
	private Industry_Catalogue $catalogue;

	/**
	 * Constructor.
	 *
	 * @since 0.4.0
	 *
	 * @param Industry_Catalogue|null $catalogue Catalogue.
	 */
	public function __construct( ?Industry_Catalogue $catalogue = null ) {
		$this->catalogue = $catalogue ?? new Industry_Catalogue();
	}

	/**
	 * Applies the choice.
	 *
	 * @since 0.4.0
	 *
	 * @param string $industry      Industry slug, or '' to clear the industry (then nothing is added).
	 * @param string[] $add         Slugs of the industry's sectors to add (ones the site has are skipped).
	 * @param int[]  $remove        Ids of existing sectors to delete.
	 * @param bool   $confirmed     The editor confirmed the deletion of $remove.
	 * @param bool   $seed_keywords Also add the seed keywords of the added sectors.
	 * @return array{industry:?string, added: array<int, array<string, mixed>>, removed:int[], keywords_added:int, undo_token:?string}|WP_Error
	 */
	public function apply( string $industry, array $add, array $remove, bool $confirmed, bool $seed_keywords ) {
		$template = '' === $industry ? null : $this->catalogue->find( $industry );
		if ( '' !== $industry && null === $template ) {
			return new WP_Error( 'igny8_unknown_industry', __( 'This industry is not in the catalogue.', 'igny8' ), array( 'status' => 400 ) );
		}
		$sectors  = new Sectors_Repository();
		$existing = $sectors->query( array( 'per_page' => 100 ) )['items'];
		$by_id    = array_column( $existing, null, 'id' );
		$remove   = array_values( array_unique( array_map( 'intval', $remove ) ) );
		$missing  = array_diff( $remove, array_keys( $by_id ) );
		if ( $missing ) {
			return new WP_Error( 'igny8_sector_not_found', __( 'A sector to delete no longer exists. Reload the page and choose again.', 'igny8' ), array( 'status' => 404 ) );
		}
		if ( $remove && ! $confirmed ) {
			return new WP_Error(
				'igny8_confirm_remove',
				sprintf(
					/* translators: %s: sector names */
					__( 'Deleting sectors needs confirmation: %s. Confirm the deletion, or keep them.', 'igny8' ),
					implode( ', ', array_map( static fn ( int $id ): string => (string) $by_id[ $id ]['name'], $remove ) )
				),
				array( 'status' => 409 )
			);
		}
		$new = $this->sectors_to_add( $template, $add, array_diff_key( $by_id, array_flip( $remove ) ) );
		if ( is_wp_error( $new ) ) {
			return $new;
		}
		$count = count( $existing ) - count( $remove ) + count( $new );
		if ( $count > Sectors_Repository::LIMIT || ( null !== $template && $count < 1 ) ) {
			return new WP_Error(
				'igny8_sector_count',
				sprintf(
					/* translators: 1: number of sectors the choice would leave, 2: the limit */
					__( 'This choice would leave the site with %1$d sectors; a site has 1 to %2$d. Choose fewer suggestions or delete a sector.', 'igny8' ),
					$count,
					Sectors_Repository::LIMIT
				),
				array( 'status' => 409 )
			);
		}

		$token = $remove ? ( new Trash() )->stash( 'sectors', $remove ) : null;
		$sectors->delete( $remove );
		$added    = array();
		$keywords = 0;
		foreach ( $new as $sector ) {
			$id = $sectors->insert( array( 'name' => $sector['name'] ) );
			if ( is_wp_error( $id ) ) {
				return $id;
			}
			$added[] = $sectors->find( $id );
			if ( $seed_keywords ) {
				$rows      = array_map(
					static fn ( string $keyword ): array => array(
						'keyword'   => $keyword,
						'sector_id' => $id,
					),
					$sector['keywords']
				);
				$keywords += ( new Keywords_Repository() )->bulk_insert( $rows )['created'];
			}
		}
		$this->catalogue->choose( $industry );
		return array(
			'industry'       => null === $template ? null : $industry,
			'added'          => $added,
			'removed'        => $remove,
			'keywords_added' => $keywords,
			'undo_token'     => $token,
		);
	}

	/**
	 * The industry's sectors named by $add that the kept sectors do not already cover (same slug).
	 *
	 * @param array<string, mixed>|null         $template Industry, or null when clearing.
	 * @param string[]                          $add      Sector slugs.
	 * @param array<int, array<string, mixed>> $kept     Sectors that stay, by id.
	 * @return array<int, array{slug:string, name:string, keywords:string[]}>|WP_Error
	 */
	private function sectors_to_add( ?array $template, array $add, array $kept ) {
		if ( ! $add ) {
			return array();
		}
		if ( null === $template ) {
			return new WP_Error( 'igny8_unknown_sector', __( 'Choose an industry before adding its sectors.', 'igny8' ), array( 'status' => 400 ) );
		}
		$offered = array_column( $template['sectors'], null, 'slug' );
		$present = array_map( static fn ( array $s ): string => (string) $s['slug'], $kept );
		$new     = array();
		foreach ( array_unique( $add ) as $slug ) {
			if ( ! isset( $offered[ $slug ] ) ) {
				return new WP_Error( 'igny8_unknown_sector', __( 'A chosen sector is not one of this industry\'s suggestions. Reload the page and choose again.', 'igny8' ), array( 'status' => 400 ) );
			}
			if ( ! in_array( sanitize_title( $offered[ $slug ]['name'] ), $present, true ) ) {
				$new[] = $offered[ $slug ];
			}
		}
		return $new;
	}
}

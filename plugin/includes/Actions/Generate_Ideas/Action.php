<?php
/**
 * generate_ideas: article ideas for clusters.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Generate_Ideas;

use Igny8\Actions\AI_Action;
use Igny8\Actions\Ids_Arg;
use Igny8\Actions\Job_Plan;
use Igny8\Actions\Result_Handler;
use Igny8\Security\Capabilities;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Ideas_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\System\Settings;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The chosen clusters with their top keywords in one job; the result stores the ideas as drafts.
 *
 * @since 0.6.0
 */
final class Action extends AI_Action {

	/**
	 * Most clusters one job receives.
	 *
	 * @since 0.6.0
	 */
	public const BATCH = 200;

	/**
	 * {@inheritDoc}
	 */
	public function name(): string {
		return 'generate_ideas';
	}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Ideas', 'igny8' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::PLAN;
	}

	/**
	 * {@inheritDoc}
	 */
	public function args(): array {
		return array(
			'ids'               => Ids_Arg::schema( self::BATCH, __( 'Ids of the clusters.', 'igny8' ) ),
			'ideas_per_cluster' => array(
				'description'       => __( 'Ideas per cluster; the site’s setting when not given.', 'igny8' ),
				'type'              => 'integer',
				'minimum'           => 1,
				'maximum'           => 10,
				'validate_callback' => 'rest_validate_request_arg',
			),
			'replace'           => array(
				'description'       => __( 'Replace the clusters’ ideas that are not tasks yet, instead of adding to them.', 'igny8' ),
				'type'              => 'boolean',
				'default'           => false,
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
	}

	/**
	 * {@inheritDoc}
	 */
	public function existing( array $params ): int {
		$titles = ( new Ideas_Repository() )->titles_by_cluster( Ids_Arg::of( $params ) );
		return count( $titles );
	}

	/**
	 * {@inheritDoc}
	 */
	public function plan( array $params ) {
		$clusters = ( new Clusters_Repository() )->find_many( Ids_Arg::of( $params ) );
		if ( ! $clusters ) {
			return new WP_Error( 'igny8_cluster_not_found', __( 'None of these clusters exist.', 'igny8' ), array( 'status' => 404 ) );
		}
		$per_cluster = isset( $params['ideas_per_cluster'] ) ? (int) $params['ideas_per_cluster'] : (int) Settings::get()['ideas_per_cluster'];
		$keywords    = new Keywords_Repository();
		$input       = array(
			'clusters'          => array_map(
				static fn ( array $c ): array => array(
					'id'          => $c['id'],
					'name'        => $c['name'],
					'description' => (string) $c['description'],
					'keywords'    => array_column(
						$keywords->query(
							array(
								'cluster_id' => $c['id'],
								'orderby'    => 'search_volume',
								'per_page'   => 100,
							)
						)['items'],
						'keyword'
					),
				),
				$clusters
			),
			'ideas_per_cluster' => max( 1, min( 10, $per_cluster ) ),
		);
		$ids         = array_column( $clusters, 'id' );
		$replace     = ! empty( $params['replace'] );
		$key         = 'cl:' . md5( implode( ',', $ids ) ) . ':' . intdiv( time(), 60 ) . ( $replace ? ':replace' : '' );
		// Whoever asks to replace may undo it: the result arrives later, in a request of nobody's.
		$context = $replace ? array(
			'replace'    => true,
			'started_by' => get_current_user_id(),
		) : array();
		return array( Job_Plan::for_site( 'generate_ideas', $input, array( 'cluster_ids' => $ids ), $key, $context ) );
	}

	/**
	 * {@inheritDoc}
	 */
	public function result(): ?Result_Handler {
		return new Result();
	}
}

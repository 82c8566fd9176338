<?php
/**
 * Planner module: clusters.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Repository;
use Igny8\System\Job_Contract;
use WP_Error;
use WP_REST_Request;

defined( 'ABSPATH' ) || exit;

/**
 * Cluster CRUD (with keyword counts and volume) and POST planner/clusters/generate_ideas.
 * A cluster's keywords are listed with GET planner/keywords?cluster_id={id}.
 *
 * @since 0.2.0
 */
class Clusters_Controller extends Table_Controller {

	/**
	 * {@inheritDoc}
	 */
	protected function route(): string {
		return '/planner/clusters';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function kind(): string {
		return 'cluster';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function collection(): string {
		return 'clusters';
	}

	/**
	 * {@inheritDoc}
	 */
	protected function repository(): Repository {
		return new Clusters_Repository();
	}

	/**
	 * {@inheritDoc}
	 */
	protected function required(): array {
		return array( 'name' );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function properties(): array {
		return array(
			'name'         => array(
				'description' => __( 'Cluster name.', 'igny8' ),
				'type'        => 'string',
				'minLength'   => 1,
				'maxLength'   => 191,
			),
			'description'  => array(
				'description' => __( 'What the cluster is about.', 'igny8' ),
				'type'        => 'string',
				'maxLength'   => 5000,
				'default'     => '',
			),
			'target_words' => array(
				'description' => __( 'Target length of the cluster’s articles in words; null for the default.', 'igny8' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => Job_Contract::article_words()['min'],
				'maximum'     => Job_Contract::article_words()['max'],
			),
			'status'       => array(
				'description' => __( 'Cluster status.', 'igny8' ),
				'type'        => 'string',
				'enum'        => Clusters_Repository::STATUSES,
				'default'     => 'active',
			),
			'sector_id'    => array(
				'description' => __( 'Sector id; as a list filter, 0 for clusters of no sector.', 'igny8' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => 1,
			),
		);
	}

	/**
	 * Registers CRUD plus generate_ideas.
	 *
	 * @since 0.2.0
	 */
	public function register_routes(): void {
		parent::register_routes();
		// POST /igny8/v1/planner/clusters/generate_ideas — {ids, ideas_per_cluster?}: starts a generate_ideas job.
		Action_Route::register( $this->route() . '/generate_ideas', 'generate_ideas', Action_Route::ONE_JOB );
	}

	/**
	 * A cluster made or renamed by hand: its name may not be empty once trimmed (the schema counts
	 * spaces as characters). A name another cluster has is a 409 from the repository.
	 *
	 * @since 0.6.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @param bool            $create  Whether creating.
	 * @return array<string, mixed>|WP_Error
	 */
	protected function fields( WP_REST_Request $request, bool $create ) {
		$fields = parent::fields( $request, $create );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		return Table_Fields::empty_text( $fields, array( 'name' => __( 'The cluster name is empty.', 'igny8' ) ) ) ?? $fields;
	}

	/**
	 * {@inheritDoc}
	 */
	protected function prepare_items( array $items ): array {
		return ( new Clusters_Repository() )->with_stats( $items );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function after_delete( array $item ): void {
		( new Keywords_Repository() )->unassign_clusters( array( (int) $item['id'] ) );
	}
}

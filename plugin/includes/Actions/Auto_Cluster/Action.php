<?php
/**
 * auto_cluster: group keywords into topic clusters.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Auto_Cluster;

use Igny8\Actions\AI_Action;
use Igny8\Actions\Job_Plan;
use Igny8\Actions\Lazy_Plans;
use Igny8\Actions\Result_Handler;
use Igny8\Planner\Unclustered_Keywords;
use Igny8\Security\Capabilities;
use Igny8\Storage\Keywords_Repository;
use Igny8\Storage\Sectors_Repository;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The chosen keywords, or the unclustered ones highest volume first, in one job — or, with `all`,
 * every unclustered keyword in jobs of ALL_JOB_SIZE; the result creates the clusters and assigns
 * the keywords (Result).
 *
 * @since 0.6.0
 */
final class Action extends AI_Action {

	/**
	 * Most keywords one job receives.
	 *
	 * @since 0.2.0
	 */
	public const BATCH = 500;

	/**
	 * Unclustered keywords taken when none are chosen.
	 *
	 * @since 0.2.0
	 */
	private const UNCLUSTERED = 100;

	/**
	 * Keywords per job when every unclustered keyword is clustered: the Worker takes 20,000 a
	 * job, but more, smaller jobs run side by side in the cloud and each stays under its body limit.
	 *
	 * @since 0.7.0
	 */
	public const ALL_JOB_SIZE = 2000;

	/**
	 * {@inheritDoc}
	 */
	public function name(): string {
		return 'auto_cluster';
	}

	/**
	 * {@inheritDoc}
	 */
	public function label(): string {
		return __( 'Clustering', 'igny8' );
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
			'ids'       => array(
				'description'       => __( 'Ids of the keywords to cluster; none clusters the unclustered ones.', 'igny8' ),
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
			'all'       => array(
				'description'       => __( 'Cluster every unclustered keyword (of the sector, when given), in as many jobs as needed.', 'igny8' ),
				'type'              => 'boolean',
				'default'           => false,
				'validate_callback' => 'rest_validate_request_arg',
			),
			'sector_id' => array(
				'description'       => __( 'Sector guiding the clustering.', 'igny8' ),
				'type'              => 'integer',
				'minimum'           => 1,
				'sanitize_callback' => 'absint',
				'validate_callback' => 'rest_validate_request_arg',
			),
		);
	}

	/**
	 * {@inheritDoc}
	 */
	public function plan( array $params ) {
		$ids       = array_map( 'intval', (array) ( $params['ids'] ?? array() ) );
		$sector_id = ! empty( $params['sector_id'] ) ? (int) $params['sector_id'] : null;
		$all       = ! empty( $params['all'] ) && ! $ids;
		if ( $all ) {
			return self::plan_all( $sector_id );
		}
		$repo     = new Keywords_Repository();
		$keywords = $ids
			? $repo->find_many( array_slice( $ids, 0, self::BATCH ) )
			: $repo->query(
				array(
					'cluster_id' => 0,
					'sector_id'  => $sector_id,
					'orderby'    => 'search_volume',
					'order'      => 'desc',
					'per_page'   => self::UNCLUSTERED,
				)
			)['items'];
		if ( ! $keywords ) {
			return new WP_Error( 'igny8_nothing_to_do', __( 'There are no keywords to cluster.', 'igny8' ), array( 'status' => 400 ) );
		}
		$sector = self::sector_name( $sector_id );
		$plans  = array();
		foreach ( array_chunk( $keywords, self::BATCH ) as $chunk ) {
			$plans[] = self::chunk_plan( $chunk, $sector, $sector_id );
		}
		return $plans;
	}

	/**
	 * Every unclustered keyword, in jobs of ALL_JOB_SIZE planned one at a time: each job's
	 * keywords are read as it starts, so the cloud is at work on the first while the rest are read.
	 *
	 * @param int|null $sector_id Sector, or null for every sector.
	 * @return Lazy_Plans|WP_Error
	 */
	private static function plan_all( ?int $sector_id ) {
		$backlog = new Unclustered_Keywords( $sector_id, self::ALL_JOB_SIZE );
		if ( ! count( $backlog ) ) {
			return new WP_Error( 'igny8_nothing_to_do', __( 'There are no keywords to cluster.', 'igny8' ), array( 'status' => 400 ) );
		}
		$sector = self::sector_name( $sector_id );
		return new Lazy_Plans(
			count( $backlog ),
			static function () use ( $backlog, $sector, $sector_id ): \Generator {
				foreach ( $backlog as $chunk ) {
					yield self::chunk_plan( $chunk, $sector, $sector_id );
				}
			}
		);
	}

	/**
	 * The name of the sector guiding the clustering, if any.
	 *
	 * @param int|null $sector_id Sector.
	 * @return string|null
	 */
	private static function sector_name( ?int $sector_id ): ?string {
		$sector = $sector_id ? ( new Sectors_Repository() )->find( $sector_id ) : null;
		return $sector ? (string) $sector['name'] : null;
	}

	/**
	 * One job for a chunk of keywords.
	 *
	 * @param array<int, array<string, mixed>> $keywords  Keywords.
	 * @param string|null                      $sector    Sector name guiding the clustering.
	 * @param int|null                         $sector_id Sector id (local context).
	 * @return Job_Plan
	 */
	private static function chunk_plan( array $keywords, ?string $sector, ?int $sector_id ): Job_Plan {
		$input = array(
			'keywords' => array_map(
				static fn ( array $k ): array => array(
					'id'            => $k['id'],
					'keyword'       => $k['keyword'],
					'search_volume' => $k['search_volume'],
					'intent'        => $k['intent'],
				),
				$keywords
			),
		);
		if ( null !== $sector ) {
			$input['sector'] = $sector;
		}
		$ids = array_column( $keywords, 'id' );
		return Job_Plan::for_site( 'auto_cluster', $input, array( 'keyword_ids' => $ids ), 'kw:' . md5( implode( ',', $ids ) ) . ':' . intdiv( time(), 60 ), array( 'sector_id' => $sector_id ) );
	}

	/**
	 * {@inheritDoc}
	 */
	public function result(): ?Result_Handler {
		return new Result();
	}
}

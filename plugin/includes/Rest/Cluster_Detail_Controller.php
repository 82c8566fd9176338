<?php
/**
 * Planner module: one cluster's detail page.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Planner\Cluster_Report;
use Igny8\Storage\Clusters_Repository;
use Igny8\Storage\Schema;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The figures of the seed's ClusterDetail page. Its keywords, ideas and tasks themselves are read
 * page by page from the list routes (cluster_id filter); this controller adds the totals, the posts
 * written for the cluster and their internal-link coverage.
 *
 * @since 0.4.0
 */
class Cluster_Detail_Controller extends Controller {

	/**
	 * Registers the routes.
	 *
	 * @since 0.4.0
	 */
	public function register_routes(): void {
		// GET /igny8/v1/planner/clusters/{id}/detail — the cluster with keyword, idea, task, post and link totals.
		$this->add_route( '/planner/clusters/(?P<id>\d+)/detail', WP_REST_Server::READABLE, 'get_detail', 'can_plan', $this->id_arg() );
		// GET /igny8/v1/planner/clusters/{id}/posts — posts written for it, a page at a time, with links within it.
		$this->add_route(
			'/planner/clusters/(?P<id>\d+)/posts',
			WP_REST_Server::READABLE,
			'get_posts',
			'can_plan',
			array_merge( $this->id_arg(), array_intersect_key( $this->list_args( array( 'id' ) ), array_flip( array( 'page', 'per_page' ) ) ) )
		);
	}

	/**
	 * GET detail.
	 *
	 * @since 0.4.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function get_detail( WP_REST_Request $request ) {
		$clusters = new Clusters_Repository();
		$cluster  = $clusters->find( (int) $request['id'] );
		if ( null === $cluster ) {
			return $this->not_found( 'cluster' );
		}
		$id     = (int) $cluster['id'];
		$report = new Cluster_Report();
		return new WP_REST_Response(
			array(
				'cluster'  => $clusters->with_stats( array( $cluster ) )[0],
				'keywords' => $report->keywords( $id ),
				'ideas'    => $report->by_status( Schema::IDEAS, $id ),
				'tasks'    => $report->by_status( Schema::TASKS, $id ),
				'posts'    => $report->posts( $id, 1, 1 )['total'],
				'links'    => $report->links( $id ),
			)
		);
	}

	/**
	 * GET posts.
	 *
	 * @since 0.4.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|\WP_Error
	 */
	public function get_posts( WP_REST_Request $request ) {
		if ( null === ( new Clusters_Repository() )->find( (int) $request['id'] ) ) {
			return $this->not_found( 'cluster' );
		}
		$result = ( new Cluster_Report() )->posts( (int) $request['id'], (int) $request['page'], (int) $request['per_page'] );
		return $this->paginated( $result, $request );
	}
}

<?php
/**
 * Linker module: the internal link graph and suggestions.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Linker\Graph_Builder;
use Igny8\Linker\Graph_Report;
use Igny8\Linker\Link_Applier;
use Igny8\Linker\Suggester;
use Igny8\Security\Post_Access;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Routes under igny8/v1/linker/. Post-specific routes also demand edit_post on that post.
 *
 * @since 0.3.0
 */
class Linker_Controller extends Controller {

	/**
	 * Registers the routes.
	 *
	 * @since 0.3.0
	 */
	public function register_routes(): void {
		$read  = WP_REST_Server::READABLE;
		$write = WP_REST_Server::CREATABLE;
		// GET /igny8/v1/linker/suggestions?post_id=N&limit=10 — links to add to one post (contract with the editor sidebar).
		$this->add_route(
			'/linker/suggestions',
			$read,
			'suggestions',
			'can_write',
			array(
				'post_id' => Linker_Args::post_id(),
				'limit'   => array(
					'type'              => 'integer',
					'default'           => 10,
					'minimum'           => 1,
					'maximum'           => 50,
					'sanitize_callback' => 'absint',
					'validate_callback' => 'rest_validate_request_arg',
				),
			)
		);
		// GET /igny8/v1/linker/graph — totals, orphans, clusters whose posts do not link to each other, rebuild progress.
		$this->add_route( '/linker/graph', $read, 'graph', 'can_write' );
		// GET /igny8/v1/linker/posts — published posts with inbound/outbound counts (orphans=1: only orphans).
		$list                       = $this->list_args( array( 'post_id', 'in', 'out' ) );
		$list['orderby']['default'] = 'post_id';
		$list['orphans']            = array(
			'type'              => 'boolean',
			'default'           => false,
			'validate_callback' => 'rest_validate_request_arg',
		);
		unset( $list['search'] );
		$this->add_route( '/linker/posts', $read, 'posts', 'can_write', $list );
		// POST /igny8/v1/linker/rebuild {cursor} — indexes the next batch of posts; cursor 0 starts over.
		$this->add_route(
			'/linker/rebuild',
			$write,
			'rebuild',
			'can_write',
			array(
				'cursor' => array(
					'type'              => 'integer',
					'default'           => 0,
					'minimum'           => 0,
					'sanitize_callback' => 'absint',
					'validate_callback' => 'rest_validate_request_arg',
				),
				'batch'  => array(
					'type'              => 'integer',
					'default'           => Graph_Builder::BATCH,
					'minimum'           => 10,
					'maximum'           => 2000,
					'sanitize_callback' => 'absint',
					'validate_callback' => 'rest_validate_request_arg',
				),
			)
		);
		$post_links = array(
			'post_id' => Linker_Args::post_id(),
			'links'   => Linker_Args::links(),
		);
		// POST /igny8/v1/linker/preview {post_id, links} — the change applying would make.
		$this->add_route(
			'/linker/preview',
			$write,
			'preview',
			'can_write',
			$post_links
		);
		// POST /igny8/v1/linker/apply {post_id, links} — adds the links; the post before is kept as a revision.
		$this->add_route(
			'/linker/apply',
			$write,
			'apply',
			'can_write',
			$post_links
		);
		// POST /igny8/v1/linker/revert {post_id} — restores the post as it was before the last apply.
		$this->add_route( '/linker/revert', $write, 'revert', 'can_write', array( 'post_id' => Linker_Args::post_id() ) );
		// GET /igny8/v1/linker/applied — recent applications across posts.
		$this->add_route( '/linker/applied', $read, 'applied', 'can_write' );
	}

	/**
	 * GET linker/suggestions.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function suggestions( $request ) {
		$post = Post_Access::editable( (int) $request['post_id'], Graph_Builder::post_types() );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		return new WP_REST_Response( ( new Suggester() )->suggest( $post, (int) $request['limit'] ) );
	}

	/**
	 * GET linker/graph.
	 *
	 * @since 0.3.0
	 *
	 * @return WP_REST_Response
	 */
	public function graph() {
		$graph    = new Graph_Report();
		$orphans  = $graph->orphan_ids();
		$clusters = $graph->unlinked_clusters();
		$names    = $this->cluster_names( array_column( $clusters, 'cluster_id' ) );
		return new WP_REST_Response(
			array_merge(
				$graph->totals(),
				array(
					'orphans'           => count( $orphans ),
					'unlinked_clusters' => array_map(
						static fn ( array $c ): array => $c + array( 'name' => $names[ $c['cluster_id'] ] ?? '' ),
						$clusters
					),
					'rebuild'           => (object) get_option( Graph_Builder::REBUILD_OPTION, array() ),
				)
			)
		);
	}

	/**
	 * GET linker/posts.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function posts( $request ) {
		$result          = ( new Graph_Report() )->posts(
			array(
				'orphans'  => (bool) $request['orphans'],
				'orderby'  => (string) $request['orderby'],
				'order'    => (string) $request['order'],
				'page'     => (int) $request['page'],
				'per_page' => (int) $request['per_page'],
			)
		);
		$result['items'] = array_map(
			static fn ( array $row ): array => $row + array(
				'title'    => html_entity_decode( get_the_title( $row['post_id'] ), ENT_QUOTES, 'UTF-8' ),
				'url'      => (string) get_permalink( $row['post_id'] ),
				'edit_url' => (string) get_edit_post_link( $row['post_id'], 'raw' ),
			),
			$result['items']
		);
		return $this->paginated( $result, $request );
	}

	/**
	 * POST linker/rebuild.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function rebuild( $request ) {
		return new WP_REST_Response( ( new Graph_Builder() )->rebuild_batch( (int) $request['cursor'], (int) $request['batch'] ) );
	}

	/**
	 * POST linker/preview.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function preview( $request ) {
		$post = Post_Access::editable( (int) $request['post_id'], Graph_Builder::post_types() );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$preview = ( new Link_Applier() )->preview( $post, (array) $request['links'] );
		return new WP_REST_Response( array( 'links' => $preview['links'] ) );
	}

	/**
	 * POST linker/apply.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function apply( $request ) {
		$post = Post_Access::editable( (int) $request['post_id'], Graph_Builder::post_types() );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$result = ( new Link_Applier() )->apply( $post, (array) $request['links'] );
		return is_wp_error( $result ) ? $result : new WP_REST_Response( $result );
	}

	/**
	 * POST linker/revert.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function revert( $request ) {
		$post = Post_Access::editable( (int) $request['post_id'], Graph_Builder::post_types() );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$result = ( new Link_Applier() )->revert( $post );
		return is_wp_error( $result ) ? $result : new WP_REST_Response( $result );
	}

	/**
	 * GET linker/applied — the 50 most recently changed posts with Linker applications.
	 *
	 * @since 0.3.0
	 *
	 * @return WP_REST_Response
	 */
	public function applied() {
		global $wpdb;
		$ids     = $wpdb->get_col( $wpdb->prepare( "SELECT m.post_id FROM %i m JOIN %i p ON p.ID = m.post_id WHERE m.meta_key = %s AND m.meta_value <> '[]' ORDER BY p.post_modified_gmt DESC LIMIT 50", $wpdb->postmeta, $wpdb->posts, Link_Applier::META ) );
		$applier = new Link_Applier();
		$items   = array();
		foreach ( array_map( 'intval', (array) $ids ) as $post_id ) {
			if ( ! current_user_can( 'edit_post', $post_id ) ) {
				continue;
			}
			$history = $applier->history( $post_id );
			$last    = end( $history );
			if ( ! is_array( $last ) ) {
				continue;
			}
			$items[] = array(
				'post_id'     => $post_id,
				'title'       => html_entity_decode( get_the_title( $post_id ), ENT_QUOTES, 'UTF-8' ),
				'edit_url'    => (string) get_edit_post_link( $post_id, 'raw' ),
				'revision_id' => (int) $last['revision_id'],
				'links'       => (array) $last['links'],
				'applied_at'  => (string) $last['applied_at'],
				'can_revert'  => md5( (string) get_post_field( 'post_content', $post_id, 'raw' ) ) === (string) $last['after_hash'],
			);
		}
		return new WP_REST_Response( $items );
	}

	/**
	 * Cluster names by id.
	 *
	 * @param int[] $ids Cluster ids.
	 * @return array<int, string>
	 */
	private function cluster_names( array $ids ): array {
		$names = array();
		foreach ( ( new \Igny8\Storage\Clusters_Repository() )->find_many( $ids ) as $cluster ) {
			$names[ (int) $cluster['id'] ] = (string) $cluster['name'];
		}
		return $names;
	}
}

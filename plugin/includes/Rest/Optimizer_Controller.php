<?php
/**
 * Optimizer module: stored scores, scoring on demand, optimised revisions.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Actions\Optimize_Content\Result as Optimize_Result;
use Igny8\Editor\Meta_Applier;
use Igny8\Editor\Seo_Plugins;
use Igny8\Linker\Graph_Builder;
use Igny8\Shop\WooCommerce;
use Igny8\Optimizer\Scorer;
use Igny8\Results\Post_Writer;
use Igny8\Security\Post_Access;
use Igny8\Writer\Post_Meta;
use WP_Error;
use WP_Post;
use WP_Query;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Routes under igny8/v1/optimizer/. Starting optimize_content jobs stays POST writer/content/optimize;
 * their results are revisions, listed, compared (WordPress's revision screen) and restored here.
 *
 * @since 0.3.0
 */
class Optimizer_Controller extends Controller {

	/**
	 * Registers the routes.
	 *
	 * @since 0.3.0
	 */
	public function register_routes(): void {
		$list                       = $this->list_args( array( 'score', 'modified' ) );
		$list['orderby']['default'] = 'score';
		$list['order']['default']   = 'asc';
		$list['scored']             = array(
			'description'       => __( 'scored: posts with a stored score; unscored: posts without one.', 'igny8' ),
			'type'              => 'string',
			'enum'              => array( 'scored', 'unscored' ),
			'default'           => 'scored',
			'validate_callback' => 'rest_validate_request_arg',
		);
		// A link from elsewhere (Planner → Opportunities' "Optimise this post") opens on one post, scored or not.
		$list['post_id'] = array(
			'description'       => __( 'Only this post, whether it has a score or not.', 'igny8' ),
			'type'              => 'integer',
			'minimum'           => 1,
			'sanitize_callback' => 'absint',
			'validate_callback' => 'rest_validate_request_arg',
		);
		// GET /igny8/v1/optimizer/posts — posts by stored score (worst first) with their top issues.
		$this->add_route( '/optimizer/posts', WP_REST_Server::READABLE, 'get_posts', 'can_write', $list );
		// POST /igny8/v1/optimizer/score {ids} — scores posts now (one Worker call each, free of credits).
		$this->add_route(
			'/optimizer/score',
			WP_REST_Server::CREATABLE,
			'score',
			'can_write',
			array( 'ids' => $this->ids_arg( 20 ) )
		);
		// GET /igny8/v1/optimizer/posts/{id}/revisions — the optimised revision, its change summary and compare link.
		$this->add_route(
			'/optimizer/posts/(?P<id>\d+)/revisions',
			WP_REST_Server::READABLE,
			'revisions',
			'can_write',
			$this->id_arg()
		);
		// POST /igny8/v1/optimizer/posts/{id}/restore {revision_id} — makes a revision of the post its content.
		$restore                = $this->id_arg();
		$restore['revision_id'] = array(
			'type'              => 'integer',
			'required'          => true,
			'minimum'           => 1,
			'sanitize_callback' => 'absint',
			'validate_callback' => 'rest_validate_request_arg',
		);
		$this->add_route(
			'/optimizer/posts/(?P<id>\d+)/restore',
			WP_REST_Server::CREATABLE,
			'restore',
			'can_write',
			$restore
		);
		// POST /igny8/v1/optimizer/posts/{id}/apply-meta — writes the optimisation's meta title and description
		// (undone with POST editor/provenance/undo and the entry it answers with).
		$this->add_route(
			'/optimizer/posts/(?P<id>\d+)/apply-meta',
			WP_REST_Server::CREATABLE,
			'apply_meta',
			'can_write',
			$this->id_arg()
		);
	}

	/**
	 * POST optimizer/posts/{id}/apply-meta.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function apply_meta( $request ) {
		$post = Post_Access::editable( (int) $request['id'], WooCommerce::with_products( Graph_Builder::post_types() ) );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$applied = ( new Meta_Applier() )->apply( $post->ID );
		return is_wp_error( $applied ) ? $applied : new WP_REST_Response( $applied );
	}

	/**
	 * GET optimizer/posts.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_posts( $request ) {
		$args = Post_Access::listing_args( '' ) + array(
			'post_type'      => WooCommerce::with_products( Graph_Builder::post_types() ),
			'post_status'    => array( 'publish', 'draft', 'pending', 'future', 'private' ),
			's'              => (string) $request['search'],
			'posts_per_page' => (int) $request['per_page'],
			'paged'          => (int) $request['page'],
			'order'          => strtoupper( (string) $request['order'] ),
		);
		if ( ! empty( $request['post_id'] ) ) {
			$args['post__in'] = array( (int) $request['post_id'] );
			$args['orderby']  = 'modified';
		} elseif ( 'unscored' === $request['scored'] ) {
			// phpcs:ignore WordPress.DB.SlowDBQuery -- unscored posts are those without IGNY8's score meta; paged.
			$args['meta_query'] = array(
				array(
					'key'     => Scorer::SCORE,
					'compare' => 'NOT EXISTS',
				),
			);
			$args['orderby']    = 'modified';
		} else {
			$args['meta_key'] = Scorer::SCORE; // phpcs:ignore WordPress.DB.SlowDBQuery -- posts are found by the marker meta only IGNY8 writes; paged.
			$args['orderby']  = 'score' === $request['orderby'] ? 'meta_value_num' : 'modified';
		}
		$query = new WP_Query( $args );
		$items = array_values( array_filter( array_map( array( $this, 'present' ), $query->posts ) ) );
		return $this->paginated(
			array(
				'items' => $items,
				'total' => (int) $query->found_posts,
			),
			$request
		);
	}

	/**
	 * POST optimizer/score.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function score( $request ) {
		$scorer = new Scorer();
		$out    = array();
		foreach ( (array) $request['ids'] as $id ) {
			$post = Post_Access::editable( (int) $id, WooCommerce::with_products( Graph_Builder::post_types() ) );
			if ( is_wp_error( $post ) ) {
				return $post;
			}
			$scored = $scorer->score( $post );
			if ( is_wp_error( $scored ) ) {
				return $scored;
			}
			$out[] = array(
				'post_id' => $post->ID,
				'score'   => $scored['score'],
				'issues'  => $scored['issues'],
				'checks'  => $scored['result']['checks'],
			);
		}
		return new WP_REST_Response( $out );
	}

	/**
	 * GET optimizer/posts/{id}/revisions (`refused`: why the last optimised version was not saved).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function revisions( $request ) {
		$post = Post_Access::editable( (int) $request['id'], WooCommerce::with_products( Graph_Builder::post_types() ) );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$optimized = (int) get_post_meta( $post->ID, Post_Meta::OPTIMIZED, true );
		$changes   = json_decode( (string) get_post_meta( $post->ID, '_igny8_optimize_changes', true ), true );
		$refused   = (string) get_post_meta( $post->ID, Optimize_Result::REFUSED, true );
		$revisions = array();
		foreach ( wp_get_post_revisions( $post->ID, array( 'posts_per_page' => 10 ) ) as $revision ) {
			$revisions[] = array(
				'id'          => (int) $revision->ID,
				'date_gmt'    => (string) $revision->post_date_gmt,
				'author'      => get_the_author_meta( 'display_name', (int) $revision->post_author ),
				'optimized'   => (int) $revision->ID === $optimized,
				'compare_url' => admin_url( 'revision.php?revision=' . (int) $revision->ID ),
			);
		}
		return new WP_REST_Response(
			array(
				'post_id'               => $post->ID,
				'optimized_revision_id' => $optimized ? $optimized : null,
				'changes'               => is_array( $changes ) ? array_values( array_map( 'strval', $changes ) ) : array(),
				'compare_url'           => $optimized ? admin_url( 'revision.php?revision=' . $optimized ) : null,
				'refused'               => '' !== $refused ? $refused : null,
				'suggested_meta'        => Meta_Applier::suggested( $post->ID ),
				'current_meta'          => Meta_Applier::current( $post->ID ),
				'seo_plugin'            => Seo_Plugins::active(),
				'revisions'             => $revisions,
			)
		);
	}

	/**
	 * POST optimizer/posts/{id}/restore.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function restore( $request ) {
		$post = Post_Access::editable( (int) $request['id'], WooCommerce::with_products( Graph_Builder::post_types() ) );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$revision_id = (int) $request['revision_id'];
		$revision    = wp_get_post_revision( $revision_id );
		if ( ! $revision || (int) $revision->post_parent !== $post->ID ) {
			return new WP_Error( 'igny8_revision_not_found', __( 'This revision does not belong to the post. Reload the list of revisions and pick another.', 'igny8' ), array( 'status' => 404 ) );
		}
		// A revision IGNY8 wrote holds cloud output and is restored through the one writer of cloud output.
		// Any other revision is a person's earlier version: WordPress restores it with the kses that
		// applies to the current user, as its own revisions screen does.
		$restored = self::is_cloud_revision( $post, $revision ) ? Post_Writer::restore_revision( $revision->ID ) : wp_restore_post_revision( $revision->ID );
		if ( ! $restored || is_wp_error( $restored ) ) {
			return new WP_Error( 'igny8_restore_failed', __( 'The revision could not be restored.', 'igny8' ), array( 'status' => 500 ) );
		}
		return new WP_REST_Response(
			array(
				'post_id'     => $post->ID,
				'revision_id' => (int) $revision->ID,
				'restored'    => true,
			)
		);
	}

	/**
	 * Whether IGNY8 wrote the revision (an optimize result): marked by Actions\Optimize_Content\Result, or the post's
	 * recorded optimised revision.
	 *
	 * @param WP_Post $post     Post.
	 * @param WP_Post $revision Revision of the post.
	 */
	private static function is_cloud_revision( WP_Post $post, WP_Post $revision ): bool {
		return '' !== (string) get_metadata( 'post', $revision->ID, Post_Meta::MANAGED, true )
			|| (int) get_post_meta( $post->ID, Post_Meta::OPTIMIZED, true ) === $revision->ID;
	}

	/**
	 * A post row of the list, or null when the user may not edit it.
	 *
	 * @param WP_Post $post Post.
	 * @return array<string, mixed>|null
	 */
	public function present( WP_Post $post ): ?array {
		if ( ! current_user_can( 'edit_post', $post->ID ) ) {
			return null;
		}
		$issues    = json_decode( (string) get_post_meta( $post->ID, Scorer::ISSUES, true ), true );
		$optimized = (int) get_post_meta( $post->ID, Post_Meta::OPTIMIZED, true );
		return array(
			'id'        => $post->ID,
			'title'     => html_entity_decode( get_the_title( $post ), ENT_QUOTES, 'UTF-8' ),
			'status'    => $post->post_status,
			'score'     => Scorer::stored( $post->ID ),
			'issues'    => is_array( $issues ) ? $issues : array(),
			'stale'     => (bool) get_post_meta( $post->ID, Scorer::STALE, true ),
			'scored_at' => (string) get_post_meta( $post->ID, Scorer::SCORED_AT, true ),
			'keyword'   => (string) get_post_meta( $post->ID, '_igny8_target_keyword', true ),
			'optimized' => $optimized ? $optimized : null,
			'edit_url'  => (string) get_edit_post_link( $post->ID, 'raw' ),
			'modified'  => Content_Controller::modified_gmt( $post ),
		);
	}
}

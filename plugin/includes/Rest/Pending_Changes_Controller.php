<?php
/**
 * REST routes for AI changes to published posts that wait for an editor.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Changes\Pending_Changes;
use Igny8\Editor\Provenance;
use Igny8\Security\Post_Access;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * List, accept and discard a post's pending changes (Changes\Pending_Changes). Every route needs
 * igny8_write and edit_post on the post named. An accepted change is recorded in the post's AI
 * history like any applied change, so it can be undone.
 *
 * @since 0.7.0
 */
final class Pending_Changes_Controller extends Controller {

	/**
	 * Registers the routes.
	 *
	 * @since 0.7.0
	 */
	public function register_routes(): void {
		$post_id = Editor_Args::post_id();
		$change  = $post_id + array( 'id' => self::change_id() );
		// GET /igny8/v1/editor/pending-changes?post_id= — the post's pending changes with previews, oldest first.
		register_rest_route(
			$this->namespace,
			'/editor/pending-changes',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'list_changes' ),
				'permission_callback' => array( $this, 'can_write' ),
				'args'                => $post_id,
			)
		);
		// POST /igny8/v1/editor/pending-changes/accept — {post_id, id}: puts the change on the post.
		register_rest_route(
			$this->namespace,
			'/editor/pending-changes/accept',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'accept' ),
				'permission_callback' => array( $this, 'can_write' ),
				'args'                => $change,
			)
		);
		// POST /igny8/v1/editor/pending-changes/discard — {post_id, id}: drops the change.
		register_rest_route(
			$this->namespace,
			'/editor/pending-changes/discard',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'discard' ),
				'permission_callback' => array( $this, 'can_write' ),
				'args'                => $change,
			)
		);
	}

	/**
	 * GET editor/pending-changes.
	 *
	 * @since 0.7.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<int, array<string, mixed>>|WP_Error
	 */
	public function list_changes( WP_REST_Request $request ) {
		$post = Post_Access::editable( (int) $request['post_id'] );
		return is_wp_error( $post ) ? $post : ( new Pending_Changes() )->all( $post->ID );
	}

	/**
	 * POST editor/pending-changes/accept: applies it, then records it in the AI history.
	 *
	 * @since 0.7.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_Error {change, content, meta, entries}
	 */
	public function accept( WP_REST_Request $request ) {
		$post = Post_Access::editable( (int) $request['post_id'] );
		if ( is_wp_error( $post ) ) {
			return $post;
		}
		$accepted = ( new Pending_Changes() )->accept( $post->ID, (string) $request['id'] );
		if ( is_wp_error( $accepted ) ) {
			return $accepted;
		}
		$provenance = new Provenance();
		$base       = array(
			'function' => $accepted['change']['function'],
			'job_id'   => $accepted['change']['job_id'],
			'summary'  => $accepted['change']['summary'],
		);
		$entries    = array();
		if ( null !== $accepted['content'] ) {
			$entries[] = $provenance->record(
				$post->ID,
				$base + array(
					'kind'           => 'content',
					'before_content' => $accepted['before_content'],
					'after_content'  => $accepted['content'],
				)
			);
		}
		// The excerpt is undone with the meta (Provenance::UNDOABLE_META names it as a post field).
		$before_meta = $accepted['before_meta'] + ( null !== $accepted['before_excerpt'] ? array( 'post_excerpt' => $accepted['before_excerpt'] ) : array() );
		if ( $before_meta ) {
			$entries[] = $provenance->record(
				$post->ID,
				$base + array(
					'kind'        => 'meta',
					'before_meta' => $before_meta,
				)
			);
		}
		return array(
			'change'  => $accepted['change'],
			'content' => $accepted['content'],
			'meta'    => $accepted['meta'],
			'entries' => array_values( array_filter( $entries, static fn ( $entry ): bool => ! is_wp_error( $entry ) ) ),
		);
	}

	/**
	 * POST editor/pending-changes/discard.
	 *
	 * @since 0.7.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>|WP_Error The dropped change.
	 */
	public function discard( WP_REST_Request $request ) {
		$post = Post_Access::editable( (int) $request['post_id'] );
		return is_wp_error( $post ) ? $post : ( new Pending_Changes() )->discard( $post->ID, (string) $request['id'] );
	}

	/**
	 * The pending change named.
	 *
	 * @return array<string, mixed>
	 */
	private static function change_id(): array {
		return array(
			'description' => __( 'The pending change.', 'igny8' ),
			'type'        => 'string',
			'required'    => true,
			'pattern'     => '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$',
		);
	}
}

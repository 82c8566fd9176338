<?php
/**
 * Applies optimize_content results.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Optimize_Content;

use Igny8\Actions\Result_Handler;
use Igny8\Changes\Pending_Changes;
use Igny8\Results\Post_Writer;
use Igny8\Writer\Post_Meta;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Never overwrites the post: the optimised version is saved as a new revision of it, which the editor
 * compares and restores with WordPress's revisions screen. The post meta points at that revision and
 * lists the changes the model made. The revision is the post's own blocks with the rewritten text in
 * place (Rebuild); a result Rebuild refuses leaves no revision and says why.
 *
 * @since 0.2.0
 */
final class Result implements Result_Handler {

	/**
	 * Post meta: why the last optimised version was refused (Rebuild), until one is saved.
	 *
	 * @since 0.1.0
	 */
	public const REFUSED = '_igny8_optimize_refused';

	/**
	 * {@inheritDoc}
	 *
	 * @since 0.2.0
	 */
	public function apply( array $result, array $reference, array $local, ?array $task ) {
		$post_id = (int) ( $reference['post_id'] ?? 0 );
		$post    = $post_id ? get_post( $post_id, ARRAY_A ) : null;
		if ( ! $post ) {
			return array(
				'post_id'     => $post_id ? $post_id : null,
				'revision_id' => null,
			);
		}
		$content = hash_equals( (string) ( $reference['content_hash'] ?? '' ), md5( (string) $post['post_content'] ) )
			? Rebuild::content( (string) $post['post_content'], (array) ( $result['segments'] ?? array() ), (array) ( $result['inserted'] ?? array() ) )
			: new WP_Error( 'igny8_optimized_post_changed', __( 'The optimised version was not saved because the post changed while it was being optimised. Optimise it again.', 'igny8' ), array( 'status' => 409 ) );
		if ( is_wp_error( $content ) ) {
			// Final: applying the same result again would be refused again, so the claim is kept.
			update_post_meta( $post_id, self::REFUSED, wp_slash( $content->get_error_message() ) );
			return array(
				'post_id'     => $post_id,
				'revision_id' => null,
				'refused'     => $content->get_error_message(),
			);
		}
		if ( ! post_type_supports( (string) $post['post_type'], 'revisions' ) ) {
			return self::propose( $post_id, $content, $result, $local );
		}
		$revision                 = $post;
		$revision['post_title']   = (string) ( $result['title'] ?? $post['post_title'] );
		$revision['post_content'] = $content;

		$revision_id = Post_Writer::insert_revision( $revision );
		if ( is_wp_error( $revision_id ) || ! $revision_id ) {
			return is_wp_error( $revision_id ) ? $revision_id : array(
				'post_id'     => $post_id,
				'revision_id' => null,
			);
		}
		delete_post_meta( $post_id, self::REFUSED );
		// Marks the revision as cloud output, so restoring it goes through Post_Writer again.
		update_metadata( 'post', $revision_id, Post_Meta::MANAGED, 1 );
		update_post_meta( $post_id, Post_Meta::OPTIMIZED, $revision_id );
		self::keep_suggestions( $post_id, $result );
		return array(
			'post_id'     => $post_id,
			'revision_id' => $revision_id,
		);
	}

	/**
	 * A post type without revisions (a WooCommerce product) has no revision to hold the optimised
	 * version, and restoring one would overwrite its copy with no way back: the version becomes a
	 * pending change instead, which the editor reviews, accepts (undoable) or discards.
	 *
	 * @param int                  $post_id Post id.
	 * @param string               $content The optimised content.
	 * @param array<string, mixed> $result  Result.
	 * @param array<string, mixed> $local   The local job row.
	 * @return array<string, mixed>
	 */
	private static function propose( int $post_id, string $content, array $result, array $local ): array {
		$change = ( new Pending_Changes() )->propose(
			$post_id,
			array(
				'function' => 'optimize_content',
				'summary'  => __( 'Optimised version', 'igny8' ),
				'job_id'   => (string) ( $local['job_id'] ?? '' ),
				'content'  => $content,
			)
		);
		delete_post_meta( $post_id, self::REFUSED );
		self::keep_suggestions( $post_id, $result );
		return array(
			'post_id'     => $post_id,
			'revision_id' => null,
			'proposed'    => ! is_wp_error( $change ),
		);
	}

	/**
	 * Keeps the list of changes and the suggested meta title and description beside the version.
	 *
	 * @param int                  $post_id Post id.
	 * @param array<string, mixed> $result  Result.
	 */
	private static function keep_suggestions( int $post_id, array $result ): void {
		$changes = array_map( static fn ( $change ): string => Post_Writer::text( (string) $change, 'change' ), (array) ( $result['changes'] ?? array() ) );
		update_post_meta( $post_id, '_igny8_optimize_changes', wp_slash( (string) wp_json_encode( $changes ) ) );
		$meta = array(
			'meta_title'       => Post_Writer::text( (string) ( $result['meta_title'] ?? '' ), Post_Meta::META_TITLE ),
			'meta_description' => Post_Writer::text( (string) ( $result['meta_description'] ?? '' ), Post_Meta::META_DESCRIPTION ),
		);
		// A suggestion until the editor applies it (Editor\Meta_Applier), like the version itself.
		update_post_meta( $post_id, Post_Meta::SUGGESTED_META, wp_slash( (string) wp_json_encode( $meta ) ) );
	}
}

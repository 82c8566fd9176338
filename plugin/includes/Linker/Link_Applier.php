<?php
/**
 * Inserts suggested links into a post and takes them out again.
 *
 * @package Igny8\Linker
 */

declare( strict_types=1 );

namespace Igny8\Linker;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Preview, apply and revert. Applying first saves the post as it is as a revision, then wraps the
 * first linkable occurrence of each anchor (see Text_Segments) in a link; reverting restores that
 * revision with wp_restore_post_revision(), so the content is byte-identical to before. A revert is
 * refused when the post changed after the links were applied (it would lose that edit).
 *
 * Content is written with kses paused. This is not a write of cloud output (that goes only through
 * Results\Post_Writer, with kses): the anchor is text already in the post, the URL a local permalink
 * passed through esc_url(), and a revert puts back the post's own earlier revision byte for byte.
 * Filtering the rest again would alter markup the post's author was allowed to save.
 *
 * @since 0.3.0
 */
class Link_Applier {

	/**
	 * Post meta: list of applications {revision_id, after_hash, links, user_id, applied_at}, newest last.
	 *
	 * @since 0.3.0
	 */
	public const META = '_igny8_linker_applied';

	/**
	 * What applying would change, without saving.
	 *
	 * @since 0.3.0
	 *
	 * @param \WP_Post                                        $post  Post.
	 * @param array<int, array{target_post_id:int, anchor:string}> $links Links.
	 * @return array{content:string, links: array<int, array<string, mixed>>}
	 */
	public function preview( \WP_Post $post, array $links ): array {
		$content = (string) $post->post_content;
		$report  = array();
		foreach ( $links as $link ) {
			$target = get_post( (int) $link['target_post_id'] );
			$url    = $target && 'publish' === $target->post_status ? (string) get_permalink( $target ) : '';
			$result = '' === $url ? null : $this->insert( $content, (string) $link['anchor'], $url );
			$report[] = array(
				'target_post_id' => (int) $link['target_post_id'],
				'anchor'         => (string) $link['anchor'],
				'url'            => $url,
				'found'          => null !== $result,
				'context'        => null === $result ? '' : $result['context'],
			);
			if ( null !== $result ) {
				$content = $result['content'];
			}
		}
		return array(
			'content' => $content,
			'links'   => $report,
		);
	}

	/**
	 * Applies the links that can be placed; saves a revision of the post first.
	 *
	 * @since 0.3.0
	 *
	 * @param \WP_Post                                        $post  Post.
	 * @param array<int, array{target_post_id:int, anchor:string}> $links Links.
	 * @return array<string, mixed>|WP_Error {post_id, revision_id, applied, links}
	 */
	public function apply( \WP_Post $post, array $links ) {
		$preview = $this->preview( $post, $links );
		$placed  = array_values( array_filter( $preview['links'], static fn ( array $l ): bool => $l['found'] ) );
		if ( ! $placed ) {
			return new WP_Error( 'igny8_linker_nothing_to_apply', __( 'None of these anchors appear in the post\'s text any more. Refresh the suggestions and try again.', 'igny8' ), array( 'status' => 409 ) );
		}

		$revision_id = $this->without_kses( static fn () => _wp_put_post_revision( $post ) );
		if ( is_wp_error( $revision_id ) || ! $revision_id ) {
			return new WP_Error( 'igny8_linker_revision_failed', __( 'The post could not be saved as a revision, so no links were added. Check that revisions are enabled for this post type.', 'igny8' ), array( 'status' => 500 ) );
		}
		$updated = $this->without_kses(
			static fn () => wp_update_post(
				array(
					'ID'           => $post->ID,
					'post_content' => wp_slash( $preview['content'] ),
				),
				true
			)
		);
		if ( is_wp_error( $updated ) ) {
			return $updated;
		}

		$history   = $this->history( $post->ID );
		$history[] = array(
			'revision_id' => (int) $revision_id,
			'after_hash'  => md5( (string) get_post_field( 'post_content', $post->ID, 'raw' ) ),
			'links'       => array_map( static fn ( array $l ): array => array( 'target_post_id' => $l['target_post_id'], 'anchor' => $l['anchor'], 'url' => $l['url'] ), $placed ),
			'user_id'     => get_current_user_id(),
			'applied_at'  => current_time( 'mysql', true ),
		);
		update_post_meta( $post->ID, self::META, wp_slash( (string) wp_json_encode( array_slice( $history, -20 ) ) ) );

		return array(
			'post_id'     => $post->ID,
			'revision_id' => (int) $revision_id,
			'applied'     => count( $placed ),
			'links'       => $preview['links'],
		);
	}

	/**
	 * Restores the post as it was before the last application.
	 *
	 * @since 0.3.0
	 *
	 * @param \WP_Post $post Post.
	 * @return array<string, mixed>|WP_Error {post_id, revision_id, removed}
	 */
	public function revert( \WP_Post $post ) {
		$history = $this->history( $post->ID );
		$last    = end( $history );
		if ( ! is_array( $last ) ) {
			return new WP_Error( 'igny8_linker_nothing_to_revert', __( 'No links were applied to this post by the Linker.', 'igny8' ), array( 'status' => 404 ) );
		}
		if ( md5( (string) $post->post_content ) !== (string) $last['after_hash'] ) {
			return new WP_Error( 'igny8_linker_post_changed', __( 'The post was edited after the links were added; reverting would lose that edit. Open the post\'s revisions to compare and restore by hand.', 'igny8' ), array( 'status' => 409 ) );
		}
		$revision_id = (int) $last['revision_id'];
		if ( ! wp_get_post_revision( $revision_id ) ) {
			return new WP_Error( 'igny8_linker_revision_missing', __( 'The revision saved before the links were added no longer exists.', 'igny8' ), array( 'status' => 410 ) );
		}
		$restored = $this->without_kses( static fn () => wp_restore_post_revision( $revision_id ) );
		if ( ! $restored || is_wp_error( $restored ) ) {
			return new WP_Error( 'igny8_linker_restore_failed', __( 'The revision could not be restored.', 'igny8' ), array( 'status' => 500 ) );
		}
		array_pop( $history );
		update_post_meta( $post->ID, self::META, wp_slash( (string) wp_json_encode( $history ) ) );
		return array(
			'post_id'     => $post->ID,
			'revision_id' => $revision_id,
			'removed'     => count( (array) $last['links'] ),
		);
	}

	/**
	 * Applications recorded on a post, oldest first.
	 *
	 * @since 0.3.0
	 *
	 * @param int $post_id Post id.
	 * @return array<int, array<string, mixed>>
	 */
	public function history( int $post_id ): array {
		$decoded = json_decode( (string) get_post_meta( $post_id, self::META, true ), true );
		return is_array( $decoded ) ? array_values( array_filter( $decoded, 'is_array' ) ) : array();
	}

	/**
	 * Wraps the first linkable occurrence of the anchor (exact case) in a link.
	 *
	 * @param string $content Content.
	 * @param string $anchor  Anchor text.
	 * @param string $url     Target URL.
	 * @return array{content:string, context:string}|null
	 */
	private function insert( string $content, string $anchor, string $url ): ?array {
		$tokens = Text_Segments::tokens( $content );
		foreach ( Text_Segments::linkable_indexes( $tokens ) as $i ) {
			$found = Text_Segments::find( $tokens[ $i ], $anchor, true );
			if ( null === $found ) {
				continue;
			}
			list( $offset, $text ) = $found;
			$link         = '<a href="' . esc_url( $url ) . '">' . $text . '</a>';
			$before       = substr( $tokens[ $i ], 0, $offset );
			$after        = substr( $tokens[ $i ], $offset + strlen( $text ) );
			$tokens[ $i ] = $before . $link . $after;
			return array(
				'content' => implode( '', $tokens ),
				// Tags stripped without trimming, so the spaces around the anchor stay.
				'context' => (string) preg_replace( '/<[^>]*>/', '', mb_substr( $before, -60 ) ) . '[' . $text . ']' . (string) preg_replace( '/<[^>]*>/', '', mb_substr( $after, 0, 60 ) ),
			);
		}
		return null;
	}

	/**
	 * Runs a write with the kses content filters paused.
	 *
	 * @param callable $write Write.
	 * @return mixed
	 */
	private function without_kses( callable $write ) {
		$active = false !== has_filter( 'content_save_pre', 'wp_filter_post_kses' );
		if ( $active ) {
			kses_remove_filters();
		}
		try {
			return $write();
		} finally {
			if ( $active ) {
				kses_init_filters();
			}
		}
	}
}

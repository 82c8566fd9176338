<?php
/**
 * What a change would do, in words and pictures an editor can check before accepting it.
 *
 * @package Igny8\Changes
 */

declare( strict_types=1 );

namespace Igny8\Changes;

defined( 'ABSPATH' ) || exit;

/**
 * A stored change reduced to {id, function, summary, job_id, created_at, blocks: [{action, name,
 * text, image}], excerpt: string|null, featured_image: {id, url}|null}. Text is plain (tags stripped); image URLs come
 * from the media library, never from the change's markup.
 *
 * @since 0.7.0
 */
final class Change_Preview {

	/**
	 * Characters of a block's text shown.
	 *
	 * @since 0.7.0
	 */
	private const TEXT_LENGTH = 160;

	/**
	 * The preview of one stored change.
	 *
	 * @since 0.7.0
	 *
	 * @param array<string, mixed> $change Stored change (hunks, meta).
	 * @return array<string, mixed>
	 */
	public static function of( array $change ): array {
		$blocks = array();
		foreach ( (array) ( $change['hunks'] ?? array() ) as $hunk ) {
			foreach ( (array) ( $hunk['before'] ?? array() ) as $markup ) {
				$blocks[] = self::block( (string) $markup, 'remove' );
			}
			foreach ( (array) ( $hunk['after'] ?? array() ) as $markup ) {
				$blocks[] = self::block( (string) $markup, 'add' );
			}
		}
		$featured = (int) ( $change['meta']['_thumbnail_id'] ?? 0 );
		return array(
			'id'             => (string) ( $change['id'] ?? '' ),
			'function'       => (string) ( $change['function'] ?? '' ),
			'summary'        => (string) ( $change['summary'] ?? '' ),
			'job_id'         => (string) ( $change['job_id'] ?? '' ),
			'created_at'     => (string) ( $change['created_at'] ?? '' ),
			'blocks'         => $blocks,
			'excerpt'        => isset( $change['excerpt'] ) ? (string) $change['excerpt'] : null,
			'featured_image' => $featured ? array(
				'id'  => $featured,
				'url' => (string) wp_get_attachment_image_url( $featured, 'medium' ),
			) : null,
		);
	}

	/**
	 * One block of a hunk: its name, plain text (block comments go with the tags) and, for an image,
	 * the attachment's URL.
	 *
	 * @param string $markup Serialised block.
	 * @param string $action 'add' or 'remove'.
	 * @return array{action: string, name: string, text: string, image: string}
	 */
	private static function block( string $markup, string $action ): array {
		$parsed = parse_blocks( $markup )[0] ?? array();
		$name   = (string) ( $parsed['blockName'] ?? 'core/freeform' );
		$image  = 'core/image' === $name ? (string) wp_get_attachment_image_url( (int) ( $parsed['attrs']['id'] ?? 0 ), 'medium' ) : '';
		$text   = trim( (string) preg_replace( '/\s+/', ' ', wp_strip_all_tags( $markup ) ) );
		return array(
			'action' => $action,
			'name'   => $name,
			'text'   => mb_substr( $text, 0, self::TEXT_LENGTH ),
			'image'  => $image,
		);
	}
}

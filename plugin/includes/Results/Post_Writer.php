<?php
/**
 * The one way cloud output becomes a post, a revision or an attachment.
 *
 * @package Igny8\Results
 */

declare( strict_types=1 );

namespace Igny8\Results;

use Igny8\Writer\Post_Meta;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Every write of cloud output goes through here. While a write runs, each post row WordPress is about
 * to store (the post, its revision, an attachment) has its content filtered by Content_Filter and its
 * title and excerpt made plain text, whoever the current user is: a delivery has no user, the WP-Cron
 * pull may run inside an administrator's request, and unfiltered_html is a person's right, not the
 * model's. kses stays as WordPress set it (without a user it filters the content once more on save).
 *
 * @since 0.1.0
 */
final class Post_Writer {

	/**
	 * Longest value of each plain-text field, in characters.
	 *
	 * @since 0.1.0
	 */
	public const LIMITS = array(
		'post_title'                => 300,
		'post_excerpt'              => 1000,
		Post_Meta::META_TITLE       => 200,
		Post_Meta::META_DESCRIPTION => 400,
		'alt'                       => 500,
		'caption'                   => 1000,
		'change'                    => 500,
	);

	/**
	 * Creates a post, or updates it when ID is set.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $postarr wp_insert_post() fields (unslashed).
	 * @return int|WP_Error Post id.
	 */
	public static function insert( array $postarr ) {
		foreach ( array( Post_Meta::META_TITLE, Post_Meta::META_DESCRIPTION ) as $key ) {
			if ( isset( $postarr['meta_input'][ $key ] ) ) {
				$postarr['meta_input'][ $key ] = self::text( (string) $postarr['meta_input'][ $key ], $key );
			}
		}
		// wp_insert_post() unslashes its input; slashing keeps backslashes in block attributes intact.
		$post_id = self::write(
			static fn () => empty( $postarr['ID'] ) ? wp_insert_post( wp_slash( $postarr ), true ) : wp_update_post( wp_slash( $postarr ), true )
		);
		return $post_id instanceof WP_Error ? $post_id : (int) $post_id;
	}

	/**
	 * Saves the fields as a new revision of the post they belong to; the post itself is untouched.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $post The post's fields (ID, post_title, post_content…) with the new values.
	 * @return int|WP_Error Revision id; 0 when WordPress saved none.
	 */
	public static function insert_revision( array $post ) {
		$revision_id = self::write( static fn () => _wp_put_post_revision( $post ) );
		return $revision_id instanceof WP_Error ? $revision_id : (int) $revision_id;
	}

	/**
	 * Makes a revision that holds cloud output the post's content again.
	 *
	 * @since 0.1.0
	 *
	 * @param int $revision_id Revision.
	 * @return int|false|null Post id; false or null when WordPress could not restore it.
	 */
	public static function restore_revision( int $revision_id ) {
		return self::write( static fn () => wp_restore_post_revision( $revision_id ) );
	}

	/**
	 * Adds a downloaded image to the media library, attached to a post, with its alt text and caption.
	 *
	 * @since 0.1.0
	 *
	 * @param array{name:string, tmp_name:string} $file    media_handle_sideload() file.
	 * @param int                                 $post_id Parent post.
	 * @param string                              $alt     Alt text, also the attachment's title.
	 * @param string                              $caption Caption.
	 * @param array<string, scalar>               $meta    Further meta the plugin sets.
	 * @return int|WP_Error Attachment id.
	 */
	public static function insert_attachment( array $file, int $post_id, string $alt, string $caption, array $meta ) {
		$alt    = self::text( $alt, 'alt' );
		$fields = array(
			// Named here so the text an image file carries in its IPTC data never becomes the title or description.
			'post_title'   => '' !== $alt ? $alt : pathinfo( $file['name'], PATHINFO_FILENAME ),
			'post_content' => '',
			'post_excerpt' => self::text( $caption, 'caption' ),
		);
		$attachment_id = self::write( static fn () => media_handle_sideload( $file, $post_id, null, $fields ) );
		if ( $attachment_id instanceof WP_Error ) {
			return $attachment_id;
		}
		foreach ( array_merge( array( '_wp_attachment_image_alt' => $alt ), $meta ) as $key => $value ) {
			update_post_meta( (int) $attachment_id, $key, wp_slash( $value ) );
		}
		return (int) $attachment_id;
	}

	/**
	 * A text field as plain text: tags, line breaks and extra white space removed, cut to the field's limit.
	 *
	 * @since 0.1.0
	 *
	 * @param string $value Value from the cloud.
	 * @param string $field A key of LIMITS.
	 * @return string
	 */
	public static function text( string $value, string $field ): string {
		return mb_substr( sanitize_text_field( $value ), 0, self::LIMITS[ $field ] );
	}

	/**
	 * `wp_insert_post_data` during a write: the row as it may be stored.
	 *
	 * @since 0.1.0
	 * @internal Hooked by write().
	 *
	 * @param array<string, mixed>|mixed $data Slashed post row.
	 * @return array<string, mixed>|mixed
	 */
	public static function filter_row( $data ) {
		if ( ! is_array( $data ) ) {
			return $data;
		}
		$data['post_content'] = wp_slash( Content_Filter::filter( wp_unslash( (string) ( $data['post_content'] ?? '' ) ) ) );
		foreach ( array( 'post_title', 'post_excerpt' ) as $field ) {
			$data[ $field ] = wp_slash( self::text( wp_unslash( (string) ( $data[ $field ] ?? '' ) ), $field ) );
		}
		return $data;
	}

	/**
	 * Runs a write with every stored post row filtered.
	 *
	 * @template T
	 * @param callable(): T $write Write.
	 * @return T
	 */
	private static function write( callable $write ) {
		$filter = array( self::class, 'filter_row' );
		add_filter( 'wp_insert_post_data', $filter, PHP_INT_MAX );
		try {
			return Content_Filter::during( $write );
		} finally {
			remove_filter( 'wp_insert_post_data', $filter, PHP_INT_MAX );
		}
	}
}

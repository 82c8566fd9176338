<?php
/**
 * Applies generate_images results.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions\Generate_Images;

use Igny8\Actions\Result_Handler;
use Igny8\Changes\Pending_Changes;
use Igny8\Cloud\Connection;
use Igny8\Results\Post_Writer;
use Igny8\Writer\Post_Meta;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Sideloads each image into the media library (downloaded from the cloud with the site key), with its
 * alt text and caption, sets the featured image and inserts in-article images as core/image blocks
 * after the heading the prompt named (at the end when that heading is gone). An image already
 * sideloaded (same R2 key) is reused, so a retried application never duplicates media. A post
 * readers can see is not changed: the images wait in the media library and the new blocks and
 * featured image are proposed (Changes\Pending_Changes) until an editor accepts them.
 *
 * @since 0.2.0
 */
final class Result implements Result_Handler {

	/**
	 * {@inheritDoc}
	 *
	 * @since 0.2.0
	 */
	public function apply( array $result, array $reference, array $local, ?array $task ) {
		$post_id = (int) ( $reference['post_id'] ?? ( $task['assigned_post_id'] ?? 0 ) );
		if ( ! $post_id || ! get_post( $post_id ) ) {
			return array(
				'post_id'        => null,
				'attachment_ids' => array(),
			);
		}
		$client = ( new Connection() )->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		foreach ( array( 'media', 'file', 'image' ) as $include ) {
			require_once ABSPATH . "wp-admin/includes/{$include}.php";
		}

		$job_id  = (string) ( $local['job_id'] ?? '' );
		$replace = (int) ( $local['context']['replace'] ?? 0 );
		if ( $replace ) {
			return $this->replace( $client, (array) ( $result['images'][0] ?? array() ), $post_id, $replace, (int) ( $task['id'] ?? 0 ), $job_id );
		}
		$after    = (array) ( $local['context']['after_heading'] ?? array() );
		$blocks   = array();
		$created  = array();
		$featured = array();
		foreach ( (array) ( $result['images'] ?? array() ) as $image ) {
			$attachment_id = $this->sideload( $client, (array) $image, $post_id, (int) ( $task['id'] ?? 0 ) );
			if ( is_wp_error( $attachment_id ) ) {
				return $attachment_id;
			}
			$created[] = $attachment_id;
			if ( 'featured' === ( $image['role'] ?? '' ) ) {
				$featured = array( '_thumbnail_id' => (string) $attachment_id );
				continue;
			}
			$position            = (int) ( $image['position'] ?? 0 );
			$blocks[ $position ] = array( $attachment_id, $after[ $position ] ?? ( $after[ (string) $position ] ?? null ), (array) $image );
		}
		$content = null;
		if ( $blocks ) {
			ksort( $blocks );
			$content = (string) get_post_field( 'post_content', $post_id, 'raw' );
			foreach ( $blocks as list( $attachment_id, $heading, $image ) ) {
				$content = self::insert_block( $content, self::image_block( $attachment_id, $image ), $heading );
			}
		}
		/* translators: %d: number of images */
		$summary = sprintf( _n( 'Generated %d image', 'Generated %d images', count( $created ), 'igny8' ), count( $created ) );
		$written = $this->write( $post_id, $content, $featured, $summary, $job_id );
		return is_wp_error( $written ) ? $written : $written + array(
			'post_id'        => $post_id,
			'attachment_ids' => $created,
		);
	}

	/**
	 * Writes new content and featured image to a draft, or proposes them for a post readers can see.
	 *
	 * @param int                   $post_id  Post.
	 * @param string|null           $content  New content; null when it does not change.
	 * @param array<string, string> $featured `_thumbnail_id` => attachment, or empty.
	 * @param string                $summary  What the change is, for the editor.
	 * @param string                $job_id   Cloud job id.
	 * @return array{pending_change_id?: string}|WP_Error
	 */
	private function write( int $post_id, ?string $content, array $featured, string $summary, string $job_id ) {
		if ( null === $content && ! $featured ) {
			return array();
		}
		if ( 'propose' === Pending_Changes::direct_or_propose( $post_id ) ) {
			$change = array(
				'function' => 'generate_images',
				'summary'  => $summary,
				'job_id'   => $job_id,
				'meta'     => $featured,
			);
			$change = null === $content ? $change : $change + array( 'content' => $content );
			$stored = ( new Pending_Changes() )->propose( $post_id, $change );
			return is_wp_error( $stored ) ? $stored : array( 'pending_change_id' => (string) $stored['id'] );
		}
		if ( $featured ) {
			set_post_thumbnail( $post_id, (int) $featured['_thumbnail_id'] );
		}
		if ( null !== $content ) {
			$written = Post_Writer::insert(
				array(
					'ID'           => $post_id,
					'post_content' => $content,
				)
			);
			if ( is_wp_error( $written ) ) {
				return $written;
			}
		}
		return array();
	}

	/**
	 * A new drawing of one image takes the old one's place: the featured image, or each core/image
	 * block that shows it. The old attachment stays in the media library, so nothing is lost.
	 *
	 * @param \Igny8\Cloud\Client  $client  Cloud client.
	 * @param array<string, mixed> $image   Result image.
	 * @param int                  $post_id Post.
	 * @param int                  $old_id  Attachment replaced.
	 * @param int                  $task_id Task id.
	 * @param string               $job_id  Cloud job id.
	 * @return array<string, mixed>|WP_Error
	 */
	private function replace( $client, array $image, int $post_id, int $old_id, int $task_id, string $job_id ) {
		if ( ! $image ) {
			return new WP_Error( 'igny8_image_missing', __( 'The cloud returned no image to replace the old one with.', 'igny8' ), array( 'status' => 502 ) );
		}
		$attachment_id = $this->sideload( $client, $image, $post_id, $task_id );
		if ( is_wp_error( $attachment_id ) ) {
			return $attachment_id;
		}
		$featured = (int) get_post_thumbnail_id( $post_id ) === $old_id ? array( '_thumbnail_id' => (string) $attachment_id ) : array();
		$blocks   = self::swap_image( parse_blocks( (string) get_post_field( 'post_content', $post_id, 'raw' ) ), $old_id, self::image_block( $attachment_id, $image ) );
		$written  = $this->write( $post_id, null === $blocks ? null : serialize_blocks( $blocks ), $featured, __( 'Replaced an image with a new one', 'igny8' ), $job_id );
		return is_wp_error( $written ) ? $written : $written + array(
			'post_id'        => $post_id,
			'attachment_ids' => array( $attachment_id ),
			'replaced'       => $old_id,
		);
	}

	/**
	 * The blocks with every core/image of one attachment (nested ones too) swapped for new markup;
	 * null when none shows it.
	 *
	 * @param array<int, array<string, mixed>> $blocks Parsed blocks.
	 * @param int                              $old_id Attachment shown now.
	 * @param string                           $markup The new core/image block.
	 * @return array<int, array<string, mixed>>|null
	 */
	private static function swap_image( array $blocks, int $old_id, string $markup ): ?array {
		$swapped = false;
		foreach ( $blocks as $index => $block ) {
			if ( 'core/image' === $block['blockName'] && (int) ( $block['attrs']['id'] ?? 0 ) === $old_id ) {
				$blocks[ $index ] = parse_blocks( $markup )[0];
				$swapped          = true;
				continue;
			}
			$inner = $block['innerBlocks'] ? self::swap_image( $block['innerBlocks'], $old_id, $markup ) : null;
			if ( null !== $inner ) {
				$blocks[ $index ]['innerBlocks'] = $inner;
				$swapped                         = true;
			}
		}
		return $swapped ? $blocks : null;
	}

	/**
	 * Downloads and stores one image, or returns the attachment that already holds it.
	 *
	 * @param \Igny8\Cloud\Client  $client  Cloud client.
	 * @param array<string, mixed> $image   Result image.
	 * @param int                  $post_id Parent post.
	 * @param int                  $task_id Task id.
	 * @return int|WP_Error Attachment id.
	 */
	private function sideload( $client, array $image, int $post_id, int $task_id ) {
		$key      = (string) ( $image['key'] ?? $image['url'] ?? '' );
		$existing = get_posts(
			array(
				'post_type'   => 'attachment',
				'post_status' => 'inherit',
				'meta_key'    => Post_Meta::IMAGE_KEY, // phpcs:ignore WordPress.DB.SlowDBQuery -- finds an image already sideloaded for this key (idempotent delivery); one row.
				'meta_value'  => $key, // phpcs:ignore WordPress.DB.SlowDBQuery -- finds an image already sideloaded for this key (idempotent delivery); one row.
				'fields'      => 'ids',
				'numberposts' => 1,
			)
		);
		if ( $existing ) {
			return (int) $existing[0];
		}
		$file = $client->download( (string) ( $image['url'] ?? '' ) );
		if ( is_wp_error( $file ) ) {
			return $file;
		}
		$extension = array(
			'image/png'  => 'png',
			'image/jpeg' => 'jpg',
			'image/webp' => 'webp',
			'image/gif'  => 'gif',
		)[ (string) ( $image['mime'] ?? '' ) ] ?? 'png';
		$alt       = Post_Writer::text( (string) ( $image['alt'] ?? '' ), 'alt' );
		$name      = sanitize_file_name( ( '' !== $alt ? sanitize_title( mb_substr( $alt, 0, 60 ) ) : 'igny8-image' ) . '.' . $extension );

		$attachment_id = Post_Writer::insert_attachment(
			array(
				'name'     => $name,
				'tmp_name' => $file,
			),
			$post_id,
			$alt,
			(string) ( $image['caption'] ?? '' ),
			array(
				Post_Meta::IMAGE_KEY    => $key,
				Post_Meta::IMAGE_PROMPT => sanitize_textarea_field( (string) ( $image['prompt'] ?? '' ) ),
				Post_Meta::TASK_ID      => $task_id,
				Post_Meta::MANAGED      => 1,
			)
		);
		if ( file_exists( $file ) ) {
			wp_delete_file( $file );
		}
		return $attachment_id;
	}

	/**
	 * core/image block markup as the block editor saves it.
	 *
	 * @param int                  $attachment_id Attachment.
	 * @param array<string, mixed> $image         Result image.
	 * @return string
	 */
	public static function image_block( int $attachment_id, array $image ): string {
		$url     = (string) wp_get_attachment_image_url( $attachment_id, 'large' );
		$alt     = (string) get_post_meta( $attachment_id, '_wp_attachment_image_alt', true );
		$caption = (string) wp_get_attachment_caption( $attachment_id );
		$figcap  = '' === $caption ? '' : '<figcaption class="wp-element-caption">' . esc_html( $caption ) . '</figcaption>';
		return '<!-- wp:image {"id":' . $attachment_id . ',"sizeSlug":"large","linkDestination":"none"} -->' . "\n"
			. '<figure class="wp-block-image size-large"><img src="' . esc_url( $url ) . '" alt="' . esc_attr( $alt ) . '" class="wp-image-' . $attachment_id . '"/>' . $figcap . '</figure>' . "\n"
			. '<!-- /wp:image -->';
	}

	/**
	 * Inserts a block after the heading block whose text matches, else at the end.
	 *
	 * @param string      $content Post content.
	 * @param string      $block   Block markup.
	 * @param string|null $heading Heading text.
	 * @return string
	 */
	public static function insert_block( string $content, string $block, ?string $heading ): string {
		if ( null !== $heading && '' !== trim( $heading ) ) {
			$blocks = parse_blocks( $content );
			$out    = array();
			$done   = false;
			foreach ( $blocks as $parsed ) {
				$out[] = $parsed;
				if ( ! $done && 'core/heading' === $parsed['blockName'] && 0 === strcasecmp( trim( wp_strip_all_tags( (string) $parsed['innerHTML'] ) ), trim( $heading ) ) ) {
					$out[] = parse_blocks( $block )[0];
					$done  = true;
				}
			}
			if ( $done ) {
				return serialize_blocks( $out );
			}
		}
		return rtrim( $content ) . "\n\n" . $block;
	}
}

<?php
/**
 * Scores posts and stores the result.
 *
 * @package Igny8\Optimizer
 */

declare( strict_types=1 );

namespace Igny8\Optimizer;

use Igny8\Cloud\Score;
use Igny8\Shop\Product_Data;
use Igny8\Shop\WooCommerce;
use Igny8\Storage\Tasks_Repository;
use Igny8\Writer\Post_Meta;
use WP_Error;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Builds the score input of a post (title, slug, content, target keyword, a product's attribute
 * terms, SEO meta, the site's host, the featured image)
 * and has the Worker run the one score model on it; stores the score and the top issues in post meta.
 * The stored score is what the Optimizer screen lists and what the Automation quality gate reads.
 *
 * @since 0.3.0
 */
class Scorer {

	/**
	 * Post meta: the score 0..100.
	 *
	 * @since 0.3.0
	 */
	public const SCORE = '_igny8_seo_score';

	/**
	 * Post meta: JSON list of the top issues {id, status, message}.
	 *
	 * @since 0.3.0
	 */
	public const ISSUES = '_igny8_seo_issues';

	/**
	 * Post meta: GMT time of the stored score.
	 *
	 * @since 0.3.0
	 */
	public const SCORED_AT = '_igny8_seo_scored_at';

	/**
	 * Post meta: set on save when the stored score is out of date.
	 *
	 * @since 0.3.0
	 */
	public const STALE = '_igny8_seo_stale';

	/**
	 * Most issues stored.
	 */
	private const TOP_ISSUES = 5;

	/**
	 * Cloud score endpoint.
	 *
	 * @var Score
	 */
	private Score $cloud;

	/**
	 * Constructor.
	 *
	 * @since 0.3.0
	 *
	 * @param Score|null $cloud Cloud score endpoint.
	 */
	public function __construct( ?Score $cloud = null ) {
		$this->cloud = $cloud ?? new Score();
	}

	/**
	 * Scores a post and stores the score and top issues.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_Post $post Post.
	 * @return array{score:int, issues: array<int, array{id:string, status:string, message:string}>, result: array<string, mixed>}|WP_Error
	 */
	public function score( WP_Post $post ) {
		$result = $this->cloud->score( $this->input( $post ) );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		if ( ! isset( $result['score'], $result['checks'] ) || ! is_array( $result['checks'] ) ) {
			return new WP_Error( 'igny8_cloud_error', __( 'The IGNY8 cloud sent a score in an unexpected shape.', 'igny8' ), array( 'status' => 502 ) );
		}
		$score  = max( 0, min( 100, (int) round( (float) $result['score'] ) ) );
		$issues = self::top_issues( $result['checks'] );
		update_post_meta( $post->ID, self::SCORE, $score );
		update_post_meta( $post->ID, self::ISSUES, wp_slash( (string) wp_json_encode( $issues ) ) );
		update_post_meta( $post->ID, self::SCORED_AT, current_time( 'mysql', true ) );
		delete_post_meta( $post->ID, self::STALE );
		return array(
			'score'  => $score,
			'issues' => $issues,
			'result' => $result,
		);
	}

	/**
	 * The ScoreInput of a post, with post_content in place of blocks (the Worker splits it).
	 *
	 * @since 0.3.0
	 *
	 * @param WP_Post $post Post.
	 * @return array<string, mixed>
	 */
	public function input( WP_Post $post ): array {
		$keyword = trim( (string) get_post_meta( $post->ID, '_igny8_target_keyword', true ) );
		$task_id = (int) get_post_meta( $post->ID, Post_Meta::TASK_ID, true );
		if ( '' === $keyword && $task_id ) {
			$task    = ( new Tasks_Repository() )->find( $task_id );
			$keyword = $task ? (string) ( $task['keywords'][0] ?? '' ) : '';
		}
		return array(
			'title'           => html_entity_decode( (string) $post->post_title, ENT_QUOTES, 'UTF-8' ),
			'slug'            => '' !== $post->post_name ? rawurldecode( $post->post_name ) : sanitize_title( $post->post_title ),
			'content'         => (string) $post->post_content,
			'keyword'         => mb_substr( $keyword, 0, 200 ),
			'keywords'        => self::product_terms( $post ),
			'metaTitle'       => (string) get_post_meta( $post->ID, Post_Meta::META_TITLE, true ),
			'metaDescription' => (string) get_post_meta( $post->ID, Post_Meta::META_DESCRIPTION, true ),
			'targetWords'     => Target_Length::for_post( $post->ID ),
			'siteHost'        => (string) wp_parse_url( home_url(), PHP_URL_HOST ),
			'featuredImage'   => self::featured_image( $post->ID ),
		);
	}

	/**
	 * A product's attribute terms (what shoppers search for), which the score counts as keywords;
	 * none for any other post or without WooCommerce.
	 *
	 * @since 0.9.0
	 *
	 * @param WP_Post $post Post.
	 * @return string[]
	 */
	public static function product_terms( WP_Post $post ): array {
		if ( WooCommerce::PRODUCT !== $post->post_type || ! WooCommerce::active() ) {
			return array();
		}
		return array_slice( array_map( static fn ( string $term ): string => mb_substr( $term, 0, 200 ), Product_Data::attribute_terms( $post->ID ) ), 0, 100 );
	}

	/**
	 * The post's featured image as the score reads it ({alt}), or null when it has none; the
	 * editor's score reads the same attachment's alt text.
	 *
	 * @since 0.9.0
	 *
	 * @param int $post_id Post id.
	 * @return array{alt:string}|null
	 */
	public static function featured_image( int $post_id ): ?array {
		$thumbnail = (int) get_post_thumbnail_id( $post_id );
		if ( $thumbnail <= 0 || ! get_post( $thumbnail ) ) {
			return null;
		}
		return array( 'alt' => mb_substr( trim( (string) get_post_meta( $thumbnail, '_wp_attachment_image_alt', true ) ), 0, 1000 ) );
	}

	/**
	 * The stored score of a post, or null when it has none.
	 *
	 * @since 0.3.0
	 *
	 * @param int $post_id Post id.
	 */
	public static function stored( int $post_id ): ?int {
		$value = get_post_meta( $post_id, self::SCORE, true );
		return '' === $value ? null : (int) $value;
	}

	/**
	 * The checks that are not good, worst and heaviest first.
	 *
	 * @param array<int, mixed> $checks ScoreResult checks.
	 * @return array<int, array{id:string, status:string, message:string}>
	 */
	private static function top_issues( array $checks ): array {
		$rank   = array(
			'problem' => 0,
			'improve' => 1,
		);
		$issues = array_values(
			array_filter(
				$checks,
				static fn ( $c ): bool => is_array( $c ) && isset( $rank[ $c['status'] ?? '' ] )
			)
		);
		usort(
			$issues,
			static fn ( array $a, array $b ): int => array( $rank[ $a['status'] ], -( (float) ( $a['weight'] ?? 0 ) - (float) ( $a['points'] ?? 0 ) ) ) <=> array( $rank[ $b['status'] ], -( (float) ( $b['weight'] ?? 0 ) - (float) ( $b['points'] ?? 0 ) ) )
		);
		return array_map(
			static fn ( array $c ): array => array(
				'id'      => sanitize_key( (string) $c['id'] ),
				'status'  => (string) $c['status'],
				'message' => sanitize_text_field( (string) ( $c['message'] ?? '' ) ),
			),
			array_slice( $issues, 0, self::TOP_ISSUES )
		);
	}
}

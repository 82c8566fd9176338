<?php
/**
 * The writable properties of a writer task.
 *
 * @package Igny8\Rest
 */

declare( strict_types=1 );

namespace Igny8\Rest;

use Igny8\Storage\Tasks_Repository;
use Igny8\System\Job_Contract;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * What the article is, what it covers and what it becomes: the schema both task routes (create
 * and edit) derive their args from, and the checks the schema cannot make.
 *
 * @since 0.4.0
 */
final class Task_Args {

	/**
	 * Writable properties (JSON schema).
	 *
	 * @since 0.6.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function properties(): array {
		return array(
			'title'             => array(
				'description' => __( 'Working title of the article.', 'igny8' ),
				'type'        => 'string',
				'minLength'   => 1,
				'maxLength'   => 255,
			),
			'brief'             => array(
				'description' => __( 'What the article should cover.', 'igny8' ),
				'type'        => 'string',
				'format'      => 'textarea-field',
				'maxLength'   => 10000,
				'default'     => '',
			),
			'keywords'          => array(
				'description' => __( 'Target keywords.', 'igny8' ),
				'type'        => 'array',
				'maxItems'    => 50,
				'items'       => array(
					'type'      => 'string',
					'maxLength' => 200, // The cloud's generate_content accepts keywords of up to 200 characters.
				),
				'default'     => array(),
			),
			'content_type'      => array(
				'description' => __( 'Post type of the draft.', 'igny8' ),
				'type'        => 'string',
				'enum'        => Tasks_Repository::CONTENT_TYPES,
				'default'     => 'post',
			),
			'content_structure' => array(
				'description' => __( 'Structure of the article.', 'igny8' ),
				'type'        => 'string',
				'enum'        => Job_Contract::content_structures(),
				'default'     => 'article',
			),
			'target_words'      => array(
				'description' => __( 'Target length of the article in words; null for the cluster’s, else the default.', 'igny8' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => Job_Contract::article_words()['min'],
				'maximum'     => Job_Contract::article_words()['max'],
			),
			'taxonomy_term_id'  => array(
				'description' => __( 'Category of the draft; null for the default one.', 'igny8' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => 1,
			),
			'cluster_id'        => array(
				'description' => __( 'Cluster the article belongs to; null for none.', 'igny8' ),
				'type'        => array( 'integer', 'null' ),
				'minimum'     => 1,
			),
			'strategy_id'       => Strategy_Arg::schema(),
		);
	}

	/**
	 * Keywords as stored: trimmed, blanks dropped, a list.
	 *
	 * @since 0.6.0
	 *
	 * @param array<int|string, mixed> $keywords Keywords sent.
	 * @return string[]
	 */
	public static function clean_keywords( array $keywords ): array {
		return array_values( array_filter( array_map( static fn ( $k ): string => trim( sanitize_text_field( (string) $k ) ), $keywords ), 'strlen' ) );
	}

	/**
	 * True when no category is asked for or the category exists; else a 400 on the field.
	 *
	 * @since 0.6.0
	 *
	 * @param mixed $term_id Category term id or null.
	 * @return true|WP_Error
	 */
	public static function known_category( $term_id ) {
		if ( null === $term_id || term_exists( (int) $term_id, 'category' ) ) {
			return true;
		}
		$message = __( 'This category does not exist any more. Pick another category, or the default one.', 'igny8' );
		return new WP_Error(
			'rest_invalid_param',
			$message,
			array(
				'status' => 400,
				'params' => array( 'taxonomy_term_id' => $message ),
			)
		);
	}
}

<?php
/**
 * The cloud's optimisation score endpoint.
 *
 * @package Igny8\Cloud
 */

declare( strict_types=1 );

namespace Igny8\Cloud;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * POST /api/v1/ai/score/: the score model shared with the editor sidebar (blocks/src/score), run by
 * the Worker so PHP never re-implements it. Free of credits; only the post's own text is sent.
 *
 * @since 0.3.0
 */
class Score {

	/**
	 * Cloud connection.
	 *
	 * @var Connection
	 */
	private Connection $connection;

	/**
	 * Constructor.
	 *
	 * @since 0.3.0
	 *
	 * @param Connection|null $connection Cloud connection.
	 */
	public function __construct( ?Connection $connection = null ) {
		$this->connection = $connection ?? new Connection();
	}

	/**
	 * Scores one post.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $input {title, slug, content, keyword, metaTitle, metaDescription, targetWords, siteHost}.
	 * @return array<string, mixed>|WP_Error ScoreResult {score, checks, stats}.
	 */
	public function score( array $input ) {
		$client = $this->connection->client();
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		return $client->request( 'POST', '/api/v1/ai/score/', $input );
	}
}

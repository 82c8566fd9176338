<?php
/**
 * The site's editorial guidelines from WordPress's AI plugin, when it keeps them.
 *
 * @package Igny8\System
 */

declare( strict_types=1 );

namespace Igny8\System;

defined( 'ABSPATH' ) || exit;

/**
 * WordPress's AI plugin (and Gutenberg's experiment of the same contract) keeps Settings →
 * Guidelines as published `wp_knowledge` posts named `guideline-{scope}`. The Copy scope (tone,
 * voice, style) and the Site scope (purpose, audience) are what a writer needs; a site that set
 * them there need not repeat them in an IGNY8 author profile. Read-only: IGNY8 never writes them.
 *
 * @since 0.8.0
 */
final class Site_Guidelines {

	/**
	 * The post type the AI plugin stores guidelines in.
	 *
	 * @since 0.8.0
	 */
	public const POST_TYPE = 'wp_knowledge';

	/**
	 * The scopes read, in the order they are sent, with the label each is sent under.
	 *
	 * @since 0.8.0
	 */
	public const SCOPES = array(
		'copy' => 'Copy',
		'site' => 'Site',
	);

	/**
	 * The most characters sent (the Worker's author-profile schema caps `guidelines` at this).
	 *
	 * @since 0.8.0
	 */
	public const MAX_LENGTH = 2000;

	/**
	 * The guidelines as one text, or '' where the AI plugin is absent or they are empty.
	 *
	 * @since 0.8.0
	 */
	public static function text(): string {
		if ( ! post_type_exists( self::POST_TYPE ) ) {
			return '';
		}
		$parts = array();
		foreach ( self::SCOPES as $scope => $label ) {
			$rows = get_posts(
				array(
					'post_type'        => self::POST_TYPE,
					'name'             => 'guideline-' . $scope,
					'post_status'      => 'publish',
					'numberposts'      => 1,
					'suppress_filters' => true,
				)
			);
			$text = $rows ? trim( sanitize_textarea_field( wp_strip_all_tags( $rows[0]->post_content ) ) ) : '';
			if ( '' !== $text ) {
				$parts[] = $label . ': ' . $text;
			}
		}
		return mb_substr( implode( "\n", $parts ), 0, self::MAX_LENGTH, 'UTF-8' );
	}
}

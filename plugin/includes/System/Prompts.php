<?php
/**
 * Prompt templates and author profiles a site tunes.
 *
 * @package Igny8\System
 */

declare( strict_types=1 );

namespace Igny8\System;

defined( 'ABSPATH' ) || exit;

/**
 * Site-level overrides of the cloud's default prompts (igny8_prompts: function => {system,
 * instructions, version}) and author profiles (igny8_author_profiles: id => {id, name, tone, audience,
 * point_of_view, banned_words}). A function without an override uses the cloud's template.
 *
 * @since 0.2.0
 */
final class Prompts {

	/**
	 * Templates option.
	 *
	 * @since 0.2.0
	 */
	public const OPTION = 'igny8_prompts';

	/**
	 * Author profiles option.
	 *
	 * @since 0.2.0
	 */
	public const PROFILES_OPTION = 'igny8_author_profiles';

	/**
	 * Every override, keyed by function.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array<string, string>>
	 */
	public static function all(): array {
		$stored = get_option( self::OPTION, array() );
		return is_array( $stored ) ? $stored : array();
	}

	/**
	 * The override of one function, or null.
	 *
	 * @since 0.2.0
	 *
	 * @param string $function AI function.
	 * @return array<string, string>|null
	 */
	public static function template( string $function ): ?array {
		$all = self::all();
		return isset( $all[ $function ] ) && is_array( $all[ $function ] ) ? $all[ $function ] : null;
	}

	/**
	 * Saves or (with null) removes an override.
	 *
	 * @since 0.2.0
	 *
	 * @param string                     $function AI function.
	 * @param array<string, string>|null $template {system?, instructions?, version?}.
	 */
	public static function save( string $function, ?array $template ): void {
		$all = self::all();
		if ( null === $template ) {
			unset( $all[ $function ] );
		} else {
			$all[ $function ] = array(
				'system'       => sanitize_textarea_field( (string) ( $template['system'] ?? '' ) ),
				'instructions' => sanitize_textarea_field( (string) ( $template['instructions'] ?? '' ) ),
				'version'      => sanitize_text_field( (string) ( $template['version'] ?? gmdate( 'Y-m-d\TH:i:s\Z' ) ) ),
			);
		}
		update_option( self::OPTION, $all, false );
	}

	/**
	 * Author profiles, in creation order.
	 *
	 * @since 0.2.0
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public static function profiles(): array {
		$stored = get_option( self::PROFILES_OPTION, array() );
		return is_array( $stored ) ? array_values( $stored ) : array();
	}

	/**
	 * One profile by id, or null.
	 *
	 * @since 0.2.0
	 *
	 * @param string $id Profile id.
	 * @return array<string, mixed>|null
	 */
	public static function profile( string $id ): ?array {
		foreach ( self::profiles() as $profile ) {
			if ( $profile['id'] === $id ) {
				return $profile;
			}
		}
		return null;
	}

	/**
	 * Creates or replaces a profile.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $profile Fields; without id a new one is created.
	 * @return array<string, mixed> Stored profile.
	 */
	public static function save_profile( array $profile ): array {
		$clean = array(
			'id'            => isset( $profile['id'] ) && '' !== $profile['id'] ? sanitize_key( (string) $profile['id'] ) : 'ap_' . strtolower( wp_generate_password( 10, false, false ) ),
			'name'          => sanitize_text_field( (string) ( $profile['name'] ?? '' ) ),
			'tone'          => sanitize_text_field( (string) ( $profile['tone'] ?? '' ) ),
			'audience'      => sanitize_text_field( (string) ( $profile['audience'] ?? '' ) ),
			'point_of_view' => sanitize_text_field( (string) ( $profile['point_of_view'] ?? '' ) ),
			'banned_words'  => array_values( array_filter( array_map( 'sanitize_text_field', (array) ( $profile['banned_words'] ?? array() ) ) ) ),
		);
		$all   = array();
		foreach ( self::profiles() as $existing ) {
			$all[ $existing['id'] ] = $existing;
		}
		$all[ $clean['id'] ] = $clean;
		update_option( self::PROFILES_OPTION, array_values( $all ), false );
		return $clean;
	}

	/**
	 * Deletes a profile.
	 *
	 * @since 0.2.0
	 *
	 * @param string $id Profile id.
	 * @return bool Whether it existed.
	 */
	public static function delete_profile( string $id ): bool {
		$kept = array_values( array_filter( self::profiles(), static fn ( $p ) => $p['id'] !== $id ) );
		$gone = count( $kept ) !== count( self::profiles() );
		update_option( self::PROFILES_OPTION, $kept, false );
		return $gone;
	}
}

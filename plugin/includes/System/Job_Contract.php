<?php
/**
 * The cloud's job contract, as the plugin reads it.
 *
 * @package Igny8\System
 */

declare( strict_types=1 );

namespace Igny8\System;

defined( 'ABSPATH' ) || exit;

/**
 * Jobs/job-contract.json, generated from the Worker's contracts/jobs.ts: the names the cloud and the
 * plugin must agree on. Read once per request.
 *
 * @since 0.7.0
 */
final class Job_Contract {

	/**
	 * The decoded file.
	 *
	 * @var array<string, mixed>|null
	 */
	private static ?array $contract = null;

	/**
	 * AI functions that run as jobs.
	 *
	 * @since 0.7.0
	 *
	 * @return string[]
	 */
	public static function functions(): array {
		return self::strings( 'functions' );
	}

	/**
	 * The shapes an article can take (a task's content_structure).
	 *
	 * @since 0.7.0
	 *
	 * @return string[]
	 */
	public static function content_structures(): array {
		return self::strings( 'content_structures' );
	}

	/**
	 * The target lengths an article may ask for, in words (a task's, a cluster's, the job's).
	 *
	 * @since 0.8.0
	 *
	 * @return array{min: int, max: int}
	 */
	public static function article_words(): array {
		$range = (array) ( self::read()['article_words'] ?? array() );
		return array(
			'min' => (int) ( $range['min'] ?? 100 ),
			'max' => (int) ( $range['max'] ?? 6000 ),
		);
	}

	/**
	 * The site settings a function's input accepts (language, template, author_profile).
	 *
	 * @since 0.7.0
	 *
	 * @param string $function AI function.
	 * @return string[]
	 */
	public static function context_fields( string $function ): array {
		$context = self::read()['function_context'] ?? array();
		return is_array( $context ) ? array_values( array_map( 'strval', (array) ( $context[ $function ] ?? array() ) ) ) : array();
	}

	/**
	 * One list of the file as strings.
	 *
	 * @param string $key Key.
	 * @return string[]
	 */
	private static function strings( string $key ): array {
		return array_values( array_map( 'strval', (array) ( self::read()[ $key ] ?? array() ) ) );
	}

	/**
	 * The file, decoded once.
	 *
	 * @return array<string, mixed>
	 */
	private static function read(): array {
		if ( null === self::$contract ) {
			$decoded        = json_decode( (string) file_get_contents( dirname( __DIR__ ) . '/Jobs/job-contract.json' ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the plugin's own file.
			self::$contract = is_array( $decoded ) ? $decoded : array();
		}
		return self::$contract;
	}
}

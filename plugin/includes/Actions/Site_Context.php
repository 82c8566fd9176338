<?php
/**
 * The site's settings every AI job carries.
 *
 * @package Igny8\Actions
 */

declare( strict_types=1 );

namespace Igny8\Actions;

use Igny8\System\Job_Contract;
use Igny8\System\Prompts;
use Igny8\System\Settings;
use Igny8\System\Site_Guidelines;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the content language, the prompt override and the default author profile (else the site's
 * Guidelines, see System\Site_Guidelines) to a job input, exactly for the functions whose input
 * accepts them. Which ones do is the Worker's to say: it
 * publishes them in the job contract (`function_context` in Jobs/job-contract.json), so teaching a
 * function a setting in the cloud reaches every action here with no change in PHP.
 *
 * @since 0.6.0
 */
final class Site_Context {

	/**
	 * The input with the settings the function accepts; a value the action set itself is kept.
	 *
	 * @since 0.6.0
	 *
	 * @param string               $function AI function.
	 * @param array<string, mixed> $input    Input.
	 * @return array<string, mixed>
	 */
	public static function complete( string $function, array $input ): array {
		foreach ( self::fields( $function ) as $field ) {
			if ( array_key_exists( $field, $input ) ) {
				continue;
			}
			$value = self::value( $field, $function );
			if ( null !== $value ) {
				$input[ $field ] = $value;
			}
		}
		return $input;
	}

	/**
	 * The settings a function accepts, from the job contract.
	 *
	 * @since 0.6.0
	 *
	 * @param string $function AI function.
	 * @return string[]
	 */
	public static function fields( string $function ): array {
		return Job_Contract::context_fields( $function );
	}

	/**
	 * The language AI text is written in: the content language of Settings, else the site's locale.
	 *
	 * @since 0.6.0
	 *
	 * @return string Locale, e.g. de_DE.
	 */
	public static function language(): string {
		$language = (string) Settings::get()['language'];
		return '' !== $language ? $language : get_locale();
	}

	/**
	 * The site's value of one setting, or null when it has none.
	 *
	 * @param string $field    language, template or author_profile.
	 * @param string $function AI function (prompt overrides are per function).
	 * @return mixed
	 */
	private static function value( string $field, string $function ) {
		$settings = Settings::get();
		switch ( $field ) {
			case 'language':
				return self::language();
			case 'template':
				return Prompts::template( $function );
			case 'author_profile':
				$profile = '' !== $settings['default_author_profile'] ? Prompts::profile( (string) $settings['default_author_profile'] ) : null;
				if ( ! $profile ) {
					// No profile of its own: the AI plugin's Guidelines, where the site keeps them.
					$guidelines = Site_Guidelines::text();
					return '' !== $guidelines ? array( 'guidelines' => $guidelines ) : null;
				}
				unset( $profile['id'] );
				return $profile;
		}
		return null;
	}
}

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/** The server's rule for the content language (Settings::schema(): at most 20 characters). */
export const LANGUAGE_MAX_LENGTH = 20;

/** Why `language` would be refused, or null when it is fine (empty means the site language). */
export function languageProblem( language: string ): string | null {
	return language.trim().length > LANGUAGE_MAX_LENGTH
		? __(
				'The language code is too long (at most 20 characters), e.g. en or de-DE.',
				'igny8'
			)
		: null;
}

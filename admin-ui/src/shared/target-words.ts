/**
 * A target length as typed in a form (a task's or a cluster's): empty for the
 * default, else a whole number of words in the job contract's range, the
 * same one the server and the Worker's generate_content check. Pure (unit-tested).
 *
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ARTICLE_WORDS } from '@igny8/worker/contracts';

export { ARTICLE_WORDS };

/** The value to send (null: the default), or the error to show under the field. */
export function parseTargetWords(
	text: string
): { value: number | null; error?: undefined } | { error: string } {
	const words = text.trim();
	if ( words === '' ) {
		return { value: null };
	}
	if (
		/^\d+$/.test( words ) &&
		Number( words ) >= ARTICLE_WORDS.min &&
		Number( words ) <= ARTICLE_WORDS.max
	) {
		return { value: Number( words ) };
	}
	return {
		error: sprintf(
			/* translators: 1: fewest words, 2: most words */
			__(
				'Give a whole number of words from %1$d to %2$d, or leave it empty for the default.',
				'igny8'
			),
			ARTICLE_WORDS.min,
			ARTICLE_WORDS.max
		),
	};
}

/**
 * The notice a finished run leaves: why jobs failed, or what was made with a
 * link to it, and for a replace run what it deleted with a way to restore it.
 *
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ScreenNotice } from '../types';
import { failureMessage, resultLink, successMessage } from './messages';
import { replacedBy, replacedMessage } from './replaced';
import type { JobActionName, Progress } from './types';

export function finishedNotice(
	action: JobActionName,
	progress: Progress,
	undoReplace: ( tokens: string[] ) => void
): ScreenNotice {
	if ( progress.failures.length ) {
		return {
			status: 'error',
			...failureMessage( action, progress.failures ),
		};
	}
	const success = successMessage( action, progress.completed.length, 0 );
	const replaced = replacedBy( progress.completed );
	return {
		status: 'success',
		message: replaced
			? `${ success } ${ replacedMessage( replaced.count ) }`
			: success,
		actions: [
			resultLink( action, progress.completed ),
			...( replaced?.tokens.length
				? [
						{
							label: __( 'Restore replaced ideas', 'igny8' ),
							onClick: () => undoReplace( replaced.tokens ),
						},
					]
				: [] ),
		],
	};
}

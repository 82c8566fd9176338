/**
 * The notice of a bulk action that left rows alone because they were deleted
 * or changed since the table was read: each skipped row named, and why.
 *
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { SkippedRow } from './store/actions';
import type { ScreenNotice } from './types';

/** A warning naming every skipped row, or null when none was skipped. */
export function skippedNotice(
	skipped: SkippedRow[],
	label: ( row: SkippedRow ) => string
): ScreenNotice | null {
	if ( ! skipped.length ) {
		return null;
	}
	const rows = skipped.map( ( row ) =>
		row.reason === 'deleted'
			? sprintf(
					/* translators: %s: the row's name, e.g. a keyword */
					__( '%s (deleted meanwhile)', 'igny8' ),
					label( row )
				)
			: sprintf(
					/* translators: %s: the row's name, e.g. a keyword */
					__( '%s (changed since the table was read)', 'igny8' ),
					label( row )
				)
	);
	return {
		status: 'warning',
		message: sprintf(
			/* translators: 1: number of rows skipped, 2: the list of them */
			_n(
				'Skipped %1$d row: %2$s.',
				'Skipped %1$d rows: %2$s.',
				skipped.length,
				'igny8'
			),
			skipped.length,
			rows.join( ', ' )
		),
		nextStep: __(
			'The table now shows them as they are. Select them again if you still want to change them.',
			'igny8'
		),
	};
}

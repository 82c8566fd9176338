/**
 * Approve and Unapprove of the Ideas tab: the call, and what it reports.
 * Automation rules take approved ideas; only draft ↔ approved moves here, and
 * the server skips (and names) every idea that is elsewhere or changed meanwhile.
 *
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ScreenNotice } from '../shared/types';

/** What POST planner/ideas/approve (or /unapprove) answers. */
export interface ApprovalResult {
	updated: number[];
	skipped: Array< { id: number; title: string; reason: string } >;
}

/** Approves (or sends back to draft) the ideas. */
export const setApproval = ( ids: number[], approve: boolean ) =>
	apiFetch< ApprovalResult >( {
		path: `/igny8/v1/planner/ideas/${ approve ? 'approve' : 'unapprove' }`,
		method: 'POST',
		data: { ids },
	} );

/**
 * The notice of a finished approve/unapprove: how many changed, then one line
 * per skipped idea (title or #id, and why), so nothing is skipped silently.
 */
export function approvalNotice(
	result: ApprovalResult,
	approve: boolean
): ScreenNotice {
	const count = result.updated.length;
	const done = approve
		? sprintf(
				/* translators: %d: number of ideas */
				_n( '%d idea approved.', '%d ideas approved.', count, 'igny8' ),
				count
			)
		: sprintf(
				/* translators: %d: number of ideas */
				_n(
					'%d idea sent back to draft.',
					'%d ideas sent back to draft.',
					count,
					'igny8'
				),
				count
			);
	if ( result.skipped.length === 0 ) {
		return {
			status: 'success',
			message: done,
			nextStep: approve
				? __(
						'Automation rules take approved ideas on their next run (or Run now on the Automation screen).',
						'igny8'
					)
				: undefined,
		};
	}
	const lines = result.skipped.map( ( skip ) =>
		sprintf(
			/* translators: 1: idea title or #id, 2: reason */
			__( '“%1$s” skipped: %2$s', 'igny8' ),
			skip.title || `#${ skip.id }`,
			skip.reason
		)
	);
	return {
		status: 'warning',
		message: `${ done } ${ sprintf(
			/* translators: %d: number of ideas */
			_n(
				'%d idea skipped:',
				'%d ideas skipped:',
				result.skipped.length,
				'igny8'
			),
			result.skipped.length
		) } ${ lines.join( ' ' ) }`,
		nextStep: __(
			'The list was read again and shows each idea as it is now.',
			'igny8'
		),
	};
}

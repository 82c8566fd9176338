/**
 * The notice of a run the cloud refused part-way (the credits ran out at the
 * 13th of 20 tasks): how many started, that the rest were not started and kept
 * their status, why, and the two ways on — buy credits, retry the rest.
 *
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ScreenNotice } from '../types';
import { actionLabel } from './messages';
import type { JobActionName, Stopped } from './types';

/** The Credits screen, where the balance is and the portal's Billing link. */
export const CREDITS_URL = 'admin.php?page=igny8-credits';

/**
 * The warning for `notStarted` ids left by `stopped`; `onRetry` (offered once the
 * started jobs are done) sends exactly those ids again.
 */
export function partialRunNotice(
	action: JobActionName,
	started: number,
	notStarted: number[],
	stopped: Stopped,
	onRetry?: () => void
): ScreenNotice {
	const count = notStarted.length;
	const outOfCredits = stopped.status === 402;
	const actions: NonNullable< ScreenNotice[ 'actions' ] > = [];
	if ( outOfCredits ) {
		actions.push( {
			label: __( 'Buy credits', 'igny8' ),
			url: CREDITS_URL,
		} );
	}
	if ( onRetry ) {
		actions.push( {
			label: sprintf(
				/* translators: %d: number of items not started */
				_n(
					'Retry the %d not started',
					'Retry the %d not started',
					count,
					'igny8'
				),
				count
			),
			onClick: onRetry,
		} );
	}
	return {
		status: 'warning',
		message: sprintf(
			/* translators: 1: action name, 2: number started, 3: number not started, 4: the cloud's reason */
			__( '%1$s: %2$d started, %3$d not started. %4$s', 'igny8' ),
			actionLabel( action ),
			started,
			count,
			stopped.message
		),
		nextStep: onRetry
			? __(
					'The ones not started keep their status and used no credits. Add credits if needed, then retry them.',
					'igny8'
				)
			: __(
					'The ones not started keep their status and used no credits. You can retry them when the started ones finish.',
					'igny8'
				),
		actions,
	};
}

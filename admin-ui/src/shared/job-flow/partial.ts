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
import type { JobActionName, Started, Stopped } from './types';

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

/** The part of a run the helpers below need (a JobRun). */
interface RunShape {
	ids: number[];
	extra?: Record< string, unknown >;
}

/**
 * Rows a run refused part-way did start: what the route counted, else the selection less the
 * rows not started. A run over "all" (cluster all, products without a description) has no
 * selection to count from.
 */
export function startedRows(
	run: RunShape,
	partial: Pick< Started, 'notStarted' | 'startedCount' >
): number {
	return (
		partial.startedCount ??
		Math.max( 0, run.ids.length - partial.notStarted.length )
	);
}

/**
 * The run that retries what was not started: the same ids for a selection; for a run over
 * "all", the same run again, since the server plans only what is still to do — and the ids
 * not started may be thousands, more than a selection may hold.
 */
export function retryRun< Run extends RunShape >(
	run: Run,
	partial: Pick< Started, 'notStarted' >
): Run {
	return run.extra?.all ? { ...run } : { ...run, ids: partial.notStarted };
}

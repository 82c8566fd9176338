/**
 * The pipeline actions' one flow: estimate → confirm (credits and balance) →
 * start → progress bar (step and %) → a notice linking to the result, or the
 * failure's reason and that the credits were refunded.
 *
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useCallback, useRef, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { store } from '../store';
import { errorToNotice } from '../errors';
import { useScreenNotices } from '../screen-notices';
import { cancelJobs, fetchEstimate, startAction } from './api';
import { useFollowJobs } from './follow';
import { actionLabel, resultLink, successMessage } from './messages';
import { partialRunNotice, retryRun, startedRows } from './partial';
import { foldProgress } from './progress';
import { useUndoReplace } from './replaced';
import { finishedNotice } from './finished';
import type { Estimate, JobActionName, Progress, Started } from './types';
import { ConfirmJobModal, JobProgressBar } from './ui';

export interface JobRun {
	action: JobActionName;
	ids: number[];
	/** Extra args of the start route and the estimate, e.g. { ideas_per_cluster: 3 } or { all: true }. */
	extra?: Record< string, unknown >;
	/** What the confirm step says instead of "N items" (a run without a selection, e.g. cluster all). */
	summary?: ( estimate: Estimate ) => string;
	/** Called once the run succeeded (e.g. to clear the table's selection). */
	onSuccess?: () => void;
}

type Phase =
	| { name: 'idle' }
	| { name: 'estimating'; run: JobRun }
	| { name: 'confirm'; run: JobRun; estimate: Estimate }
	| { name: 'starting'; run: JobRun; estimate: Estimate }
	| {
			name: 'running';
			run: JobRun;
			jobIds: string[];
			progress: Progress;
			cancelling?: boolean;
			/** What a run refused part-way did not start. */
			partial?: Started;
	  };

const NOTICE_ID = 'igny8-job-flow';
/** A run refused part-way keeps its own notice beside the run's outcome. */
const PARTIAL_NOTICE_ID = 'igny8-job-flow-partial';

/**
 * `const flow = useJobFlow(); flow.start( { action, ids } )`, and render
 * `flow.ui` where the progress bar should appear. Only one run at a time.
 */
export function useJobFlow() {
	const [ phase, setPhaseState ] = useState< Phase >( { name: 'idle' } );
	const notices = useScreenNotices();
	const { invalidateCollection } = useDispatch( store );
	const undoReplace = useUndoReplace();
	const phaseRef = useRef( phase );
	// The ref moves with every change, not at the next render: a job update arriving between a
	// cancel's "idle" and that render must not put the finished run back on screen.
	const setPhase = useCallback( ( next: Phase ) => {
		phaseRef.current = next;
		setPhaseState( next );
	}, [] );

	const fail = useCallback(
		( error: unknown ) => {
			const notice = errorToNotice( error, {
				settingsUrl: 'admin.php?page=igny8-settings',
			} );
			if (
				( notice.message && /credits|limit/i.test( notice.message ) ) ||
				( error as { data?: { status?: number } } )?.data?.status ===
					402
			) {
				notice.nextStep = __(
					'Add credits to your IGNY8 account (or ask the owner to raise this site’s monthly limit), then try again. Your selection is kept.',
					'igny8'
				);
			} else if ( ! notice.nextStep ) {
				notice.nextStep = __(
					'Nothing was started and no credits were used. Your selection is kept.',
					'igny8'
				);
			}
			notices.show( notice, NOTICE_ID );
			setPhase( { name: 'idle' } );
		},
		[ notices, setPhase ]
	);

	const start = useCallback(
		async ( run: JobRun ) => {
			// Without a selection only a run that says what it covers (extra.all) makes sense.
			if (
				phaseRef.current.name !== 'idle' ||
				( run.ids.length === 0 && ! run.extra?.all )
			) {
				return;
			}
			notices.remove( NOTICE_ID );
			notices.remove( PARTIAL_NOTICE_ID );
			setPhase( { name: 'estimating', run } );
			try {
				const estimate = await fetchEstimate(
					run.action,
					run.ids,
					run.extra
				);
				setPhase( { name: 'confirm', run, estimate } );
			} catch ( error ) {
				fail( error );
			}
		},
		[ fail, notices, setPhase ]
	);
	// The retry of a partial run's notice calls the latest start.
	const startRef = useRef( start );
	startRef.current = start;

	const confirm = useCallback(
		async ( replace = false ) => {
			const current = phaseRef.current;
			if ( current.name !== 'confirm' ) {
				return;
			}
			const { run, estimate } = current;
			setPhase( { name: 'starting', run, estimate } );
			try {
				const started = await startAction(
					run.action,
					run.ids,
					replace ? { ...run.extra, replace: true } : run.extra
				);
				if ( started.jobIds.length === 0 ) {
					// create_tasks: done at once.
					invalidateCollection();
					notices.show(
						{
							status: 'success',
							message: successMessage(
								run.action,
								0,
								started.createdIds.length
							),
							actions: [ resultLink( run.action, [] ) ],
						},
						NOTICE_ID
					);
					run.onSuccess?.();
					setPhase( { name: 'idle' } );
					return;
				}
				const partial = started.stopped ? started : undefined;
				if ( partial?.stopped ) {
					notices.show(
						partialRunNotice(
							run.action,
							startedRows( run, partial ),
							partial.notStarted,
							partial.stopped
						),
						PARTIAL_NOTICE_ID
					);
				}
				// The rows the run took on changed (a task is now being written): tables show it.
				invalidateCollection();
				setPhase( {
					name: 'running',
					run,
					jobIds: started.jobIds,
					progress: foldProgress( [], started.jobIds.length ),
					partial,
				} );
			} catch ( error ) {
				fail( error );
			}
		},
		[ fail, invalidateCollection, notices, setPhase ]
	);

	const cancel = useCallback(
		() => setPhase( { name: 'idle' } ),
		[ setPhase ]
	);

	// Stops the running jobs in the cloud; their unspent credits come back.
	const stop = useCallback( async () => {
		const current = phaseRef.current;
		if ( current.name !== 'running' || current.cancelling ) {
			return;
		}
		setPhase( { ...current, cancelling: true } );
		try {
			const cancelled = await cancelJobs( current.jobIds );
			invalidateCollection();
			notices.show(
				{
					status: 'info',
					message: sprintf(
						/* translators: 1: action name, 2: number of jobs cancelled */
						_n(
							'%1$s cancelled (%2$d job); its unspent credits were refunded.',
							'%1$s cancelled (%2$d jobs); their unspent credits were refunded.',
							cancelled,
							'igny8'
						),
						actionLabel( current.run.action ),
						cancelled
					),
					nextStep: __(
						'Jobs that had already finished keep their results. Your selection is kept.',
						'igny8'
					),
				},
				NOTICE_ID
			);
			setPhase( { name: 'idle' } );
		} catch ( error ) {
			const notice = errorToNotice( error );
			notice.nextStep = __(
				'The jobs go on: wait for them, or try to cancel again.',
				'igny8'
			);
			notices.show( notice, NOTICE_ID );
			const latest = phaseRef.current;
			if ( latest.name === 'running' ) {
				setPhase( { ...latest, cancelling: false } );
			}
		}
	}, [ invalidateCollection, notices, setPhase ] );

	// Follow the running jobs until every one is final and applied here.
	const running = phase.name === 'running' ? phase : null;
	useFollowJobs( running ? running.jobIds : null, {
		onUpdate: ( jobs ) => {
			const current = phaseRef.current;
			if ( current.name === 'running' ) {
				setPhase( {
					...current,
					progress: foldProgress( jobs, current.jobIds.length ),
				} );
			}
		},
		onFinished: ( jobs ) => {
			const current = phaseRef.current;
			// A cancel in flight says what happened itself.
			if ( current.name !== 'running' || current.cancelling ) {
				return;
			}
			const { run, partial } = current;
			const progress = foldProgress( jobs, current.jobIds.length );
			invalidateCollection();
			if ( partial?.stopped ) {
				// Now that the started ones are done, the rest can be sent again.
				notices.show(
					partialRunNotice(
						run.action,
						startedRows( run, partial ),
						partial.notStarted,
						partial.stopped,
						() => startRef.current( retryRun( run, partial ) )
					),
					PARTIAL_NOTICE_ID
				);
			}
			notices.show(
				finishedNotice( run.action, progress, async ( tokens ) => {
					if ( await undoReplace( tokens ) ) {
						// Used once: the notice goes, and the screen reads its figures again.
						notices.remove( NOTICE_ID );
						run.onSuccess?.();
					}
				} ),
				NOTICE_ID
			);
			// A selection with rows not started stays, for the retry.
			if ( ! progress.failures.length && ! partial ) {
				run.onSuccess?.();
			}
			setPhase( { name: 'idle' } );
		},
		onGiveUp: ( error ) => {
			const notice = errorToNotice( error );
			notice.nextStep = __(
				'The job may still be running: its result will appear in the tables when it arrives. Reload the page to check.',
				'igny8'
			);
			notices.show( notice, NOTICE_ID );
			setPhase( { name: 'idle' } );
		},
	} );

	const ui = (
		<>
			{ ( phase.name === 'confirm' || phase.name === 'starting' ) && (
				<ConfirmJobModal
					action={ phase.run.action }
					count={ phase.run.ids.length }
					summary={ phase.run.summary?.( phase.estimate ) }
					estimate={ phase.estimate }
					isStarting={ phase.name === 'starting' }
					onConfirm={ confirm }
					onCancel={ cancel }
				/>
			) }
			{ phase.name === 'running' && (
				<JobProgressBar
					action={ phase.run.action }
					progress={ phase.progress }
					onCancel={ stop }
					isCancelling={ !! phase.cancelling }
				/>
			) }
		</>
	);

	return {
		start,
		ui,
		/** True from the estimate until the last job is final. */
		isBusy: phase.name !== 'idle',
		phase: phase.name,
	};
}

/** What useJobFlow() returns, for components that receive the screen's flow. */
export type JobFlow = ReturnType< typeof useJobFlow >;

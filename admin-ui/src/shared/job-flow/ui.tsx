/**
 * WordPress dependencies
 */
import {
	Button,
	CheckboxControl,
	Modal,
	ProgressBar,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatNumber } from '../format';
import { ScreenNoticeView } from '../screen-notices';
import { actionLabel, actionSummary } from './messages';
import { rerunWarning } from './rerun';
import type { Estimate, JobActionName, Progress } from './types';
import './style.scss';

/**
 * The confirm step: what will happen, the credits it reserves and the balance.
 * With too few credits the Start button stays off and the notice says why. When part
 * of the selection already has a result, a warning says so and offers to replace it.
 */
export function ConfirmJobModal( {
	action,
	count,
	summary,
	estimate,
	isStarting,
	onConfirm,
	onCancel,
}: {
	action: JobActionName;
	count: number;
	/** Replaces the "N items" sentence. */
	summary?: string;
	estimate: Estimate;
	isStarting: boolean;
	/** `replace`: the user chose to replace what exists instead of adding to it. */
	onConfirm: ( replace: boolean ) => void;
	onCancel: () => void;
} ) {
	const [ replace, setReplace ] = useState( false );
	const rerun = rerunWarning( action, estimate.existing ?? 0, count );
	return (
		<Modal
			title={ actionLabel( action ) }
			onRequestClose={ onCancel }
			className="igny8-job-modal"
			size="small"
		>
			<p>{ summary ?? actionSummary( action, count ) }</p>
			<dl className="igny8-job-modal__credits">
				<dt>{ __( 'Credits needed (at most)', 'igny8' ) }</dt>
				<dd data-testid="igny8-estimate-credits">
					{ formatNumber( estimate.credits ) }
				</dd>
				<dt>{ __( 'Your balance', 'igny8' ) }</dt>
				<dd data-testid="igny8-estimate-balance">
					{ estimate.balance === null
						? __( 'Unavailable', 'igny8' )
						: formatNumber( estimate.balance ) }
				</dd>
			</dl>
			{ estimate.billing === 'own_key' && (
				<p className="igny8-help" data-testid="igny8-estimate-own-key">
					{ __(
						'This site uses its own provider key: your provider bills the model, and the credits above are IGNY8’s platform fee.',
						'igny8'
					) }
				</p>
			) }
			{ estimate.credits > 0 && (
				<p className="igny8-help">
					{ __(
						'Credits are reserved when the job starts; unused ones come back when it finishes, and all of them if it fails.',
						'igny8'
					) }
				</p>
			) }
			{ rerun && (
				<div data-testid="igny8-estimate-rerun">
					<ScreenNoticeView
						notice={ { status: 'warning', message: rerun.message } }
					/>
					<CheckboxControl
						__nextHasNoMarginBottom
						label={ rerun.replaceLabel }
						checked={ replace }
						onChange={ setReplace }
					/>
				</div>
			) }
			{ ! estimate.enough && (
				<ScreenNoticeView
					notice={ {
						status: 'error',
						message: sprintf(
							/* translators: 1: credits needed, 2: balance */
							_n(
								'Not enough credits: this needs %1$s credit and the balance is %2$s. Add credits to your IGNY8 account, or select fewer items. Your selection is kept.',
								'Not enough credits: this needs %1$s credits and the balance is %2$s. Add credits to your IGNY8 account, or select fewer items. Your selection is kept.',
								estimate.credits,
								'igny8'
							),
							formatNumber( estimate.credits ),
							formatNumber( estimate.balance ?? 0 )
						),
					} }
				/>
			) }
			<div className="igny8-actions igny8-actions--end">
				<Button
					variant="tertiary"
					onClick={ onCancel }
					disabled={ isStarting }
				>
					{ __( 'Cancel', 'igny8' ) }
				</Button>
				<Button
					variant="primary"
					onClick={ () => onConfirm( !! rerun && replace ) }
					isBusy={ isStarting }
					disabled={ isStarting || ! estimate.enough }
					accessibleWhenDisabled
				>
					{ __( 'Start', 'igny8' ) }
				</Button>
			</div>
		</Modal>
	);
}

/**
 * The running step: a labelled progress bar with the step and the percentage, which screen
 * readers hear through a polite live region. `title` replaces the action's name (the Writer's
 * "Writing “…”"); `onStopWatching` adds a link that stops following (the job goes on);
 * `onCancel` a button that stops the jobs themselves and refunds what they had not used.
 */
export function JobProgressBar( {
	action,
	progress,
	title,
	onStopWatching,
	onCancel,
	isCancelling = false,
}: {
	action: JobActionName;
	progress: Progress;
	title?: string;
	onStopWatching?: () => void;
	onCancel?: () => void;
	isCancelling?: boolean;
} ) {
	const label = sprintf(
		/* translators: 1: action name, 2: current step, 3: percent done */
		__( '%1$s: %2$s (%3$d%%)', 'igny8' ),
		title ?? actionLabel( action ),
		progress.step,
		progress.percent
	);
	return (
		<div className="igny8-job-progress">
			<p
				className="igny8-job-progress__label"
				role="status"
				aria-live="polite"
			>
				{ label }
			</p>
			<ProgressBar value={ progress.percent } aria-label={ label } />
			{ onCancel && (
				<Button
					variant="secondary"
					isDestructive
					onClick={ onCancel }
					isBusy={ isCancelling }
					disabled={ isCancelling }
					accessibleWhenDisabled
				>
					{ __( 'Cancel and refund', 'igny8' ) }
				</Button>
			) }
			{ onStopWatching && (
				<Button variant="link" onClick={ onStopWatching }>
					{ __( 'Stop watching (the job goes on)', 'igny8' ) }
				</Button>
			) }
		</div>
	);
}

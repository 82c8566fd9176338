/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { progressPercent, stepText } from '../job';
import type { Job } from '../types';

/**
 * The running job: an accessible progress bar and the current step, which
 * screen readers hear through a polite live region.
 */
export function JobProgress( {
	job,
	title,
	onStopWatching,
}: {
	job: Pick< Job, 'progress' | 'status' | 'step' >;
	title: string;
	/** Stops polling; the job itself goes on in the cloud. */
	onStopWatching: () => void;
} ) {
	const percent = progressPercent( job );
	const step = stepText( job );
	const label = sprintf(
		/* translators: %s: article title. */
		__( 'Writing “%s”', 'igny8' ),
		title
	);

	return (
		<div className="igny8-job-progress">
			<p
				className="igny8-job-progress__label"
				id="igny8-job-progress-label"
			>
				{ label }
			</p>
			<div
				className="igny8-job-progress__bar"
				role="progressbar"
				aria-labelledby="igny8-job-progress-label"
				aria-valuemin={ 0 }
				aria-valuemax={ 100 }
				aria-valuenow={ percent }
				aria-valuetext={ sprintf(
					/* translators: 1: percentage done, 2: current step. */
					__( '%1$d%% – %2$s', 'igny8' ),
					percent,
					step
				) }
			>
				<span
					className="igny8-job-progress__fill"
					style={ { width: `${ percent }%` } }
				/>
			</div>
			<p
				className="igny8-job-progress__step"
				aria-live="polite"
				aria-atomic="true"
			>
				{ sprintf(
					/* translators: 1: percentage done, 2: current step. */
					__( '%1$d%% – %2$s', 'igny8' ),
					percent,
					step
				) }
			</p>
			<Button variant="link" onClick={ onStopWatching }>
				{ __( 'Stop watching (writing goes on)', 'igny8' ) }
			</Button>
		</div>
	);
}

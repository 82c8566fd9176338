/**
 * WordPress dependencies
 */
import { ProgressBar } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { jobPercent, type JobSnapshot } from '../../shared/job-flow';

/** A row being written: its job's step and percentage, as the job reports them. */
export function RowProgress( { job }: { job: JobSnapshot | undefined } ) {
	if ( ! job ) {
		return null;
	}
	const percent = jobPercent( job );
	const label = sprintf(
		/* translators: 1: current step, 2: percent done */
		__( '%1$s (%2$d%%)', 'igny8' ),
		job.step || __( 'Waiting for the model', 'igny8' ),
		percent
	);
	return (
		<span className="igny8-tasks__progress">
			<span className="igny8-tasks__step">{ label }</span>
			<ProgressBar value={ percent } aria-label={ label } />
		</span>
	);
}

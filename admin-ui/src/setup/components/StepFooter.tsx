/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Skip or finish the open step. Both save the step's status first, so the
 * wizard resumes here (or after it) next time.
 */
export function StepFooter( {
	busy,
	canFinish,
	finishLabel,
	onSkip,
	onFinish,
}: {
	busy: boolean;
	/** Whether "finish" is offered (connect: only once connected). */
	canFinish: boolean;
	finishLabel?: string;
	onSkip: () => void;
	onFinish: () => void;
} ) {
	return (
		<div className="igny8-actions igny8-setup-footer">
			{ canFinish && (
				<Button
					__next40pxDefaultSize
					variant="primary"
					onClick={ onFinish }
					disabled={ busy }
					accessibleWhenDisabled
				>
					{ finishLabel ?? __( 'Done, continue', 'igny8' ) }
				</Button>
			) }
			<Button
				__next40pxDefaultSize
				variant="tertiary"
				onClick={ onSkip }
				disabled={ busy }
				accessibleWhenDisabled
			>
				{ __( 'Skip this step', 'igny8' ) }
			</Button>
		</div>
	);
}

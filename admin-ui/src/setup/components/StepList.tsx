/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { statusLabel, stepTitle } from '../steps';
import { SETUP_STEPS } from '../types';
import type { SetupStep, StepStatus } from '../types';

/**
 * The steps in order, each a button that opens it (any step can be resumed),
 * with its status in words; the open one is marked as the current step.
 */
export function StepList( {
	steps,
	current,
	onOpen,
}: {
	steps: Record< SetupStep, StepStatus >;
	current: SetupStep;
	onOpen: ( step: SetupStep ) => void;
} ) {
	return (
		<nav
			className="igny8-setup-steps"
			aria-label={ __( 'Setup steps', 'igny8' ) }
		>
			<ol>
				{ SETUP_STEPS.map( ( step, index ) => (
					<li
						key={ step }
						className={ `is-${ steps[ step ] }${
							step === current ? ' is-current' : ''
						}` }
					>
						<Button
							variant="link"
							onClick={ () => onOpen( step ) }
							aria-current={
								step === current ? 'step' : undefined
							}
						>
							<span className="igny8-setup-step-number">
								{ index + 1 }
							</span>
							<span className="igny8-setup-step-title">
								{ stepTitle( step ) }
							</span>
							<span className="igny8-setup-step-status">
								{ sprintf(
									/* translators: %s: the step's status, e.g. Done. */
									__( '(%s)', 'igny8' ),
									statusLabel( steps[ step ] )
								) }
							</span>
						</Button>
					</li>
				) ) }
			</ol>
		</nav>
	);
}

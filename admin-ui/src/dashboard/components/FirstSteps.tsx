/**
 * WordPress dependencies
 */
import { Button, Card, CardBody, CardHeader } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { FirstStep } from '../stages';

/**
 * "Start here": the pipeline's steps in order, each linking to the screen that does it; the
 * first step not done yet is the one button that stands out.
 */
export function FirstSteps( { steps }: { steps: FirstStep[] } ) {
	if ( steps.length === 0 ) {
		return null;
	}
	const next = steps.find( ( step ) => ! step.done );
	return (
		<Card className="igny8-first-steps">
			<CardHeader>
				<h2 className="igny8-card-title" id="igny8-first-steps-title">
					{ __( 'Start here', 'igny8' ) }
				</h2>
			</CardHeader>
			<CardBody>
				<ol aria-labelledby="igny8-first-steps-title">
					{ steps.map( ( step ) => (
						<li
							key={ step.key }
							data-step={ step.key }
							className={ step.done ? 'is-done' : undefined }
						>
							<span>
								{ step.done
									? sprintf(
											/* translators: %s: what the step does. */
											__( 'Done: %s', 'igny8' ),
											step.text
										)
									: step.text }
							</span>{ ' ' }
							<Button
								variant={ step === next ? 'primary' : 'link' }
								size="compact"
								href={ step.url }
							>
								{ step.linkText }
							</Button>
						</li>
					) ) }
				</ol>
			</CardBody>
		</Card>
	);
}

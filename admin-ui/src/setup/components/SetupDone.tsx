/**
 * WordPress dependencies
 */
import { Button, Notice } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/** Shown once no step is pending: where to go next. Steps stay open to revisit. */
export function SetupDone( {
	dashboardUrl,
	plannerUrl,
}: {
	dashboardUrl: string;
	plannerUrl: string;
} ) {
	return (
		<Notice status="success" isDismissible={ false }>
			<p>
				{ __(
					'Setup is complete. You can come back to any step from this page.',
					'igny8'
				) }
			</p>
			<p>
				<Button variant="link" href={ dashboardUrl }>
					{ __( 'Go to the Dashboard', 'igny8' ) }
				</Button>{ ' ' }
				<Button variant="link" href={ plannerUrl }>
					{ __( 'Open the Planner', 'igny8' ) }
				</Button>
			</p>
		</Notice>
	);
}

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * A translated label for a task status; unknown statuses are shown as sent.
 */
export function taskStatusLabel( status: string ): string {
	const labels: Record< string, string > = {
		pending: __( 'Pending', 'igny8' ),
		queued: __( 'Queued', 'igny8' ),
		running: __( 'Writing', 'igny8' ),
		in_progress: __( 'Writing', 'igny8' ),
		completed: __( 'Completed', 'igny8' ),
		failed: __( 'Failed', 'igny8' ),
		cancelled: __( 'Cancelled', 'igny8' ),
	};
	return labels[ status ] ?? status;
}

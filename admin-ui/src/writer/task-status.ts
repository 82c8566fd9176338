/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * A translated label for a task status; unknown statuses are shown as sent. A task stored as
 * "queued" has not been sent to the cloud: nothing is processing it, so it reads "Not started".
 */
export function taskStatusLabel( status: string ): string {
	const labels: Record< string, string > = {
		pending: __( 'Pending', 'igny8' ),
		queued: __( 'Not started', 'igny8' ),
		running: __( 'Writing', 'igny8' ),
		in_progress: __( 'Writing', 'igny8' ),
		completed: __( 'Completed', 'igny8' ),
		failed: __( 'Failed', 'igny8' ),
		cancelled: __( 'Cancelled', 'igny8' ),
	};
	return labels[ status ] ?? status;
}

/** A translated post status; an unknown one (still loading) reads "Open post". */
export function postStatusLabel( status: string | undefined ): string {
	switch ( status ) {
		case 'draft':
			return __( 'Draft', 'igny8' );
		case 'pending':
			return __( 'Pending review', 'igny8' );
		case 'future':
			return __( 'Scheduled', 'igny8' );
		case 'private':
			return __( 'Private', 'igny8' );
		case 'publish':
			return __( 'Published', 'igny8' );
		default:
			return __( 'Open post', 'igny8' );
	}
}

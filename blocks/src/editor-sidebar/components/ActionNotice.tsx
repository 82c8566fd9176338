/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';

/** A result or error line under an action; errors say what to do next. */
export interface ActionMessage {
	status: 'success' | 'error' | 'info';
	text: string;
}

/** Shows the action's last message, dismissible. */
export function ActionNotice( {
	message,
	onDismiss,
}: {
	message: ActionMessage | null;
	onDismiss: () => void;
} ) {
	if ( ! message ) {
		return null;
	}
	return (
		<Notice
			status={ message.status }
			onRemove={ onDismiss }
			className="igny8-action-notice"
		>
			{ message.text }
		</Notice>
	);
}

/** The message of anything thrown (apiFetch errors carry `message`). */
export function errorText( error: unknown ): string {
	if ( error && typeof error === 'object' && 'message' in error ) {
		return String( ( error as { message: unknown } ).message );
	}
	return String( error );
}

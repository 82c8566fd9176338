/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ScreenNotice } from '../shared/types';
import type { Job } from './types';

/** "Draft ready", with links to edit and preview it. */
export function completedNotice( job: Job, title: string ): ScreenNotice {
	const name = job.post?.title || title;
	if ( ! job.post ) {
		return {
			status: 'success',
			message: sprintf(
				/* translators: %s: article title. */
				__( '“%s” was written.', 'igny8' ),
				name
			),
			nextStep: __(
				'The draft is being saved; it will appear under Posts → Drafts in a moment.',
				'igny8'
			),
		};
	}
	return {
		status: 'success',
		message: sprintf(
			/* translators: %s: article title. */
			__( 'Draft ready: “%s”.', 'igny8' ),
			name
		),
		actions: [
			{ label: __( 'Edit draft', 'igny8' ), url: job.post.edit_url },
			{ label: __( 'Preview', 'igny8' ), url: job.post.view_url },
		].filter(
			( action ): action is { label: string; url: string } =>
				action.url !== null
		),
	};
}

/** Why the article was not written, and that its credits came back. */
export function failedNotice( job: Job ): ScreenNotice {
	const reason =
		job.error ||
		( job.status === 'cancelled'
			? __( 'The job was cancelled.', 'igny8' )
			: __( 'The cloud gave no reason.', 'igny8' ) );
	return {
		status: 'error',
		message: sprintf(
			/* translators: %s: why the job failed. */
			__( 'The article could not be written: %s', 'igny8' ),
			reason
		),
		nextStep: __(
			'The credits reserved for it were refunded. Your title and brief are kept: adjust them if needed and select Generate to try again.',
			'igny8'
		),
	};
}

/** The price was shown and the editor chose not to start: the task waits in the Tasks table. */
export function notStartedNotice(): ScreenNotice {
	return {
		status: 'info',
		message: __( 'Nothing was started and no credits were used.', 'igny8' ),
		nextStep: __(
			'The task is saved in the Tasks table below; select Generate again (or Generate content in the table) when you are ready.',
			'igny8'
		),
	};
}

/**
 * Screen notices through the core/notices store: any component (a table action,
 * the job flow, the undo snackbar) adds one; <ScreenNotices /> shows them.
 *
 * WordPress dependencies
 */
import { SnackbarList } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useMemo } from '@wordpress/element';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorToNotice, type ErrorContext } from './errors';
import { ScreenNoticeView } from './Notices';
import type { ScreenNotice } from './types';

/** Where the screens' notices live, apart from the block editor's or other plugins'. */
export const NOTICE_CONTEXT = 'igny8';

interface NoticeAction {
	label: string;
	url?: string;
	onClick?: () => void;
}

/** Adds a ScreenNotice (message + next step + links) to the screen. */
export function useScreenNotices() {
	const { createNotice, removeNotice } = useDispatch( noticesStore );
	// Stable while the store's actions are, so components can list it in hook dependencies.
	return useMemo( () => {
		const show = ( notice: ScreenNotice, id?: string ) =>
			// core/notices keeps plain text only: the next step rides on a second line,
			// which <ScreenNotices /> splits off again (and screen readers hear both).
			createNotice(
				notice.status,
				notice.nextStep
					? `${ notice.message }\n${ notice.nextStep }`
					: notice.message,
				{
					id,
					context: NOTICE_CONTEXT,
					actions: notice.actions?.map( ( action ) => ( {
						label: action.label,
						url: action.url,
					} ) ),
				}
			);
		return {
			show,
			showError: (
				error: unknown,
				context?: ErrorContext,
				id?: string
			) => show( errorToNotice( error, context ), id ),
			snackbar: (
				message: string,
				actions: NoticeAction[] = [],
				id?: string
			) =>
				createNotice( 'success', message, {
					id,
					type: 'snackbar',
					context: NOTICE_CONTEXT,
					actions,
				} ),
			remove: ( id: string ) => removeNotice( id, NOTICE_CONTEXT ),
		};
	}, [ createNotice, removeNotice ] );
}

interface StoredNotice {
	id: string;
	status: ScreenNotice[ 'status' ];
	content: string;
	type: string;
	actions: Array< { label: string; url?: string; onClick?: () => void } >;
}

/** Message and next step of a stored notice (see useScreenNotices().show). */
export function splitContent( content: string ): {
	message: string;
	nextStep?: string;
} {
	const at = content.indexOf( '\n' );
	return at < 0
		? { message: content }
		: {
				message: content.slice( 0, at ),
				nextStep: content.slice( at + 1 ),
			};
}

/**
 * The screen's notices (inline, dismissible) and snackbars (bottom-left, with Undo).
 */
export function ScreenNotices() {
	const notices = useSelect(
		( select ) =>
			select( noticesStore ).getNotices(
				NOTICE_CONTEXT
			) as unknown as StoredNotice[],
		[]
	);
	const { removeNotice } = useDispatch( noticesStore );
	const inline = notices.filter( ( notice ) => notice.type !== 'snackbar' );
	const snackbars = notices.filter(
		( notice ) => notice.type === 'snackbar'
	);
	return (
		<>
			<div className="igny8-notices">
				{ inline.map( ( notice ) => (
					<ScreenNoticeView
						key={ notice.id }
						notice={ {
							status: notice.status,
							...splitContent( notice.content ),
							actions: notice.actions
								.filter( ( action ) => action.url )
								.map( ( action ) => ( {
									label: action.label,
									url: action.url as string,
								} ) ),
						} }
						onRemove={ () =>
							removeNotice( notice.id, NOTICE_CONTEXT )
						}
					/>
				) ) }
			</div>
			<SnackbarList
				className="igny8-snackbars"
				notices={ snackbars as never }
				onRemove={ ( id: string ) =>
					removeNotice( id, NOTICE_CONTEXT )
				}
			/>
		</>
	);
}

/**
 * The screens' one way to show notices. A notice an action raises goes through
 * useScreenNotices() into the core/notices store and <ScreenNotices /> shows it:
 * once per screen for the screen's own context, or inside a modal or card for a
 * context of its own (`useScreenNotices( 'igny8/add-keyword' )`). A state that reads
 * as a notice (a load error, "not connected") renders <ScreenNoticeView> directly.
 *
 * WordPress dependencies
 */
import { Notice, SnackbarList } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useEffect, useMemo } from '@wordpress/element';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorToNotice, type ErrorContext } from './errors';
import type { ScreenNotice } from './types';

/** Where the screens' notices live, apart from the block editor's or other plugins'. */
export const NOTICE_CONTEXT = 'igny8';

type NoticeAction = NonNullable< ScreenNotice[ 'actions' ] >[ number ];

const noop = () => undefined;

/** Adds a ScreenNotice (message + next step + links) to the screen, or to `context`. */
export function useScreenNotices( context: string = NOTICE_CONTEXT ) {
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
					context,
					actions: notice.actions,
				}
			);
		return {
			show,
			showError: (
				error: unknown,
				errorContext?: ErrorContext,
				id?: string
			) => show( errorToNotice( error, errorContext ), id ),
			snackbar: (
				message: string,
				actions: NoticeAction[] = [],
				id?: string
			) =>
				createNotice( 'success', message, {
					id,
					type: 'snackbar',
					context,
					actions,
				} ),
			remove: ( id: string ) => removeNotice( id, context ),
			/** The notice in slot `id` becomes `notice`; null empties the slot. */
			set: ( id: string, notice: ScreenNotice | null ): void => {
				if ( notice ) {
					show( notice, id );
				} else {
					removeNotice( id, context );
				}
			},
		};
	}, [ createNotice, removeNotice, context ] );
}

interface StoredNotice {
	id: string;
	status: ScreenNotice[ 'status' ];
	content: string;
	type: string;
	actions: NoticeAction[];
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
 * The notices of a context (inline, dismissible) and its snackbars (bottom-left, with Undo).
 * A modal's or card's own context is emptied when it closes, so it opens without old news.
 */
export function ScreenNotices( {
	context = NOTICE_CONTEXT,
}: { context?: string } = {} ) {
	const notices = useSelect(
		( select ) =>
			select( noticesStore ).getNotices(
				context
			) as unknown as StoredNotice[],
		[ context ]
	);
	const { removeNotice, removeAllNotices } = useDispatch( noticesStore );
	useEffect(
		() => () => {
			if ( context !== NOTICE_CONTEXT ) {
				removeAllNotices( 'default', context );
				removeAllNotices( 'snackbar', context );
			}
		},
		[ context, removeAllNotices ]
	);
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
							actions: notice.actions,
						} }
						onRemove={ () => removeNotice( notice.id, context ) }
					/>
				) ) }
			</div>
			<SnackbarList
				className="igny8-snackbars"
				notices={ snackbars as never }
				onRemove={ ( id: string ) => removeNotice( id, context ) }
			/>
		</>
	);
}

/**
 * Renders one notice: message, next step and links.
 */
export function ScreenNoticeView( {
	notice,
	onRemove,
}: {
	notice: ScreenNotice;
	onRemove?: () => void;
} ) {
	return (
		<Notice
			className="igny8-notice"
			status={ notice.status }
			spokenMessage={ [ notice.message, notice.nextStep ]
				.filter( Boolean )
				.join( ' ' ) }
			isDismissible={ !! onRemove }
			onRemove={ onRemove }
			actions={ notice.actions?.map( ( { label, url, onClick } ) =>
				url ? { label, url } : { label, onClick: onClick ?? noop }
			) }
		>
			<p className="igny8-notice__message">{ notice.message }</p>
			{ notice.nextStep && (
				<p className="igny8-notice__next-step">{ notice.nextStep }</p>
			) }
		</Notice>
	);
}

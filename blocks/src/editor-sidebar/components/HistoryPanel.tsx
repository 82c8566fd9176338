/**
 * WordPress dependencies
 */
import { Button, PanelBody } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatGmt } from '../context';
import { fetchHistory, undoChange } from '../lib/api';
import { showApplied, unsavedEditsReason } from '../lib/applied';
import type { ProvenanceEntry } from '../lib/types';
import { ActionNotice, errorText, type ActionMessage } from './ActionNotice';
import { ConfirmLiveChange } from './ConfirmLiveChange';

/** The refusal that asks the editor to confirm changing a published post. */
const NEEDS_CONFIRMATION = 'igny8_undo_needs_confirmation';

/**
 * Every AI change to the post: function, model, prompt version, credits, who; each undoable.
 * Undo takes back only that change (the server refuses, naming what is in the way, when later
 * changes touched the same blocks), asks first on a published post, and is itself an entry.
 */
export function HistoryPanel( {
	postId,
	version,
}: {
	postId: number;
	version: number;
} ) {
	const [ entries, setEntries ] = useState< ProvenanceEntry[] >( [] );
	const [ message, setMessage ] = useState< ActionMessage | null >( null );
	const [ confirming, setConfirming ] = useState< {
		entry: ProvenanceEntry;
		text: string;
	} | null >( null );
	const [ reload, setReload ] = useState( 0 );
	// Read only once the panel is opened: no request while the editor loads.
	const [ opened, setOpened ] = useState( false );

	useEffect( () => {
		if ( ! postId || ! opened ) {
			return;
		}
		fetchHistory( postId ).then( setEntries, ( error ) =>
			setMessage( { status: 'error', text: errorText( error ) } )
		);
	}, [ postId, version, reload, opened ] );

	const undo = async ( entry: ProvenanceEntry, confirm: boolean ) => {
		setConfirming( null );
		const unsaved = unsavedEditsReason();
		if ( unsaved ) {
			setMessage( { status: 'error', text: unsaved } );
			return;
		}
		try {
			await showApplied( await undoChange( postId, entry.id, confirm ) );
			setMessage( {
				status: 'success',
				text: __(
					'Change undone. The undo is in the history too, so it can be undone.',
					'igny8'
				),
			} );
			setReload( ( n ) => n + 1 );
		} catch ( error ) {
			if ( ( error as { code?: string } )?.code === NEEDS_CONFIRMATION ) {
				setConfirming( { entry, text: errorText( error ) } );
				return;
			}
			setMessage( { status: 'error', text: errorText( error ) } );
		}
	};

	return (
		<PanelBody
			title={ __( 'AI history', 'igny8' ) }
			initialOpen={ false }
			onToggle={ ( next: boolean ) => next && setOpened( true ) }
		>
			{ entries.length === 0 && (
				<p>{ __( 'No AI changes yet.', 'igny8' ) }</p>
			) }
			<ol className="igny8-history">
				{ entries.map( ( entry ) => (
					<li
						key={ entry.id }
						className="igny8-history__entry"
						data-function={ entry.function }
					>
						<strong>{ entry.summary || entry.function }</strong>
						<span className="igny8-history__meta">
							{ sprintf(
								/* translators: 1: AI function, 2: model, 3: prompt version, 4: credits charged, e.g. "5 credits", 5: user, 6: date */
								__(
									'%1$s · %2$s · prompt %3$s · %4$s · %5$s · %6$s',
									'igny8'
								),
								entry.function,
								entry.model || '—',
								entry.prompt_version || '—',
								sprintf(
									/* translators: %d: credits */
									_n(
										'%d credit',
										'%d credits',
										entry.credits,
										'igny8'
									),
									entry.credits
								),
								entry.user_name,
								formatGmt( entry.applied_at )
							) }
						</span>
						{ entry.undone_at ? (
							<em>{ __( 'Undone', 'igny8' ) }</em>
						) : (
							<Button
								variant="link"
								onClick={ () => undo( entry, false ) }
							>
								{ __( 'Undo', 'igny8' ) }
							</Button>
						) }
					</li>
				) ) }
			</ol>
			<ActionNotice
				message={ message }
				onDismiss={ () => setMessage( null ) }
			/>
			{ confirming && (
				<ConfirmLiveChange
					title={ __( 'Undo on the published post?', 'igny8' ) }
					text={ confirming.text }
					confirmLabel={ __( 'Undo on the live post', 'igny8' ) }
					onConfirm={ () => undo( confirming.entry, true ) }
					onCancel={ () => setConfirming( null ) }
				/>
			) }
		</PanelBody>
	);
}

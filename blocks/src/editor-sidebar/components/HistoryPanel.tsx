/**
 * WordPress dependencies
 */
import { Button, PanelBody } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatGmt } from '../context';
import { fetchHistory, undoChange } from '../lib/api';
import { resetContent } from '../lib/editor';
import { EDITOR, type EditorActions } from '../lib/stores';
import type { ProvenanceEntry } from '../lib/types';
import { ActionNotice, errorText, type ActionMessage } from './ActionNotice';

/** Every AI change to the post: function, model, prompt version, credits, who; each undoable. */
export function HistoryPanel( {
	postId,
	version,
}: {
	postId: number;
	version: number;
} ) {
	const [ entries, setEntries ] = useState< ProvenanceEntry[] >( [] );
	const [ message, setMessage ] = useState< ActionMessage | null >( null );
	const [ reload, setReload ] = useState( 0 );
	// Read only once the panel is opened: no request while the editor loads.
	const [ opened, setOpened ] = useState( false );
	const { editPost } = useDispatch( EDITOR ) as unknown as EditorActions;

	useEffect( () => {
		if ( ! postId || ! opened ) {
			return;
		}
		fetchHistory( postId ).then( setEntries, ( error ) =>
			setMessage( { status: 'error', text: errorText( error ) } )
		);
	}, [ postId, version, reload, opened ] );

	const undo = async ( entry: ProvenanceEntry ) => {
		try {
			const restored = await undoChange( postId, entry.id );
			if ( restored.content !== null ) {
				resetContent( restored.content );
			}
			const meta = { ...restored.meta };
			if ( '_thumbnail_id' in meta ) {
				editPost( {
					featured_media: Number( meta._thumbnail_id ) || 0,
				} );
				delete meta._thumbnail_id;
			}
			if ( Object.keys( meta ).length > 0 ) {
				editPost( { meta } );
			}
			setMessage( {
				status: 'success',
				text: __( 'Change undone.', 'igny8' ),
			} );
			setReload( ( n ) => n + 1 );
		} catch ( error ) {
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
								/* translators: 1: AI function, 2: model, 3: prompt version, 4: credits, 5: user, 6: date */
								__(
									'%1$s · %2$s · prompt %3$s · %4$d credits · %5$s · %6$s',
									'igny8'
								),
								entry.function,
								entry.model || '—',
								entry.prompt_version || '—',
								entry.credits,
								entry.user_name,
								formatGmt( entry.applied_at )
							) }
						</span>
						{ entry.undone_at ? (
							<em>{ __( 'Undone', 'igny8' ) }</em>
						) : (
							<Button
								variant="link"
								onClick={ () => undo( entry ) }
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
		</PanelBody>
	);
}

/**
 * WordPress dependencies
 */
import { Button, CheckboxControl, PanelBody } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { fetchLinkSuggestions, recordChange } from '../lib/api';
import { currentContent, insertLinks } from '../lib/editor';
import type { LinkSuggestion } from '../lib/types';
import { ActionNotice, errorText, type ActionMessage } from './ActionNotice';

/** Internal link suggestions (the Linker's), chosen ones inserted in one undo step. */
export function LinksPanel( {
	postId,
	onHistoryChanged,
}: {
	postId: number;
	onHistoryChanged: () => void;
} ) {
	const [ suggestions, setSuggestions ] = useState< LinkSuggestion[] | null >(
		null
	);
	const [ chosen, setChosen ] = useState< Set< number > >( new Set() );
	const [ busy, setBusy ] = useState( false );
	const [ message, setMessage ] = useState< ActionMessage | null >( null );

	const load = async () => {
		setBusy( true );
		setMessage( null );
		try {
			const list = await fetchLinkSuggestions( postId );
			setSuggestions( list );
			setChosen( new Set( list.map( ( item ) => item.target_post_id ) ) );
			if ( list.length === 0 ) {
				setMessage( {
					status: 'info',
					text: __(
						'No suggestions: publish more posts in this cluster, or add the keyword’s phrases to the text.',
						'igny8'
					),
				} );
			}
		} catch ( error ) {
			setMessage( { status: 'error', text: errorText( error ) } );
		} finally {
			setBusy( false );
		}
	};

	const insert = async () => {
		const picked = ( suggestions ?? [] ).filter( ( item ) =>
			chosen.has( item.target_post_id )
		);
		const before = currentContent();
		const placed = insertLinks(
			picked.map( ( item ) => ( { url: item.url, anchor: item.anchor } ) )
		);
		const done = placed.filter( ( item ) => item.blockId !== null ).length;
		const missing = placed.length - done;
		if ( done > 0 ) {
			try {
				await recordChange( postId, {
					function: 'insert_links',
					kind: 'content',
					summary: sprintf(
						/* translators: %d: number of links */
						__( 'Inserted %d internal links', 'igny8' ),
						done
					),
					before_content: before,
					after_content: currentContent(),
				} );
				onHistoryChanged();
			} catch ( error ) {
				setMessage( { status: 'error', text: errorText( error ) } );
				return;
			}
		}
		setSuggestions( ( list ) =>
			( list ?? [] ).filter(
				( item ) => ! chosen.has( item.target_post_id )
			)
		);
		setMessage( {
			status: missing > 0 ? 'info' : 'success',
			text:
				sprintf(
					/* translators: %d: number of links */
					_n(
						'%d link inserted (Ctrl+Z undoes it).',
						'%d links inserted (one Ctrl+Z undoes them).',
						done,
						'igny8'
					),
					done
				) +
				( missing > 0
					? ' ' +
						sprintf(
							/* translators: %d: number of links */
							_n(
								'%d anchor was no longer in the text.',
								'%d anchors were no longer in the text.',
								missing,
								'igny8'
							),
							missing
						)
					: '' ),
		} );
	};

	return (
		<PanelBody
			title={ __( 'Internal links', 'igny8' ) }
			initialOpen={ false }
		>
			<Button
				variant="secondary"
				onClick={ load }
				isBusy={ busy }
				disabled={ busy }
			>
				{ __( 'Suggest internal links', 'igny8' ) }
			</Button>
			{ suggestions && suggestions.length > 0 && (
				<>
					<ul className="igny8-links">
						{ suggestions.map( ( item ) => (
							<li key={ item.target_post_id }>
								<CheckboxControl
									__nextHasNoMarginBottom
									label={ sprintf(
										/* translators: 1: anchor text, 2: target post title */
										__( '“%1$s” → %2$s', 'igny8' ),
										item.anchor,
										item.title
									) }
									help={
										item.reason === 'cluster'
											? __( 'Same cluster', 'igny8' )
											: __( 'Shared keywords', 'igny8' )
									}
									checked={ chosen.has(
										item.target_post_id
									) }
									onChange={ ( checked: boolean ) =>
										setChosen( ( current ) => {
											const next = new Set( current );
											if ( checked ) {
												next.add( item.target_post_id );
											} else {
												next.delete(
													item.target_post_id
												);
											}
											return next;
										} )
									}
								/>
							</li>
						) ) }
					</ul>
					<Button
						variant="primary"
						onClick={ insert }
						disabled={ chosen.size === 0 }
					>
						{ __( 'Insert chosen links', 'igny8' ) }
					</Button>
				</>
			) }
			<ActionNotice
				message={ message }
				onDismiss={ () => setMessage( null ) }
			/>
		</PanelBody>
	);
}

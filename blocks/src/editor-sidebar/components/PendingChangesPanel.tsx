/**
 * WordPress dependencies
 */
import { Button, PanelBody } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatGmt } from '../context';
import { fetchPendingChanges, settlePendingChange } from '../lib/api';
import { showApplied, unsavedEditsReason } from '../lib/applied';
import { firstScore } from '../lib/first-score';
import type { PendingBlock, PendingChange } from '../lib/types';
import { ActionNotice, errorText, type ActionMessage } from './ActionNotice';

/** One block the change adds or removes, as text or a thumbnail. */
function BlockPreview( { block }: { block: PendingBlock } ) {
	const verb =
		block.action === 'add'
			? /* translators: %s: block name, e.g. core/image */
				__( 'Adds %s', 'igny8' )
			: /* translators: %s: block name, e.g. core/image */
				__( 'Removes %s', 'igny8' );
	return (
		<li
			className={ `igny8-pending__block igny8-pending__block--${ block.action }` }
		>
			<span>{ sprintf( verb, block.name ) }</span>
			{ block.image && (
				<img
					src={ block.image }
					alt=""
					className="igny8-pending__image"
				/>
			) }
			{ block.text && <q>{ block.text }</q> }
		</li>
	);
}

/**
 * AI changes to a published post wait here until the editor accepts or discards them (drafts
 * are changed directly). Shown only while there are some.
 */
export function PendingChangesPanel( {
	postId,
	version,
	onApplied,
}: {
	postId: number;
	version: number;
	onApplied: () => void;
} ) {
	const [ changes, setChanges ] = useState< PendingChange[] >( [] );
	const [ message, setMessage ] = useState< ActionMessage | null >( null );
	const [ reload, setReload ] = useState( 0 );

	useEffect( () => {
		if ( ! postId ) {
			return;
		}
		let live = true;
		// Shown only when there are some: no reason to delay the score for it.
		firstScore
			.after()
			.then( () => fetchPendingChanges( postId ) )
			.then(
				( found ) => live && setChanges( found ),
				( error ) =>
					live &&
					setMessage( { status: 'error', text: errorText( error ) } )
			);
		return () => {
			live = false;
		};
	}, [ postId, version, reload ] );

	const settle = async (
		change: PendingChange,
		how: 'accept' | 'discard'
	) => {
		const unsaved = how === 'accept' ? unsavedEditsReason() : null;
		if ( unsaved ) {
			setMessage( { status: 'error', text: unsaved } );
			return;
		}
		try {
			const applied = await settlePendingChange( postId, change.id, how );
			if ( how === 'accept' ) {
				await showApplied( applied );
				onApplied();
			}
			setMessage( {
				status: 'success',
				text:
					how === 'accept'
						? __(
								'Change applied to the published post. Undo it in the AI history.',
								'igny8'
							)
						: __( 'Change discarded.', 'igny8' ),
			} );
		} catch ( error ) {
			setMessage( { status: 'error', text: errorText( error ) } );
		}
		setReload( ( n ) => n + 1 );
	};

	if ( changes.length === 0 && ! message ) {
		return null;
	}
	return (
		<PanelBody title={ __( 'Pending changes', 'igny8' ) } initialOpen>
			{ changes.length > 0 && (
				<p>
					{ __(
						'This post is published, so these AI changes wait for you. Nothing changes on the live post until you accept.',
						'igny8'
					) }
				</p>
			) }
			<ol className="igny8-pending">
				{ changes.map( ( change ) => (
					<li
						key={ change.id }
						className="igny8-pending__change"
						data-function={ change.function }
					>
						<strong>{ change.summary || change.function }</strong>
						<span className="igny8-history__meta">
							{ formatGmt( change.created_at ) }
						</span>
						{ change.featured_image && (
							<p className="igny8-pending__featured">
								{ __( 'Sets the featured image:', 'igny8' ) }
								<img
									src={ change.featured_image.url }
									alt=""
									className="igny8-pending__image"
								/>
							</p>
						) }
						<ul>
							{ change.blocks.map( ( block, index ) => (
								<BlockPreview key={ index } block={ block } />
							) ) }
						</ul>
						<Button
							variant="primary"
							onClick={ () => settle( change, 'accept' ) }
						>
							{ __( 'Accept', 'igny8' ) }
						</Button>
						<Button
							variant="tertiary"
							onClick={ () => settle( change, 'discard' ) }
						>
							{ __( 'Discard', 'igny8' ) }
						</Button>
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

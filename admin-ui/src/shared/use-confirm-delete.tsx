/**
 * Destructive actions: ask first, delete optimistically, then a snackbar with
 * "Undo" that puts the exact rows back under their original ids (the server
 * keeps them a day under the delete's undo token).
 *
 * WordPress dependencies
 */
import { __experimentalConfirmDialog as ConfirmDialog } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useScreenNotices } from './screen-notices';
import { store } from './store';
import { useRestore, type Labels } from './use-restore';
import type { Deletion } from './store/actions';
import type { CollectionName, Item } from './store/types';

/**
 * `const del = useConfirmDelete( 'keywords', labels ); del.request( items )`, render `del.dialog`.
 * `onDeleted` runs after the server agreed (e.g. to clear the table selection).
 */
export function useConfirmDelete(
	name: CollectionName,
	labels: Labels,
	onDeleted?: () => void
) {
	const [ pending, setPending ] = useState< Item[] | null >( null );
	const { deleteItems } = useDispatch( store );
	const notices = useScreenNotices();

	const restore = useRestore( name, labels );
	const undo = ( deleted: Deletion ) => restore( deleted.tokens );

	const run = async ( items: Item[] ) => {
		setPending( null );
		try {
			const deleted = ( await deleteItems(
				name,
				items.map( ( item ) => item.id )
			) ) as Deletion;
			onDeleted?.();
			notices.snackbar(
				sprintf(
					/* translators: %s: what was deleted, e.g. "3 keywords" */
					__( 'Deleted %s.', 'igny8' ),
					labels.count( deleted.items.length )
				),
				deleted.tokens.length
					? [
							{
								label: __( 'Undo', 'igny8' ),
								onClick: () => undo( deleted ),
							},
						]
					: []
			);
		} catch ( error ) {
			// The items are back in the table (rollback); say why.
			notices.showError( error );
		}
	};

	const dialog = pending ? (
		<ConfirmDialog
			isOpen
			onConfirm={ () => run( pending ) }
			onCancel={ () => setPending( null ) }
			confirmButtonText={ __( 'Delete', 'igny8' ) }
		>
			{ sprintf(
				/* translators: %s: what will be deleted, e.g. "3 keywords" */
				__( 'Delete %s? You can undo this right after.', 'igny8' ),
				labels.count( pending.length )
			) }
		</ConfirmDialog>
	) : null;

	// Stable, so tables can keep their actions memoised.
	const request = useCallback( ( items: Item[] ) => {
		if ( items.length ) {
			setPending( items );
		}
	}, [] );
	return { request, dialog };
}

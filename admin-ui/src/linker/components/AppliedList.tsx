/**
 * Links the Linker added, newest first, each with its one-click revert: the store's
 * `linker_applied` collection in a DataViews table.
 *
 * External dependencies
 */
import type { Field, View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import { tableView } from '../../shared/dataviews-query';
import { postTitleField } from '../../shared/post-title-field';
import { useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import { revert } from '../api';
import type { Applied } from '../types';

const MAPPING = {};
const DEFAULT_VIEW: View = tableView( {
	perPage: 50,
	fields: [ 'links', 'applied_at', 'revert' ],
	titleField: 'title',
} );

export function AppliedList( { onChange }: { onChange: () => void } ) {
	const notices = useScreenNotices();
	const { invalidateCollection } = useDispatch( store );
	const [ selection, setSelection ] = useState< string[] >( [] );
	const [ busy, setBusy ] = useState< number | null >( null );

	const undo = async ( item: Applied ) => {
		setBusy( item.post_id );
		try {
			await revert( item.post_id );
			notices.snackbar(
				sprintf(
					/* translators: %s: post title */
					__( 'Reverted “%s”.', 'igny8' ),
					item.title
				)
			);
			invalidateCollection( 'linker_applied' );
			onChange();
		} catch ( error ) {
			notices.showError( error );
		} finally {
			setBusy( null );
		}
	};

	const fields: Field< Applied >[] = [
		postTitleField< Applied >(),
		{
			id: 'links',
			label: __( 'Links added', 'igny8' ),
			enableSorting: false,
			render: ( { item } ) => (
				<>
					{ item.links
						.map( ( link ) => `“${ link.anchor }”` )
						.join( ', ' ) }
				</>
			),
		},
		{
			id: 'applied_at',
			label: __( 'When (UTC)', 'igny8' ),
			enableSorting: false,
		},
		{
			id: 'revert',
			label: __( 'Revert', 'igny8' ),
			enableSorting: false,
			render: ( { item } ) => (
				<Button
					variant="secondary"
					size="compact"
					isBusy={ busy === item.post_id }
					disabled={ ! item.can_revert || busy !== null }
					accessibleWhenDisabled
					label={
						item.can_revert
							? undefined
							: __(
									'The post was edited since; compare its revisions instead.',
									'igny8'
								)
					}
					showTooltip={ ! item.can_revert }
					onClick={ () => undo( item ) }
				>
					{ __( 'Revert', 'igny8' ) }
				</Button>
			),
		},
	];

	return (
		<CollectionTable< Applied >
			name="linker_applied"
			fields={ fields }
			mapping={ MAPPING }
			defaultView={ DEFAULT_VIEW }
			selection={ selection }
			onChangeSelection={ setSelection }
			searchable={ false }
			empty={
				<p>
					{ __( 'No links were added by the Linker yet.', 'igny8' ) }
				</p>
			}
		/>
	);
}

/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorToNotice } from '../../shared/errors';
import { useScreenNotices } from '../../shared/screen-notices';
import { skippedNotice } from '../../shared/skipped-rows';
import { store } from '../../shared/store';
import type { Keyword } from '../../shared/store/types';
import { idLabel, keywordLabel } from '../labels';
import { AssignSelectForm } from './AssignSelectForm';

/** The modal's own notices (and the slot of its one notice). */
const FORM_NOTICES = 'igny8/move-to-cluster';

/** The screen's slot for what the last move skipped. */
const SKIPPED_NOTICE = 'igny8-move-skipped';

/**
 * "Move to cluster…" on selected keywords (a DataViews action's RenderModal):
 * one bulk_update. Keywords deleted or changed since the table was read are
 * skipped, and the screen names each one. On error the choice stays here.
 */
export function MoveToClusterModal( {
	items,
	clusters,
	closeModal,
	onDone,
}: {
	items: Keyword[];
	/** Cluster choices, "No cluster" (0) first. */
	clusters: Array< { value: number; label: string } >;
	closeModal?: () => void;
	onDone: () => void;
} ) {
	const shared = items.every(
		( item ) => item.cluster_id === items[ 0 ]?.cluster_id
	)
		? ( items[ 0 ]?.cluster_id ?? 0 )
		: 0;
	const [ value, setValue ] = useState( String( shared ) );
	const [ saving, setSaving ] = useState( false );
	const { bulkUpdate, invalidateCollection } = useDispatch( store );
	const notices = useScreenNotices();
	const formNotices = useScreenNotices( FORM_NOTICES );

	const save = async () => {
		setSaving( true );
		formNotices.remove( FORM_NOTICES );
		notices.remove( SKIPPED_NOTICE );
		const clusterId = Number( value ) || null;
		try {
			const result = await bulkUpdate(
				'keywords',
				items.map( ( item ) => item.id ),
				{ cluster_id: clusterId }
			);
			invalidateCollection( 'clusters' );
			const name =
				clusterId === null
					? __( 'no cluster', 'igny8' )
					: idLabel( clusters, clusterId );
			notices.snackbar(
				sprintf(
					/* translators: 1: number of keywords, 2: cluster name */
					_n(
						'%1$d keyword moved to %2$s.',
						'%1$d keywords moved to %2$s.',
						result.updated,
						'igny8'
					),
					result.updated,
					name
				)
			);
			notices.set(
				SKIPPED_NOTICE,
				skippedNotice( result.skipped, ( row ) =>
					keywordLabel( row, items )
				)
			);
			onDone();
			closeModal?.();
		} catch ( error ) {
			formNotices.show(
				{
					...errorToNotice( error ),
					nextStep: __(
						'Your choice and the selection are kept. Choose another cluster, or try again.',
						'igny8'
					),
				},
				FORM_NOTICES
			);
			setSaving( false );
		}
	};

	return (
		<AssignSelectForm
			notices={ FORM_NOTICES }
			label={ __( 'Cluster', 'igny8' ) }
			count={ items.length }
			value={ value }
			options={ clusters }
			onChange={ setValue }
			submitLabel={ __( 'Move', 'igny8' ) }
			saving={ saving }
			onSubmit={ save }
			onCancel={ closeModal }
		></AssignSelectForm>
	);
}

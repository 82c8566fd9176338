/**
 * External dependencies
 */
import type { Action, Field, View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { addCard, trash } from '@wordpress/icons';
import { Button } from '@wordpress/components';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import type { QueryMapping } from '../../shared/dataviews-query';
import { formatDateTime } from '../../shared/format';
import type { JobFlow } from '../../shared/job-flow';
import type { Cluster, Idea } from '../../shared/store/types';
import { useCollection } from '../../shared/use-collection';
import { useConfirmDelete } from '../../shared/use-confirm-delete';
import { ideasCount, ideaStatuses, idLabel, labelOf } from '../labels';
import type { PlannerTab } from '../types';
import { EmptyState } from './EmptyState';
import { RenameModal } from './RenameModal';

const MAPPING: QueryMapping = {
	sortable: {
		title: 'title',
		status: 'status',
		cluster_id: 'cluster_id',
		created_at: 'created_at',
	},
	filters: { status: 'status', cluster_id: 'cluster_id' },
};

const DEFAULT_VIEW: View = {
	type: 'table',
	page: 1,
	perPage: 20,
	search: '',
	filters: [],
	sort: { field: 'created_at', direction: 'desc' },
	fields: [ 'status', 'cluster_id', 'suggested_keywords' ],
	titleField: 'title',
	layout: {},
};

const CLUSTER_QUERY = { per_page: 100, orderby: 'name', order: 'asc' };

export function IdeasTab( {
	flow,
	writerUrl,
	onOpenTab,
}: {
	flow: JobFlow;
	writerUrl: string;
	onOpenTab: ( tab: PlannerTab ) => void;
} ) {
	const [ selection, setSelection ] = useState< string[] >( [] );
	const clusters = useCollection< Cluster >( 'clusters', CLUSTER_QUERY );
	const del = useConfirmDelete( 'ideas', { count: ideasCount }, () =>
		setSelection( [] )
	);
	const clusterOptions = useMemo(
		() =>
			clusters.items.map( ( cluster ) => ( {
				value: cluster.id,
				label: cluster.name,
			} ) ),
		[ clusters.items ]
	);

	const fields: Field< Idea >[] = useMemo(
		() => [
			{
				id: 'title',
				label: __( 'Idea', 'igny8' ),
				enableHiding: false,
				getValue: ( { item } ) => item.title,
			},
			{
				id: 'cluster_id',
				label: __( 'Cluster', 'igny8' ),
				elements: clusterOptions,
				filterBy: { operators: [ 'is' ] },
				render: ( { item } ) =>
					idLabel( clusterOptions, item.cluster_id ),
			},
			{
				id: 'suggested_keywords',
				label: __( 'Keywords', 'igny8' ),
				enableSorting: false,
				render: ( { item } ) =>
					( item.suggested_keywords ?? [] ).join( ', ' ),
			},
			{
				id: 'content_type',
				label: __( 'Type', 'igny8' ),
				enableSorting: false,
				render: ( { item } ) =>
					item.content_type === 'page'
						? __( 'Page', 'igny8' )
						: __( 'Post', 'igny8' ),
			},
			{
				id: 'status',
				label: __( 'Status', 'igny8' ),
				elements: ideaStatuses(),
				filterBy: { operators: [ 'is' ] },
				render: ( { item } ) => labelOf( ideaStatuses(), item.status ),
			},
			{
				id: 'description',
				label: __( 'Description', 'igny8' ),
				enableSorting: false,
			},
			{
				id: 'created_at',
				label: __( 'Created', 'igny8' ),
				type: 'datetime',
				render: ( { item } ) => formatDateTime( item.created_at ),
			},
		],
		[ clusterOptions ]
	);

	const actions: Action< Idea >[] = [
		{
			id: 'create-tasks',
			label: __( 'Create tasks', 'igny8' ),
			icon: addCard,
			isPrimary: true,
			supportsBulk: true,
			disabled: flow.isBusy,
			callback: ( items ) =>
				flow.start( {
					action: 'create_tasks',
					ids: items.map( ( item ) => item.id ),
					onSuccess: () => setSelection( [] ),
				} ),
		},
		{
			id: 'edit-title',
			label: __( 'Edit title', 'igny8' ),
			modalHeader: __( 'Edit idea title', 'igny8' ),
			RenderModal: ( { items, closeModal } ) => (
				<RenameModal
					name="ideas"
					item={ items[ 0 ] as Idea }
					field="title"
					label={ __( 'Title', 'igny8' ) }
					closeModal={ closeModal }
				/>
			),
		},
		{
			id: 'delete',
			label: __( 'Delete', 'igny8' ),
			icon: trash,
			isDestructive: true,
			supportsBulk: true,
			callback: ( items ) => del.request( items ),
		},
	];

	return (
		<>
			<div className="igny8-toolbar">
				<Button variant="secondary" href={ writerUrl }>
					{ __( 'Open the Writer', 'igny8' ) }
				</Button>
			</div>
			<CollectionTable< Idea >
				name="ideas"
				fields={ fields }
				actions={ actions }
				mapping={ MAPPING }
				defaultView={ DEFAULT_VIEW }
				selection={ selection }
				onChangeSelection={ setSelection }
				searchLabel={ __( 'Search ideas', 'igny8' ) }
				empty={
					<EmptyState
						title={ __( 'No ideas yet', 'igny8' ) }
						action={
							<Button
								variant="primary"
								onClick={ () => onOpenTab( 'clusters' ) }
							>
								{ __( 'Go to Clusters', 'igny8' ) }
							</Button>
						}
					>
						{ __(
							'Ideas are article plans written from your clusters. On the Clusters tab, select clusters and choose Generate ideas. Then select ideas here and choose Create tasks to send them to the Writer.',
							'igny8'
						) }
					</EmptyState>
				}
			/>
			{ del.dialog }
		</>
	);
}

/**
 * External dependencies
 */
import type { Action, Field, View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { addCard, check, pencil, trash, undo } from '@wordpress/icons';
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import type { QueryMapping } from '../../shared/dataviews-query';
import { formatDateTime } from '../../shared/format';
import type { JobFlow } from '../../shared/job-flow';
import { useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import type { Cluster, Idea } from '../../shared/store/types';
import { useCollection } from '../../shared/use-collection';
import { useConfirmDelete } from '../../shared/use-confirm-delete';
import { approvalNotice, setApproval } from '../idea-approval';
import { ideasCount, ideaStatuses, idLabel, labelOf } from '../labels';
import type { PlannerTab } from '../types';
import { EmptyState } from './EmptyState';
import { IdeaModal } from './IdeaModal';

/** Approving and the pipeline's next step, as labelled buttons above the table. */
const IDEA_BAR = [ 'approve', 'create-tasks' ];

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
	const [ adding, setAdding ] = useState( false );
	const [ editing, setEditing ] = useState< Idea | null >( null );
	const [ approving, setApproving ] = useState( false );
	const { invalidateCollection } = useDispatch( store );
	const notices = useScreenNotices();
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

	const approve = async ( items: Idea[], yes: boolean ) => {
		setApproving( true );
		try {
			const result = await setApproval(
				items.map( ( item ) => item.id ),
				yes
			);
			notices.show( approvalNotice( result, yes ) );
			setSelection( [] );
		} catch ( error ) {
			notices.showError( error );
		} finally {
			// Skipped ideas changed meanwhile: the table shows them as they are now.
			invalidateCollection( 'ideas' );
			setApproving( false );
		}
	};

	const actions: Action< Idea >[] = [
		{
			id: 'approve',
			label: __( 'Approve', 'igny8' ),
			icon: check,
			supportsBulk: true,
			disabled: approving,
			isEligible: ( item ) => item.status === 'draft',
			callback: ( items ) => approve( items, true ),
		},
		{
			id: 'unapprove',
			label: __( 'Unapprove', 'igny8' ),
			icon: undo,
			supportsBulk: true,
			disabled: approving,
			isEligible: ( item ) => item.status === 'approved',
			callback: ( items ) => approve( items, false ),
		},
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
			id: 'edit',
			label: __( 'Edit', 'igny8' ),
			icon: pencil,
			callback: ( items ) => setEditing( items[ 0 ] ?? null ),
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
				<Button variant="primary" onClick={ () => setAdding( true ) }>
					{ __( 'New idea', 'igny8' ) }
				</Button>
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
				barActions={ IDEA_BAR }
				countLabel={ ideasCount }
				progress={ flow.ui }
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
							'Ideas are article plans written from your clusters. On the Clusters tab, select clusters and choose Generate ideas, or add one here with New idea. Then approve ideas for automation rules, or select them and choose Create tasks to send them to the Writer.',
							'igny8'
						) }
					</EmptyState>
				}
			/>
			{ del.dialog }
			{ ( adding || editing ) && (
				<IdeaModal
					idea={ editing ?? undefined }
					clusters={ clusterOptions }
					onClose={ () => {
						setAdding( false );
						setEditing( null );
					} }
				/>
			) }
		</>
	);
}

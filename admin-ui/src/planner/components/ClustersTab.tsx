/**
 * External dependencies
 */
import type { Action, Field, View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { archive, create, seen, trash } from '@wordpress/icons';
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import type { QueryMapping } from '../../shared/dataviews-query';
import { formatDateTime, formatNumber } from '../../shared/format';
import type { JobFlow } from '../../shared/job-flow';
import { useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import type { Cluster } from '../../shared/store/types';
import { useConfirmDelete } from '../../shared/use-confirm-delete';
import { clusterStatuses, clustersCount, labelOf } from '../labels';
import { sectorField } from '../sectors';
import type { PlannerTab } from '../types';
import { useSectorOptions } from '../use-sectors';
import { EmptyState } from './EmptyState';
import { NewClusterModal } from './NewClusterModal';
import { RenameModal } from './RenameModal';

/** The pipeline's step from here, as a labelled button above the table. */
const CLUSTER_BAR = [ 'generate-ideas' ];

const MAPPING: QueryMapping = {
	sortable: { name: 'name', status: 'status', created_at: 'created_at' },
	filters: { status: 'status', sector_id: 'sector_id' },
};

const DEFAULT_VIEW: View = {
	type: 'table',
	page: 1,
	perPage: 20,
	search: '',
	filters: [],
	sort: { field: 'created_at', direction: 'desc' },
	fields: [ 'keywords_count', 'volume', 'sector_id', 'status', 'created_at' ],
	titleField: 'name',
	layout: {},
};

export function ClustersTab( {
	flow,
	onOpenTab,
	onOpenCluster,
	clusterHref,
}: {
	flow: JobFlow;
	onOpenTab: ( tab: PlannerTab ) => void;
	/** Opens a cluster's page in place. */
	onOpenCluster: ( id: number ) => void;
	/** The URL of a cluster's page (its link, e.g. to open in a new tab). */
	clusterHref: ( id: number ) => string;
} ) {
	const [ selection, setSelection ] = useState< string[] >( [] );
	const [ creating, setCreating ] = useState( false );
	const { bulkUpdate } = useDispatch( store );
	const notices = useScreenNotices();
	const del = useConfirmDelete( 'clusters', { count: clustersCount }, () =>
		setSelection( [] )
	);
	const sectorOptions = useSectorOptions();

	const fields: Field< Cluster >[] = useMemo(
		() => [
			{
				id: 'name',
				label: __( 'Cluster', 'igny8' ),
				enableHiding: false,
				getValue: ( { item } ) => item.name,
				render: ( { item } ) => (
					<a
						href={ clusterHref( item.id ) }
						onClick={ ( event ) => {
							// A plain click opens the page in place; modified clicks keep the browser's behaviour.
							if (
								event.metaKey ||
								event.ctrlKey ||
								event.shiftKey ||
								event.button !== 0
							) {
								return;
							}
							event.preventDefault();
							onOpenCluster( item.id );
						} }
					>
						{ item.name }
					</a>
				),
			},
			{
				id: 'description',
				label: __( 'Description', 'igny8' ),
				enableSorting: false,
			},
			{
				id: 'keywords_count',
				label: __( 'Keywords', 'igny8' ),
				type: 'integer',
				enableSorting: false,
				render: ( { item } ) =>
					formatNumber( Number( item.keywords_count ?? 0 ) ),
			},
			{
				id: 'volume',
				label: __( 'Total volume', 'igny8' ),
				type: 'integer',
				enableSorting: false,
				render: ( { item } ) =>
					formatNumber( Number( item.volume ?? 0 ) ),
			},
			sectorField< Cluster >( sectorOptions ),
			{
				id: 'status',
				label: __( 'Status', 'igny8' ),
				elements: clusterStatuses(),
				filterBy: { operators: [ 'is' ] },
				render: ( { item } ) =>
					labelOf( clusterStatuses(), item.status ),
			},
			{
				id: 'created_at',
				label: __( 'Created', 'igny8' ),
				type: 'datetime',
				render: ( { item } ) => formatDateTime( item.created_at ),
			},
		],
		[ sectorOptions, clusterHref, onOpenCluster ]
	);

	const setStatus = ( status: string ) => async ( items: Cluster[] ) => {
		try {
			await bulkUpdate(
				'clusters',
				items.map( ( item ) => item.id ),
				{ status }
			);
			setSelection( [] );
		} catch ( error ) {
			notices.showError( error );
		}
	};

	const actions: Action< Cluster >[] = [
		{
			id: 'generate-ideas',
			label: __( 'Generate ideas', 'igny8' ),
			icon: create,
			isPrimary: true,
			supportsBulk: true,
			disabled: flow.isBusy,
			callback: ( items ) =>
				flow.start( {
					action: 'generate_ideas',
					ids: items.map( ( item ) => item.id ),
					onSuccess: () => setSelection( [] ),
				} ),
		},
		{
			id: 'open',
			label: __( 'Open cluster page', 'igny8' ),
			callback: ( [ item ] ) => item && onOpenCluster( item.id ),
		},
		{
			id: 'rename',
			label: __( 'Rename', 'igny8' ),
			modalHeader: __( 'Rename cluster', 'igny8' ),
			RenderModal: ( { items, closeModal } ) => (
				<RenameModal
					name="clusters"
					item={ items[ 0 ] as Cluster }
					field="name"
					label={ __( 'Cluster name', 'igny8' ) }
					closeModal={ closeModal }
				/>
			),
		},
		{
			id: 'archive',
			label: __( 'Archive', 'igny8' ),
			icon: archive,
			supportsBulk: true,
			isEligible: ( item ) => item.status !== 'archived',
			callback: setStatus( 'archived' ),
		},
		{
			id: 'activate',
			label: __( 'Make active', 'igny8' ),
			icon: seen,
			supportsBulk: true,
			isEligible: ( item ) => item.status === 'archived',
			callback: setStatus( 'active' ),
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

	const newButton = (
		<Button variant="secondary" onClick={ () => setCreating( true ) }>
			{ __( 'New cluster', 'igny8' ) }
		</Button>
	);

	return (
		<>
			<div className="igny8-toolbar">{ newButton }</div>
			<CollectionTable< Cluster >
				name="clusters"
				fields={ fields }
				actions={ actions }
				mapping={ MAPPING }
				defaultView={ DEFAULT_VIEW }
				selection={ selection }
				onChangeSelection={ setSelection }
				searchLabel={ __( 'Search clusters', 'igny8' ) }
				barActions={ CLUSTER_BAR }
				countLabel={ clustersCount }
				progress={ flow.ui }
				empty={
					<EmptyState
						title={ __( 'No clusters yet', 'igny8' ) }
						action={
							<>
								<Button
									variant="primary"
									onClick={ () => onOpenTab( 'keywords' ) }
								>
									{ __( 'Go to Keywords', 'igny8' ) }
								</Button>
								{ newButton }
							</>
						}
					>
						{ __(
							'Clusters group keywords by topic. On the Keywords tab, select keywords and choose Auto cluster; the clusters appear here. Or make a cluster yourself with New cluster and move keywords into it. Then select clusters and choose Generate ideas.',
							'igny8'
						) }
					</EmptyState>
				}
			/>
			{ del.dialog }
			{ creating && (
				<NewClusterModal
					sectors={ sectorOptions }
					onClose={ () => setCreating( false ) }
				/>
			) }
		</>
	);
}

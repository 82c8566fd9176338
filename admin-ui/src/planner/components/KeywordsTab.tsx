/**
 * External dependencies
 */
import type { Action, Field, View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import {
	category,
	group,
	moveTo,
	pencil,
	seen,
	trash,
	unseen,
} from '@wordpress/icons';
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import type { QueryMapping } from '../../shared/dataviews-query';
import { skippedNotice } from '../../shared/skipped-rows';
import { formatDateTime, formatNumber } from '../../shared/format';
import type { JobFlow } from '../../shared/job-flow';
import { useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import type { Cluster, Keyword } from '../../shared/store/types';
import { useCollection } from '../../shared/use-collection';
import { useConfirmDelete } from '../../shared/use-confirm-delete';
import { ImportModal } from '../import/ImportModal';
import {
	idLabel,
	intents,
	keywordLabel,
	keywordsCount,
	keywordStatuses,
	labelOf,
} from '../labels';
import { sectorField, sharedSector } from '../sectors';
import { useSectorOptions } from '../use-sectors';
import { AddKeywordModal } from './AddKeywordModal';
import { EditKeywordModal } from './EditKeywordModal';
import { EmptyState } from './EmptyState';
import { ClusterAllButton } from './ClusterAllButton';
import { MoveToClusterModal } from './MoveToClusterModal';
import { SetSectorModal } from './SetSectorModal';

/** The pipeline's step from here, as a labelled button above the table. */
const KEYWORD_BAR = [ 'auto-cluster' ];

const MAPPING: QueryMapping = {
	sortable: {
		keyword: 'keyword',
		search_volume: 'search_volume',
		difficulty: 'difficulty',
		intent: 'intent',
		status: 'status',
		cluster_id: 'cluster_id',
		created_at: 'created_at',
	},
	filters: {
		status: 'status',
		intent: 'intent',
		cluster_id: 'cluster_id',
		sector_id: 'sector_id',
	},
};

// The first page of this view (and CLUSTER_QUERY) is preloaded by Planner_Page::PRELOAD: keep both in step.
const DEFAULT_VIEW: View = {
	type: 'table',
	page: 1,
	perPage: 25,
	search: '',
	filters: [],
	sort: { field: 'search_volume', direction: 'desc' },
	fields: [ 'search_volume', 'difficulty', 'intent', 'cluster_id', 'status' ],
	titleField: 'keyword',
	layout: {},
};

/** Cluster names for the keyword table's column and filter (the first 100 by name). */
const CLUSTER_QUERY = { per_page: 100, orderby: 'name', order: 'asc' };

export function KeywordsTab( {
	flow,
	restRoot,
	nonce,
	settingsUrl,
}: {
	flow: JobFlow;
	restRoot: string;
	nonce: string;
	settingsUrl: string | null;
} ) {
	const [ selection, setSelection ] = useState< string[] >( [] );
	const [ importing, setImporting ] = useState( false );
	const [ adding, setAdding ] = useState( false );
	const sectorOptions = useSectorOptions();
	const { saveItem, bulkUpdate } = useDispatch( store );
	const notices = useScreenNotices();
	const clusters = useCollection< Cluster >( 'clusters', CLUSTER_QUERY );
	const del = useConfirmDelete( 'keywords', { count: keywordsCount }, () =>
		setSelection( [] )
	);

	const clusterOptions = useMemo(
		() => [
			{ value: 0, label: __( 'No cluster', 'igny8' ) },
			...clusters.items.map( ( cluster ) => ( {
				value: cluster.id,
				label: cluster.name,
			} ) ),
		],
		[ clusters.items ]
	);

	const fields: Field< Keyword >[] = useMemo(
		() => [
			{
				id: 'keyword',
				label: __( 'Keyword', 'igny8' ),
				enableHiding: false,
				enableGlobalSearch: true,
				getValue: ( { item } ) => item.keyword,
			},
			{
				id: 'search_volume',
				label: __( 'Volume', 'igny8' ),
				type: 'integer',
				render: ( { item } ) =>
					item.search_volume === null
						? '—'
						: formatNumber( item.search_volume ),
			},
			{
				id: 'difficulty',
				label: __( 'Difficulty', 'igny8' ),
				type: 'integer',
				render: ( { item } ) =>
					item.difficulty === null ? '—' : String( item.difficulty ),
			},
			{
				id: 'intent',
				label: __( 'Intent', 'igny8' ),
				elements: intents(),
				filterBy: { operators: [ 'is' ] },
				render: ( { item } ) => labelOf( intents(), item.intent ),
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
				id: 'status',
				label: __( 'Status', 'igny8' ),
				elements: keywordStatuses(),
				filterBy: { operators: [ 'is' ] },
				// Inline edit: saved at once (optimistic), back to the old value if refused.
				// A native select: a page of SelectControls costs more than the rest of the table.
				render: ( { item } ) => (
					<select
						className="igny8-inline-select"
						aria-label={ `${ __( 'Status of', 'igny8' ) } ${ item.keyword }` }
						value={ item.status }
						onChange={ ( event ) =>
							saveItem( 'keywords', item.id, {
								status: event.target.value,
							} ).catch( ( error: unknown ) =>
								notices.showError( error )
							)
						}
					>
						{ keywordStatuses().map( ( option ) => (
							<option key={ option.value } value={ option.value }>
								{ option.label }
							</option>
						) ) }
					</select>
				),
			},
			// Hidden by default: the first page is preloaded with DEFAULT_VIEW's columns.
			sectorField< Keyword >( sectorOptions ),
			{
				id: 'created_at',
				label: __( 'Added', 'igny8' ),
				type: 'datetime',
				render: ( { item } ) => formatDateTime( item.created_at ),
			},
		],
		[ clusterOptions, sectorOptions, notices, saveItem ]
	);

	const setStatus = ( status: string ) => async ( items: Keyword[] ) => {
		try {
			const result = await bulkUpdate(
				'keywords',
				items.map( ( item ) => item.id ),
				{ status }
			);
			notices.set(
				'igny8-status-skipped',
				skippedNotice( result.skipped, ( row ) =>
					keywordLabel( row, items )
				)
			);
			setSelection( [] );
		} catch ( error ) {
			notices.showError( error );
		}
	};

	// Memoised with the fields: a new array would re-render every row's action menu.
	const actions: Action< Keyword >[] = useMemo(
		() => [
			{
				id: 'auto-cluster',
				label: __( 'Auto cluster', 'igny8' ),
				icon: group,
				supportsBulk: true,
				disabled: flow.isBusy,
				callback: ( items ) => {
					// Keywords of one sector (a table filtered to it) are clustered for that sector.
					const sector = sharedSector( items );
					flow.start( {
						action: 'auto_cluster',
						ids: items.map( ( item ) => item.id ),
						extra: sector ? { sector_id: sector } : undefined,
						onSuccess: () => setSelection( [] ),
					} );
				},
			},
			{
				id: 'edit',
				label: __( 'Edit', 'igny8' ),
				icon: pencil,
				modalHeader: __( 'Edit keyword', 'igny8' ),
				RenderModal: ( { items, closeModal } ) => (
					<EditKeywordModal
						keyword={ items[ 0 ] as Keyword }
						clusters={ clusterOptions }
						closeModal={ closeModal }
					/>
				),
			},
			{
				id: 'move-to-cluster',
				label: __( 'Move to cluster…', 'igny8' ),
				icon: moveTo,
				supportsBulk: true,
				modalHeader: __( 'Move to cluster', 'igny8' ),
				RenderModal: ( { items, closeModal } ) => (
					<MoveToClusterModal
						items={ items }
						clusters={ clusterOptions }
						closeModal={ closeModal }
						onDone={ () => setSelection( [] ) }
					/>
				),
			},
			{
				id: 'set-sector',
				label: __( 'Set sector…', 'igny8' ),
				icon: category,
				supportsBulk: true,
				modalHeader: __( 'Set sector', 'igny8' ),
				RenderModal: ( { items, closeModal } ) => (
					<SetSectorModal
						items={ items }
						options={ sectorOptions }
						settingsUrl={ settingsUrl }
						closeModal={ closeModal }
						onDone={ () => setSelection( [] ) }
					/>
				),
			},
			{
				id: 'mark-active',
				label: __( 'Mark active', 'igny8' ),
				icon: seen,
				supportsBulk: true,
				callback: setStatus( 'active' ),
			},
			{
				id: 'mark-inactive',
				label: __( 'Mark inactive', 'igny8' ),
				icon: unseen,
				supportsBulk: true,
				callback: setStatus( 'inactive' ),
			},
			{
				id: 'delete',
				label: __( 'Delete', 'igny8' ),
				icon: trash,
				isDestructive: true,
				supportsBulk: true,
				callback: ( items ) => del.request( items ),
			},
		],
		[
			flow.isBusy,
			flow.start,
			del.request,
			bulkUpdate,
			notices,
			sectorOptions,
			settingsUrl,
			clusterOptions,
		]
	);

	const importButton = (
		<Button variant="primary" onClick={ () => setImporting( true ) }>
			{ __( 'Import keywords', 'igny8' ) }
		</Button>
	);
	const addButton = (
		<Button variant="secondary" onClick={ () => setAdding( true ) }>
			{ __( 'Add keyword', 'igny8' ) }
		</Button>
	);

	return (
		<>
			<div className="igny8-toolbar">
				<ClusterAllButton flow={ flow } />
				{ addButton }
				{ importButton }
			</div>
			<CollectionTable< Keyword >
				name="keywords"
				fields={ fields }
				actions={ actions }
				mapping={ MAPPING }
				defaultView={ DEFAULT_VIEW }
				selection={ selection }
				onChangeSelection={ setSelection }
				searchLabel={ __( 'Search keywords', 'igny8' ) }
				barActions={ KEYWORD_BAR }
				countLabel={ keywordsCount }
				progress={ flow.ui }
				empty={
					<EmptyState
						title={ __( 'No keywords yet', 'igny8' ) }
						action={
							<>
								{ importButton }
								{ addButton }
							</>
						}
					>
						{ __(
							'Import a CSV of keywords (from Ahrefs, Semrush, Google Keyword Planner or your own sheet). Then select them and choose Auto cluster to group them into topics.',
							'igny8'
						) }
					</EmptyState>
				}
			/>
			{ del.dialog }
			{ importing && (
				<ImportModal
					restRoot={ restRoot }
					nonce={ nonce }
					onClose={ () => setImporting( false ) }
				/>
			) }
			{ adding && (
				<AddKeywordModal
					sectors={ sectorOptions }
					clusters={ clusterOptions }
					settingsUrl={ settingsUrl }
					onClose={ () => setAdding( false ) }
				/>
			) }
		</>
	);
}

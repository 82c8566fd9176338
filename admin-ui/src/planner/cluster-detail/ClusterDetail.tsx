/**
 * WordPress dependencies
 */
import { Button, Modal, Spinner } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorToNotice } from '../../shared/errors';
import type { JobFlow } from '../../shared/job-flow';
import {
	ScreenNoticeView,
	useScreenNotices,
} from '../../shared/screen-notices';
import { store } from '../../shared/store';
import type { ScreenNotice } from '../../shared/types';
import { useConfirmDelete } from '../../shared/use-confirm-delete';
import { EmptyState } from '../components/EmptyState';
import { RenameModal } from '../components/RenameModal';
import { clusterStatuses, clustersCount, labelOf } from '../labels';
import { fetchClusterDetail, takeKeptClusterDetail } from './api';
import { ClusterPosts } from './ClusterPosts';
import { ClusterSummary } from './ClusterSummary';
import { ClusterTables } from './ClusterTables';
import type { ClusterDetailData } from './types';

/**
 * One cluster's page (the seed's ClusterDetail): its figures, its keywords,
 * ideas, tasks and posts, and the actions the Clusters table offers for it.
 */
export function ClusterDetail( {
	clusterId,
	flow,
	backHref,
	onBack,
	linkerUrl,
}: {
	clusterId: number;
	flow: JobFlow;
	/** The Clusters tab's URL (the back link's target). */
	backHref: string;
	onBack: () => void;
	linkerUrl: string | null;
} ) {
	const [ detail, setDetail ] = useState< ClusterDetailData | null >( () =>
		// The figures PHP printed, read once: the page mounts with them, not a spinner.
		takeKeptClusterDetail( clusterId )
	);
	const [ loadError, setLoadError ] = useState< ScreenNotice | null >( null );
	const [ renaming, setRenaming ] = useState( false );
	const [ version, setVersion ] = useState( 0 );
	const { receiveItems, saveItem, invalidateCollection } =
		useDispatch( store );
	const notices = useScreenNotices();
	const del = useConfirmDelete(
		'clusters',
		{ count: clustersCount },
		onBack
	);

	const refresh = useCallback(
		() => setVersion( ( value ) => value + 1 ),
		[]
	);
	// The printed figures are the route's answer of this page load: the first pass keeps them
	// rather than asking again; a refresh (version) reads the route.
	const printed = useRef( detail );
	useEffect( () => {
		if ( printed.current ) {
			receiveItems( 'clusters', [ printed.current.cluster ] );
			printed.current = null;
			return;
		}
		let live = true;
		setLoadError( null );
		fetchClusterDetail( clusterId )
			.then( ( data ) => {
				if ( live ) {
					setDetail( data );
					// The store knows the cluster, so Delete can offer Undo.
					receiveItems( 'clusters', [ data.cluster ] );
				}
			} )
			.catch( ( failure: unknown ) => {
				if ( ! live ) {
					return;
				}
				const base = errorToNotice( failure );
				setLoadError( {
					...base,
					nextStep:
						( failure as { code?: string } )?.code ===
						'igny8_cluster_not_found'
							? __(
									'It may have been deleted. Go back to the clusters and open another one.',
									'igny8'
								)
							: ( base.nextStep ??
								__(
									'Retry; if it keeps failing, reload the page.',
									'igny8'
								) ),
				} );
			} );
		return () => {
			live = false;
		};
	}, [ clusterId, version, receiveItems ] );

	const back = (
		<a
			className="igny8-back-link"
			href={ backHref }
			onClick={ ( event ) => {
				event.preventDefault();
				onBack();
			} }
		>
			{ __( '← All clusters', 'igny8' ) }
		</a>
	);

	if ( ! detail ) {
		return (
			<div className="igny8-cluster-detail">
				{ back }
				{ loadError ? (
					<>
						<ScreenNoticeView notice={ loadError } />
						<Button variant="secondary" onClick={ refresh }>
							{ __( 'Retry', 'igny8' ) }
						</Button>
					</>
				) : (
					<Spinner />
				) }
			</div>
		);
	}

	const { cluster } = detail;
	const setStatus = async ( status: 'active' | 'archived' ) => {
		try {
			await saveItem( 'clusters', cluster.id, { status } );
			invalidateCollection( 'clusters' );
			refresh();
		} catch ( failure ) {
			notices.showError( failure );
		}
	};
	const generateIdeas = () =>
		flow.start( {
			action: 'generate_ideas',
			ids: [ cluster.id ],
			onSuccess: refresh,
		} );

	return (
		<div className="igny8-cluster-detail">
			{ back }
			<div className="igny8-cluster-detail__overview">
				<header className="igny8-cluster-detail__header">
					<h2 className="igny8-cluster-detail__title">
						{ sprintf(
							/* translators: %s: cluster name */
							__( 'Cluster: %s', 'igny8' ),
							cluster.name
						) }
					</h2>
					<span className="igny8-cluster-detail__status">
						{ labelOf( clusterStatuses(), cluster.status ) }
					</span>
				</header>
				{ cluster.description && <p>{ cluster.description }</p> }
				{ loadError && (
					<ScreenNoticeView
						notice={ loadError }
						onRemove={ () => setLoadError( null ) }
					/>
				) }
				<div
					className="igny8-actions"
					role="group"
					aria-label={ __( 'Cluster actions', 'igny8' ) }
				>
					<Button
						__next40pxDefaultSize
						variant="primary"
						disabled={ flow.isBusy || detail.keywords.count === 0 }
						accessibleWhenDisabled
						onClick={ generateIdeas }
					>
						{ __( 'Generate ideas', 'igny8' ) }
					</Button>
					<Button
						__next40pxDefaultSize
						variant="secondary"
						onClick={ () => setRenaming( true ) }
					>
						{ __( 'Rename', 'igny8' ) }
					</Button>
					<Button
						__next40pxDefaultSize
						variant="secondary"
						onClick={ () =>
							setStatus(
								cluster.status === 'archived'
									? 'active'
									: 'archived'
							)
						}
					>
						{ cluster.status === 'archived'
							? __( 'Make active', 'igny8' )
							: __( 'Archive', 'igny8' ) }
					</Button>
					<Button
						__next40pxDefaultSize
						variant="secondary"
						isDestructive
						onClick={ () => del.request( [ cluster ] ) }
					>
						{ __( 'Delete', 'igny8' ) }
					</Button>
				</div>
				<ClusterSummary detail={ detail } linkerUrl={ linkerUrl } />
			</div>
			<ClusterTables
				clusterId={ cluster.id }
				empty={ {
					keywords: (
						<EmptyState
							title={ __(
								'No keywords in this cluster',
								'igny8'
							) }
						>
							{ __(
								'On the Keywords tab, select keywords and choose Auto cluster, or set their cluster there.',
								'igny8'
							) }
						</EmptyState>
					),
					ideas: (
						<EmptyState title={ __( 'No ideas yet', 'igny8' ) }>
							{ __(
								'Choose Generate ideas above: IGNY8 suggests articles for this cluster’s keywords.',
								'igny8'
							) }
						</EmptyState>
					),
					tasks: (
						<EmptyState
							title={ __( 'No writer tasks yet', 'igny8' ) }
						>
							{ __(
								'On the Ideas tab, select ideas of this cluster and choose Create tasks; the Writer then writes them.',
								'igny8'
							) }
						</EmptyState>
					),
				} }
			/>
			<ClusterPosts clusterId={ cluster.id } total={ detail.posts } />
			{ renaming && (
				<Modal
					title={ __( 'Rename cluster', 'igny8' ) }
					onRequestClose={ () => setRenaming( false ) }
				>
					<RenameModal
						name="clusters"
						item={ cluster }
						field="name"
						label={ __( 'Cluster name', 'igny8' ) }
						closeModal={ () => {
							setRenaming( false );
							refresh();
						} }
					/>
				</Modal>
			) }
			{ del.dialog }
		</div>
	);
}

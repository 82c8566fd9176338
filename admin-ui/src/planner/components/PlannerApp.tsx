/**
 * WordPress dependencies
 */
import { TabPanel } from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useJobFlow } from '../../shared/job-flow';
import { ScreenNoticeView, ScreenNotices } from '../../shared/screen-notices';
import type { Igny8Boot } from '../../shared/types';
import { ClusterDetail } from '../cluster-detail/ClusterDetail';
import { clusterFromSearch, searchWithCluster } from '../cluster-detail/url';
import { OpportunitiesTab } from '../opportunities/OpportunitiesTab';
import { searchWithTab, tabFromSearch } from '../tabs';
import type { PlannerState, PlannerTab } from '../types';
import { ClustersTab } from './ClustersTab';
import { IdeasTab } from './IdeasTab';
import { KeywordsTab } from './KeywordsTab';

/**
 * Tabs Keywords, Clusters, Ideas, Opportunities; one job flow for the screen, so a run keeps
 * its progress bar while the user looks at another tab.
 */
export function PlannerApp( { boot }: { boot: Igny8Boot< PlannerState > } ) {
	const state = boot.initialState;
	const flow = useJobFlow();
	const [ tab, setTab ] = useState< PlannerTab >( () =>
		tabFromSearch( window.location.search )
	);
	// TabPanel keeps its own selection: a switch asked for by a tab's content remounts it.
	const [ remount, setRemount ] = useState( 0 );
	const select = ( next: PlannerTab ) => {
		setTab( next );
		window.history.replaceState(
			null,
			'',
			searchWithTab( window.location.search, next )
		);
	};
	const open = ( next: PlannerTab ) => {
		select( next );
		setRemount( ( value ) => value + 1 );
	};
	// A cluster's page is part of the URL (&cluster=ID): linkable, and Back returns to the table.
	const [ cluster, setCluster ] = useState< number | null >( () =>
		clusterFromSearch( window.location.search )
	);
	useEffect( () => {
		const sync = () => {
			setCluster( clusterFromSearch( window.location.search ) );
			setTab( tabFromSearch( window.location.search ) );
			setRemount( ( value ) => value + 1 );
		};
		window.addEventListener( 'popstate', sync );
		return () => window.removeEventListener( 'popstate', sync );
	}, [] );
	const openCluster = useCallback( ( id: number | null ) => {
		window.history.pushState(
			null,
			'',
			searchWithCluster( window.location.search, id )
		);
		setCluster( id );
		if ( id === null ) {
			setTab( 'clusters' );
			setRemount( ( value ) => value + 1 );
		}
		window.scrollTo( 0, 0 );
	}, [] );
	const clusterHref = useCallback(
		( id: number | null ) =>
			searchWithCluster( window.location.search, id ),
		[]
	);

	return (
		<div className="igny8-screen igny8-planner">
			<ScreenNotices />
			{ ! state.connected && (
				<ScreenNoticeView
					notice={ {
						status: 'warning',
						message: __(
							'This site is not connected to the IGNY8 cloud: you can import and organise keywords, but Auto cluster and Generate ideas need the connection.',
							'igny8'
						),
						actions: state.settingsUrl
							? [
									{
										label: __(
											'Open IGNY8 Settings',
											'igny8'
										),
										url: state.settingsUrl,
									},
								]
							: [],
					} }
				/>
			) }
			{ /* The tables show a run's progress under their own buttons. */ }
			{ ( cluster !== null || tab === 'opportunities' ) && flow.ui }
			{ cluster !== null && (
				<ClusterDetail
					key={ cluster }
					clusterId={ cluster }
					flow={ flow }
					backHref={ clusterHref( null ) }
					onBack={ () => openCluster( null ) }
					linkerUrl={ state.linkerUrl ?? null }
				/>
			) }
			{ cluster === null && (
				<TabPanel
					key={ remount }
					className="igny8-planner__tabs"
					initialTabName={ tab }
					onSelect={ ( name ) => select( name as PlannerTab ) }
					tabs={ [
						{ name: 'keywords', title: __( 'Keywords', 'igny8' ) },
						{ name: 'clusters', title: __( 'Clusters', 'igny8' ) },
						{ name: 'ideas', title: __( 'Ideas', 'igny8' ) },
						{
							name: 'opportunities',
							title: __( 'Opportunities', 'igny8' ),
						},
					] }
				>
					{ ( current ) => {
						switch ( current.name as PlannerTab ) {
							case 'clusters':
								return (
									<ClustersTab
										flow={ flow }
										onOpenTab={ open }
										onOpenCluster={ openCluster }
										clusterHref={ clusterHref }
									/>
								);
							case 'ideas':
								return (
									<IdeasTab
										flow={ flow }
										writerUrl={ state.writerUrl }
										onOpenTab={ open }
									/>
								);
							case 'opportunities':
								return <OpportunitiesTab flow={ flow } />;
							default:
								return (
									<KeywordsTab
										flow={ flow }
										restRoot={ boot.rest.root }
										nonce={ boot.rest.nonce }
										settingsUrl={ state.settingsUrl }
									/>
								);
						}
					} }
				</TabPanel>
			) }
		</div>
	);
}

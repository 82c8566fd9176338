/**
 * The Linker screen: graph summary with rebuild, posts (orphans first), suggestions and applied links.
 *
 * WordPress dependencies
 */
import { Button, ProgressBar, TabPanel } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	ScreenNoticeView,
	ScreenNotices,
	useScreenNotices,
} from '../../shared/screen-notices';
import { store } from '../../shared/store';
import { getGraph, rebuildStep } from '../api';
import type { GraphSummary, LinkerState } from '../types';
import { AppliedList } from './AppliedList';
import { PostsTable } from './PostsTable';
import { SuggestionsModal } from './SuggestionsModal';

export function LinkerApp( { state }: { state: LinkerState } ) {
	const notices = useScreenNotices();
	const [ graph, setGraph ] = useState< GraphSummary | null >( null );
	const [ rebuilding, setRebuilding ] = useState< number | null >( null );
	const [ source, setSource ] = useState< {
		id: number;
		title: string;
	} | null >( null );
	const { invalidateCollection } = useDispatch( store );

	const refresh = useCallback( () => {
		getGraph()
			.then( setGraph )
			.catch( ( error ) =>
				notices.showError( error, {
					settingsUrl: state.settingsUrl ?? undefined,
				} )
			);
		invalidateCollection( 'linker_posts' );
		invalidateCollection( 'linker_applied' );
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [] );
	useEffect( refresh, [ refresh ] );

	const rebuild = async () => {
		setRebuilding( 0 );
		try {
			let cursor = 0;
			for (;;) {
				const step = await rebuildStep( cursor );
				setRebuilding( step.processed );
				cursor = step.cursor;
				if ( step.done ) {
					break;
				}
			}
			notices.snackbar( __( 'The link graph is up to date.', 'igny8' ) );
		} catch ( error ) {
			notices.showError( error );
		} finally {
			setRebuilding( null );
			refresh();
		}
	};

	return (
		<div className="igny8-linker">
			<ScreenNotices />
			<div className="igny8-cards" aria-live="polite">
				<div className="igny8-card">
					<strong>{ graph?.posts ?? '…' }</strong>
					{ __( 'Published posts', 'igny8' ) }
				</div>
				<div className="igny8-card">
					<strong>{ graph?.links ?? '…' }</strong>
					{ __( 'Internal links', 'igny8' ) }
				</div>
				<div className="igny8-card">
					<strong>{ graph?.orphans ?? '…' }</strong>
					{ __( 'Orphan posts', 'igny8' ) }
				</div>
				<div className="igny8-card">
					<strong>{ graph?.unlinked_clusters.length ?? '…' }</strong>
					{ __(
						'Clusters without links between their posts',
						'igny8'
					) }
				</div>
			</div>
			<div className="igny8-toolbar">
				<Button
					variant="secondary"
					onClick={ rebuild }
					isBusy={ rebuilding !== null }
					disabled={ rebuilding !== null }
				>
					{ __( 'Rebuild link graph', 'igny8' ) }
				</Button>
				{ rebuilding !== null && (
					<span role="status">
						{ sprintf(
							/* translators: %d: posts read so far */
							_n(
								'%d post read…',
								'%d posts read…',
								rebuilding,
								'igny8'
							),
							rebuilding
						) }
					</span>
				) }
				{ rebuilding !== null && graph && graph.posts > 0 && (
					<ProgressBar
						value={ Math.min(
							100,
							( 100 * rebuilding ) / graph.posts
						) }
					/>
				) }
			</div>
			{ graph && graph.unlinked_clusters.length > 0 && (
				<ScreenNoticeView
					notice={ {
						status: 'warning',
						message: sprintf(
							/* translators: %s: cluster names */
							__(
								'These clusters have no links between their posts: %s. Open a post of one and add the suggested links.',
								'igny8'
							),
							graph.unlinked_clusters
								.map( ( c ) => c.name || `#${ c.cluster_id }` )
								.join( ', ' )
						),
					} }
				/>
			) }
			<TabPanel
				tabs={ [
					{ name: 'orphans', title: __( 'Orphans', 'igny8' ) },
					{ name: 'posts', title: __( 'All posts', 'igny8' ) },
					{ name: 'applied', title: __( 'Applied links', 'igny8' ) },
				] }
			>
				{ ( tab ) =>
					'applied' === tab.name ? (
						<AppliedList onChange={ refresh } />
					) : (
						<PostsTable
							key={ tab.name }
							orphans={ 'orphans' === tab.name }
							onSuggest={ ( id, title ) =>
								setSource( { id, title } )
							}
						/>
					)
				}
			</TabPanel>
			{ source && (
				<SuggestionsModal
					postId={ source.id }
					title={ source.title }
					onClose={ () => setSource( null ) }
					onApplied={ refresh }
				/>
			) }
		</div>
	);
}

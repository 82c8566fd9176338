/**
 * External dependencies
 */
import { DataViews, type Field, type View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { Button, ExternalLink } from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorToNotice } from '../../shared/errors';
import { ScreenNoticeView } from '../../shared/screen-notices';
import type { ScreenNotice } from '../../shared/types';
import { fetchClusterPosts } from './api';
import type { ClusterPost, ClusterPostsPage } from './types';

const DEFAULT_VIEW: View = {
	type: 'table',
	page: 1,
	perPage: 10,
	fields: [ 'status', 'links_in', 'links_out' ],
	titleField: 'title',
	layout: {},
};

/**
 * The posts written for the cluster, a page at a time, with how many of the
 * cluster's other published posts each links to and is linked from.
 */
export function ClusterPosts( {
	clusterId,
	version,
}: {
	clusterId: number;
	/** Changes when the page should read again. */
	version: number;
} ) {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ page, setPage ] = useState< ClusterPostsPage | null >( null );
	const [ loading, setLoading ] = useState( true );
	const [ loadError, setLoadError ] = useState< ScreenNotice | null >( null );
	const current = view.page ?? 1;
	const perPage = view.perPage ?? 10;

	const load = useCallback( async () => {
		setLoading( true );
		setLoadError( null );
		try {
			setPage( await fetchClusterPosts( clusterId, current, perPage ) );
		} catch ( failure ) {
			setLoadError( {
				...errorToNotice( failure ),
				nextStep: __(
					'The posts of this cluster could not be loaded. Retry; the rest of the page is unaffected.',
					'igny8'
				),
			} );
		} finally {
			setLoading( false );
		}
	}, [ clusterId, current, perPage ] );
	useEffect( () => {
		load();
	}, [ load, version ] );

	const fields: Field< ClusterPost >[] = [
		{
			id: 'title',
			label: __( 'Post', 'igny8' ),
			enableHiding: false,
			enableSorting: false,
			render: ( { item } ) =>
				item.edit_url ? (
					<a href={ item.edit_url }>
						{ item.title || __( '(no title)', 'igny8' ) }
					</a>
				) : (
					<ExternalLink href={ item.view_url }>
						{ item.title || __( '(no title)', 'igny8' ) }
					</ExternalLink>
				),
		},
		{
			id: 'status',
			label: __( 'Status', 'igny8' ),
			enableSorting: false,
			render: ( { item } ) =>
				item.published ? __( 'Published', 'igny8' ) : item.status,
		},
		{
			id: 'links_in',
			label: __( 'Linked from the cluster', 'igny8' ),
			type: 'integer',
			enableSorting: false,
			render: ( { item } ) =>
				item.published ? String( item.links_in ) : '—',
		},
		{
			id: 'links_out',
			label: __( 'Links to the cluster', 'igny8' ),
			type: 'integer',
			enableSorting: false,
			render: ( { item } ) =>
				item.published ? String( item.links_out ) : '—',
		},
	];

	return (
		<section
			className="igny8-cluster-section"
			aria-labelledby="igny8-cluster-posts"
		>
			<h2 id="igny8-cluster-posts">{ __( 'Posts written', 'igny8' ) }</h2>
			{ loadError && <ScreenNoticeView notice={ loadError } /> }
			{ loadError && (
				<Button variant="secondary" onClick={ load }>
					{ __( 'Retry', 'igny8' ) }
				</Button>
			) }
			{ page && page.total === 0 && ! loadError && (
				<p className="igny8-help">
					{ __(
						'No post has been written for this cluster yet. Generate ideas, turn them into Writer tasks, then write them.',
						'igny8'
					) }
				</p>
			) }
			{ page && page.total > 0 && (
				<>
					<p className="igny8-help">
						{ sprintf(
							/* translators: %d: number of posts */
							__(
								'Link counts are between this cluster’s published posts (%d posts written in all).',
								'igny8'
							),
							page.total
						) }
					</p>
					<DataViews< ClusterPost >
						data={ page.items }
						fields={ fields }
						view={ view }
						onChangeView={ setView }
						isLoading={ loading }
						paginationInfo={ {
							totalItems: page.total,
							totalPages: page.totalPages,
						} }
						defaultLayouts={ { table: {} } }
						getItemId={ ( item ) => String( item.id ) }
						search={ false }
					/>
				</>
			) }
		</section>
	);
}

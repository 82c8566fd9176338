/**
 * External dependencies
 */
import type { Field } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { ExternalLink } from '@wordpress/components';
import { useMemo } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import { tableView, type QueryMapping } from '../../shared/dataviews-query';
import type { ClusterPost } from './types';

const DEFAULT_VIEW = tableView( {
	perPage: 10,
	fields: [ 'status', 'links_in', 'links_out' ],
	titleField: 'title',
} );

const FIELDS: Field< ClusterPost >[] = [
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

/**
 * The posts written for the cluster (the store's `cluster_posts`), a page at a
 * time, with how many of the cluster's other published posts each links to and
 * is linked from. Job runs invalidate the store, so new posts show without a reload.
 */
export function ClusterPosts( {
	clusterId,
	total,
}: {
	clusterId: number;
	/** Posts written for the cluster, from its figures. */
	total: number;
} ) {
	const mapping = useMemo< QueryMapping >(
		() => ( { fixed: { cluster_id: clusterId } } ),
		[ clusterId ]
	);
	return (
		<section
			className="igny8-cluster-section"
			aria-labelledby="igny8-cluster-posts"
		>
			<h2 id="igny8-cluster-posts">{ __( 'Posts written', 'igny8' ) }</h2>
			{ total > 0 && (
				<p className="igny8-help">
					{ sprintf(
						/* translators: %d: number of posts */
						_n(
							'Link counts are between this cluster’s published posts (%d post written in all).',
							'Link counts are between this cluster’s published posts (%d posts written in all).',
							total,
							'igny8'
						),
						total
					) }
				</p>
			) }
			<CollectionTable< ClusterPost >
				name="cluster_posts"
				fields={ FIELDS }
				mapping={ mapping }
				defaultView={ DEFAULT_VIEW }
				searchable={ false }
				empty={
					<p className="igny8-help">
						{ __(
							'No post has been written for this cluster yet. Generate ideas, turn them into Writer tasks, then write them.',
							'igny8'
						) }
					</p>
				}
			/>
		</section>
	);
}

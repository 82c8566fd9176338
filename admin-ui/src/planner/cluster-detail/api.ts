/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import type { ClusterDetailData, ClusterPost, ClusterPostsPage } from './types';

/** The cluster with its totals. */
export function fetchClusterDetail( id: number ): Promise< ClusterDetailData > {
	return apiFetch< ClusterDetailData >( {
		path: `/igny8/v1/planner/clusters/${ id }/detail`,
	} );
}

/** One page of the posts written for the cluster. */
export async function fetchClusterPosts(
	id: number,
	page: number,
	perPage: number
): Promise< ClusterPostsPage > {
	const response = await apiFetch< Response, false >( {
		path: addQueryArgs( `/igny8/v1/planner/clusters/${ id }/posts`, {
			page,
			per_page: perPage,
		} ),
		parse: false,
	} );
	return {
		items: ( await response.json() ) as ClusterPost[],
		total: Number( response.headers.get( 'X-WP-Total' ) ?? 0 ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 0 ),
	};
}

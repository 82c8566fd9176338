/**
 * Calls of the Optimizer screen (igny8/v1/optimizer/*).
 *
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import type { RevisionInfo, ScoredPost } from './types';

export async function getPosts( query: {
	scored: 'scored' | 'unscored';
	page: number;
} ) {
	const response = await apiFetch< Response, false >( {
		path: addQueryArgs( '/igny8/v1/optimizer/posts', {
			...query,
			per_page: 20,
			orderby: 'score',
			order: 'asc',
		} ),
		parse: false,
	} );
	return {
		items: ( await response.json() ) as ScoredPost[],
		total: Number( response.headers.get( 'X-WP-Total' ) ?? 0 ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 1 ),
	};
}

export const scorePosts = ( ids: number[] ) =>
	apiFetch< Array< { post_id: number; score: number } > >( {
		path: '/igny8/v1/optimizer/score',
		method: 'POST',
		data: { ids },
	} );

export const getRevisions = ( id: number ) =>
	apiFetch< RevisionInfo >( {
		path: `/igny8/v1/optimizer/posts/${ id }/revisions`,
	} );

export const restoreRevision = ( id: number, revisionId: number ) =>
	apiFetch( {
		path: `/igny8/v1/optimizer/posts/${ id }/restore`,
		method: 'POST',
		data: { revision_id: revisionId },
	} );

/**
 * Calls of the Linker screen (igny8/v1/linker/*).
 *
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import type {
	Applied,
	GraphPost,
	GraphSummary,
	PreviewLink,
	RebuildStep,
	Suggestion,
} from './types';

export const getGraph = () =>
	apiFetch< GraphSummary >( { path: '/igny8/v1/linker/graph' } );

export async function getPosts( query: {
	orphans: boolean;
	page: number;
	orderby: 'post_id' | 'in' | 'out';
	order: 'asc' | 'desc';
} ) {
	const response = await apiFetch< Response, false >( {
		path: addQueryArgs( '/igny8/v1/linker/posts', {
			...query,
			per_page: 20,
		} ),
		parse: false,
	} );
	return {
		items: ( await response.json() ) as GraphPost[],
		total: Number( response.headers.get( 'X-WP-Total' ) ?? 0 ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 1 ),
	};
}

export const getSuggestions = ( postId: number ) =>
	apiFetch< Suggestion[] >( {
		path: addQueryArgs( '/igny8/v1/linker/suggestions', {
			post_id: postId,
			limit: 10,
		} ),
	} );

type LinkInput = Array< { target_post_id: number; anchor: string } >;

export const preview = ( postId: number, links: LinkInput ) =>
	apiFetch< { links: PreviewLink[] } >( {
		path: '/igny8/v1/linker/preview',
		method: 'POST',
		data: { post_id: postId, links },
	} );

export const apply = ( postId: number, links: LinkInput ) =>
	apiFetch< { applied: number; revision_id: number } >( {
		path: '/igny8/v1/linker/apply',
		method: 'POST',
		data: { post_id: postId, links },
	} );

export const revert = ( postId: number ) =>
	apiFetch< { removed: number } >( {
		path: '/igny8/v1/linker/revert',
		method: 'POST',
		data: { post_id: postId },
	} );

export const getApplied = () =>
	apiFetch< Applied[] >( { path: '/igny8/v1/linker/applied' } );

export const rebuildStep = ( cursor: number ) =>
	apiFetch< RebuildStep >( {
		path: '/igny8/v1/linker/rebuild',
		method: 'POST',
		data: { cursor, batch: 500 },
	} );

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
	GraphSummary,
	PreviewLink,
	RebuildStep,
	Suggestion,
} from './types';

export const getGraph = () =>
	apiFetch< GraphSummary >( { path: '/igny8/v1/linker/graph' } );

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

export const rebuildStep = ( cursor: number ) =>
	apiFetch< RebuildStep >( {
		path: '/igny8/v1/linker/rebuild',
		method: 'POST',
		data: { cursor, batch: 500 },
	} );

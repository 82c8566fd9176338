/**
 * Calls of the Optimizer screen (igny8/v1/optimizer/*).
 *
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { AppliedMeta, RevisionInfo } from './types';

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

export const applyMeta = ( id: number ) =>
	apiFetch< AppliedMeta >( {
		path: `/igny8/v1/optimizer/posts/${ id }/apply-meta`,
		method: 'POST',
	} );

/**
 * Undoes one provenance entry of a post (the editor's undo route). The Optimizer's
 * Undo names the one meta change it takes back, right after the editor applied
 * it here, so it is its own confirmation on a published post too.
 */
export const undoChange = ( postId: number, entryId: string ) =>
	apiFetch( {
		path: '/igny8/v1/editor/provenance/undo',
		method: 'POST',
		data: { post_id: postId, id: entryId, confirm: true },
	} );

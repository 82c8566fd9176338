/**
 * The post's IGNY8 context, asked for once per post and shared by every panel. It is small and
 * in the editor's entry: the post editor's page usually carries the answer (PHP's
 * Context_Preload prints it before this script), else the sidebar asks when it opens, beside
 * its lazy chunk. Either way the panels render with the context on their first pass.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { PostContext } from './types';

/** What PHP prints for the post being edited (Context_Preload::GLOBAL_NAME). */
export interface PreloadedContext {
	postId: number;
	context: PostContext;
}

/** The request path; PHP's Context_Preload answers exactly this path. */
export function contextPath( postId: number ): string {
	return `/igny8/v1/editor/context?post_id=${ postId }`;
}

/** The post's task, cluster, keywords, idea and credits. */
export function fetchContext( postId: number ): Promise< PostContext > {
	return apiFetch< PostContext >( { path: contextPath( postId ) } );
}

export interface ContextRequests {
	/** The post's context: the request in flight or answered, else a new one. */
	load: ( postId: number ) => Promise< PostContext >;
	/** The answer when it has arrived (a panel mounting later starts with it). */
	settled: ( postId: number ) => PostContext | undefined;
}

/**
 * One request per post through `fetcher`, none for the preloaded post; a failed request is
 * forgotten, so the next panel asks again.
 */
export function createContextRequests(
	fetcher: ( postId: number ) => Promise< PostContext >,
	preloaded?: unknown
): ContextRequests {
	const requests = new Map< number, Promise< PostContext > >();
	const answers = new Map< number, PostContext >();
	if ( isPreloaded( preloaded ) ) {
		answers.set( preloaded.postId, preloaded.context );
		requests.set( preloaded.postId, Promise.resolve( preloaded.context ) );
	}
	return {
		load( postId ) {
			let request = requests.get( postId );
			if ( ! request ) {
				request = fetcher( postId );
				requests.set( postId, request );
				request.then(
					( context ) => answers.set( postId, context ),
					() => requests.delete( postId )
				);
			}
			return request;
		},
		settled: ( postId ) => answers.get( postId ),
	};
}

/** A global left by another script is ignored, not trusted. */
function isPreloaded( value: unknown ): value is PreloadedContext {
	if ( ! value || typeof value !== 'object' ) {
		return false;
	}
	const { postId, context } = value as Record< string, unknown >;
	return (
		typeof postId === 'number' &&
		postId > 0 &&
		!! context &&
		typeof context === 'object' &&
		( context as { post_id?: unknown } ).post_id === postId
	);
}

/** The editor's shared requests, starting with the context PHP printed. */
export const contextRequests = createContextRequests(
	fetchContext,
	( globalThis as { igny8EditorContext?: unknown } ).igny8EditorContext
);

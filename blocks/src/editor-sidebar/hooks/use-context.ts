/**
 * The post's IGNY8 context, fetched once per post; credits follow each charged action.
 */

/**
 * WordPress dependencies
 */
import { useCallback, useEffect, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { fetchBalance } from '../lib/api';
import { contextRequests } from '../lib/context-request';
import { firstScore } from '../lib/first-score';
import type { PostContext } from '../lib/types';

/** The fresh balance per post, asked for once the first score is shown (the context has one). */
const balances = new Map< number, Promise< number | null > >();

function loadBalance( postId: number ): Promise< number | null > {
	let request = balances.get( postId );
	if ( ! request ) {
		request = firstScore
			.after()
			.then( fetchBalance )
			.catch( () => null );
		balances.set( postId, request );
	}
	return request;
}

/**
 * {context, error, setCredits} for the post. One request per post for every panel that shows
 * it (the document panel, the sidebar, the pre-publish panel); a panel mounting after the answer
 * (usually preloaded with the editor) renders with it on its first pass.
 */
export function usePostContext( postId: number ) {
	const [ context, setContext ] = useState< PostContext | null >(
		() => contextRequests.settled( postId ) ?? null
	);
	const [ error, setError ] = useState< string | null >( null );
	useEffect( () => {
		if ( ! postId ) {
			return;
		}
		let live = true;
		contextRequests
			.load( postId )
			.then( ( value ) => {
				if ( ! live ) {
					return;
				}
				// Same object as the first pass read: React skips the render.
				setContext( ( current ) =>
					current?.post_id === value.post_id ? current : value
				);
				if ( value.connected ) {
					void loadBalance( postId ).then(
						( credits ) =>
							live &&
							credits !== null &&
							setContext( ( current ) =>
								current ? { ...current, credits } : current
							)
					);
				}
			} )
			.catch(
				( failure: { message?: string } ) =>
					live && setError( failure.message ?? String( failure ) )
			);
		return () => {
			live = false;
		};
	}, [ postId ] );
	const setCredits = useCallback(
		( credits: number ) => {
			setContext( ( current ) =>
				current ? { ...current, credits } : current
			);
			// Panels opened later show the new balance too.
			balances.set( postId, Promise.resolve( credits ) );
		},
		[ postId ]
	);
	return { context, error, setCredits };
}

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
import { fetchBalance, fetchContext } from '../lib/api';
import type { PostContext } from '../lib/types';

/**
 * One request per post for every panel that shows it (the document panel, the sidebar, the
 * pre-publish panel): opening the sidebar after the document panel asks the site nothing new.
 */
const requests = new Map< number, Promise< PostContext > >();

function loadContext( postId: number ): Promise< PostContext > {
	let request = requests.get( postId );
	if ( ! request ) {
		request = fetchContext( postId ).then( async ( value ) => {
			const credits = value.connected
				? await fetchBalance().catch( () => null )
				: null;
			return credits === null ? value : { ...value, credits };
		} );
		// A failed request is not kept: the next panel to open asks again.
		request.catch( () => requests.delete( postId ) );
		requests.set( postId, request );
	}
	return request;
}

/** {context, error, setCredits} for the post. */
export function usePostContext( postId: number ) {
	const [ context, setContext ] = useState< PostContext | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	useEffect( () => {
		if ( ! postId ) {
			return;
		}
		let live = true;
		loadContext( postId )
			.then( ( value ) => {
				if ( live ) {
					setContext( value );
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
			const cached = requests.get( postId );
			if ( cached ) {
				requests.set(
					postId,
					cached.then( ( value ) => ( { ...value, credits } ) )
				);
			}
		},
		[ postId ]
	);
	return { context, error, setCredits };
}

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

/** {context, error, setCredits} for the post. */
export function usePostContext( postId: number ) {
	const [ context, setContext ] = useState< PostContext | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	useEffect( () => {
		if ( ! postId ) {
			return;
		}
		let live = true;
		fetchContext( postId )
			.then( async ( value ) => {
				const credits = value.connected
					? await fetchBalance().catch( () => null )
					: null;
				if ( live ) {
					setContext(
						credits === null ? value : { ...value, credits }
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
		( credits: number ) =>
			setContext( ( current ) =>
				current ? { ...current, credits } : current
			),
		[]
	);
	return { context, error, setCredits };
}

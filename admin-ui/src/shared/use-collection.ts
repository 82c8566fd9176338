/**
 * WordPress dependencies
 */
import { useSelect } from '@wordpress/data';
import { useRef } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { store } from './store';
import type { CollectionName, Item, Query } from './store/types';

export interface CollectionResult< T extends Item > {
	/** The page's items; while the next page loads, the previous page stays (no flash of empty). */
	items: T[];
	total: number;
	totalPages: number;
	isLoading: boolean;
	/** The REST error of the last read, or null. */
	error: unknown;
}

/**
 * One page of a collection from the igny8/core store, read through its
 * resolver (server-side pagination: only this page is ever fetched).
 */
export function useCollection< T extends Item = Item >(
	name: CollectionName,
	query: Query = {}
): CollectionResult< T > {
	const last = useRef< { items: T[]; total: number; totalPages: number } >( {
		items: [],
		total: 0,
		totalPages: 0,
	} );
	const key = JSON.stringify( query );
	const result = useSelect(
		( select ) => {
			const core = select( store );
			const items = core.getItems( name, query ) as T[] | null;
			return {
				items,
				total: core.getTotal( name, query ),
				totalPages: core.getTotalPages( name, query ),
				error: core.getQueryError( name, query ),
				isResolving:
					items === null ||
					// isResolving is a metadata selector every store has.
					(
						core as unknown as {
							isResolving: ( s: string, a: unknown[] ) => boolean;
						}
					 ).isResolving( 'getItems', [ name, query ] ),
			};
		},
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[ name, key ]
	);

	if ( result.items !== null ) {
		last.current = {
			items: result.items,
			total: result.total ?? result.items.length,
			totalPages: result.totalPages ?? 1,
		};
	}
	const error = result.error ?? null;
	return {
		...last.current,
		isLoading: result.isResolving && ! error,
		error,
	};
}

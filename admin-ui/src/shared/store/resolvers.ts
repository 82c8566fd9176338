/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { receiveQuery, receiveQueryError } from './actions';
import { COLLECTIONS } from './constants';
import { itemsOf, listPath } from './list-path';
import { queryKey } from './query-key';
import type { Action } from './reducer';
import type { CollectionName, Item, Query } from './types';

type Dispatch = ( action: Action ) => void;

/**
 * Reads one page of a collection with its X-WP-Total headers. A failure is
 * stored (getQueryError) instead of thrown, so the table can show it.
 */
export const getItems =
	( name: CollectionName, query: Query = {} ) =>
	async ( { dispatch }: { dispatch: Dispatch } ) => {
		const key = queryKey( query );
		const { path } = COLLECTIONS[ name ];
		try {
			const response = await apiFetch< Response, false >( {
				path: listPath( path, query ),
				parse: false,
			} );
			const items = itemsOf( ( await response.json() ) as Item[], name );
			const total = Number(
				response.headers.get( 'X-WP-Total' ) ?? items.length
			);
			const totalPages = Number(
				response.headers.get( 'X-WP-TotalPages' ) ?? 1
			);
			dispatch( receiveQuery( name, key, items, total, totalPages ) );
		} catch ( error ) {
			dispatch(
				receiveQueryError( name, key, await readError( error ) )
			);
		}
	};

/** Totals come with the page. */
export const getTotal =
	( name: CollectionName, query: Query = {} ) =>
	async ( {
		resolveSelect,
	}: {
		resolveSelect: {
			getItems: ( n: CollectionName, q: Query ) => Promise< unknown >;
		};
	} ) => {
		await resolveSelect.getItems( name, query );
	};

export const getTotalPages = getTotal;

/** With parse:false apiFetch rejects with the raw Response on HTTP errors. */
async function readError( error: unknown ): Promise< unknown > {
	if ( typeof Response !== 'undefined' && error instanceof Response ) {
		try {
			return await error.json();
		} catch {
			return {
				code: 'invalid_json',
				message: error.statusText,
				data: { status: error.status },
			};
		}
	}
	return error;
}

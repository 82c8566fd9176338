/**
 * Internal dependencies
 */
import { queryKey } from './query-key';
import type {
	CollectionName,
	Item,
	ItemId,
	Query,
	QueryResult,
	State,
} from './types';

/** The raw state of one collection (used by the actions). */
export const getCollectionState = ( state: State, name: CollectionName ) =>
	state[ name ];

/** Built pages by their query result, remembered while the items did not change. */
const pages = new WeakMap<
	QueryResult,
	{ items: State[ CollectionName ][ 'items' ]; page: Item[] }
>();

/**
 * One page of a collection, or null until it has been read. The same array is
 * returned while nothing changed (stable for React), even for an equal query
 * object built anew on every render.
 */
export function getItems(
	state: State,
	name: CollectionName,
	query: Query = {}
): Item[] | null {
	const result = state[ name ].queries[ queryKey( query ) ];
	if ( ! result ) {
		return null;
	}
	const items = state[ name ].items;
	const cached = pages.get( result );
	if ( cached && cached.items === items ) {
		return cached.page;
	}
	const page = result.ids
		.map( ( id ) => items[ id ] )
		.filter( ( item ): item is Item => !! item );
	pages.set( result, { items, page } );
	return page;
}

/** X-WP-Total of the query, or null until read. */
export const getTotal = (
	state: State,
	name: CollectionName,
	query: Query = {}
): number | null => state[ name ].queries[ queryKey( query ) ]?.total ?? null;

/** X-WP-TotalPages of the query, or null until read. */
export const getTotalPages = (
	state: State,
	name: CollectionName,
	query: Query = {}
): number | null =>
	state[ name ].queries[ queryKey( query ) ]?.totalPages ?? null;

/** Why the query could not be read (the REST error), or null. */
export const getQueryError = (
	state: State,
	name: CollectionName,
	query: Query = {}
): unknown => state[ name ].errors[ queryKey( query ) ] ?? null;

/** One item already read by some query. */
export const getItem = (
	state: State,
	name: CollectionName,
	id: ItemId
): Item | null => state[ name ].items[ id ] ?? null;

/** Changes when the collection was invalidated. */
export const getVersion = ( state: State, name: CollectionName ): number =>
	state[ name ].version;

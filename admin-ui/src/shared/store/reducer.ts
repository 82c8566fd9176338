/**
 * Internal dependencies
 */
import { COLLECTION_NAMES } from './constants';
import type {
	CollectionName,
	CollectionState,
	Item,
	ItemId,
	QueryResult,
	State,
} from './types';

/** Where removed items sat in each cached page, so a rollback puts them back. */
export interface Placement {
	item: Item;
	/** Query key → index in that page's ids. */
	positions: Record< string, number >;
}

export type Action =
	| {
			type: 'RECEIVE_QUERY';
			name: CollectionName;
			key: string;
			items: Item[];
			total: number;
			totalPages: number;
	  }
	| {
			type: 'RECEIVE_QUERY_ERROR';
			name: CollectionName;
			key: string;
			error: unknown;
	  }
	| { type: 'RECEIVE_ITEMS'; name: CollectionName; items: Item[] }
	| { type: 'REMOVE_ITEMS'; name: CollectionName; ids: ItemId[] }
	| { type: 'RESTORE_ITEMS'; name: CollectionName; placements: Placement[] }
	| { type: 'INVALIDATE'; name: CollectionName };

export const emptyCollection = (): CollectionState => ( {
	items: {},
	queries: {},
	errors: {},
	version: 0,
} );

export const initialState = (): State =>
	Object.fromEntries(
		COLLECTION_NAMES.map( ( name ) => [ name, emptyCollection() ] )
	) as State;

function withItems(
	items: CollectionState[ 'items' ],
	received: Item[]
): CollectionState[ 'items' ] {
	const next = { ...items };
	for ( const item of received ) {
		next[ item.id ] = { ...( next[ item.id ] ?? {} ), ...item };
	}
	return next;
}

function collection( state: CollectionState, action: Action ): CollectionState {
	switch ( action.type ) {
		case 'RECEIVE_QUERY': {
			const errors = { ...state.errors };
			delete errors[ action.key ];
			const result: QueryResult = {
				ids: action.items.map( ( item ) => item.id ),
				total: action.total,
				totalPages: action.totalPages,
			};
			return {
				...state,
				items: withItems( state.items, action.items ),
				queries: { ...state.queries, [ action.key ]: result },
				errors,
			};
		}
		case 'RECEIVE_QUERY_ERROR':
			return {
				...state,
				errors: { ...state.errors, [ action.key ]: action.error },
			};
		case 'RECEIVE_ITEMS':
			return { ...state, items: withItems( state.items, action.items ) };
		case 'REMOVE_ITEMS': {
			const gone = new Set( action.ids );
			const items = { ...state.items };
			action.ids.forEach( ( id ) => delete items[ id ] );
			const queries: Record< string, QueryResult > = {};
			for ( const [ key, result ] of Object.entries( state.queries ) ) {
				const ids = result.ids.filter( ( id ) => ! gone.has( id ) );
				const removed = result.ids.length - ids.length;
				queries[ key ] = removed
					? {
							...result,
							ids,
							total: Math.max( 0, result.total - removed ),
						}
					: result;
			}
			return { ...state, items, queries };
		}
		case 'RESTORE_ITEMS': {
			const queries = { ...state.queries };
			// Lowest index first, so each insertion lands where it was.
			const byKey: Record< string, Array< [ number, ItemId ] > > = {};
			for ( const { item, positions } of action.placements ) {
				for ( const [ key, index ] of Object.entries( positions ) ) {
					( byKey[ key ] ??= [] ).push( [ index, item.id ] );
				}
			}
			for ( const [ key, entries ] of Object.entries( byKey ) ) {
				const result = queries[ key ];
				if ( ! result ) {
					continue;
				}
				const ids = [ ...result.ids ];
				entries
					.sort( ( a, b ) => a[ 0 ] - b[ 0 ] )
					.forEach( ( [ index, id ] ) => {
						if ( ! ids.includes( id ) ) {
							ids.splice( Math.min( index, ids.length ), 0, id );
						}
					} );
				queries[ key ] = {
					...result,
					ids,
					total: result.total + ( ids.length - result.ids.length ),
				};
			}
			return {
				...state,
				items: withItems(
					state.items,
					action.placements.map( ( placement ) => placement.item )
				),
				queries,
			};
		}
		case 'INVALIDATE':
			return {
				...state,
				queries: {},
				errors: {},
				version: state.version + 1,
			};
	}
	return state;
}

/**
 * Where each id sits in every cached page (taken before an optimistic removal).
 */
export function placementsOf(
	state: CollectionState,
	ids: ItemId[]
): Placement[] {
	return ids
		.filter( ( id ) => !! state.items[ id ] )
		.map( ( id ): Placement => {
			const positions: Record< string, number > = {};
			for ( const [ key, result ] of Object.entries( state.queries ) ) {
				const index = result.ids.indexOf( id );
				if ( index >= 0 ) {
					positions[ key ] = index;
				}
			}
			return { item: state.items[ id ] as Item, positions };
		} );
}

export default function reducer(
	state: State = initialState(),
	action: Action
): State {
	if ( ! action || ! ( 'name' in action ) || ! state[ action.name ] ) {
		return state;
	}
	const next = collection( state[ action.name ], action );
	return next === state[ action.name ]
		? state
		: { ...state, [ action.name ]: next };
}

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { COLLECTIONS } from './constants';
import type { PreloadedPage } from './preload';
import { queryKey } from './query-key';
import { placementsOf, type Action, type Placement } from './reducer';
import type { CollectionName, Item, ItemId, State } from './types';

/** What a thunk receives from @wordpress/data (only the parts used here). */
interface ThunkArgs {
	dispatch: ( ( action: Action ) => void ) & {
		invalidateResolutionForStoreSelector: ( selector: string ) => void;
		finishResolution: ( selector: string, args: unknown[] ) => void;
	};
	select: {
		getCollectionState: ( name: CollectionName ) => State[ CollectionName ];
	};
}

/** Fields a create route does not accept (server-set or computed). */
const SERVER_FIELDS = [
	'id',
	'created_at',
	'updated_at',
	'keywords_count',
	'volume',
	'source',
	'slug',
	'task_id',
	'job_id',
];

export const receiveQuery = (
	name: CollectionName,
	key: string,
	items: Item[],
	total: number,
	totalPages: number
): Action => ( { type: 'RECEIVE_QUERY', name, key, items, total, totalPages } );

export const receiveQueryError = (
	name: CollectionName,
	key: string,
	error: unknown
): Action => ( {
	type: 'RECEIVE_QUERY_ERROR',
	name,
	key,
	error,
} );

export const receiveItems = (
	name: CollectionName,
	items: Item[]
): Action => ( {
	type: 'RECEIVE_ITEMS',
	name,
	items,
} );

/**
 * Stores pages PHP preloaded (see takePreloadedPages()) as if their resolvers had read them, so a
 * table asking for one mounts with its rows instead of a loading state. Their resolution is marked
 * done: nothing reads them again until the collection is invalidated.
 */
export const receivePreloadedPages =
	( pages: PreloadedPage[] ) =>
	( { dispatch }: ThunkArgs ) => {
		for ( const { name, query, items, total, totalPages } of pages ) {
			dispatch(
				receiveQuery(
					name,
					queryKey( query ),
					items,
					total,
					totalPages
				)
			);
			for ( const selector of [
				'getItems',
				'getTotal',
				'getTotalPages',
			] ) {
				dispatch.finishResolution( selector, [ name, query ] );
			}
		}
	};

/**
 * Drops every cached page of a collection (or of all) so open tables read again,
 * e.g. after a job created clusters or an import added keywords.
 */
export const invalidateCollection =
	( name?: CollectionName ) =>
	( { dispatch }: ThunkArgs ) => {
		const names = name
			? [ name ]
			: ( Object.keys( COLLECTIONS ) as CollectionName[] );
		names.forEach( ( one ) =>
			dispatch( { type: 'INVALIDATE', name: one } )
		);
		dispatch.invalidateResolutionForStoreSelector( 'getItems' );
		dispatch.invalidateResolutionForStoreSelector( 'getTotal' );
		dispatch.invalidateResolutionForStoreSelector( 'getTotalPages' );
	};

/**
 * Saves changes to one item optimistically: the table shows them at once and
 * goes back to the previous values when the server refuses (the error is rethrown
 * for the caller's notice).
 */
export const saveItem =
	( name: CollectionName, id: ItemId, changes: Record< string, unknown > ) =>
	async ( { dispatch, select }: ThunkArgs ): Promise< Item > => {
		const previous = select.getCollectionState( name ).items[ id ];
		if ( previous ) {
			dispatch(
				receiveItems( name, [ { ...previous, ...changes, id } ] )
			);
		}
		try {
			const saved = await apiFetch< Item >( {
				path: itemPath( name, id ),
				method: 'PATCH',
				data: changes,
			} );
			dispatch( receiveItems( name, [ saved ] ) );
			return saved;
		} catch ( error ) {
			if ( previous ) {
				dispatch( receiveItems( name, [ previous ] ) );
			}
			throw error;
		}
	};

/** A row a bulk update left alone because it was deleted or changed since the table read it. */
export interface SkippedRow {
	id: number;
	reason: 'deleted' | 'changed';
	/** Its label as it is now (null once deleted): the keyword's text. */
	keyword?: string | null;
}

/** What a bulk update did. */
export interface BulkResult {
	updated: number;
	skipped: SkippedRow[];
}

/**
 * Sets the same fields on several items optimistically (keywords: one bulk_update
 * request that skips, and names, the rows deleted or changed since they were read;
 * other collections: one PATCH each). Rolled back and rethrown on error.
 */
export const bulkUpdate =
	(
		name: CollectionName,
		ids: ItemId[],
		fields: Record< string, unknown >
	) =>
	async ( { dispatch, select }: ThunkArgs ): Promise< BulkResult > => {
		const items = select.getCollectionState( name ).items;
		const previous = ids
			.map( ( id ) => items[ id ] )
			.filter( ( item ): item is Item => !! item );
		dispatch(
			receiveItems(
				name,
				previous.map( ( item ) => ( { ...item, ...fields } ) )
			)
		);
		const path = COLLECTIONS[ name ].path;
		let result: BulkResult = { updated: ids.length, skipped: [] };
		try {
			if ( name === 'keywords' ) {
				result = await apiFetch< BulkResult >( {
					path: `${ path }/bulk_update`,
					method: 'POST',
					data: { ids, fields, versions: versionsOf( previous ) },
				} );
			} else {
				for ( const id of ids ) {
					await apiFetch( {
						path: itemPath( name, id ),
						method: 'PATCH',
						data: fields,
					} );
				}
			}
		} catch ( error ) {
			dispatch( receiveItems( name, previous ) );
			throw error;
		}
		// Filters may no longer match, and skipped rows show what they hold now: read the pages again.
		dispatch( invalidateCollection( name ) as never );
		return result;
	};

/** Each item's updated_at as read, by id (the server skips rows changed since). */
function versionsOf( items: Item[] ): Record< string, string > {
	return Object.fromEntries(
		items
			.filter( ( item ) => typeof item.updated_at === 'string' )
			.map( ( item ) => [ String( item.id ), item.updated_at as string ] )
	);
}

/** What a delete removed, and the tokens that undo it. */
export interface Deletion {
	items: Item[];
	/** One per delete request (the server keeps the exact rows a day under each). */
	tokens: string[];
}

/** What an Undo put back: rows whose unique name was taken again meanwhile are skipped. */
export interface Restoration {
	restored: number;
	skipped: Array< { id: ItemId; label: string } >;
	/** Tokens already used or older than a day. */
	expired: number;
}

/**
 * Deletes items optimistically: they leave the table at once and come back in
 * place when the server refuses. Resolves with the deleted items and the undo tokens.
 */
export const deleteItems =
	( name: CollectionName, ids: ItemId[] ) =>
	async ( { dispatch, select }: ThunkArgs ): Promise< Deletion > => {
		const placements: Placement[] = placementsOf(
			select.getCollectionState( name ),
			ids
		);
		dispatch( { type: 'REMOVE_ITEMS', name, ids } );
		const path = COLLECTIONS[ name ].path;
		const tokens: string[] = [];
		const keep = ( response: { undo_token?: string | null } ) => {
			if ( response.undo_token ) {
				tokens.push( response.undo_token );
			}
		};
		try {
			if ( name === 'keywords' && ids.length > 1 ) {
				keep(
					await apiFetch( {
						path: `${ path }/bulk_delete`,
						method: 'POST',
						data: { ids },
					} )
				);
			} else {
				for ( const id of ids ) {
					keep(
						await apiFetch( {
							path: itemPath( name, id ),
							method: 'DELETE',
						} )
					);
				}
			}
		} catch ( error ) {
			dispatch( { type: 'RESTORE_ITEMS', name, placements } );
			// Some may be gone already: read the truth again.
			dispatch( invalidateCollection( name ) as never );
			throw error;
		}
		dispatch( invalidateCollection( name ) as never );
		return {
			items: placements.map( ( placement ) => placement.item ),
			tokens,
		};
	};

/**
 * Creates one item; the collection's pages are read again.
 */
export const createItem =
	( name: CollectionName, data: Record< string, unknown > ) =>
	async ( { dispatch }: ThunkArgs ): Promise< Item > => {
		const created = await apiFetch< Item >( {
			path: COLLECTIONS[ name ].path,
			method: 'POST',
			data: writableFields( data ),
		} );
		dispatch( receiveItems( name, [ created ] ) );
		dispatch( invalidateCollection( name ) as never );
		return created;
	};

/**
 * Undo of a delete: the server puts the exact rows back under their original ids
 * (and relinks, e.g., a cluster's keywords). Every collection is read again, since
 * a restored row may be shown by another table too.
 */
export const restoreItems =
	( name: CollectionName, deletion: Deletion ) =>
	async ( { dispatch }: ThunkArgs ): Promise< Restoration > => {
		try {
			return await apiFetch< Restoration >( {
				path: `${ COLLECTIONS[ name ].path }/restore`,
				method: 'POST',
				data: { tokens: deletion.tokens },
			} );
		} finally {
			dispatch( invalidateCollection() as never );
		}
	};

/** The route of one item (string ids such as `ap_x1` are path-encoded). */
function itemPath( name: CollectionName, id: ItemId ): string {
	return `${ COLLECTIONS[ name ].path }/${ encodeURIComponent( String( id ) ) }`;
}

/** The item without server-set fields and without nulls (create routes default them). */
export function writableFields(
	item: Record< string, unknown >
): Record< string, unknown > {
	return Object.fromEntries(
		Object.entries( item ).filter(
			( [ key, value ] ) =>
				! SERVER_FIELDS.includes( key ) &&
				value !== null &&
				value !== undefined
		)
	);
}

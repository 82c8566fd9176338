/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { COLLECTIONS } from './constants';
import { queryArgs } from './query-key';
import type { CollectionName, Item, ItemId, Query } from './types';

/**
 * The request path of a list query: each `{arg}` segment of the collection's path is
 * filled from the query (path-encoded, and not sent again as a query arg), the rest of
 * the query becomes the query string. Throws a WP_Error-shaped object when the query
 * lacks a segment's value, so the table shows why instead of requesting a broken route.
 */
export function listPath( path: string, query: Query = {} ): string {
	const args: Query = { ...query };
	const filled = path.replace( /\{([a-z_]+)\}/g, ( _match, arg: string ) => {
		const value = args[ arg ];
		delete args[ arg ];
		if ( value === undefined || value === null || value === '' ) {
			throw {
				code: 'igny8_missing_query_arg',
				message: sprintf(
					/* translators: %s: name of a REST query argument, e.g. cluster_id */
					__( 'This list cannot be read without “%s”.', 'igny8' ),
					arg
				),
			};
		}
		return encodeURIComponent( String( value ) );
	} );
	return addQueryArgs( filled, queryArgs( args ) );
}

/**
 * An item's id from the field a route names it by: numbers (and strings of digits)
 * become numbers, so ids from a path, a selection or a response compare equal; any
 * other string (`ap_x1`, a ledger entry's id) stays as it is.
 */
export function toId( value: unknown ): ItemId {
	if ( typeof value === 'number' ) {
		return value;
	}
	const text = String( value ?? '' );
	return /^[1-9]\d{0,15}$/.test( text ) ? Number( text ) : text;
}

/**
 * A list response's items with their `id`: routes that name it otherwise (idField) get it copied,
 * as one id from any source must compare equal (see toId()).
 */
export function itemsOf( read: Item[], name: CollectionName ): Item[] {
	const { idField } = COLLECTIONS[ name ];
	return idField
		? read.map( ( item ) => ( { ...item, id: toId( item[ idField ] ) } ) )
		: read;
}

/**
 * Internal dependencies
 */
import type { Query } from './types';

/**
 * A stable key for a list query: keys sorted, empty values dropped, so
 * `{ page: 1, search: '' }` and `{ search: undefined, page: 1 }` share a cache entry.
 */
export function queryKey( query: Query = {} ): string {
	return Object.keys( query )
		.filter( ( key ) => {
			const value = query[ key ];
			return value !== undefined && value !== null && value !== '';
		} )
		.sort()
		.map( ( key ) => `${ key }=${ String( query[ key ] ) }` )
		.join( '&' );
}

/**
 * The query as REST args (empty values dropped), for addQueryArgs().
 */
export function queryArgs(
	query: Query = {}
): Record< string, string | number | boolean > {
	const args: Record< string, string | number | boolean > = {};
	for ( const [ key, value ] of Object.entries( query ) ) {
		if ( value !== undefined && value !== null && value !== '' ) {
			args[ key ] = value;
		}
	}
	return args;
}

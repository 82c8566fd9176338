/**
 * WordPress dependencies
 */
import { getQueryArgs, normalizePath } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { COLLECTIONS, COLLECTION_NAMES } from './constants';
import { itemsOf, listPath } from './list-path';
import type { CollectionName, Item, Query } from './types';

/** One page of a collection as PHP preloaded it (rest_preload_api_request), ready for the store. */
export interface PreloadedPage {
	name: CollectionName;
	/** The query the path asked for, as the tables build it (numbers as numbers). */
	query: Query;
	items: Item[];
	total: number;
	totalPages: number;
}

/** A preloaded response: the body and headers WordPress put in the page. */
interface PreloadedResponse {
	body?: unknown;
	headers?: Record< string, unknown >;
}

/**
 * The list pages among the preloaded responses, taken out of `preload` so apiFetch's preloading
 * middleware (created from what is left) never serves them: the store holds each page once, and
 * any later read of the same query (a refresh after an action, paging back) asks the server.
 * Other responses (a cluster's detail, paths with `{arg}` segments) stay for the middleware.
 */
export function takePreloadedPages(
	preload: Record< string, unknown > | undefined
): PreloadedPage[] {
	const pages: PreloadedPage[] = [];
	for ( const [ path, response ] of Object.entries( preload ?? {} ) ) {
		const page = pageOf( path, response as PreloadedResponse );
		if ( page && preload ) {
			pages.push( page );
			delete preload[ path ];
		}
	}
	return pages;
}

/** The page a preloaded path holds, or null when it is no plain list route of a collection. */
function pageOf(
	path: string,
	response: PreloadedResponse | undefined
): PreloadedPage | null {
	const [ route = '' ] = path.split( '?' );
	const name = COLLECTION_NAMES.find(
		( one ) => COLLECTIONS[ one ].path === route
	);
	if ( ! name || ! Array.isArray( response?.body ) ) {
		return null;
	}
	const query = queryOf( path );
	// The store keys the page by the query the table asks with: take it only when that query
	// reads back as this very path, else leave it to the middleware.
	if ( normalizePath( listPath( route, query ) ) !== normalizePath( path ) ) {
		return null;
	}
	const items = itemsOf( response.body as Item[], name );
	const headers = response.headers ?? {};
	return {
		name,
		query,
		items,
		total: Number( headers[ 'X-WP-Total' ] ?? items.length ),
		totalPages: Number( headers[ 'X-WP-TotalPages' ] ?? 1 ),
	};
}

/** The path's query args, integers as numbers (viewToQuery's page, per_page and ids are numbers). */
function queryOf( path: string ): Query {
	const query: Query = {};
	for ( const [ key, value ] of Object.entries( getQueryArgs( path ) ) ) {
		if ( typeof value !== 'string' ) {
			continue;
		}
		query[ key ] = /^(0|[1-9]\d{0,15})$/.test( value )
			? Number( value )
			: value;
	}
	return query;
}

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { ImportMapping, ImportSession } from './types';

const ROUTE = '/igny8/v1/planner/keywords/import';

/** Uploads the file (multipart "file"); the answer has the detected columns and a preview. */
export function uploadFile( file: File ): Promise< ImportSession > {
	const body = new FormData();
	body.append( 'file', file, file.name );
	return apiFetch< ImportSession >( { path: ROUTE, method: 'POST', body } );
}

export const saveMapping = ( id: string, mapping: ImportMapping ) =>
	apiFetch< ImportSession >( {
		path: `${ ROUTE }/${ id }/mapping`,
		method: 'POST',
		data: { mapping: cleanMapping( mapping ) },
	} );

/** Imports the next batches (the server stops after a few seconds; call again until completed). */
export const runImport = ( id: string ) =>
	apiFetch< ImportSession >( {
		path: `${ ROUTE }/${ id }/run`,
		method: 'POST',
	} );

/** The mapping the route accepts: keyword required, unmapped fields null. */
export function cleanMapping( mapping: ImportMapping ): ImportMapping {
	return {
		keyword: mapping.keyword ?? 0,
		search_volume: mapping.search_volume ?? null,
		difficulty: mapping.difficulty ?? null,
		intent: mapping.intent ?? null,
	};
}

/**
 * A REST URL for a plain link (the rejected-rows report): cookie auth needs the
 * nonce in the query. Works with pretty (/wp-json/) and plain (?rest_route=) roots.
 */
export function restLink( root: string, path: string, nonce: string ): string {
	const trimmed = path.replace( /^\//, '' );
	const url = `${ root }${ trimmed }`;
	return `${ url }${ root.includes( '?' ) ? '&' : '?' }_wpnonce=${ encodeURIComponent( nonce ) }`;
}

export const reportLink = ( root: string, id: string, nonce: string ) =>
	restLink( root, `${ ROUTE }/${ id }/report`.replace( /^\//, '' ), nonce );

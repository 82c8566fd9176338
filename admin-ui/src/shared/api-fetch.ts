/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { dispatch } from '@wordpress/data';

/**
 * Internal dependencies
 */
import { store } from './store';
import { takePreloadedPages } from './store/preload';
import type { Igny8Boot } from './types';

type ApiFetchWithNonce = typeof apiFetch & { nonceMiddleware?: unknown };

let configured = false;

/**
 * Points apiFetch at the REST root and nonce from the boot data.
 *
 * wp-admin usually configures apiFetch already (wp-api-fetch's inline script);
 * a second nonce middleware would keep sending the old nonce after WordPress
 * refreshes it, so ours is installed only when core's is absent.
 */
export function setupApiFetch(
	rest: Igny8Boot[ 'rest' ],
	preload?: Record< string, unknown >
): void {
	if ( configured ) {
		return;
	}
	configured = true;

	// Responses PHP put in the page (rest_preload_api_request), as the block editor does. List
	// pages go straight into the store, before any table mounts: a table that takes over from PHP's
	// printed rows starts with them instead of a loading state while its resolver would read them.
	// They leave `preload` first, so the middleware below cannot serve them a second time.
	dispatch( store ).receivePreloadedPages( takePreloadedPages( preload ) );
	if ( preload && Object.keys( preload ).length ) {
		apiFetch.use( apiFetch.createPreloadingMiddleware( preload ) );
	}

	apiFetch.use( apiFetch.createRootURLMiddleware( rest.root ) );

	const api = apiFetch as ApiFetchWithNonce;
	if ( ! api.nonceMiddleware ) {
		const nonceMiddleware = apiFetch.createNonceMiddleware( rest.nonce );
		api.nonceMiddleware = nonceMiddleware;
		apiFetch.use( nonceMiddleware );
	}
}

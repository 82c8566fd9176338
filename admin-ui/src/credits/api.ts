/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import type { Balance, Usage } from './types';

/** GET /igny8/v1/billing/balance; refresh skips WordPress's 30-second cache. */
export function fetchBalance( refresh = false ): Promise< Balance > {
	return apiFetch< Balance >( {
		path: addQueryArgs(
			'/igny8/v1/billing/balance',
			refresh ? { refresh: true } : {}
		),
	} );
}

/** GET /igny8/v1/billing/usage?days=N. */
export function fetchUsage( days: number ): Promise< Usage > {
	return apiFetch< Usage >( {
		path: addQueryArgs( '/igny8/v1/billing/usage', { days } ),
	} );
}

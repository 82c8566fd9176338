/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import type {
	Balance,
	ListPage,
	Transaction,
	TransactionsQuery,
	Usage,
} from './types';

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

/** GET /igny8/v1/billing/transactions with its X-WP-Total headers. */
export async function fetchTransactions(
	query: TransactionsQuery
): Promise< ListPage< Transaction > > {
	let response: Response;
	try {
		response = await apiFetch< Response, false >( {
			path: addQueryArgs( '/igny8/v1/billing/transactions', {
				...query,
			} ),
			parse: false,
		} );
	} catch ( error ) {
		throw await readError( error );
	}
	const items = ( await response.json() ) as Transaction[];
	return {
		items,
		total: Number( response.headers.get( 'X-WP-Total' ) ?? items.length ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 1 ),
	};
}

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

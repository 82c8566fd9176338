/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { ConnectRequest, Connection } from './types';

const CONNECTION_PATH = '/igny8/v1/system/connection';

/**
 * Connects the site with a Cloud URL and site API key (POST /system/connection).
 */
export function connect( request: ConnectRequest ): Promise< Connection > {
	return apiFetch< Connection >( {
		path: CONNECTION_PATH,
		method: 'POST',
		data: request,
	} );
}

/** Re-tests the stored key against the cloud (POST /system/connection/test). */
export function testConnection(): Promise< Connection > {
	return apiFetch< Connection >( {
		path: `${ CONNECTION_PATH }/test`,
		method: 'POST',
	} );
}

/**
 * Forgets the key and connection (DELETE /system/connection).
 */
export async function disconnect( cloudUrl: string ): Promise< Connection > {
	const response = await apiFetch< unknown >( {
		path: CONNECTION_PATH,
		method: 'DELETE',
	} );
	return isConnection( response )
		? response
		: {
				connected: false,
				cloud_url: cloudUrl,
				site: null,
				account: null,
				balance: null,
				last_checked: null,
			};
}

/**
 * True when a REST answer has the connection shape.
 */
export function isConnection( value: unknown ): value is Connection {
	return (
		!! value &&
		typeof value === 'object' &&
		typeof ( value as { connected?: unknown } ).connected === 'boolean'
	);
}

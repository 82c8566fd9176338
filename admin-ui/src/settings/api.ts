/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type {
	AiSettings,
	AuthorProfile,
	ConnectRequest,
	Connection,
	ModelCatalog,
	PromptTemplate,
	PromptsResponse,
} from './types';

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

/** GET /system/settings. */
export const fetchSettings = () =>
	apiFetch< AiSettings >( { path: '/igny8/v1/system/settings' } );

/** PUT /system/settings (only the fields sent change). */
export const saveSettings = ( changes: Partial< AiSettings > ) =>
	apiFetch< AiSettings >( {
		path: '/igny8/v1/system/settings',
		method: 'PUT',
		data: changes,
	} );

/** GET /system/prompts. */
export const fetchPrompts = () =>
	apiFetch< PromptsResponse >( { path: '/igny8/v1/system/prompts' } );

/** PUT /system/prompts/{function}. */
export const savePrompt = (
	name: string,
	template: Pick< PromptTemplate, 'system' | 'instructions' >
) =>
	apiFetch< PromptsResponse >( {
		path: `/igny8/v1/system/prompts/${ encodeURIComponent( name ) }`,
		method: 'PUT',
		data: template,
	} );

/** DELETE /system/prompts/{function}: back to the cloud's default. */
export const resetPrompt = ( name: string ) =>
	apiFetch< PromptsResponse >( {
		path: `/igny8/v1/system/prompts/${ encodeURIComponent( name ) }`,
		method: 'DELETE',
	} );

/** GET /system/author-profiles. */
export const fetchProfiles = () =>
	apiFetch< AuthorProfile[] >( { path: '/igny8/v1/system/author-profiles' } );

/** The models the cloud lets this site choose per AI action (GET /system/models). */
export const fetchModels = () =>
	apiFetch< ModelCatalog >( { path: '/igny8/v1/system/models' } );

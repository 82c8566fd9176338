/**
 * Settings → AI provider: the REST calls and the form's rules, the same as the server's
 * (Rest\Provider_Controller and the cloud's /api/v1/site/provider). Pure apart from the calls.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { asRestError } from '../shared/errors';

const PROVIDER_PATH = '/igny8/v1/system/provider';

/** A key already entered in Settings → Connectors (WordPress 7.0+), shown by its last four characters. */
export interface ConnectorOffer {
	id: string;
	name: string;
	base_url: string;
	key_last4: string;
}

/** How the site pays for its model, as GET /system/provider answers. */
export interface ProviderState {
	mode: 'credits' | 'own_key';
	base_url: string;
	models: string[];
	key_last4: string;
	/** Credits IGNY8 charges per job on an own key (the cloud's rule). */
	platform_fee: number;
	connectors: ConnectorOffer[];
}

/** What the form holds; the key is write-only and empty after a save. */
export interface ProviderForm {
	base_url: string;
	api_key: string;
	models: string;
}

export const PROVIDER_FIELDS = [ 'base_url', 'api_key', 'models' ] as const;
export type ProviderField = ( typeof PROVIDER_FIELDS )[ number ];

const MODEL = /^[A-Za-z0-9._:/-]{1,100}$/;

/** The models the user listed (commas or new lines), trimmed and without repeats. */
export function parseModels( text: string ): string[] {
	return [
		...new Set(
			text
				.split( /[\s,]+/ )
				.map( ( model ) => model.trim() )
				.filter( Boolean )
		),
	];
}

/** Field errors by the server's rules; `withKey` is false when a Connectors key stands in for the typed one. */
export function validateProvider(
	form: ProviderForm,
	withKey = true
): Partial< Record< ProviderField, string > > {
	const errors: Partial< Record< ProviderField, string > > = {};
	if ( withKey ) {
		let url: URL | null = null;
		try {
			url = new URL( form.base_url.trim() );
		} catch {
			url = null;
		}
		if ( ! url || ! [ 'http:', 'https:' ].includes( url.protocol ) ) {
			errors.base_url = __(
				'The base URL must start with https://, e.g. https://api.openai.com/v1.',
				'igny8'
			);
		}
		const key = form.api_key.trim();
		if ( key === '' ) {
			errors.api_key = __( 'Enter the provider’s API key.', 'igny8' );
		} else if ( ! /^[\x21-\x7e]{8,500}$/.test( key ) ) {
			errors.api_key = __(
				'The key must be at least 8 printable characters without spaces.',
				'igny8'
			);
		}
	}
	const models = parseModels( form.models );
	if ( models.length === 0 ) {
		errors.models = __(
			'Name at least one model the provider offers.',
			'igny8'
		);
	} else if ( models.length > 20 ) {
		errors.models = __( 'Name at most 20 models.', 'igny8' );
	} else if ( models.some( ( model ) => ! MODEL.test( model ) ) ) {
		errors.models = __(
			'A model id is letters, digits and . _ : / - (e.g. gpt-4o-mini).',
			'igny8'
		);
	}
	return errors;
}

/**
 * The fields a refusal names: WordPress's own (`params` of rest_invalid_param) or the cloud's
 * per-field errors (`errors`, e.g. the provider's answer to the key).
 */
export function providerFieldErrors(
	error: unknown
): Partial< Record< ProviderField, string > > {
	const data = asRestError( error ).data ?? {};
	const placed: Partial< Record< ProviderField, string > > = {};
	const params = ( data.params ?? {} ) as Record< string, unknown >;
	const cloud = ( data.errors ?? {} ) as Record< string, unknown >;
	for ( const field of PROVIDER_FIELDS ) {
		const fromCloud = Array.isArray( cloud[ field ] )
			? ( cloud[ field ] as unknown[] )[ 0 ]
			: cloud[ field ];
		const message = params[ field ] ?? fromCloud;
		if ( typeof message === 'string' && message !== '' ) {
			placed[ field ] = message;
		}
	}
	return placed;
}

/** GET /system/provider. */
export const fetchProvider = () =>
	apiFetch< ProviderState >( { path: PROVIDER_PATH } );

/** PUT /system/provider with a typed key, or a Connectors key (`connector`). */
export const saveProvider = (
	body:
		| { base_url: string; api_key: string; models: string[] }
		| { connector: string; models: string[] }
) =>
	apiFetch< ProviderState >( {
		path: PROVIDER_PATH,
		method: 'PUT',
		data: body,
	} );

/** DELETE /system/provider: back to IGNY8 credits. */
export const switchToCredits = () =>
	apiFetch< ProviderState >( { path: PROVIDER_PATH, method: 'DELETE' } );

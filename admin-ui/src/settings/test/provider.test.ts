/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import {
	parseModels,
	providerFieldErrors,
	validateProvider,
} from '../provider';

const valid = {
	base_url: 'https://api.openai.com/v1',
	api_key: 'sk-abcdefgh1234',
	models: 'gpt-4o-mini, gpt-image-1',
};

describe( 'parseModels', () => {
	it( 'splits on commas and new lines, trims and drops repeats', () => {
		expect(
			parseModels( ' gpt-4o-mini,\ngpt-image-1 , gpt-4o-mini,,' )
		).toEqual( [ 'gpt-4o-mini', 'gpt-image-1' ] );
	} );
} );

describe( 'validateProvider', () => {
	it( 'accepts a complete form', () => {
		expect( validateProvider( valid ) ).toEqual( {} );
	} );

	it( 'refuses what the server refuses, field by field', () => {
		expect(
			Object.keys(
				validateProvider( {
					base_url: 'ftp://models.example',
					api_key: 'short',
					models: 'gpt 4o?',
				} )
			)
		).toEqual( [ 'base_url', 'api_key', 'models' ] );
		expect(
			validateProvider( { ...valid, api_key: 'has a space in it' } )
				.api_key
		).toMatch( /without spaces/ );
		expect(
			validateProvider( { ...valid, models: ' , ' } ).models
		).toMatch( /at least one model/ );
	} );

	it( 'needs only models when a Connectors key stands in for the typed one', () => {
		expect(
			validateProvider(
				{ base_url: '', api_key: '', models: 'gpt-4o-mini' },
				false
			)
		).toEqual( {} );
		expect(
			validateProvider( { base_url: '', api_key: '', models: '' }, false )
		).toHaveProperty( 'models' );
	} );
} );

describe( 'providerFieldErrors', () => {
	it( 'places WordPress’s params and the cloud’s per-field errors on their fields', () => {
		expect(
			providerFieldErrors( {
				code: 'igny8_cloud_error',
				message:
					'The provider refused the key (401): Incorrect API key provided',
				data: {
					status: 400,
					errors: {
						api_key: [
							'The provider answered 401: Incorrect API key provided',
						],
					},
				},
			} )
		).toEqual( {
			api_key: 'The provider answered 401: Incorrect API key provided',
		} );
		expect(
			providerFieldErrors( {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): models',
				data: {
					status: 400,
					params: { models: 'models[0] does not match pattern' },
				},
			} )
		).toEqual( { models: 'models[0] does not match pattern' } );
		expect( providerFieldErrors( new Error( 'offline' ) ) ).toEqual( {} );
	} );
} );

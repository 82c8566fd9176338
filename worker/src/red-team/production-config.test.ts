/**
 * Red team: production defaults. A deployment without its secrets must serve nothing rather than sign
 * tokens with a public constant, store secrets it cannot encrypt, or send prompts to a loopback model.
 */
import { env } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app';
import { VERSION } from '../version';
import { call } from '../../test/helpers';

const configured = {
	ENVIRONMENT: 'production',
	JWT_SECRET: 'a-production-jwt-secret-of-at-least-32-bytes',
	ENCRYPTION_KEY: btoa( String.fromCharCode( ...new Uint8Array( 32 ).fill( 7 ) ) ),
	OPENAI_BASE_URL: 'https://api.openai.com/v1',
} as const;

afterEach( () => {
	vi.restoreAllMocks();
} );

describe( 'red team: a production Worker without its secrets', () => {
	it.each( [
		[ 'no JWT_SECRET', { JWT_SECRET: undefined }, 'JWT_SECRET' ],
		[ 'a JWT_SECRET shorter than 32 bytes', { JWT_SECRET: 'short-but-not-empty' }, 'JWT_SECRET' ],
		[ 'no ENCRYPTION_KEY', { ENCRYPTION_KEY: undefined }, 'ENCRYPTION_KEY' ],
		[ 'an ENCRYPTION_KEY that is not 32 bytes', { ENCRYPTION_KEY: btoa( 'sixteen bytes!!!' ) }, 'ENCRYPTION_KEY' ],
		[ 'a loopback model URL', { OPENAI_BASE_URL: 'http://127.0.0.1:8790/v1' }, 'OPENAI_BASE_URL' ],
		[ 'a plain-http model URL', { OPENAI_BASE_URL: 'http://models.example/v1' }, 'OPENAI_BASE_URL' ],
	] )( 'refuses to serve with %s, and says so once in the log', async ( _label, change, named ) => {
		const errors = vi.spyOn( console, 'error' ).mockImplementation( () => undefined );
		const app = createApp();
		const environment = { ...configured, ...change };
		for ( const path of [ '/api/v1/health/', '/api/v1/auth/register/', '/portal/login' ] ) {
			const response = await app.request( path, { method: 'GET' }, { ...env, ...environment } );
			expect( response.status, path ).toBe( 503 );
			expect( await response.json() ).toMatchObject( { success: false, error: expect.stringContaining( 'not configured' ) } );
		}
		expect( errors ).toHaveBeenCalledTimes( 1 );
		expect( String( errors.mock.calls[ 0 ]?.[ 0 ] ) ).toContain( named );
	} );

	it( 'serves and reports healthy once configured', async () => {
		const health = await call( 'GET', '/api/v1/health/', { env: configured } );
		expect( health.status ).toBe( 200 );
		expect( health.body ).toMatchObject( { success: true, data: { status: 'ok', version: VERSION } } );
	} );

	it( 'the liveness answer does not advertise the environment', async () => {
		const live = await call( 'GET', '/api/v1/', { env: configured } );
		expect( live.status ).toBe( 200 );
		expect( JSON.stringify( live.body ) ).not.toMatch( /production|development|environment/ );
	} );
} );

import { env } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from './app';
import { call } from '../test/helpers';

describe( 'the app shell', () => {
	it( 'answers the liveness route in the envelope with an X-Request-ID', async () => {
		const response = await call( 'GET', '/api/v1/' );
		expect( response.status ).toBe( 200 );
		expect( response.body ).toMatchObject( { success: true, data: { service: 'igny8-cloud' } } );
		expect( response.headers.get( 'X-Request-ID' ) ).toBeTruthy();
		expect( response.body.request_id ).toBe( response.headers.get( 'X-Request-ID' ) );
	} );

	it( 'keeps a caller-supplied request id', async () => {
		const response = await call( 'GET', '/api/v1', { headers: { 'X-Request-ID': 'trace-123' } } );
		expect( response.headers.get( 'X-Request-ID' ) ).toBe( 'trace-123' );
		expect( response.body.request_id ).toBe( 'trace-123' );
	} );

	it( 'returns 404 in the envelope', async () => {
		const response = await call( 'GET', '/api/v1/nope/' );
		expect( response.status ).toBe( 404 );
		expect( response.body ).toMatchObject( { success: false, error: 'Not found: GET /api/v1/nope/' } );
		expect( response.headers.get( 'X-Request-ID' ) ).toBe( response.body.request_id );
	} );

	it( 'returns 500 in the envelope without internals', async () => {
		const app = createApp();
		app.get( '/boom', () => {
			throw new Error( 'database password is hunter2' );
		} );
		const logged = vi.spyOn( console, 'error' ).mockImplementation( () => undefined );
		const response = await app.request( '/boom', {}, env );
		expect( String( logged.mock.calls[ 0 ]?.[ 0 ] ) ).toContain( 'hunter2' ); // the operator still sees it in the log
		logged.mockRestore();
		const body = ( await response.json() ) as Record<string, unknown>;
		expect( response.status ).toBe( 500 );
		expect( body ).toMatchObject( { success: false, error: 'Internal server error.' } );
		expect( JSON.stringify( body ) ).not.toContain( 'hunter2' );
		expect( response.headers.get( 'X-Request-ID' ) ).toBe( body.request_id );
	} );

	it( 'rejects malformed JSON and oversized bodies in the envelope', async () => {
		const malformed = await call( 'POST', '/api/v1/auth/login/', { body: '{"email":' } );
		expect( malformed.status ).toBe( 400 );
		expect( malformed.body.success ).toBe( false );
		const huge = await call( 'POST', '/api/v1/auth/login/', { body: JSON.stringify( { email: 'a@b.c', password: 'x'.repeat( 1_100_000 ) } ) } );
		expect( huge.status ).toBe( 413 );
		expect( huge.body.error ).toMatch( /too large/ );
	} );

	it( 'reads a JSON body sent without a Content-Type, and refuses form posts', async () => {
		const app = createApp();
		const bare = await app.request( '/api/v1/auth/login/', { method: 'POST', body: JSON.stringify( { email: 'nobody@igny8.test', password: 'whatever1' } ) }, env );
		expect( bare.status ).toBe( 401 ); // validated and checked, not ignored
		const form = await app.request( '/api/v1/auth/login/', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'email=a' }, env );
		expect( form.status ).toBe( 415 );
	} );

	it( 'sends secure headers', async () => {
		const response = await call( 'GET', '/api/v1' );
		expect( response.headers.get( 'X-Content-Type-Options' ) ).toBe( 'nosniff' );
		expect( response.headers.get( 'Strict-Transport-Security' ) ).toBeTruthy();
	} );
} );

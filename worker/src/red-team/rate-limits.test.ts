/**
 * Red team: farming sign-ups and sign-ins by rate-limit evasion. Runs against the real
 * Workers rate-limit bindings (miniflare's), the per-address one at a small limit.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { asSite, call, createSite, registerTenant, unique } from '../../test/helpers';

/** A fresh client address, so each test has its own per-address bucket. */
const address = () => `198.51.100.${ Math.floor( Math.random() * 250 ) + 1 }-${ unique( 'ip' ) }`;
const strict = () => ( { RATE_LIMIT_IP: env.RATE_LIMIT_IP_STRICT } );

async function statusesOf( count: number, request: () => Promise<{ status: number }> ): Promise<number[]> {
	const statuses: number[] = [];
	for ( let i = 0; i < count; i++ ) statuses.push( ( await request() ).status );
	return statuses;
}

/**
 * Requests until the first 429, at most `max`. The limiter counts in fixed windows of 60 s, so a run
 * that straddles a window's end (a slow machine) starts counting again: up to two windows' worth of
 * requests still proves the limit holds, where a fixed count would fail by the clock.
 */
async function untilLimited( max: number, request: () => Promise<{ status: number }> ): Promise<number[]> {
	const statuses: number[] = [];
	while ( statuses.length < max && statuses.at( -1 ) !== 429 ) statuses.push( ( await request() ).status );
	return statuses;
}

describe( 'red team: rate limits', () => {
	it( 'a made-up site key header does not lift the per-address limit on register', async () => {
		const ip = address();
		const statuses = await statusesOf( 7, () =>
			call( 'POST', '/api/v1/auth/register/', { body: {}, headers: { 'CF-Connecting-IP': ip, 'X-IGNY8-API-Key': `igny8_sk_${ unique( 'madeup' ) }` }, env: strict() } )
		);
		expect( statuses.slice( 0, 5 ) ).toEqual( [ 400, 400, 400, 400, 400 ] );
		expect( statuses.slice( 5 ) ).toEqual( [ 429, 429 ] );
	} );

	it( 'a made-up bearer site key does not lift the per-address limit on login either', async () => {
		const ip = address();
		const statuses = await statusesOf( 6, () =>
			call( 'POST', '/api/v1/auth/login/', { body: { email: `${ unique( 'x' ) }@igny8.test`, password: 'guess' }, headers: { 'CF-Connecting-IP': ip, Authorization: `Bearer igny8_sk_${ unique( 'madeup' ) }` }, env: strict() } )
		);
		expect( statuses.at( -1 ) ).toBe( 429 );
	} );

	it( 'even a valid site key is counted per address on sign-up and sign-in routes', async () => {
		const site = await createSite( await registerTenant() );
		const ip = address();
		const statuses = await statusesOf( 6, () => call( 'POST', '/api/v1/auth/register/', { body: {}, headers: { 'CF-Connecting-IP': ip, ...asSite( site.apiKey ) }, env: strict() } ) );
		expect( statuses.at( -1 ) ).toBe( 429 );
		// Site traffic elsewhere stays limited per site, not per address (agencies share hosts).
		const balance = await statusesOf( 7, () => call( 'GET', '/api/v1/billing/balance/', { headers: { 'CF-Connecting-IP': ip, ...asSite( site.apiKey ) }, env: strict() } ) );
		expect( balance ).toEqual( Array( 7 ).fill( 200 ) );
	} );

	it( 'failed guesses from one address do not lock the owner out from another', async () => {
		const victim = await registerTenant();
		const attacker = address();
		const guesses = await untilLimited( 11, () => call( 'POST', '/api/v1/auth/login/', { body: { email: victim.email, password: 'wrong guess' }, headers: { 'CF-Connecting-IP': attacker } } ) );
		expect( guesses.slice( 0, 5 ) ).toEqual( [ 401, 401, 401, 401, 401 ] );
		expect( guesses.at( -1 ) ).toBe( 429 );
		const owner = await call( 'POST', '/api/v1/auth/login/', { body: { email: victim.email, password: 'correct horse battery' }, headers: { 'CF-Connecting-IP': address() } } );
		expect( owner.status ).toBe( 200 );
	} );

	it( 'production without a limiter binding refuses to serve (503) instead of running unlimited', async () => {
		// Otherwise configured for production, so the limiter is what is missing (the production gate checks secrets first).
		const production = { ENVIRONMENT: 'production', JWT_SECRET: 'a-production-jwt-secret-of-at-least-32-bytes', ENCRYPTION_KEY: btoa( String.fromCharCode( ...new Uint8Array( 32 ).fill( 7 ) ) ), OPENAI_BASE_URL: 'https://api.openai.com/v1' };
		const response = await call( 'POST', '/api/v1/auth/register/', { body: {}, env: { ...production, RATE_LIMIT_IP: undefined } } );
		expect( response.status ).toBe( 503 );
		expect( response.body ).toMatchObject( { success: false, error: expect.stringMatching( /not fully configured/ ) } );
		// Development and tests may run without one.
		expect( ( await call( 'POST', '/api/v1/auth/register/', { body: {}, env: { RATE_LIMIT_IP: undefined } } ) ).status ).toBe( 400 );
	} );
} );

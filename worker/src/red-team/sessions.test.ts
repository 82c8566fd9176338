/**
 * Red team: sessions that outlive a password change or reset, and password hashes a stolen
 * database could test guesses against. Emailed reset links come from the local mailbox
 * (a development stand-in).
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, sha256Hex, toBase64Url } from '../lib/crypto';
import { asUser, call, linkTokenFor, mailTo, registerTenant, unique } from '../../test/helpers';
import { Browser, PASSWORD } from '../../test/portal-helpers';

const OLD_PASSWORD = 'correct horse battery';

async function pbkdf2( password: string, salt: Uint8Array<ArrayBuffer>, iterations: number ): Promise<Uint8Array> {
	const key = await crypto.subtle.importKey( 'raw', new TextEncoder().encode( password ), 'PBKDF2', false, [ 'deriveBits' ] );
	return new Uint8Array( await crypto.subtle.deriveBits( { name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256 ) );
}

const storedHash = async ( email: string ) => ( await env.DB.prepare( 'SELECT password_hash FROM users WHERE email = ?' ).bind( email ).first<{ password_hash: string }>() )!.password_hash;

/** An API sign-in (refresh + access token) and a portal session for the same user. */
async function signedInEverywhere( email: string ) {
	const api = await call<{ access: string; refresh: string }>( 'POST', '/api/v1/auth/login/', { body: { email, password: OLD_PASSWORD }, headers: { 'CF-Connecting-IP': unique( 'ip' ) } } );
	expect( api.status ).toBe( 200 );
	const portal = new Browser();
	await portal.get( '/portal/login' );
	expect( ( await portal.post( '/portal/login', { email, password: OLD_PASSWORD } ) ).status ).toBe( 303 );
	return { api: api.body.data, portal };
}

async function expectSignedOut( session: Awaited<ReturnType<typeof signedInEverywhere>> ) {
	expect( ( await call( 'POST', '/api/v1/auth/refresh/', { body: { refresh: session.api.refresh } } ) ).status ).toBe( 401 );
	expect( ( await call( 'GET', '/api/v1/auth/me/', { headers: asUser( session.api ) } ) ).status ).toBe( 401 );
	expect( ( await session.portal.get( '/portal/overview' ) ).location ).toMatch( /^\/portal\/login/ );
}

describe( 'red team: sessions and password hashes', () => {
	it( 'a password change in the portal ends API refresh and access tokens, not only portal sessions', async () => {
		const tenant = await registerTenant();
		const stolen = await signedInEverywhere( tenant.email );
		const owner = new Browser();
		await owner.get( '/portal/login' );
		await owner.post( '/portal/login', { email: tenant.email, password: OLD_PASSWORD } );
		await owner.get( '/portal/account' );
		const changed = await owner.post( '/portal/account/password', { current_password: OLD_PASSWORD, new_password: 'a brand new password', confirm_password: 'a brand new password' } );
		expect( changed.status ).toBe( 200 );
		await expectSignedOut( stolen );
		expect( ( await owner.get( '/portal/overview' ) ).status ).toBe( 200 );
	} );

	it( 'a reset link works once, and setting the new password ends every session and refresh token', async () => {
		const tenant = await registerTenant();
		const stolen = await signedInEverywhere( tenant.email );
		const requested = await call( 'POST', '/api/v1/auth/password-reset/', { body: { email: tenant.email } } );
		expect( requested.status ).toBe( 200 );
		const token = await linkTokenFor( tenant.email, '/portal/reset-password/' );
		// Stored only as its hash, for one hour.
		const stored = await env.DB.prepare( "SELECT expires_at - created_at AS ttl FROM email_tokens WHERE purpose = 'reset_password' AND token_hash = ?" ).bind( await sha256Hex( token ) ).first<{ ttl: number }>();
		expect( stored?.ttl ).toBe( 3600 * 1000 );

		const reset = await call( 'POST', '/api/v1/auth/password-reset/confirm/', { body: { token, password: 'the reset password' } } );
		expect( reset.status ).toBe( 200 );
		await expectSignedOut( stolen );
		expect( ( await call( 'POST', '/api/v1/auth/password-reset/confirm/', { body: { token, password: 'attacker password' } } ) ).status ).toBe( 400 );
		expect( ( await call( 'POST', '/api/v1/auth/login/', { body: { email: tenant.email, password: OLD_PASSWORD } } ) ).status ).toBe( 401 );
		expect( ( await call( 'POST', '/api/v1/auth/login/', { body: { email: tenant.email, password: 'the reset password' } } ) ).status ).toBe( 200 );
	} );

	it( 'an expired reset link is refused, and the portal says so', async () => {
		const tenant = await registerTenant();
		const browser = new Browser();
		await browser.get( '/portal/forgot-password' );
		const asked = await browser.post( '/portal/forgot-password', { email: tenant.email } );
		expect( asked.html ).toContain( 'we emailed it a link' );
		const token = await linkTokenFor( tenant.email, '/portal/reset-password/' );
		await env.DB.prepare( "UPDATE email_tokens SET expires_at = ? WHERE purpose = 'reset_password' AND used_at IS NULL" ).bind( Date.now() - 1000 ).run();
		const page = await browser.get( `/portal/reset-password/${ token }` );
		expect( page.status ).toBe( 400 );
		expect( page.html ).toContain( 'not valid any more' );
		expect( ( await call( 'POST', '/api/v1/auth/password-reset/confirm/', { body: { token, password: 'too late password' } } ) ).status ).toBe( 400 );
	} );

	it( 'a reset request answers the same for an unknown address and sends nothing', async () => {
		const email = `${ unique( 'nobody' ) }@igny8.test`;
		const response = await call( 'POST', '/api/v1/auth/password-reset/', { body: { email } } );
		expect( response.status ).toBe( 200 );
		expect( response.body.message ).toMatch( /If an account uses this address/ );
		expect( await mailTo( email ) ).toEqual( [] );
	} );

	it( 'a stolen database alone cannot test password guesses: the hash is keyed with the pepper', async () => {
		const tenant = await registerTenant();
		const [ format, iterations, salt, hash ] = ( await storedHash( tenant.email ) ).split( '$' );
		expect( format ).toBe( 'hmac_pbkdf2_sha256' );
		// What an attacker holding only D1 computes for the right password does not match.
		const guess = await pbkdf2( OLD_PASSWORD, fromBase64Url( salt! ), Number( iterations ) );
		expect( toBase64Url( guess ) ).not.toBe( hash );
	} );

	it( 'a hash from before the pepper still signs in once and is rehashed with it', async () => {
		const tenant = await registerTenant();
		const salt = crypto.getRandomValues( new Uint8Array( 16 ) );
		const legacy = `pbkdf2_sha256$100000$${ toBase64Url( salt ) }$${ toBase64Url( await pbkdf2( OLD_PASSWORD, salt, 100_000 ) ) }`;
		await env.DB.prepare( 'UPDATE users SET password_hash = ? WHERE email = ?' ).bind( legacy, tenant.email ).run();
		expect( ( await call( 'POST', '/api/v1/auth/login/', { body: { email: tenant.email, password: 'not the password' } } ) ).status ).toBe( 401 );
		expect( await storedHash( tenant.email ) ).toBe( legacy );
		expect( ( await call( 'POST', '/api/v1/auth/login/', { body: { email: tenant.email, password: OLD_PASSWORD } } ) ).status ).toBe( 200 );
		expect( await storedHash( tenant.email ) ).toMatch( /^hmac_pbkdf2_sha256\$100000\$/ );
		expect( ( await call( 'POST', '/api/v1/auth/login/', { body: { email: tenant.email, password: OLD_PASSWORD } } ) ).status ).toBe( 200 );
	} );

	it( 'production without PASSWORD_PEPPER refuses to sign anyone in (503)', async () => {
		const tenant = await registerTenant();
		const production = { ENVIRONMENT: 'production', PASSWORD_PEPPER: undefined };
		const login = await call( 'POST', '/api/v1/auth/login/', { body: { email: tenant.email, password: OLD_PASSWORD }, env: production } );
		expect( login.status ).toBe( 503 );
		expect( ( await call( 'POST', '/api/v1/auth/refresh/', { body: { refresh: tenant.refresh }, env: production } ) ).status ).toBe( 503 );
		const portal = new Browser( production );
		await portal.get( '/portal/login' );
		expect( ( await portal.post( '/portal/login', { email: tenant.email, password: PASSWORD } ) ).status ).toBe( 503 );
	} );
} );

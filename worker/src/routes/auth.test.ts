import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { balanceOf, call, createSite, ledgerOf, linkTokenFor, registerTenant, TURNSTILE_DUMMY_TOKEN, unique } from '../../test/helpers';

describe( 'POST /api/v1/auth/register/', () => {
	it( 'creates the account and its owner; the 2000-credit free-trial grant follows the emailed link', async () => {
		const email = `${ unique( 'new' ) }@Example.test`;
		const response = await call<Record<string, any>>( 'POST', '/api/v1/auth/register/', { body: { email, password: 'correct horse battery', account_name: 'Acme Content', turnstile_token: TURNSTILE_DUMMY_TOKEN } } );
		expect( response.status ).toBe( 201 );
		const data = response.body.data;
		expect( data.user ).toMatchObject( { email: email.toLowerCase(), role: 'owner' } );
		expect( data.account ).toMatchObject( { name: 'Acme Content' } );
		expect( data.account.slug ).toMatch( /^acme-content/ );
		expect( data.access.split( '.' ) ).toHaveLength( 3 );
		expect( data.refresh ).toMatch( /^igny8_rt_/ );
		expect( await ledgerOf( data.account.id ) ).toEqual( [] );
		const verified = await call( 'POST', '/api/v1/auth/verify-email/', { body: { token: await linkTokenFor( email.toLowerCase(), '/portal/verify-email/' ) } } );
		expect( verified.status ).toBe( 200 );
		expect( await ledgerOf( data.account.id ) ).toEqual( [ expect.objectContaining( { kind: 'grant', amount: 2000, balance_after: 2000 } ) ] );
		const row = await env.DB.prepare( 'SELECT password_hash FROM users WHERE email = ?' ).bind( email.toLowerCase() ).first<{ password_hash: string }>();
		expect( row?.password_hash ).toMatch( /^hmac_pbkdf2_sha256\$100000\$/ );
		expect( row?.password_hash ).not.toContain( 'correct horse' );
	} );

	it( 'reports invalid fields one by one', async () => {
		const response = await call( 'POST', '/api/v1/auth/register/', { body: { email: 'not-an-email', password: 'short' } } );
		expect( response.status ).toBe( 400 );
		expect( response.body.success ).toBe( false );
		expect( Object.keys( response.body.errors ?? {} ).sort() ).toEqual( [ 'account_name', 'email', 'password' ] );
	} );

	it( 'refuses a second account for the same email', async () => {
		const tenant = await registerTenant();
		const response = await call( 'POST', '/api/v1/auth/register/', { body: { email: tenant.email, password: 'another password', account_name: 'Again', turnstile_token: TURNSTILE_DUMMY_TOKEN } } );
		expect( response.status ).toBe( 400 );
		expect( response.body.errors?.email?.[ 0 ] ).toMatch( /already exists/ );
	} );
} );

describe( 'POST /api/v1/auth/login/ and /refresh/', () => {
	it( 'signs in with the right password only', async () => {
		const tenant = await registerTenant();
		const good = await call<{ access: string; user: { email: string } }>( 'POST', '/api/v1/auth/login/', { body: { email: tenant.email, password: 'correct horse battery' } } );
		expect( good.status ).toBe( 200 );
		expect( good.body.data.user.email ).toBe( tenant.email );
		const sites = await call( 'GET', '/api/v1/auth/sites/', { headers: { Authorization: `Bearer ${ good.body.data.access }` } } );
		expect( sites.status ).toBe( 200 );

		const bad = await call( 'POST', '/api/v1/auth/login/', { body: { email: tenant.email, password: 'wrong password' } } );
		expect( bad.status ).toBe( 401 );
		expect( bad.body.error ).toBe( 'Invalid email or password.' );
		const unknown = await call( 'POST', '/api/v1/auth/login/', { body: { email: 'nobody@igny8.test', password: 'whatever1' } } );
		expect( unknown.status ).toBe( 401 );
	} );

	it( 'rotates refresh tokens: each works once', async () => {
		const tenant = await registerTenant();
		const first = await call<{ access: string; refresh: string }>( 'POST', '/api/v1/auth/refresh/', { body: { refresh: tenant.refresh } } );
		expect( first.status ).toBe( 200 );
		expect( first.body.data.refresh ).not.toBe( tenant.refresh );
		const replay = await call( 'POST', '/api/v1/auth/refresh/', { body: { refresh: tenant.refresh } } );
		expect( replay.status ).toBe( 401 );
	} );

	it( 'rejects forged and malformed access tokens', async () => {
		const tenant = await registerTenant();
		const [ header, payload ] = tenant.access.split( '.' );
		const forged = `${ header }.${ payload }.${ 'A'.repeat( 43 ) }`;
		for ( const token of [ forged, 'garbage', '' ] ) {
			const response = await call( 'GET', '/api/v1/auth/sites/', { headers: { Authorization: `Bearer ${ token }` } } );
			expect( response.status ).toBe( 401 );
		}
	} );
} );

describe( 'sites', () => {
	it( 'creates a site with a one-time igny8_sk_ key stored only as a hash', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant, 'Main blog' );
		expect( site.apiKey ).toMatch( /^igny8_sk_[A-Za-z0-9_-]{43}$/ );
		const row = await env.DB.prepare( 'SELECT * FROM sites WHERE id = ?' ).bind( site.id ).first<Record<string, string>>();
		expect( JSON.stringify( row ) ).not.toContain( site.apiKey );
		expect( row?.webhook_secret ).toMatch( /^enc:v1:/ );
		expect( await balanceOf( site.apiKey ) ).toBe( 2000 );
	} );

	it( 'lists only the account’s own sites, without keys', async () => {
		const a = await registerTenant( 'A' );
		const b = await registerTenant( 'B' );
		await createSite( a, 'A1' );
		await createSite( a, 'A2' );
		await createSite( b, 'B1' );
		const list = await call<Array<Record<string, unknown>>>( 'GET', '/api/v1/auth/sites', { headers: { Authorization: `Bearer ${ a.access }` } } );
		expect( list.body.data.map( ( site ) => site.name ).sort() ).toEqual( [ 'A1', 'A2' ] );
		expect( JSON.stringify( list.body.data ) ).not.toMatch( /igny8_sk_[A-Za-z0-9_-]{20}|whsec/ );
	} );

	it( 'needs a user token and a valid http(s) URL', async () => {
		const tenant = await registerTenant();
		const anonymous = await call( 'POST', '/api/v1/auth/sites/', { body: { name: 'x', url: 'https://x.example' } } );
		expect( anonymous.status ).toBe( 401 );
		const bad = await call( 'POST', '/api/v1/auth/sites/', { body: { name: 'x', url: 'javascript:alert(1)' }, headers: { Authorization: `Bearer ${ tenant.access }` } } );
		expect( bad.status ).toBe( 400 );
		expect( bad.body.errors?.url ).toBeTruthy();
		const site = await createSite( tenant );
		const withKey = await call( 'GET', '/api/v1/auth/sites/', { headers: { 'X-IGNY8-API-Key': site.apiKey } } );
		expect( withKey.status ).toBe( 403 );
	} );
} );

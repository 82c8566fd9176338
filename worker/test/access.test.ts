/** Sessions, roles, rate limits and CORS: who may do what, and how often. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { addUser, app, asSite, asUser, call, createSite, registerTenant, unique } from './helpers';

describe( 'sessions', () => {
	it( 'me describes the user and account; logout revokes the access and refresh tokens', async () => {
		const tenant = await registerTenant( 'Me Agency' );
		const me = await call<{ user: { role: string }; account: Record<string, unknown> }>( 'GET', '/api/v1/auth/me/', { headers: asUser( tenant ) } );
		expect( me.status ).toBe( 200 );
		expect( me.body.data.user.role ).toBe( 'owner' );
		expect( me.body.data.account ).toMatchObject( { id: tenant.accountId, name: 'Me Agency', plan: { slug: 'free-trial' }, low_balance_threshold: 100 } );
		// A second sign-in is a separate session and survives the first one's logout.
		const other = await call<{ access: string }>( 'POST', '/api/v1/auth/login/', { body: { email: tenant.email, password: 'correct horse battery' } } );
		expect( ( await call( 'POST', '/api/v1/auth/logout/', { headers: asUser( tenant ) } ) ).status ).toBe( 200 );
		expect( ( await call( 'GET', '/api/v1/auth/me/', { headers: asUser( tenant ) } ) ).status ).toBe( 401 );
		expect( ( await call( 'POST', '/api/v1/auth/refresh/', { body: { refresh: tenant.refresh } } ) ).status ).toBe( 401 );
		expect( ( await call( 'GET', '/api/v1/auth/me/', { headers: asUser( other.body.data ) } ) ).status ).toBe( 200 );
	} );

	it( 'revokes the whole family when a rotated refresh token is replayed', async () => {
		const tenant = await registerTenant();
		const next = await call<{ access: string; refresh: string }>( 'POST', '/api/v1/auth/refresh/', { body: { refresh: tenant.refresh } } );
		expect( ( await call( 'POST', '/api/v1/auth/refresh/', { body: { refresh: tenant.refresh } } ) ).status ).toBe( 401 );
		expect( ( await call( 'POST', '/api/v1/auth/refresh/', { body: { refresh: next.body.data.refresh } } ) ).status ).toBe( 401 );
		expect( ( await call( 'GET', '/api/v1/auth/me/', { headers: asUser( next.body.data ) } ) ).status ).toBe( 401 );
	} );
} );

describe( 'roles', () => {
	it( 'lets viewers read only, admins manage sites and jobs, and only owners manage users and settings', async () => {
		const owner = await registerTenant();
		const site = await createSite( owner );
		const admin = await addUser( owner, 'admin' );
		const viewer = await addUser( owner, 'viewer' );
		for ( const path of [ '/api/v1/auth/sites/', `/api/v1/auth/sites/${ site.id }/`, '/api/v1/billing/balance/', '/api/v1/billing/transactions/', '/api/v1/billing/usage/', '/api/v1/ai/jobs/', '/api/v1/auth/users/', '/api/v1/auth/me/' ] ) {
			expect( ( await call( 'GET', path, { headers: asUser( viewer ) } ) ).status, path ).toBe( 200 );
		}
		const writes: Array<[ string, string, unknown ]> = [
			[ 'POST', '/api/v1/auth/sites/', { name: 'x', url: 'https://x.example' } ],
			[ 'PATCH', `/api/v1/auth/sites/${ site.id }/`, { name: 'renamed' } ],
			[ 'POST', `/api/v1/auth/sites/${ site.id }/rotate-key/`, {} ],
			[ 'POST', `/api/v1/auth/sites/${ site.id }/revoke/`, {} ],
			[ 'POST', '/api/v1/auth/users/', { email: `${ unique( 'v' ) }@igny8.test`, password: 'long enough', role: 'viewer' } ],
			[ 'PATCH', '/api/v1/auth/account/', { low_balance_threshold: 5 } ],
		];
		for ( const [ method, path, body ] of writes ) {
			const response = await call( method, path, { headers: asUser( viewer ), body } );
			expect( response.status, `viewer ${ method } ${ path }` ).toBe( 403 );
			expect( response.body.error ).toMatch( /Your role \(viewer\)/ );
		}
		expect( ( await call( 'POST', '/api/v1/auth/users/', { headers: asUser( admin ), body: writes[ 4 ]![ 2 ] } ) ).status ).toBe( 403 );
		expect( ( await call( 'PATCH', '/api/v1/auth/account/', { headers: asUser( admin ), body: { low_balance_threshold: 5 } } ) ).status ).toBe( 403 );
		expect( ( await call( 'PATCH', `/api/v1/auth/sites/${ site.id }/`, { headers: asUser( admin ), body: { name: 'renamed' } } ) ).status ).toBe( 200 );
		const threshold = await call( 'PATCH', '/api/v1/auth/account/', { headers: asUser( owner ), body: { low_balance_threshold: 5000 } } );
		expect( threshold.body.data ).toMatchObject( { low_balance_threshold: 5000 } );
		const balance = await call<{ low_balance: boolean; warning: string }>( 'GET', '/api/v1/billing/balance/', { headers: asSite( site.apiKey ) } );
		expect( balance.body.data ).toMatchObject( { low_balance: true, low_balance_threshold: 5000 } );
		expect( balance.body.data.warning ).toMatch( /^Low balance: 2000 credits left/ );
	} );
} );

describe( 'site keys', () => {
	it( 'rotation retires the old key at once; revocation retires the site for good', async () => {
		const owner = await registerTenant();
		const site = await createSite( owner );
		const rotated = await call<{ api_key: string }>( 'POST', `/api/v1/auth/sites/${ site.id }/rotate-key/`, { headers: asUser( owner ) } );
		expect( rotated.status ).toBe( 200 );
		expect( rotated.body.data.api_key ).toMatch( /^igny8_sk_/ );
		expect( ( await call( 'GET', '/api/v1/billing/balance/', { headers: asSite( site.apiKey ) } ) ).status ).toBe( 401 );
		expect( ( await call( 'GET', '/api/v1/billing/balance/', { headers: asSite( rotated.body.data.api_key ) } ) ).status ).toBe( 200 );
		const revoked = await call( 'POST', `/api/v1/auth/sites/${ site.id }/revoke/`, { headers: asUser( owner ) } );
		expect( revoked.body.data ).toMatchObject( { status: 'revoked' } );
		expect( ( await call( 'GET', '/api/v1/billing/balance/', { headers: asSite( rotated.body.data.api_key ) } ) ).status ).toBe( 401 );
		expect( ( await call( 'POST', `/api/v1/auth/sites/${ site.id }/rotate-key/`, { headers: asUser( owner ) } ) ).status ).toBe( 409 );
	} );
} );

describe( 'rate limits and CORS', () => {
	it( 'throttles login per email and address after 5 attempts a minute, with Retry-After', async () => {
		const tenant = await registerTenant();
		for ( let i = 0; i < 5; i++ ) expect( ( await call( 'POST', '/api/v1/auth/login/', { body: { email: tenant.email, password: 'wrong password' } } ) ).status ).toBe( 401 );
		const blocked = await call( 'POST', '/api/v1/auth/login/', { body: { email: tenant.email, password: 'correct horse battery' } } );
		expect( blocked.status ).toBe( 429 );
		expect( blocked.headers.get( 'Retry-After' ) ).toBe( '60' );
		expect( blocked.body.error ).toMatch( /Too many sign-in attempts/ );
	} );

	it( 'answers 429 in the envelope when a site or an address is over its limit', async () => {
		const site = await createSite( await registerTenant() );
		const refuse = { limit: async () => ( { success: false } ) } as unknown as RateLimit;
		const bySite = await call( 'GET', '/api/v1/billing/balance/', { headers: asSite( site.apiKey ), env: { RATE_LIMIT_SITE: refuse } } );
		expect( bySite.status ).toBe( 429 );
		expect( bySite.body.error ).toMatch( /from this site/ );
		const byIp = await call( 'POST', '/api/v1/auth/register/', { body: {}, env: { RATE_LIMIT_IP: refuse } } );
		expect( byIp.status ).toBe( 429 );
		expect( ( await call( 'GET', '/api/v1/', { env: { RATE_LIMIT_IP: refuse } } ) ).status ).toBe( 200 ); // liveness stays free
		// Site traffic is not counted per address (many sites share one host).
		expect( ( await call( 'GET', '/api/v1/billing/balance/', { headers: asSite( site.apiKey ), env: { RATE_LIMIT_IP: refuse } } ) ).status ).toBe( 200 );
	} );

	it( 'keeps CORS closed unless CORS_ORIGINS lists the origin', async () => {
		const closed = await app.request( '/api/v1/', { headers: { Origin: 'https://evil.example' } }, env );
		expect( closed.headers.get( 'Access-Control-Allow-Origin' ) ).toBeNull();
		const preflight = await app.request( '/api/v1/ai/jobs/', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } }, env );
		expect( preflight.headers.get( 'Access-Control-Allow-Origin' ) ).toBeNull();
		const open = await app.request( '/api/v1/', { headers: { Origin: 'https://portal.example' } }, { ...env, CORS_ORIGINS: 'https://portal.example' } );
		expect( open.headers.get( 'Access-Control-Allow-Origin' ) ).toBe( 'https://portal.example' );
	} );
} );

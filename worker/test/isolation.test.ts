/**
 * Tenant isolation, route by route: a second account's key or token gets 403/404 for the
 * first account's objects and never sees them in a list. The table must name every route
 * the app registers (checked below), so a new route cannot skip this test.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { asSite, asUser, balanceOf, call, createJob, createSite, registerTenant, rowCounts, unique } from './helpers';
import { PORTAL_ROUTES } from './portal-helpers';

interface Objects {
	siteId: string;
	jobId: string;
	userId: string;
}

/** Routes that act on one of the first account's objects: every stranger must get 403 or 404. */
const objectRoutes: Array<{ method: string; path: ( o: Objects ) => string; body?: unknown }> = [
	{ method: 'GET', path: ( o ) => `/api/v1/auth/sites/${ o.siteId }/` },
	{ method: 'PATCH', path: ( o ) => `/api/v1/auth/sites/${ o.siteId }/`, body: { name: 'hijacked', monthly_credit_cap: 0 } },
	{ method: 'POST', path: ( o ) => `/api/v1/auth/sites/${ o.siteId }/rotate-key/` },
	{ method: 'POST', path: ( o ) => `/api/v1/auth/sites/${ o.siteId }/suspend/` },
	{ method: 'POST', path: ( o ) => `/api/v1/auth/sites/${ o.siteId }/resume/` },
	{ method: 'POST', path: ( o ) => `/api/v1/auth/sites/${ o.siteId }/revoke/` },
	{ method: 'POST', path: ( o ) => `/api/v1/integration/integrations/${ o.siteId }/update-structure/`, body: { post_types: [ 'post' ] } },
	{ method: 'POST', path: ( o ) => `/api/v1/integration/integrations/${ o.siteId }/sync/`, body: { posts: [ { task_id: null, post_id: 1, status: 'publish', url: null, updated_at: '2026-01-01 00:00:00' } ] } },
	{ method: 'PATCH', path: ( o ) => `/api/v1/auth/users/${ o.userId }/`, body: { role: 'viewer' } },
	{ method: 'DELETE', path: ( o ) => `/api/v1/auth/users/${ o.userId }/` },
	{ method: 'GET', path: ( o ) => `/api/v1/ai/jobs/${ o.jobId }/` },
	{ method: 'POST', path: ( o ) => `/api/v1/ai/jobs/${ o.jobId }/cancel/` },
	{ method: 'POST', path: ( o ) => `/api/v1/ai/jobs/${ o.jobId }/ack/` },
];

/** Account-wide routes: a stranger gets its own data (or 401/403), never the first account's ids. */
const accountRoutes: Array<{ method: string; path: string; body?: unknown }> = [
	{ method: 'GET', path: '/api/v1/auth/me/' },
	{ method: 'GET', path: '/api/v1/auth/users/' },
	{ method: 'POST', path: '/api/v1/auth/users/', body: { email: 'x@igny8.test', password: 'x', role: 'viewer' } },
	{ method: 'PATCH', path: '/api/v1/auth/account/', body: { low_balance_threshold: -1 } },
	{ method: 'POST', path: '/api/v1/auth/logout/' },
	{ method: 'GET', path: '/api/v1/auth/sites/' },
	{ method: 'POST', path: '/api/v1/auth/sites/', body: { name: '', url: 'nope' } },
	{ method: 'POST', path: '/api/v1/integration/integrations/test-connection/', body: { delivery_url: 'ftp://x' } },
	{ method: 'GET', path: '/api/v1/billing/balance/' },
	{ method: 'GET', path: '/api/v1/billing/transactions/' },
	{ method: 'GET', path: '/api/v1/billing/usage/' },
	{ method: 'GET', path: '/api/v1/ai/jobs/' },
	{ method: 'POST', path: '/api/v1/ai/jobs/', body: { function: 'nope', input: {} } },
	{ method: 'POST', path: '/api/v1/ai/jobs/estimate/', body: { function: 'generate_content', input: { title: 'x' } } },
	// A site's own provider: a site key reads and changes only its own (own-provider.test.ts), never another's.
	{ method: 'GET', path: '/api/v1/site/provider/' },
	{ method: 'PUT', path: '/api/v1/site/provider/', body: { base_url: 'http://10.0.0.1/v1', api_key: 'sk-stranger-000000', models: [ 'x' ] } },
	{ method: 'DELETE', path: '/api/v1/site/provider/' },
	// The model list is the operator's, or a site's own provider's for that site only.
	{ method: 'GET', path: '/api/v1/ai/models/' },
	// The score route reads only its request body: a stranger's key scores its own text, nothing stored.
	{ method: 'POST', path: '/api/v1/ai/score/', body: { title: 'x', content: '<p>x</p>' } },
	// Editor routes take only an editor token (editor.test.ts: other sites' tokens are refused).
	{ method: 'POST', path: `/api/v1/ai/editor/${ crypto.randomUUID() }/rewrite/`, body: { text: 'x', mode: 'shorter' } },
	{ method: 'POST', path: `/api/v1/ai/editor/${ crypto.randomUUID() }/meta/`, body: { title: 'x' } },
	{ method: 'POST', path: `/api/v1/ai/editor/${ crypto.randomUUID() }/faq/`, body: { title: 'x' } },
	{ method: 'POST', path: `/api/v1/ai/editor/${ crypto.randomUUID() }/takeaways/`, body: { title: 'x' } },
];

/** Routes without a tenant (sign-up, emailed links and sign-in) and the liveness and health checks. */
const publicRoutes = [
	'GET /api/v1',
	'GET /api/v1/health',
	'POST /api/v1/auth/register',
	'POST /api/v1/auth/verify-email',
	'POST /api/v1/auth/password-reset',
	'POST /api/v1/auth/password-reset/confirm',
	'POST /api/v1/auth/login',
	'POST /api/v1/auth/refresh',
	'POST /api/v1/billing/stripe/webhook',
	// The code exchange: the one-time code is the only credential, bound to its PKCE verifier (oauth.test.ts).
	'POST /api/v1/oauth/token',
];

const normalise = ( path: string ) => path.replace( /\/+$/, '' ).replace( /[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id' );

describe( 'tenant isolation', () => {
	it( 'covers every route the app registers', () => {
		const sample: Objects = { siteId: crypto.randomUUID(), jobId: crypto.randomUUID(), userId: crypto.randomUUID() };
		const covered = new Set( [
			...publicRoutes,
			// The portal (cookie session, HTML): its tenant isolation is tested in portal-pages.test.ts.
			...PORTAL_ROUTES,
			...objectRoutes.map( ( route ) => `${ route.method } ${ normalise( route.path( sample ) ) }` ),
			...accountRoutes.map( ( route ) => `${ route.method } ${ normalise( route.path ) }` ),
		] );
		const registered = createApp()
			.routes.filter( ( route ) => route.method !== 'ALL' )
			// The media route (R2 files by opaque key) is tested by the AI engine's own suite.
			.filter( ( route ) => ! route.path.startsWith( '/api/v1/ai/media' ) )
			.map( ( route ) => `${ route.method } ${ route.path.replace( /\/+$/, '' ).replace( /:[a-z_]+/g, ':id' ) }` );
		expect( registered.length ).toBeGreaterThan( 20 );
		expect( [ ...new Set( registered ) ].filter( ( route ) => ! covered.has( route ) ) ).toEqual( [] );
	} );

	it( 'refuses a second account (and a sibling site) every object of the first, and changes nothing', async () => {
		const a = await registerTenant( 'First' );
		const siteA = await createSite( a, 'A main' );
		const siteA2 = await createSite( a, 'A sibling' );
		const job = ( await createJob( siteA.apiKey, { title: unique( 'A article' ) } ) ).body.data.job;
		const me = await call<{ user: { id: string } }>( 'GET', '/api/v1/auth/me/', { headers: asUser( a ) } );
		const objects: Objects = { siteId: siteA.id, jobId: job.id, userId: me.body.data.user.id };
		// A's own provider key: a stranger's GET must not show it, its DELETE must not remove it.
		const provider = await call( 'PUT', '/api/v1/site/provider/', { headers: asSite( siteA.apiKey ), body: { base_url: env.OWN_PROVIDER_URL, api_key: env.OWN_PROVIDER_KEY, models: [ 'gpt-4o-mini' ] } } );
		expect( provider.status ).toBe( 200 );
		const b = await registerTenant( 'Second' );
		const siteB = await createSite( b, 'B main' );
		const before = await rowCounts();
		const balanceBefore = await balanceOf( siteA.apiKey );

		const strangers: Record<string, Record<string, string>> = { 'B owner token': asUser( b ), 'B site key': asSite( siteB.apiKey ) };
		for ( const route of objectRoutes ) {
			const path = route.path( objects );
			for ( const [ who, headers ] of Object.entries( strangers ) ) {
				const response = await call( route.method, path, { headers, ...( route.method === 'GET' ? {} : { body: route.body ?? {} } ) } );
				expect( [ 403, 404 ], `${ who }: ${ route.method } ${ path } → ${ response.status }` ).toContain( response.status );
				expect( response.body.success ).toBe( false );
			}
			// A sibling site of the same account may not touch the other site's objects either.
			if ( ! path.startsWith( '/api/v1/auth/' ) ) {
				const sibling = await call( route.method, path, { headers: asSite( siteA2.apiKey ), ...( route.method === 'GET' ? {} : { body: route.body ?? {} } ) } );
				expect( [ 403, 404 ], `sibling site: ${ route.method } ${ path }` ).toContain( sibling.status );
			}
		}

		const secretIds = [ siteA.id, siteA2.id, job.id, objects.userId, a.accountId, env.OWN_PROVIDER_URL ];
		for ( const route of accountRoutes ) {
			for ( const [ who, headers ] of Object.entries( strangers ) ) {
				if ( route.path.endsWith( '/logout/' ) ) continue; // would end B's session; covered in auth.test.ts
				const response = await call( route.method, route.path, { headers, ...( route.method === 'GET' ? {} : { body: route.body ?? {} } ) } );
				const text = JSON.stringify( response.body );
				for ( const id of secretIds ) expect( text, `${ who }: ${ route.method } ${ route.path } leaked ${ id }` ).not.toContain( id );
			}
		}

		// Nothing of A's changed: same rows, same balance, key and job intact.
		expect( await rowCounts() ).toEqual( before );
		expect( await balanceOf( siteA.apiKey ) ).toBe( balanceBefore );
		const site = await env.DB.prepare( 'SELECT name, status, monthly_credit_cap, structure FROM sites WHERE id = ?' ).bind( siteA.id ).first();
		expect( site ).toEqual( { name: 'A main', status: 'active', monthly_credit_cap: null, structure: null } );
		const stored = await env.DB.prepare( 'SELECT status, delivered_at FROM jobs WHERE id = ?' ).bind( job.id ).first();
		expect( stored ).toEqual( { status: 'queued', delivered_at: null } );
		const ownProvider = await call<{ mode: string; base_url: string }>( 'GET', '/api/v1/site/provider/', { headers: asSite( siteA.apiKey ) } );
		expect( ownProvider.body.data ).toMatchObject( { mode: 'own_key', base_url: env.OWN_PROVIDER_URL } );
	} );
} );

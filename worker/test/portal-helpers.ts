/**
 * Portal test helpers: a tiny cookie-keeping browser over app.request() (the portal is
 * HTML forms + a session cookie), the CSRF token read from the page like a browser would
 * submit it, and the list of portal routes the tenant-isolation table must cover.
 */
import { env } from 'cloudflare:test';
import { expect } from 'vitest';
import { app, linkTokenFor, TURNSTILE_DUMMY_TOKEN, unique } from './helpers';

/** Every route the portal registers (isolation.test.ts checks the app has no others). */
export const PORTAL_ROUTES = [
	'GET /portal',
	'GET /portal/login',
	'POST /portal/login',
	'GET /portal/signup',
	'POST /portal/signup',
	'POST /portal/logout',
	'GET /portal/authorize',
	'POST /portal/authorize',
	'GET /portal/invite/:id',
	'POST /portal/invite/:id',
	'GET /portal/verify-email/:id',
	'POST /portal/verify-email/:id',
	'POST /portal/account/verify-email',
	'GET /portal/forgot-password',
	'POST /portal/forgot-password',
	'GET /portal/reset-password/:id',
	'POST /portal/reset-password/:id',
	'GET /portal/overview',
	'GET /portal/sites',
	'POST /portal/sites',
	'POST /portal/sites/:id/rotate',
	'POST /portal/sites/:id/revoke',
	'GET /portal/sites/:id',
	'POST /portal/sites/:id/settings',
	'POST /portal/sites/:id/suspend',
	'POST /portal/sites/:id/resume',
	'POST /portal/sites/:id/jobs/:id/cancel',
	'GET /portal/usage',
	'GET /portal/usage.csv',
	'GET /portal/transactions',
	'GET /portal/transactions.csv',
	'GET /portal/billing',
	'POST /portal/billing/checkout',
	'POST /portal/billing/plan',
	'POST /portal/billing/manage',
	'GET /portal/account',
	'POST /portal/account/password',
	'POST /portal/account/settings',
	'POST /portal/team/invite',
	'POST /portal/team/:id/role',
	'POST /portal/team/:id/remove',
	'GET /portal/assets/portal.css',
	'GET /portal/assets/portal.js',
];

export interface PageResponse {
	status: number;
	headers: Headers;
	html: string;
	location: string | null;
}

/** A browser with a cookie jar; `csrf` is the token of the last page it loaded. */
export class Browser {
	readonly cookies = new Map<string, string>();
	csrf = '';
	readonly env: Partial<Cloudflare.Env>;

	constructor( envOverrides: Partial<Cloudflare.Env> = {} ) {
		this.env = envOverrides;
	}

	private remember( response: Response ) {
		for ( const header of response.headers.getSetCookie() ) {
			const [ pair = '' ] = header.split( ';' );
			const index = pair.indexOf( '=' );
			const name = pair.slice( 0, index ).trim();
			const value = pair.slice( index + 1 ).trim();
			const expired = /max-age=0/i.test( header ) || /expires=Thu, 01 Jan 1970/i.test( header );
			if ( expired || value === '' ) this.cookies.delete( name );
			else this.cookies.set( name, value );
		}
	}

	async request( method: string, path: string, form?: Record<string, string>, headers: Record<string, string> = {} ): Promise<PageResponse> {
		const init: RequestInit = { method, redirect: 'manual', headers: { ...headers, Cookie: [ ...this.cookies ].map( ( [ name, value ] ) => `${ name }=${ value }` ).join( '; ' ) } };
		if ( form ) {
			init.body = new URLSearchParams( form ).toString();
			( init.headers as Record<string, string> )[ 'Content-Type' ] = 'application/x-www-form-urlencoded';
		}
		const response = await app.request( `http://127.0.0.1${ path }`, init, { ...env, ...this.env } );
		this.remember( response );
		const html = await response.text();
		const token = /name="_csrf" value="([^"]+)"/.exec( html )?.[ 1 ];
		if ( token ) this.csrf = token;
		return { status: response.status, headers: response.headers, html, location: response.headers.get( 'Location' ) };
	}

	get( path: string ) {
		return this.request( 'GET', path );
	}

	/** Submits a form with the current CSRF token (override `_csrf` to forge one). */
	post( path: string, form: Record<string, string> = {}, headers: Record<string, string> = {} ) {
		return this.request( 'POST', path, { _csrf: this.csrf, ...form }, headers );
	}
}

export const PASSWORD = 'correct horse battery';

/** Signs up a new owner through the portal's own form and confirms the emailed link; returns the signed-in browser. */
export async function signUp( name = 'Portal Agency' ): Promise<{ browser: Browser; email: string; accountId: string }> {
	const browser = new Browser();
	const email = `${ unique( 'owner' ) }@igny8.test`;
	await browser.get( '/portal/signup' );
	const response = await browser.post( '/portal/signup', { account_name: name, email, password: PASSWORD, 'cf-turnstile-response': TURNSTILE_DUMMY_TOKEN } );
	expect( response.status, response.html.slice( 0, 500 ) ).toBe( 303 );
	const link = `/portal/verify-email/${ await linkTokenFor( email, '/portal/verify-email/' ) }`;
	await browser.get( link );
	expect( ( await browser.post( link ) ).status ).toBe( 200 );
	const row = await env.DB.prepare( 'SELECT account_id FROM users WHERE email = ?' ).bind( email ).first<{ account_id: string }>();
	return { browser, email, accountId: row!.account_id };
}

/** Adds a site through the portal form; returns its id and the key shown once. */
export async function addSite( browser: Browser, name = 'Blog' ): Promise<{ id: string; apiKey: string; html: string }> {
	await browser.get( '/portal/sites' );
	const response = await browser.post( '/portal/sites', { name, url: `https://${ unique( 'site' ) }.example` } );
	expect( response.status, response.html.slice( 0, 800 ) ).toBe( 201 );
	const apiKey = /id="api-key" readonly="" value="([^"]+)"|id="api-key" readonly value="([^"]+)"/.exec( response.html );
	const key = apiKey?.[ 1 ] ?? apiKey?.[ 2 ] ?? '';
	expect( key ).toMatch( /^igny8_sk_/ );
	const row = await env.DB.prepare( 'SELECT id FROM sites WHERE name = ? ORDER BY created_at DESC' ).bind( name ).first<{ id: string }>();
	return { id: row!.id, apiKey: key, html: response.html };
}

/** Invites a team member as the owner and accepts the invitation in a fresh browser. */
export async function inviteMember( owner: Browser, role: 'admin' | 'viewer' ): Promise<{ browser: Browser; email: string }> {
	const email = `${ unique( role ) }@igny8.test`;
	await owner.get( '/portal/account' );
	const invited = await owner.post( '/portal/team/invite', { email, role } );
	expect( invited.status, invited.html.slice( 0, 800 ) ).toBe( 201 );
	const link = /id="invite-link" readonly(?:="")? value="([^"]+)"/.exec( invited.html )?.[ 1 ] ?? '';
	const path = new URL( link ).pathname;
	const browser = new Browser();
	expect( ( await browser.get( path ) ).status ).toBe( 200 );
	const accepted = await browser.post( path, { password: PASSWORD } );
	expect( accepted.status, accepted.html.slice( 0, 800 ) ).toBe( 303 );
	return { browser, email };
}

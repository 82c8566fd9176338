/**
 * Portal sessions and CSRF: the cookie's flags, only a hash in D1, rotation at login,
 * logout, expiry, login throttling, password change, and forged or missing CSRF tokens
 * refused with 403 while nothing changes.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/lib/crypto';
import { linkTokenFor, rowCounts, TURNSTILE_DUMMY_TOKEN, unique } from './helpers';
import { addSite, Browser, PASSWORD, signUp } from './portal-helpers';

const sessionCookie = ( headers: Headers ) => headers.getSetCookie().find( ( cookie ) => cookie.startsWith( 'igny8_session=' ) ) ?? '';

describe( 'portal session', () => {
	it( 'sets an HttpOnly, Secure, SameSite=Lax cookie at sign-up and stores only its hash', async () => {
		const browser = new Browser();
		const email = `${ unique( 'owner' ) }@igny8.test`;
		await browser.get( '/portal/signup' );
		const response = await browser.post( '/portal/signup', { account_name: 'Cookie Co', email, password: PASSWORD, 'cf-turnstile-response': TURNSTILE_DUMMY_TOKEN } );
		expect( response.status ).toBe( 303 );
		expect( response.location ).toBe( '/portal/sites?welcome=1' );
		const cookie = sessionCookie( response.headers );
		expect( cookie ).toMatch( /HttpOnly/ );
		expect( cookie ).toMatch( /Secure/ );
		expect( cookie ).toMatch( /SameSite=Lax/ );
		expect( cookie ).toMatch( /Path=\/portal/ );
		const token = browser.cookies.get( 'igny8_session' )!;
		const rows = await env.DB.prepare( 'SELECT s.token_hash FROM portal_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = ?' ).bind( email ).all<{ token_hash: string }>();
		expect( rows.results ).toEqual( [ { token_hash: await sha256Hex( token ) } ] );
		const dump = JSON.stringify( ( await env.DB.prepare( 'SELECT * FROM portal_sessions' ).all() ).results );
		expect( dump ).not.toContain( token );
		expect( ( await browser.get( '/portal/overview' ) ).html ).toContain( 'Confirm your email address' );
		const link = `/portal/verify-email/${ await linkTokenFor( email, '/portal/verify-email/' ) }`;
		await browser.get( link );
		expect( ( await browser.post( link ) ).status ).toBe( 200 );
		const overview = await browser.get( '/portal/overview' );
		expect( overview.status ).toBe( 200 );
		expect( overview.html ).toContain( '2,000 credits' );
		expect( overview.headers.get( 'Cache-Control' ) ).toBe( 'no-store' );
		expect( overview.headers.get( 'Content-Security-Policy' ) ).toContain( "default-src 'none'" );
		expect( overview.html.startsWith( '<!doctype html>' ) ).toBe( true );
	} );

	it( 'rotates the session at login: a new token, and the old session ends', async () => {
		const { browser, email } = await signUp();
		const first = browser.cookies.get( 'igny8_session' )!;
		// A login form submitted while signed in (another tab, a shared computer) starts a fresh session.
		await browser.get( '/portal/overview' );
		const relog = await browser.post( '/portal/login', { email, password: PASSWORD } );
		expect( relog.status ).toBe( 303 );
		const second = browser.cookies.get( 'igny8_session' )!;
		expect( second ).not.toBe( first );
		const stale = new Browser();
		stale.cookies.set( 'igny8_session', first );
		expect( ( await stale.get( '/portal/overview' ) ).location ).toBe( '/portal/login?next=%2Fportal%2Foverview&expired=1' );
		expect( ( await browser.get( '/portal/overview' ) ).status ).toBe( 200 );
	} );

	it( 'logs in with the right password only, and follows only portal paths after login', async () => {
		const { email } = await signUp();
		const browser = new Browser();
		await browser.get( '/portal/login?next=/portal/usage' );
		const wrong = await browser.post( '/portal/login', { email, password: 'not the password', next: '/portal/usage' } );
		expect( wrong.status ).toBe( 401 );
		expect( wrong.html ).toContain( 'Invalid email or password.' );
		expect( browser.cookies.has( 'igny8_session' ) ).toBe( false );
		const right = await browser.post( '/portal/login', { email, password: PASSWORD, next: 'https://evil.example/portal/x' } );
		expect( right.status ).toBe( 303 );
		expect( right.location ).toBe( '/portal/overview' );
		const other = new Browser();
		await other.get( '/portal/login' );
		expect( ( await other.post( '/portal/login', { email, password: PASSWORD, next: '/portal/usage' } ) ).location ).toBe( '/portal/usage' );
	} );

	it( 'throttles login attempts per email (429) even with the right password afterwards', async () => {
		const { email } = await signUp();
		const browser = new Browser();
		await browser.get( '/portal/login' );
		const statuses: number[] = [];
		for ( let i = 0; i < 6; i++ ) statuses.push( ( await browser.post( '/portal/login', { email, password: `wrong-${ i }` } ) ).status );
		expect( statuses.slice( 0, 5 ) ).toEqual( [ 401, 401, 401, 401, 401 ] );
		expect( statuses[ 5 ] ).toBe( 429 );
		const blocked = await browser.post( '/portal/login', { email, password: PASSWORD } );
		expect( blocked.status ).toBe( 429 );
		expect( blocked.headers.get( 'Retry-After' ) ).toBe( '60' );
		expect( browser.cookies.has( 'igny8_session' ) ).toBe( false );
	} );

	it( 'logs out: the session ends in D1 and the old cookie no longer opens a page', async () => {
		const { browser } = await signUp();
		const token = browser.cookies.get( 'igny8_session' )!;
		await browser.get( '/portal/overview' );
		const out = await browser.post( '/portal/logout' );
		expect( out.status ).toBe( 303 );
		expect( browser.cookies.has( 'igny8_session' ) ).toBe( false );
		const row = await env.DB.prepare( 'SELECT revoked_at FROM portal_sessions WHERE token_hash = ?' ).bind( await sha256Hex( token ) ).first<{ revoked_at: number | null }>();
		expect( row?.revoked_at ).toBeGreaterThan( 0 );
		const replay = new Browser();
		replay.cookies.set( 'igny8_session', token );
		expect( ( await replay.get( '/portal/sites' ) ).status ).toBe( 303 );
	} );

	it( 'refuses an expired session: GET goes to login, a POST changes nothing', async () => {
		const { browser, accountId } = await signUp();
		await browser.get( '/portal/sites' );
		const token = browser.cookies.get( 'igny8_session' )!;
		await env.DB.prepare( 'UPDATE portal_sessions SET expires_at = ? WHERE token_hash = ?' ).bind( Date.now() - 1000, await sha256Hex( token ) ).run();
		const before = await rowCounts();
		const post = await browser.post( '/portal/sites', { name: 'After expiry', url: 'https://late.example' } );
		expect( post.status ).toBe( 303 );
		expect( post.location ).toBe( '/portal/login?expired=1' );
		expect( await rowCounts() ).toEqual( before );
		const sites = await env.DB.prepare( 'SELECT COUNT(*) AS n FROM sites WHERE account_id = ?' ).bind( accountId ).first<{ n: number }>();
		expect( sites?.n ).toBe( 0 );
		const stale = new Browser();
		stale.cookies.set( 'igny8_session', token );
		const page = await stale.get( '/portal/overview' );
		expect( page.location ).toBe( '/portal/login?next=%2Fportal%2Foverview&expired=1' );
		expect( ( await stale.get( '/portal/login?expired=1' ) ).html ).toContain( 'Your session has expired' );
	} );

	it( 'changes the password: the current one is checked, other sessions end, the new one works', async () => {
		const { browser, email } = await signUp();
		const other = new Browser();
		await other.get( '/portal/login' );
		expect( ( await other.post( '/portal/login', { email, password: PASSWORD } ) ).status ).toBe( 303 );
		await browser.get( '/portal/account' );
		const wrong = await browser.post( '/portal/account/password', { current_password: 'nope nope', new_password: 'brand new password', confirm_password: 'brand new password' } );
		expect( wrong.status ).toBe( 400 );
		expect( wrong.html ).toContain( 'The current password is not correct.' );
		const mismatch = await browser.post( '/portal/account/password', { current_password: PASSWORD, new_password: 'brand new password', confirm_password: 'different one!' } );
		expect( mismatch.status ).toBe( 400 );
		const changed = await browser.post( '/portal/account/password', { current_password: PASSWORD, new_password: 'brand new password', confirm_password: 'brand new password' } );
		expect( changed.status ).toBe( 200 );
		expect( changed.html ).toContain( 'Password changed' );
		expect( ( await browser.get( '/portal/overview' ) ).status ).toBe( 200 );
		expect( ( await other.get( '/portal/overview' ) ).status ).toBe( 303 );
		const fresh = new Browser();
		await fresh.get( '/portal/login' );
		expect( ( await fresh.post( '/portal/login', { email, password: PASSWORD } ) ).status ).toBe( 401 );
		expect( ( await fresh.post( '/portal/login', { email, password: 'brand new password' } ) ).status ).toBe( 303 );
	} );
} );

describe( 'portal CSRF', () => {
	it( 'refuses a forged, missing or foreign token and a cross-site Origin with 403, changing nothing', async () => {
		const { browser, accountId } = await signUp();
		const other = await signUp( 'Other Agency' );
		await other.browser.get( '/portal/sites' );
		await browser.get( '/portal/sites' );
		const site = await addSite( browser, unique( 'Kept' ) );
		const keyHash = await env.DB.prepare( 'SELECT api_key_hash FROM sites WHERE id = ?' ).bind( site.id ).first<{ api_key_hash: string }>();
		await browser.get( '/portal/sites' );
		const before = await rowCounts();
		const portalRows = () => env.DB.prepare( 'SELECT (SELECT COUNT(*) FROM portal_invites) AS invites, (SELECT COUNT(*) FROM portal_sessions WHERE revoked_at IS NOT NULL) AS ended' ).first();
		const portalBefore = await portalRows();
		const attempts = [
			browser.post( '/portal/sites', { _csrf: 'f'.repeat( 64 ), name: 'Forged', url: 'https://forged.example' } ),
			browser.request( 'POST', '/portal/sites', { name: 'Missing', url: 'https://missing.example' } ),
			browser.post( '/portal/sites', { _csrf: other.browser.csrf, name: 'Foreign', url: 'https://foreign.example' } ),
			browser.post( '/portal/sites', { name: 'Cross-site', url: 'https://cross.example' }, { Origin: 'https://evil.example' } ),
			browser.post( `/portal/sites/${ site.id }/rotate`, { _csrf: 'x' } ),
			browser.post( `/portal/sites/${ site.id }/revoke`, { _csrf: '' } ),
			browser.post( '/portal/account/password', { _csrf: other.browser.csrf, current_password: PASSWORD, new_password: 'hijacked password', confirm_password: 'hijacked password' } ),
			browser.post( '/portal/team/invite', { _csrf: 'nope', email: 'x@igny8.test', role: 'admin' } ),
			browser.post( '/portal/logout', { _csrf: 'nope' } ),
		];
		for ( const response of await Promise.all( attempts ) ) {
			expect( response.status ).toBe( 403 );
			expect( response.html ).toContain( 'did not come from the portal' );
		}
		expect( await rowCounts() ).toEqual( before );
		expect( await portalRows() ).toEqual( portalBefore );
		const after = await env.DB.prepare( 'SELECT api_key_hash, status FROM sites WHERE id = ?' ).bind( site.id ).first();
		expect( after ).toEqual( { api_key_hash: keyHash?.api_key_hash, status: 'active' } );
		const names = await env.DB.prepare( 'SELECT name FROM sites WHERE account_id = ?' ).bind( accountId ).all<{ name: string }>();
		expect( names.results.map( ( row ) => row.name ) ).toEqual( [ expect.stringMatching( /^Kept/ ) ] );
		// Still signed in (the forged logout did nothing), and the old password still works.
		expect( ( await browser.get( '/portal/overview' ) ).status ).toBe( 200 );
	} );

	it( 'protects the signed-out forms too (login and sign-up need the cookie-bound token)', async () => {
		const email = `${ unique( 'csrf' ) }@igny8.test`;
		const before = await rowCounts();
		const noCookie = new Browser();
		const signup = await noCookie.request( 'POST', '/portal/signup', { _csrf: 'a'.repeat( 64 ), account_name: 'Forged', email, password: PASSWORD } );
		expect( signup.status ).toBe( 403 );
		// A token from one browser does not work with another browser's cookie.
		const victim = new Browser();
		await victim.get( '/portal/signup' );
		const attacker = new Browser();
		await attacker.get( '/portal/signup' );
		expect( ( await victim.post( '/portal/signup', { _csrf: attacker.csrf, account_name: 'Forged', email, password: PASSWORD } ) ).status ).toBe( 403 );
		expect( ( await victim.post( '/portal/login', { _csrf: attacker.csrf, email, password: PASSWORD } ) ).status ).toBe( 403 );
		expect( await rowCounts() ).toEqual( before );
	} );
} );

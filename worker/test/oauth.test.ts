/**
 * The one-click connect: the portal's authorise page (login first, approve or cancel, CSRF) and the
 * server-to-server code exchange, with every refusal the exchange must make.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { s256Challenge } from '../src/services/oauth-codes';
import { asSite, call, unique } from './helpers';
import { Browser, inviteMember, PASSWORD, signUp } from './portal-helpers';

interface Flow {
	siteUrl: string;
	redirectUri: string;
	state: string;
	verifier: string;
	query: string;
}

async function newFlow( siteUrl = `https://${ unique( 'wp' ) }.example` ): Promise<Flow> {
	const verifier = `${ crypto.randomUUID() }${ crypto.randomUUID() }`.replace( /-/g, '' ).slice( 0, 64 );
	const redirectUri = `${ siteUrl }/wp-admin/admin.php?page=igny8-setup`;
	const state = crypto.randomUUID().replace( /-/g, '' );
	const query = new URLSearchParams( {
		redirect_uri: redirectUri,
		state,
		code_challenge: await s256Challenge( verifier ),
		code_challenge_method: 'S256',
		site_url: siteUrl,
		site_name: 'Garden Blog',
	} ).toString();
	return { siteUrl, redirectUri, state, verifier, query };
}

const formOf = ( flow: Flow, decision = 'approve' ) => ( { ...Object.fromEntries( new URLSearchParams( flow.query ) ), decision } );

/** Approves the flow in `browser`; returns the code from the redirect back to WordPress. */
async function approve( browser: Browser, flow: Flow ): Promise<string> {
	const page = await browser.get( `/portal/authorize?${ flow.query }` );
	expect( page.status, page.html.slice( 0, 600 ) ).toBe( 200 );
	const approved = await browser.post( '/portal/authorize', formOf( flow ) );
	expect( approved.status, approved.html.slice( 0, 600 ) ).toBe( 303 );
	const back = new URL( approved.location! );
	expect( `${ back.origin }${ back.pathname }` ).toBe( `${ flow.siteUrl }/wp-admin/admin.php` );
	expect( back.searchParams.get( 'page' ) ).toBe( 'igny8-setup' );
	expect( back.searchParams.get( 'state' ) ).toBe( flow.state );
	return back.searchParams.get( 'code' ) ?? '';
}

/** POST /api/v1/oauth/token from its own client address (the exchange is throttled per address). */
const exchange = ( body: Record<string, string>, ip = unique( 'ip' ) ) =>
	call<{ api_key: string; site: { id: string; name: string; url: string } }>( 'POST', '/api/v1/oauth/token/', { body, headers: { 'CF-Connecting-IP': ip } } );

const siteCount = async ( accountId: string ) => ( await env.DB.prepare( 'SELECT COUNT(*) AS n FROM sites WHERE account_id = ?' ).bind( accountId ).first<{ n: number }>() )!.n;

describe( 'one-click connect', () => {
	it( 'sends a signed-out visitor to log in and back to the same request', async () => {
		const flow = await newFlow();
		const anonymous = new Browser();
		const page = await anonymous.get( `/portal/authorize?${ flow.query }` );
		expect( page.status ).toBe( 303 );
		const login = new URL( page.location!, 'http://127.0.0.1' );
		expect( login.pathname ).toBe( '/portal/login' );
		const next = login.searchParams.get( 'next' )!;
		expect( next ).toBe( `/portal/authorize?${ flow.query }` );

		// The login form carries it, and so does its link to sign-up.
		const form = await anonymous.get( `${ login.pathname }${ login.search }` );
		expect( form.html ).toContain( `/portal/signup?${ new URLSearchParams( { next } ).toString() }`.replace( /&/g, '&amp;' ) );
		const { email } = await signUp();
		const loggedIn = await anonymous.post( '/portal/login', { email, password: PASSWORD, next } );
		expect( loggedIn.status ).toBe( 303 );
		expect( loggedIn.location ).toBe( next );
	} );

	it( 'approves: creates the site and trades the code once for a working key', async () => {
		const { browser, accountId } = await signUp( 'Green Agency' );
		const flow = await newFlow();
		const page = await browser.get( `/portal/authorize?${ flow.query }` );
		expect( page.html ).toContain( `Connect Garden Blog (${ flow.siteUrl }) to Green Agency?` );
		// The approval's redirect back to WordPress is allowed as a form target, and only that origin.
		expect( page.headers.get( 'Content-Security-Policy' ) ).toContain( `form-action 'self' ${ flow.siteUrl }` );
		const before = await siteCount( accountId );

		const code = await approve( browser, flow );
		expect( code.length ).toBeGreaterThanOrEqual( 40 );
		expect( await siteCount( accountId ) ).toBe( before + 1 );
		// Only the code's hash is stored.
		const stored = await env.DB.prepare( 'SELECT code_hash, sealed_key FROM oauth_codes ORDER BY created_at DESC LIMIT 1' ).first<{ code_hash: string; sealed_key: string }>();
		expect( stored!.code_hash ).not.toContain( code );
		expect( stored!.sealed_key ).toMatch( /^enc:v1:/ );

		const traded = await exchange( { grant_type: 'authorization_code', code, code_verifier: flow.verifier, redirect_uri: flow.redirectUri } );
		expect( traded.status, JSON.stringify( traded.body ) ).toBe( 200 );
		expect( traded.headers.get( 'Cache-Control' ) ).toBe( 'no-store' );
		expect( traded.body.data.api_key ).toMatch( /^igny8_sk_/ );
		expect( traded.body.data.site ).toMatchObject( { name: 'Garden Blog', url: flow.siteUrl } );
		const tested = await call( 'POST', '/api/v1/integration/integrations/test-connection/', { body: {}, headers: asSite( traded.body.data.api_key ) } );
		expect( tested.status ).toBe( 200 );
		const emptied = await env.DB.prepare( 'SELECT sealed_key, used_at FROM oauth_codes WHERE code_hash = ?' ).bind( stored!.code_hash ).first<{ sealed_key: string; used_at: number }>();
		expect( emptied ).toMatchObject( { sealed_key: '' } );
		expect( emptied!.used_at ).toBeGreaterThan( 0 );

		// A reused code is refused.
		const again = await exchange( { code, code_verifier: flow.verifier, redirect_uri: flow.redirectUri } );
		expect( again.status ).toBe( 400 );
		expect( again.body.errors?.code ).toEqual( [ 'invalid_grant' ] );
		expect( again.body.error ).toMatch( /already used/ );
	} );

	it( 'refuses an expired code', async () => {
		const { browser } = await signUp();
		const flow = await newFlow();
		const code = await approve( browser, flow );
		await env.DB.prepare( 'UPDATE oauth_codes SET expires_at = ? WHERE used_at IS NULL' ).bind( Date.now() - 1000 ).run();
		const traded = await exchange( { code, code_verifier: flow.verifier, redirect_uri: flow.redirectUri } );
		expect( traded.status ).toBe( 400 );
		expect( traded.body.error ).toMatch( /expired/ );
	} );

	it( 'refuses a wrong verifier, and the code is spent by the attempt', async () => {
		const { browser } = await signUp();
		const flow = await newFlow();
		const code = await approve( browser, flow );
		const wrong = await exchange( { code, code_verifier: 'x'.repeat( 64 ), redirect_uri: flow.redirectUri } );
		expect( wrong.status ).toBe( 400 );
		expect( wrong.body.error ).toMatch( /verifier does not match/ );
		const right = await exchange( { code, code_verifier: flow.verifier, redirect_uri: flow.redirectUri } );
		expect( right.status ).toBe( 400 );
		expect( right.body.error ).toMatch( /already used/ );
	} );

	it( 'refuses a redirect URI other than the one the code was issued for', async () => {
		const { browser } = await signUp();
		const flow = await newFlow();
		const code = await approve( browser, flow );
		const traded = await exchange( { code, code_verifier: flow.verifier, redirect_uri: `${ flow.siteUrl }/wp-admin/admin.php?page=other` } );
		expect( traded.status ).toBe( 400 );
		expect( traded.body.error ).toMatch( /redirect URI does not match/ );
	} );

	it( 'refuses a redirect URI off the site’s own host, before any redirect or site', async () => {
		const { browser, accountId } = await signUp();
		const flow = await newFlow();
		const evil = new URLSearchParams( flow.query );
		evil.set( 'redirect_uri', 'https://attacker.example/wp-admin/admin.php?page=igny8-setup' );
		const page = await browser.get( `/portal/authorize?${ evil.toString() }` );
		expect( page.status ).toBe( 400 );
		expect( page.location ).toBeNull();
		expect( page.html ).toContain( 'not on the site being connected' );

		// A forged approval with that address is refused too, and creates nothing.
		const before = await siteCount( accountId );
		await browser.get( `/portal/authorize?${ flow.query }` );
		const forged = await browser.post( '/portal/authorize', { ...formOf( flow ), redirect_uri: 'https://attacker.example/cb' } );
		expect( forged.status ).toBe( 400 );
		expect( forged.location ).toBeNull();
		expect( await siteCount( accountId ) ).toBe( before );
	} );

	it( 'refuses a malformed request: plain challenge, missing state', async () => {
		const { browser } = await signUp();
		const flow = await newFlow();
		const plain = new URLSearchParams( flow.query );
		plain.set( 'code_challenge_method', 'plain' );
		expect( ( await browser.get( `/portal/authorize?${ plain.toString() }` ) ).status ).toBe( 400 );
		const stateless = new URLSearchParams( flow.query );
		stateless.delete( 'state' );
		expect( ( await browser.get( `/portal/authorize?${ stateless.toString() }` ) ).status ).toBe( 400 );
	} );

	it( 'cancel returns to WordPress with access_denied and creates nothing', async () => {
		const { browser, accountId } = await signUp();
		const flow = await newFlow();
		const before = await siteCount( accountId );
		await browser.get( `/portal/authorize?${ flow.query }` );
		const cancelled = await browser.post( '/portal/authorize', formOf( flow, 'cancel' ) );
		expect( cancelled.status ).toBe( 303 );
		const back = new URL( cancelled.location! );
		expect( back.searchParams.get( 'error' ) ).toBe( 'access_denied' );
		expect( back.searchParams.get( 'state' ) ).toBe( flow.state );
		expect( back.searchParams.get( 'code' ) ).toBeNull();
		expect( await siteCount( accountId ) ).toBe( before );
	} );

	it( 'refuses an approval without the form’s CSRF token, and a viewer’s approval', async () => {
		const owner = await signUp();
		const flow = await newFlow();
		await owner.browser.get( `/portal/authorize?${ flow.query }` );
		expect( ( await owner.browser.post( '/portal/authorize', { ...formOf( flow ), _csrf: 'forged' } ) ).status ).toBe( 403 );

		const { browser: viewer } = await inviteMember( owner.browser, 'viewer' );
		const page = await viewer.get( `/portal/authorize?${ flow.query }` );
		expect( page.html ).toContain( 'cannot connect sites' );
		expect( page.html ).not.toContain( 'value="approve"' );
		expect( ( await viewer.post( '/portal/authorize', formOf( flow ) ) ).status ).toBe( 403 );
		expect( await siteCount( owner.accountId ) ).toBe( 0 );
	} );

	it( 'reconnecting a site of the account gives it a new key instead of a second site', async () => {
		const { browser, accountId } = await signUp();
		const flow = await newFlow();
		const first = await exchange( { code: await approve( browser, flow ), code_verifier: flow.verifier, redirect_uri: flow.redirectUri } );
		const again = await newFlow( flow.siteUrl );
		expect( ( await browser.get( `/portal/authorize?${ again.query }` ) ).html ).toContain( 'already has this site' );
		const second = await exchange( { code: await approve( browser, again ), code_verifier: again.verifier, redirect_uri: again.redirectUri } );
		expect( second.body.data.site.id ).toBe( first.body.data.site.id );
		expect( await siteCount( accountId ) ).toBe( 1 );
		expect( ( await call( 'GET', '/api/v1/billing/balance/', { headers: asSite( first.body.data.api_key ) } ) ).status ).toBe( 401 );
		expect( ( await call( 'GET', '/api/v1/billing/balance/', { headers: asSite( second.body.data.api_key ) } ) ).status ).toBe( 200 );
	} );

	it( 'throttles code exchanges per client address like sign-in', async () => {
		const ip = unique( 'ip' );
		const statuses: number[] = [];
		for ( let attempt = 0; attempt < 6; attempt++ ) {
			statuses.push( ( await exchange( { code: `guess-${ 'x'.repeat( 30 ) }-${ attempt }`, code_verifier: 'y'.repeat( 43 ), redirect_uri: 'https://a.example/wp-admin/' }, ip ) ).status );
		}
		expect( statuses.slice( 0, 5 ) ).toEqual( [ 400, 400, 400, 400, 400 ] );
		expect( statuses[ 5 ] ).toBe( 429 );
	} );
} );

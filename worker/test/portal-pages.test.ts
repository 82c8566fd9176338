/**
 * Portal pages: sites (key shown once, usable by the plugin, rotate, revoke), usage (SVG
 * chart, CSV), transactions (paginated), billing without Stripe configured, roles
 * (viewer and admin), another account seeing none of it, and HTML error pages.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { adjustCredits } from '../src/services/ledger';
import { createDb } from '../src/db/client';
import { asSite, call, createJob, rowCounts, runQueue, unique } from './helpers';
import { addSite, Browser, inviteMember, PASSWORD, signUp } from './portal-helpers';

describe( 'portal sites', () => {
	it( 'shows a new key once with copy button and setup steps; the key connects the plugin; rotate and revoke work', async () => {
		const { browser } = await signUp();
		const { id, apiKey, html } = await addSite( browser, unique( 'My blog' ) );
		expect( html ).toContain( 'data-copy="api-key"' );
		expect( html ).toContain( 'IGNY8 → Settings' );
		expect( html ).toContain( '<code>http://127.0.0.1</code>' );
		const connected = await call( 'POST', '/api/v1/integration/integrations/test-connection/', { headers: asSite( apiKey ), body: { wp_version: '6.8.3', plugin_version: '0.3.0' } } );
		expect( connected.status ).toBe( 200 );

		const list = await browser.get( '/portal/sites' );
		expect( list.html ).not.toContain( apiKey );
		expect( list.html ).toContain( apiKey.slice( 0, 13 ) );
		expect( list.html ).toContain( '<td>0.3.0</td>' );
		expect( list.html ).toContain( '<td>6.8.3</td>' );
		expect( list.html ).not.toMatch( /Last seen<\/th>[\s\S]*<td>—<\/td><td>0\.3\.0/ );

		const rotated = await browser.post( `/portal/sites/${ id }/rotate` );
		expect( rotated.status ).toBe( 200 );
		const newKey = /id="api-key" readonly(?:="")? value="([^"]+)"/.exec( rotated.html )?.[ 1 ] ?? '';
		expect( newKey ).toMatch( /^igny8_sk_/ );
		expect( newKey ).not.toBe( apiKey );
		expect( ( await call( 'GET', '/api/v1/billing/balance/', { headers: asSite( apiKey ) } ) ).status ).toBe( 401 );
		expect( ( await call( 'GET', '/api/v1/billing/balance/', { headers: asSite( newKey ) } ) ).status ).toBe( 200 );

		await browser.get( '/portal/sites' );
		const revoked = await browser.post( `/portal/sites/${ id }/revoke` );
		expect( revoked.status ).toBe( 303 );
		expect( ( await call( 'GET', '/api/v1/billing/balance/', { headers: asSite( newKey ) } ) ).status ).toBe( 401 );
		expect( ( await browser.get( '/portal/sites' ) ).html ).toContain( '<td>revoked</td>' );
	} );

	it( 'validates the add-site form and keeps what was typed', async () => {
		const { browser } = await signUp();
		await browser.get( '/portal/sites' );
		const before = await rowCounts();
		const response = await browser.post( '/portal/sites', { name: 'Typed <name>', url: 'not a url' } );
		expect( response.status ).toBe( 400 );
		expect( response.html ).toContain( 'Enter the site address' );
		expect( response.html ).toContain( 'value="Typed &lt;name&gt;"' );
		expect( response.html ).toContain( 'aria-invalid="true"' );
		expect( await rowCounts() ).toEqual( before );
	} );
} );

describe( 'portal balance line', () => {
	it( 'names the balance in the plan’s terms: the free trial on the free tier, what is left of the allowance on a paid plan', async () => {
		const { browser, accountId } = await signUp();
		const free = await browser.get( '/portal/overview' );
		expect( free.html ).toContain( '2,000 credits from the free trial · 0 top-up' );
		expect( free.html ).toContain( 'No monthly allowance' );
		expect( free.html ).not.toContain( 'monthly allowance ·' );
		expect( ( await browser.get( '/portal/billing' ) ).html ).toContain( '2,000 credits from the free trial · 0 top-up' );

		await env.DB.prepare( "UPDATE accounts SET plan_id = 'plan_starter', credits = 1201, allowance_credits = 1200, topup_credits = 1 WHERE id = ?" ).bind( accountId ).run();
		const paid = await browser.get( '/portal/overview' );
		expect( paid.html ).toContain( '<b>1,201 credits</b>' );
		expect( paid.html ).toContain( '1,200 left of the 5,000 credits monthly allowance · 1 top-up' );
		expect( paid.html ).toContain( '5,000 credits each month' );
		expect( ( await browser.get( '/portal/billing' ) ).html ).toContain( '1,200 left of the 5,000 credits monthly allowance · 1 top-up' );

		await env.DB.prepare( 'UPDATE accounts SET credits = 1, allowance_credits = 1, topup_credits = 0 WHERE id = ?' ).bind( accountId ).run();
		expect( ( await browser.get( '/portal/overview' ) ).html ).toContain( '<b>1 credit</b>' );
	} );
} );

describe( 'portal usage and transactions', () => {
	it( 'charts credits and tokens per day, per site and function, exports CSV, and pages the ledger', async () => {
		const { browser, accountId } = await signUp();
		const site = await addSite( browser, '=HYPERLINK("x") site' );
		const job = ( await createJob( site.apiKey, { title: unique( 'Usage article' ) } ) ).body.data.job;
		await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		const stored = await env.DB.prepare( 'SELECT status, credits_charged, tokens_in, tokens_out FROM jobs WHERE id = ?' ).bind( job.id ).first<{ status: string; credits_charged: number; tokens_in: number; tokens_out: number }>();
		expect( stored?.status ).toBe( 'completed' );
		expect( stored!.credits_charged ).toBeGreaterThan( 0 );

		const usage = await browser.get( '/portal/usage' );
		expect( usage.status ).toBe( 200 );
		expect( usage.html ).toMatch( /<svg[^>]*role="img"/ );
		// Each chart's bars are one path: one bar (the one day with usage) per chart, over the last 30 days.
		const bars = [ ...usage.html.matchAll( /<path class="bars" d="([^"]*)"/g ) ].map( ( match ) => ( match[ 1 ]!.match( /M/g ) ?? [] ).length );
		expect( bars ).toEqual( [ 1, 1 ] );
		expect( usage.html ).toContain( `from ${ new Date( Date.now() - 29 * 86_400_000 ).toISOString().slice( 0, 10 ) } to ${ new Date().toISOString().slice( 0, 10 ) }` );
		expect( usage.html ).toContain( `${ stored!.credits_charged } credits` );
		// The per-function table names what the credits went on, not the function's id.
		expect( usage.html ).toMatch( /<th scope="row">Articles<\/th>/ );
		expect( usage.html ).not.toMatch( /<th scope="row">generate_content<\/th>/ );
		expect( usage.html ).toContain( '=HYPERLINK(&quot;x&quot;) site' );

		const csv = await browser.get( '/portal/usage.csv?days=7' );
		expect( csv.status ).toBe( 200 );
		expect( csv.headers.get( 'Content-Type' ) ).toContain( 'text/csv' );
		expect( csv.headers.get( 'Content-Disposition' ) ).toMatch( /attachment; filename="igny8-usage-/ );
		const lines = csv.html.trim().split( '\r\n' );
		expect( lines[ 0 ] ).toBe( 'section,key,label,credits,tokens_in,tokens_out,jobs' );
		expect( lines ).toContain( `function,generate_content,Articles,${ stored!.credits_charged },${ stored!.tokens_in },${ stored!.tokens_out },1` );
		// A site name that looks like a formula is neutralised for spreadsheets.
		expect( lines ).toContain( `site,${ site.id },"'=HYPERLINK(""x"") site",${ stored!.credits_charged },${ stored!.tokens_in },${ stored!.tokens_out },1` );

		const overview = await browser.get( '/portal/overview' );
		expect( overview.html ).toContain( `<b>${ stored!.credits_charged } credits</b>` );

		// 30 more ledger entries → two pages of 25.
		const db = createDb( env.DB );
		for ( let i = 0; i < 30; i++ ) await adjustCredits( { db }, accountId, 1, `Promo ${ i }` );
		const first = await browser.get( '/portal/transactions' );
		expect( first.html ).toContain( 'Promo 29' );
		expect( first.html ).not.toContain( 'Free trial plan' );
		expect( first.html ).toContain( 'href="/portal/transactions?page=2"' );
		const second = await browser.get( '/portal/transactions?page=2' );
		expect( second.html ).toContain( 'Free trial plan: 2000 credits' );
		expect( second.html ).toContain( '<td>reserve</td>' );
		expect( second.html ).toContain( 'Page 2 of 2' );
	} );
} );

describe( 'portal billing', () => {
	it( 'says payments are not configured when no Stripe key is set, and the checkout POST changes nothing', async () => {
		const { browser, accountId } = await signUp();
		const page = await browser.get( '/portal/billing' );
		expect( page.status ).toBe( 200 );
		expect( page.html ).toContain( 'Payments are not configured on this server' );
		expect( page.html ).not.toContain( 'action="/portal/billing/checkout"' );
		const before = await rowCounts();
		const checkout = await browser.post( '/portal/billing/checkout', { pack: 'credits-5000' } );
		expect( checkout.status ).toBe( 503 );
		expect( checkout.html ).toContain( 'Payments are not configured' );
		const plan = await browser.post( '/portal/billing/plan', { plan: 'starter' } );
		expect( plan.status ).toBe( 503 );
		expect( await rowCounts() ).toEqual( before );
		const account = await env.DB.prepare( 'SELECT plan_id, credits FROM accounts WHERE id = ?' ).bind( accountId ).first();
		expect( account ).toEqual( { plan_id: 'plan_free_trial', credits: 2000 } );
	} );

	it( 'offers packs and plans to the owner when Stripe is configured, and rejects an unknown pack', async () => {
		const { browser } = await signUp();
		browser.env.STRIPE_SECRET_KEY = 'sk_test_configured_but_never_called';
		browser.env.STRIPE_PRICE_STARTER = 'price_starter_test';
		const page = await browser.get( '/portal/billing' );
		expect( page.html ).not.toContain( 'Payments are not configured' );
		expect( page.html ).toContain( 'value="credits-5000"' );
		expect( page.html ).toContain( 'Subscribe to Starter' );
		expect( page.html ).toContain( '$49.00 a month' ); // the price, before purchase
		expect( page.html ).toContain( 'Not available online yet.' ); // Growth has no price configured
		const bad = await browser.post( '/portal/billing/checkout', { pack: 'credits-999999' } );
		expect( bad.status ).toBe( 400 );
		expect( bad.html ).toContain( 'Choose one of the credit packs' );
	} );
} );

describe( 'portal roles and isolation', () => {
	it( 'lets a viewer read but not buy credits, change the plan, manage sites or invite', async () => {
		const owner = await signUp();
		const site = await addSite( owner.browser, unique( 'Owned' ) );
		const { browser: viewer } = await inviteMember( owner.browser, 'viewer' );
		viewer.env.STRIPE_SECRET_KEY = 'sk_test_configured_but_never_called';
		viewer.env.STRIPE_PRICE_STARTER = 'price_starter_test';
		const sites = await viewer.get( '/portal/sites' );
		expect( sites.status ).toBe( 200 );
		expect( sites.html ).toContain( 'role">viewer' );
		expect( sites.html ).not.toContain( 'action="/portal/sites"' );
		expect( sites.html ).not.toContain( '/rotate' );
		const billing = await viewer.get( '/portal/billing' );
		expect( billing.html ).toContain( 'cannot buy credits' );
		expect( billing.html ).not.toContain( 'action="/portal/billing/checkout"' );
		const before = await rowCounts();
		const keyBefore = await env.DB.prepare( 'SELECT api_key_hash, status FROM sites WHERE id = ?' ).bind( site.id ).first();
		for ( const [ path, form ] of [
			[ '/portal/billing/checkout', { pack: 'credits-5000' } ],
			[ '/portal/billing/plan', { plan: 'starter' } ],
			[ '/portal/billing/manage', {} ],
			[ '/portal/sites', { name: 'Viewer site', url: 'https://viewer.example' } ],
			[ `/portal/sites/${ site.id }/rotate`, {} ],
			[ `/portal/sites/${ site.id }/revoke`, {} ],
			[ '/portal/team/invite', { email: `${ unique( 'x' ) }@igny8.test`, role: 'admin' } ],
		] as const ) {
			const response = await viewer.post( path, form );
			expect( response.status, path ).toBe( 403 );
			expect( response.html ).toContain( 'Your role (viewer) cannot do this' );
		}
		expect( await rowCounts() ).toEqual( before );
		expect( await env.DB.prepare( 'SELECT api_key_hash, status FROM sites WHERE id = ?' ).bind( site.id ).first() ).toEqual( keyBefore );
	} );

	it( 'accepts an invitation link once; a used or made-up link is an HTML 404 that creates nobody', async () => {
		const owner = await signUp();
		await owner.browser.get( '/portal/account' );
		const email = `${ unique( 'once' ) }@igny8.test`;
		const invited = await owner.browser.post( '/portal/team/invite', { email, role: 'viewer' } );
		const path = new URL( /id="invite-link" readonly(?:="")? value="([^"]+)"/.exec( invited.html )?.[ 1 ] ?? '' ).pathname;
		const stored = await env.DB.prepare( 'SELECT token_hash FROM portal_invites WHERE email = ?' ).bind( email ).first<{ token_hash: string }>();
		expect( stored?.token_hash ).toMatch( /^[0-9a-f]{64}$/ );
		expect( path ).not.toContain( stored!.token_hash );
		const first = new Browser();
		await first.get( path );
		expect( ( await first.post( path, { password: 'short' } ) ).status ).toBe( 400 );
		expect( ( await first.post( path, { password: PASSWORD } ) ).status ).toBe( 303 );
		const before = await rowCounts();
		const second = new Browser();
		const reused = await second.get( path );
		expect( reused.status ).toBe( 404 );
		expect( reused.headers.get( 'Content-Type' ) ).toContain( 'text/html' );
		expect( reused.html ).toContain( 'This invitation link is not valid any more' );
		const madeUp = new Browser();
		await madeUp.get( '/portal/login' );
		expect( ( await madeUp.post( '/portal/invite/igny8_inv_made-up-token', { password: PASSWORD } ) ).status ).toBe( 404 );
		expect( await rowCounts() ).toEqual( before );
		const users = await env.DB.prepare( 'SELECT role FROM users WHERE email = ?' ).bind( email ).all();
		expect( users.results ).toEqual( [ { role: 'viewer' } ] );
	} );

	it( 'lets an admin manage sites but not change the plan or invite', async () => {
		const owner = await signUp();
		const { browser: admin } = await inviteMember( owner.browser, 'admin' );
		await addSite( admin, unique( 'Admin site' ) );
		admin.env.STRIPE_SECRET_KEY = 'sk_test_configured_but_never_called';
		await admin.get( '/portal/billing' );
		expect( ( await admin.post( '/portal/billing/plan', { plan: 'starter' } ) ).status ).toBe( 403 );
		expect( ( await admin.post( '/portal/billing/manage' ) ).status ).toBe( 403 );
		expect( ( await admin.post( '/portal/team/invite', { email: `${ unique( 'y' ) }@igny8.test`, role: 'viewer' } ) ).status ).toBe( 403 );
	} );

	it( 'shows another account none of it and refuses its actions on the first account’s sites', async () => {
		const a = await signUp( 'Alpha Agency' );
		const siteName = unique( 'Alpha secret site' );
		const site = await addSite( a.browser, siteName );
		const job = ( await createJob( site.apiKey, { title: unique( 'Alpha article' ) } ) ).body.data.job;
		await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		const b = await signUp( 'Beta Agency' );
		for ( const path of [ '/portal/overview', '/portal/sites', '/portal/usage', '/portal/usage.csv', '/portal/transactions', '/portal/billing', '/portal/account' ] ) {
			const page = await b.browser.get( path );
			expect( page.status, path ).toBe( 200 );
			for ( const secret of [ siteName, site.id, a.email, a.accountId, 'Alpha Agency', job.id ] ) expect( page.html, `${ path } leaked ${ secret }` ).not.toContain( secret );
		}
		const before = await rowCounts();
		const keyBefore = await env.DB.prepare( 'SELECT api_key_hash, status FROM sites WHERE id = ?' ).bind( site.id ).first();
		await b.browser.get( '/portal/sites' );
		for ( const action of [ 'rotate', 'revoke' ] ) {
			const response = await b.browser.post( `/portal/sites/${ site.id }/${ action }` );
			expect( response.status ).toBe( 404 );
			expect( response.html ).not.toContain( siteName );
		}
		expect( await rowCounts() ).toEqual( before );
		expect( await env.DB.prepare( 'SELECT api_key_hash, status FROM sites WHERE id = ?' ).bind( site.id ).first() ).toEqual( keyBefore );
	} );

	it( 'serves the one stylesheet and script with long caching under a content-versioned URL', async () => {
		const { browser } = await signUp();
		const page = await browser.get( '/portal/overview' );
		const css = /href="(\/portal\/assets\/portal\.css\?v=[a-z0-9]+)"/.exec( page.html )?.[ 1 ] ?? '';
		const js = /src="(\/portal\/assets\/portal\.js\?v=[a-z0-9]+)"/.exec( page.html )?.[ 1 ] ?? '';
		const style = await browser.get( css );
		expect( style.status ).toBe( 200 );
		expect( style.headers.get( 'Content-Type' ) ).toContain( 'text/css' );
		expect( style.headers.get( 'Cache-Control' ) ).toContain( 'immutable' );
		const script = await browser.get( js );
		expect( script.headers.get( 'Content-Type' ) ).toContain( 'javascript' );
		expect( script.html ).toContain( 'navigator.clipboard' );
	} );

	it( 'answers unknown portal pages with an HTML 404 while the API keeps its JSON envelope', async () => {
		const { browser } = await signUp();
		const page = await browser.get( '/portal/no-such-page' );
		expect( page.status ).toBe( 404 );
		expect( page.headers.get( 'Content-Type' ) ).toContain( 'text/html' );
		expect( page.html ).toContain( 'There is no such page in the portal.' );
		const api = await call( 'GET', '/api/v1/no-such-route/' );
		expect( api.status ).toBe( 404 );
		expect( api.body.success ).toBe( false );
		const anonymous = await call( 'GET', '/api/v1/billing/balance/' );
		expect( anonymous.status ).toBe( 401 );
	} );
} );

describe( 'portal forms on error', () => {
	it( 'keep what was typed in the forgot-password form', async () => {
		const browser = new Browser();
		await browser.get( '/portal/forgot-password' );
		const refused = await browser.post( '/portal/forgot-password', { email: 'not-an-address@' } );
		expect( refused.status ).toBe( 400 );
		expect( refused.html ).toContain( 'value="not-an-address@"' );
		expect( refused.html ).toContain( 'Enter a valid email address.' );
	} );
} );

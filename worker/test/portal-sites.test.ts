/**
 * Sites under control in the portal: each site's page (usage against its cap, last contact, delivery
 * health, the posts IGNY8 wrote there), renaming and — owners only — the monthly cap, suspending and
 * resuming, the plan's site limit, and the account's low-balance warning level; forms keep what was typed.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { asSite, call, createJob, rowCounts, unique } from './helpers';
import { addSite, inviteMember, PASSWORD, signUp } from './portal-helpers';

describe( 'a site’s own page', () => {
	it( 'shows usage, last contact, delivery health and the posts IGNY8 wrote; owners rename and cap it', async () => {
		const { browser } = await signUp();
		const site = await addSite( browser, unique( 'Garden blog' ) );
		expect( ( await call( 'POST', '/api/v1/integration/integrations/test-connection/', { headers: asSite( site.apiKey ), body: { wp_version: '6.9.1', plugin_version: '0.4.0' } } ) ).status ).toBe( 200 );
		const synced = await call( 'POST', `/api/v1/integration/integrations/${ site.id }/sync/`, {
			headers: asSite( site.apiKey ),
			body: { posts: [ { task_id: 7, post_id: 101, status: 'publish', url: 'https://garden.example/compost-guide/', updated_at: '2026-11-20 10:00:00' } ] },
		} );
		expect( synced.status ).toBe( 200 );
		// The sync refuses such a URL; a row holding one anyway (an older write) is still never a link.
		await env.DB.prepare( "INSERT INTO site_posts (site_id, account_id, post_id, task_id, status, url, post_updated_at, received_at) SELECT id, account_id, 102, NULL, 'draft', 'javascript:alert(1)', ?, ? FROM sites WHERE id = ?" ).bind( Date.now(), Date.now(), site.id ).run();
		const job = await createJob( site.apiKey, { title: unique( 'Counted' ) } );
		expect( job.status ).toBe( 202 );

		const list = await browser.get( '/portal/sites' );
		expect( list.html ).toContain( `href="/portal/sites/${ site.id }"` );
		expect( list.html ).toContain( '1 of 3 sites on the Free trial plan.' );
		const page = await browser.get( `/portal/sites/${ site.id }` );
		expect( page.status ).toBe( 200 );
		expect( page.html ).toMatch( /id="site-usage">\d+ \(no cap\)</ );
		expect( page.html ).toContain( 'plugin 0.4.0 · WordPress 6.9.1' );
		expect( page.html ).toContain( 'Pull only' );
		expect( page.html ).toContain( '<a href="https://garden.example/compost-guide/">https://garden.example/compost-guide/</a>' );
		expect( page.html ).toContain( 'Post #102' ); // a javascript: URL is never a link
		expect( page.html ).not.toContain( 'href="javascript:' );
		expect( page.html ).toContain( '#7' );

		// Bad input keeps what was typed.
		const bad = await browser.post( `/portal/sites/${ site.id }/settings`, { name: 'Renamed <b>', monthly_credit_cap: '12abc' } );
		expect( bad.status ).toBe( 400 );
		expect( bad.html ).toContain( 'Enter a whole number of credits' );
		expect( bad.html ).toContain( 'value="Renamed &lt;b&gt;"' );
		expect( bad.html ).toContain( 'value="12abc"' );
		const saved = await browser.post( `/portal/sites/${ site.id }/settings`, { name: 'Renamed blog', monthly_credit_cap: '15' } );
		expect( saved.status ).toBe( 200 );
		expect( saved.html ).toContain( 'Site saved.' );
		expect( saved.html ).toMatch( /id="site-usage">\d+ of 15 allowed</ );
		expect( await env.DB.prepare( 'SELECT name, monthly_credit_cap FROM sites WHERE id = ?' ).bind( site.id ).first() ).toEqual( { name: 'Renamed blog', monthly_credit_cap: 15 } );
		// Over the cap now: the next job is refused with the cap's message.
		expect( ( await createJob( site.apiKey, { title: unique( 'Over' ) } ) ).body.error ).toMatch( /^This site has reached its monthly limit/ );
		await browser.post( `/portal/sites/${ site.id }/settings`, { name: 'Renamed blog', monthly_credit_cap: '' } );
		expect( ( await env.DB.prepare( 'SELECT monthly_credit_cap AS cap FROM sites WHERE id = ?' ).bind( site.id ).first() )?.cap ).toBeNull();
	} );

	it( 'lets an admin rename but not cap, and a viewer only read', async () => {
		const owner = await signUp();
		const site = await addSite( owner.browser, unique( 'Team site' ) );
		const { browser: admin } = await inviteMember( owner.browser, 'admin' );
		const adminPage = await admin.get( `/portal/sites/${ site.id }` );
		expect( adminPage.html ).toContain( 'Only the account owner can set this site’s monthly credit cap.' );
		expect( adminPage.html ).not.toContain( 'name="monthly_credit_cap"' );
		expect( ( await admin.post( `/portal/sites/${ site.id }/settings`, { name: 'Admin name', monthly_credit_cap: '0' } ) ).status ).toBe( 403 );
		expect( ( await admin.post( `/portal/sites/${ site.id }/settings`, { name: 'Admin name' } ) ).status ).toBe( 200 );
		expect( await env.DB.prepare( 'SELECT name, monthly_credit_cap FROM sites WHERE id = ?' ).bind( site.id ).first() ).toEqual( { name: 'Admin name', monthly_credit_cap: null } );

		const { browser: viewer } = await inviteMember( owner.browser, 'viewer' );
		const viewerPage = await viewer.get( `/portal/sites/${ site.id }` );
		expect( viewerPage.status ).toBe( 200 );
		expect( viewerPage.html ).not.toContain( `action="/portal/sites/${ site.id }/settings"` );
		for ( const action of [ 'settings', 'suspend' ] ) expect( ( await viewer.post( `/portal/sites/${ site.id }/${ action }`, { name: 'x' } ) ).status ).toBe( 403 );
		// Another account's site is a 404.
		const stranger = await signUp();
		expect( ( await stranger.browser.get( `/portal/sites/${ site.id }` ) ).status ).toBe( 404 );
		expect( ( await stranger.browser.post( `/portal/sites/${ site.id }/suspend` ) ).status ).toBe( 404 );
	} );

	it( 'suspends a site (its key still answers, its jobs are refused with the reason) and resumes it', async () => {
		const { browser } = await signUp();
		const site = await addSite( browser, unique( 'Paused blog' ) );
		const suspended = await browser.post( `/portal/sites/${ site.id }/suspend` );
		expect( suspended.status ).toBe( 303 );
		const page = await browser.get( `/portal/sites/${ site.id }` );
		expect( page.html ).toContain( 'This site is suspended' );
		expect( page.html ).toContain( 'id="site-status">suspended<' );
		const refused = await createJob( site.apiKey, { title: unique( 'Refused' ) } );
		expect( refused.status ).toBe( 403 );
		expect( refused.body.error ).toMatch( /is suspended by the account owner, so it cannot start AI jobs\. An owner or admin can resume it on the Sites page/ );
		expect( refused.body.errors ).toEqual( { site_status: [ 'suspended' ] } );
		expect( ( await call( 'GET', '/api/v1/billing/balance/', { headers: asSite( site.apiKey ) } ) ).status ).toBe( 200 );
		expect( ( await browser.post( `/portal/sites/${ site.id }/suspend` ) ).status ).toBe( 409 );
		expect( ( await browser.post( `/portal/sites/${ site.id }/resume` ) ).status ).toBe( 303 );
		expect( ( await createJob( site.apiKey, { title: unique( 'Again' ) } ) ).status ).toBe( 202 );
	} );
} );

describe( 'a site’s running jobs', () => {
	it( 'are listed on its page; an owner cancels one and its reservation comes back, a viewer or another account cannot', async () => {
		const owner = await signUp();
		const site = await addSite( owner.browser, unique( 'Busy blog' ) );
		const credits = async () => ( await env.DB.prepare( 'SELECT credits FROM accounts WHERE id = ?' ).bind( owner.accountId ).first<{ credits: number }>() )!.credits;
		const before = await credits();
		// The recording queue never runs it: the job stays queued.
		const created = await createJob( site.apiKey, { title: unique( 'Long read' ) } );
		expect( created.status ).toBe( 202 );
		const job = created.body.data.job;
		expect( await credits() ).toBe( before - job.credits_reserved );
		const cancelPath = `/portal/sites/${ site.id }/jobs/${ job.id }/cancel`;

		const page = await owner.browser.get( `/portal/sites/${ site.id }` );
		expect( page.html ).toContain( 'Queued and running jobs on' );
		expect( page.html ).toContain( `action="${ cancelPath }"` );
		const { browser: viewer } = await inviteMember( owner.browser, 'viewer' );
		expect( ( await viewer.get( `/portal/sites/${ site.id }` ) ).html ).not.toContain( cancelPath );
		expect( ( await viewer.post( cancelPath ) ).status ).toBe( 403 );
		const stranger = await signUp();
		await stranger.browser.get( '/portal/sites' );
		expect( ( await stranger.browser.post( cancelPath ) ).status ).toBe( 404 );
		expect( await env.DB.prepare( 'SELECT status FROM jobs WHERE id = ?' ).bind( job.id ).first() ).toEqual( { status: 'queued' } );

		await owner.browser.get( `/portal/sites/${ site.id }` );
		const cancelled = await owner.browser.post( cancelPath );
		expect( cancelled.status ).toBe( 200 );
		expect( cancelled.html ).toContain( 'job was cancelled and its' );
		expect( cancelled.html ).toContain( 'No job is queued or running for this site.' );
		expect( await env.DB.prepare( 'SELECT status FROM jobs WHERE id = ?' ).bind( job.id ).first() ).toEqual( { status: 'cancelled' } );
		expect( await credits() ).toBe( before );
		expect( ( await owner.browser.post( cancelPath ) ).status ).toBe( 409 );
		expect( await credits() ).toBe( before );
	} );
} );

describe( 'the plan’s site limit', () => {
	it( 'refuses a site past the limit with the upgrade path, keeps the typed values, and counts no revoked site', async () => {
		const { browser, email } = await signUp();
		const sites = [ await addSite( browser, unique( 'One' ) ), await addSite( browser, unique( 'Two' ) ), await addSite( browser, unique( 'Three' ) ) ];
		await browser.get( '/portal/sites' );
		const before = await rowCounts();
		const refused = await browser.post( '/portal/sites', { name: 'Fourth site', url: 'https://fourth.example' } );
		expect( refused.status ).toBe( 402 );
		expect( refused.html ).toContain( 'Your Free trial plan allows 3 sites and all are in use. Revoke a site you no longer need, or upgrade on the Billing page (Starter: 10 sites, Growth: 50 sites).' );
		expect( refused.html ).toContain( 'value="Fourth site"' );
		expect( refused.html ).toContain( 'value="https://fourth.example"' );
		expect( await rowCounts() ).toEqual( before );
		// The API says the same.
		const login = await call<{ access: string }>( 'POST', '/api/v1/auth/login/', { body: { email, password: PASSWORD } } );
		const api = await call( 'POST', '/api/v1/auth/sites/', { headers: { Authorization: `Bearer ${ login.body.data.access }` }, body: { name: 'Fourth', url: 'https://fourth.example' } } );
		expect( api.status ).toBe( 402 );
		expect( api.body.error ).toMatch( /^Your Free trial plan allows 3 sites/ );
		expect( ( await rowCounts() ).sites ).toBe( before.sites );
		await browser.post( `/portal/sites/${ sites[ 0 ]!.id }/revoke` );
		await addSite( browser, unique( 'Four, after a revoke' ) );
		expect( ( await browser.get( '/portal/sites' ) ).html ).toContain( '3 of 3 sites on the Free trial plan.' );
	} );
} );

describe( 'the low-balance warning level', () => {
	it( 'is the owner’s to set; bad input keeps what was typed; empty follows the plan', async () => {
		const { browser } = await signUp();
		await browser.get( '/portal/account' );
		const bad = await browser.post( '/portal/account/settings', { low_balance_threshold: '-5' } );
		expect( bad.status ).toBe( 400 );
		expect( bad.html ).toContain( 'value="-5"' );
		const saved = await browser.post( '/portal/account/settings', { low_balance_threshold: '5000' } );
		expect( saved.html ).toContain( 'You will be warned below 5,000 credits.' );
		expect( ( await browser.get( '/portal/overview' ) ).html ).toContain( 'Low balance: 2000 credits left (warning level 5000)' );
		await browser.post( '/portal/account/settings', { low_balance_threshold: '' } );
		expect( ( await browser.get( '/portal/overview' ) ).html ).not.toContain( 'Low balance:' );
		const { browser: admin } = await inviteMember( browser, 'admin' );
		await admin.get( '/portal/account' );
		expect( ( await admin.post( '/portal/account/settings', { low_balance_threshold: '1' } ) ).status ).toBe( 403 );
	} );
} );

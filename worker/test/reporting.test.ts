/** What sites report (structure, post sync), what owners read (jobs, transactions, usage), cancel, and the purge cron. */
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../src/index';
import { accountMoney, asSite, asUser, call, createJob, createSite, expectLedgerConsistent, registerTenant, runQueue, unique } from './helpers';

type Page<T> = { count: number; next: string | null; previous: string | null; results: T[] };

describe( 'integration reports', () => {
	it( 'stores the structure and the latest status per post, never letting an older report win', async () => {
		const site = await createSite( await registerTenant() );
		const base = `/api/v1/integration/integrations/${ site.id }`;
		const structure = await call( 'POST', `${ base }/update-structure/`, { headers: asSite( site.apiKey ), body: { post_types: [ 'post', { name: 'page', label: 'Pages' } ], taxonomies: [ 'category' ] } } );
		expect( structure.status ).toBe( 200 );
		expect( structure.body.data ).toMatchObject( { structure: { post_types: [ 'post', { name: 'page', label: 'Pages' } ], taxonomies: [ 'category' ] } } );

		const posts = Array.from( { length: 30 }, ( _, i ) => ( { task_id: i + 1, post_id: i + 100, status: 'draft', url: null, updated_at: '2026-11-01 10:00:00' } ) );
		const first = await call( 'POST', `${ base }/sync/`, { headers: asSite( site.apiKey ), body: { posts } } );
		expect( first.body.data ).toEqual( { accepted: 30 } );
		await call( 'POST', `${ base }/sync/`, { headers: asSite( site.apiKey ), body: { posts: [ { task_id: 1, post_id: 100, status: 'publish', url: 'https://x.example/a', updated_at: '2026-11-02T10:00:00Z' } ] } } );
		await call( 'POST', `${ base }/sync/`, { headers: asSite( site.apiKey ), body: { posts: [ { task_id: 1, post_id: 100, status: 'draft', url: null, updated_at: '2026-10-01 00:00:00' } ] } } );
		const rows = await env.DB.prepare( 'SELECT COUNT(*) AS n FROM site_posts WHERE site_id = ?' ).bind( site.id ).first<{ n: number }>();
		expect( rows?.n ).toBe( 30 );
		const latest = await env.DB.prepare( 'SELECT status, url FROM site_posts WHERE site_id = ? AND post_id = 100' ).bind( site.id ).first();
		expect( latest ).toEqual( { status: 'publish', url: 'https://x.example/a' } );
	} );
} );

describe( 'jobs for owners and sites', () => {
	it( 'lists a site its own jobs and an owner all of the account’s, filtered and paginated', async () => {
		const owner = await registerTenant();
		const one = await createSite( owner, 'one' );
		const two = await createSite( owner, 'two' );
		for ( let i = 0; i < 3; i++ ) await createJob( one.apiKey, { title: unique( 'one' ) } );
		const done = ( await createJob( two.apiKey, { title: unique( 'two' ) } ) ).body.data.job;
		await runQueue( [ { type: 'job.run', job_id: done.id } ] );

		const bySite = await call<Page<{ site_id: string }>>( 'GET', '/api/v1/ai/jobs/', { headers: asSite( one.apiKey ) } );
		expect( bySite.body.data.count ).toBe( 3 );
		expect( bySite.body.data.results.every( ( job ) => job.site_id === one.id ) ).toBe( true );
		expect( ( await call( 'GET', `/api/v1/ai/jobs/?site=${ two.id }`, { headers: asSite( one.apiKey ) } ) ).status ).toBe( 403 );

		const all = await call<Page<{ id: string }>>( 'GET', '/api/v1/ai/jobs/?page_size=2', { headers: asUser( owner ) } );
		expect( all.body.data ).toMatchObject( { count: 4, previous: null } );
		expect( all.body.data.results ).toHaveLength( 2 );
		expect( all.body.data.next ).toContain( 'page=2' );
		const page2 = await call<Page<{ id: string }>>( 'GET', new URL( all.body.data.next! ).pathname + new URL( all.body.data.next! ).search, { headers: asUser( owner ) } );
		expect( page2.body.data.next ).toBeNull();
		expect( page2.body.data.previous ).toContain( 'page=1' );
		const completed = await call<Page<{ id: string }>>( 'GET', `/api/v1/ai/jobs/?status=completed&function=generate_content&site=${ two.id }`, { headers: asUser( owner ) } );
		expect( completed.body.data.results.map( ( job ) => job.id ) ).toEqual( [ done.id ] );
		expect( ( await call( 'GET', `/api/v1/ai/jobs/${ done.id }/`, { headers: asUser( owner ) } ) ).body.data ).toHaveProperty( 'result.title' );
	} );

	it( 'cancels only open jobs and refunds the reservation', async () => {
		const owner = await registerTenant();
		const site = await createSite( owner );
		const job = ( await createJob( site.apiKey, { title: unique( 'cancel me' ) } ) ).body.data.job;
		const cancelled = await call( 'POST', `/api/v1/ai/jobs/${ job.id }/cancel/`, { headers: asUser( owner ) } );
		expect( cancelled.status ).toBe( 200 );
		expect( cancelled.body.data ).toMatchObject( { status: 'cancelled', credits_charged: 0 } );
		expect( ( await accountMoney( owner.accountId ) )?.credits ).toBe( 2000 );
		expect( ( await call( 'POST', `/api/v1/ai/jobs/${ job.id }/cancel/`, { headers: asSite( site.apiKey ) } ) ).status ).toBe( 409 );
		// A message still in the queue for it neither runs nor charges.
		await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		expect( ( await accountMoney( owner.accountId ) )?.credits ).toBe( 2000 );
		await expectLedgerConsistent( owner.accountId );
	} );
} );

describe( 'billing reads', () => {
	it( 'pages the ledger and reports usage per day, site and function', async () => {
		const owner = await registerTenant();
		const site = await createSite( owner, 'Usage blog' );
		const job = ( await createJob( site.apiKey, { title: unique( 'usage' ) } ) ).body.data.job;
		await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		const charged = ( await call<{ credits_charged: number; tokens_out: number }>( 'GET', `/api/v1/ai/jobs/${ job.id }/`, { headers: asSite( site.apiKey ) } ) ).body.data;

		const page = await call<Page<{ kind: string }>>( 'GET', '/api/v1/billing/transactions/?page_size=2', { headers: asUser( owner ) } );
		expect( page.body.data.count ).toBe( 3 );
		expect( page.body.data.results.map( ( row ) => row.kind ) ).toEqual( [ 'settle', 'reserve' ] );
		expect( page.body.data.next ).toMatch( /page=2/ );
		const grants = await call<Page<{ kind: string }>>( 'GET', '/api/v1/billing/transactions/?kind=grant', { headers: asUser( owner ) } );
		expect( grants.body.data.results.map( ( row ) => row.kind ) ).toEqual( [ 'grant' ] );
		// A site sees only its own entries (not the account's grant).
		expect( ( await call<Page<unknown>>( 'GET', '/api/v1/billing/transactions/', { headers: asSite( site.apiKey ) } ) ).body.data.count ).toBe( 2 );

		const usage = await call<Record<string, any>>( 'GET', '/api/v1/billing/usage/?days=7', { headers: asUser( owner ) } );
		const figures = { credits: charged.credits_charged, tokens_out: charged.tokens_out, jobs: 1 };
		expect( usage.body.data.totals ).toMatchObject( figures );
		expect( usage.body.data.per_day ).toEqual( [ expect.objectContaining( { date: new Date().toISOString().slice( 0, 10 ), ...figures } ) ] );
		expect( usage.body.data.per_site ).toEqual( [ expect.objectContaining( { site_id: site.id, site_name: 'Usage blog', ...figures } ) ] );
		expect( usage.body.data.per_function ).toEqual( [ expect.objectContaining( { function: 'generate_content', ...figures } ) ] );
	} );
} );

describe( 'the cron', () => {
	it( 'purges job results older than 7 days and keeps the ledger', async () => {
		const owner = await registerTenant();
		const site = await createSite( owner );
		const job = ( await createJob( site.apiKey, { title: unique( 'old' ) } ) ).body.data.job;
		await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		await env.DB.prepare( 'UPDATE jobs SET completed_at = ? WHERE id = ?' ).bind( Date.now() - 8 * 24 * 3600 * 1000, job.id ).run();
		const ledgerBefore = await env.DB.prepare( 'SELECT COUNT(*) AS n FROM credit_ledger WHERE job_id = ?' ).bind( job.id ).first<{ n: number }>();
		const ctx = createExecutionContext();
		await worker.scheduled( createScheduledController( { cron: '*/5 * * * *' } ), env, ctx );
		await waitOnExecutionContext( ctx );
		const row = await env.DB.prepare( 'SELECT result, status FROM jobs WHERE id = ?' ).bind( job.id ).first();
		expect( row ).toEqual( { result: null, status: 'completed' } );
		expect( await env.DB.prepare( 'SELECT COUNT(*) AS n FROM credit_ledger WHERE job_id = ?' ).bind( job.id ).first() ).toEqual( ledgerBefore );
	} );
} );

import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../db/client';
import { adjustCredits } from '../services/ledger';
import { balanceOf, call, connectSite, createJob, createSite, getJob, ledgerOf, registerTenant, runQueue, unique } from '../../test/helpers';

const input = ( title = unique( 'Article' ) ) => ( { title, brief: 'A short brief.', keywords: [ 'alpha', 'beta' ] } );

describe( 'POST /api/v1/ai/jobs/', () => {
	it( 'reserves the estimate, records it in the ledger and enqueues the job', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		const response = await createJob( site.apiKey, input(), {}, { task_id: 42 } );
		expect( response.status ).toBe( 202 );
		const job = response.body.data.job;
		expect( job ).toMatchObject( { status: 'queued', progress: 0, credits_reserved: 10, credits_charged: 0, reference: { task_id: 42 }, result: null } );
		expect( response.sent ).toEqual( [ { type: 'job.run', job_id: job.id } ] );
		expect( await balanceOf( site.apiKey ) ).toBe( 1990 );
		expect( ( await ledgerOf( tenant.accountId ) ).at( -1 ) ).toMatchObject( { kind: 'reserve', amount: -10, balance_after: 1990, job_id: job.id } );
	} );

	it( 'answers 402 with the need and the balance when credits are short', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		await adjustCredits( { db: createDb( env.DB ) }, tenant.accountId, -1995, 'test: drain' );
		const response = await createJob( site.apiKey, input() );
		expect( response.status ).toBe( 402 );
		expect( response.body.error ).toBe( 'Not enough credits: this job needs 10 credits and the balance is 5.' );
		expect( response.sent ).toEqual( [] );
		expect( await balanceOf( site.apiKey ) ).toBe( 5 );
		const jobs = await env.DB.prepare( 'SELECT COUNT(*) AS n FROM jobs WHERE account_id = ?' ).bind( tenant.accountId ).first<{ n: number }>();
		expect( jobs?.n ).toBe( 0 );
	} );

	it( 'never lets concurrent jobs overdraw the balance', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		await adjustCredits( { db: createDb( env.DB ) }, tenant.accountId, -1975, 'test: leave 25' );
		const responses = await Promise.all( Array.from( { length: 6 }, () => createJob( site.apiKey, input() ) ) );
		expect( responses.map( ( response ) => response.status ).sort() ).toEqual( [ 202, 202, 402, 402, 402, 402 ] );
		expect( await balanceOf( site.apiKey ) ).toBe( 5 );
		const ledger = await ledgerOf( tenant.accountId );
		expect( ledger.reduce( ( sum, row ) => sum + row.amount, 0 ) ).toBe( 5 );
	} );

	it( 'returns the same job for a repeated Idempotency-Key and charges once', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		const headers = { 'Idempotency-Key': unique( 'idem' ) };
		const first = await createJob( site.apiKey, input(), headers );
		const again = await createJob( site.apiKey, input(), headers );
		const racing = await Promise.all( Array.from( { length: 4 }, () => createJob( site.apiKey, input(), { 'Idempotency-Key': 'race-key' } ) ) );
		expect( first.status ).toBe( 202 );
		expect( again.status ).toBe( 200 );
		expect( again.body.data.job.id ).toBe( first.body.data.job.id );
		expect( new Set( racing.map( ( response ) => response.body.data.job.id ) ).size ).toBe( 1 );
		expect( await balanceOf( site.apiKey ) ).toBe( 1980 );
		expect( ( await ledgerOf( tenant.accountId ) ).filter( ( row ) => row.kind === 'reserve' ) ).toHaveLength( 2 );
	} );

	it( 'scopes Idempotency-Keys to the site', async () => {
		const tenant = await registerTenant();
		const one = await createSite( tenant, 'one' );
		const two = await createSite( tenant, 'two' );
		const a = await createJob( one.apiKey, input(), { 'Idempotency-Key': 'same' } );
		const b = await createJob( two.apiKey, input(), { 'Idempotency-Key': 'same' } );
		expect( a.body.data.job.id ).not.toBe( b.body.data.job.id );
	} );

	it( 'validates the function and its input per field', async () => {
		const site = await createSite( await registerTenant() );
		const unknown = await call( 'POST', '/api/v1/ai/jobs/', { headers: { 'X-IGNY8-API-Key': site.apiKey }, body: { function: 'summon_demon', input: {} } } );
		expect( unknown.status ).toBe( 400 );
		expect( unknown.body.errors?.function?.[ 0 ] ).toMatch( /generate_content/ );
		const bad = await createJob( site.apiKey, { title: '', keywords: 'not a list' } );
		expect( bad.status ).toBe( 400 );
		expect( Object.keys( bad.body.errors ?? {} ).sort() ).toEqual( [ 'input.keywords', 'input.title' ] );
		expect( await balanceOf( site.apiKey ) ).toBe( 2000 );
	} );
} );

describe( 'GET /api/v1/ai/jobs/{id}/ and ack', () => {
	it( 'shows a site only its own jobs', async () => {
		const tenantA = await registerTenant( 'A' );
		const siteA = await createSite( tenantA );
		const siteA2 = await createSite( tenantA, 'second site' );
		const siteB = await createSite( await registerTenant( 'B' ) );
		const job = ( await createJob( siteA.apiKey, input() ) ).body.data.job;
		expect( ( await getJob( siteA.apiKey, job.id ) ).status ).toBe( 200 );
		for ( const other of [ siteB, siteA2 ] ) {
			const response = await getJob( other.apiKey, job.id );
			expect( response.status ).toBe( 404 );
			expect( response.body.error ).toBe( 'Job not found.' );
			const ack = await call( 'POST', `/api/v1/ai/jobs/${ job.id }/ack/`, { headers: { 'X-IGNY8-API-Key': other.apiKey } } );
			expect( ack.status ).toBe( 404 );
		}
	} );

	it( 'acks only finished jobs, then marks them delivered (pull delivery)', async () => {
		const site = await createSite( await registerTenant() );
		const job = ( await createJob( site.apiKey, input() ) ).body.data.job;
		const early = await call( 'POST', `/api/v1/ai/jobs/${ job.id }/ack/`, { headers: { 'X-IGNY8-API-Key': site.apiKey } } );
		expect( early.status ).toBe( 409 );
		await runQueue( [ { type: 'job.run', job_id: job.id } ] ); // no delivery URL: result waits to be pulled
		const pulled = await getJob( site.apiKey, job.id );
		expect( pulled.body.data ).toMatchObject( { status: 'completed', delivered_at: null } );
		expect( pulled.body.data.result ).toHaveProperty( 'content_blocks' );
		const ack = await call<{ delivered_at: string }>( 'POST', `/api/v1/ai/jobs/${ job.id }/ack`, { headers: { 'X-IGNY8-API-Key': site.apiKey } } );
		expect( ack.status ).toBe( 200 );
		expect( Date.parse( ack.body.data.delivered_at ) ).toBeGreaterThan( 0 );
	} );

	it( 'keeps a pushed site’s result pullable too', async () => {
		const site = await createSite( await registerTenant() );
		await connectSite( site.apiKey );
		const job = ( await createJob( site.apiKey, input() ) ).body.data.job;
		await runQueue( [ { type: 'job.run', job_id: job.id } ] );
		expect( ( await getJob( site.apiKey, job.id ) ).body.data.result ).toHaveProperty( 'title' );
	} );
} );

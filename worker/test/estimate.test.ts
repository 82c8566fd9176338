/**
 * POST /api/v1/ai/jobs/estimate/ — the credits a job would reserve, and the balance, without
 * reserving anything: the same function registry and input validation as job creation.
 */
import { describe, expect, it } from 'vitest';
import { balanceOf, call, createJob, createSite, ledgerOf, registerTenant, rowCounts, unique } from './helpers';

const estimate = ( apiKey: string | null, body: unknown ) =>
	call<{ credits: number; balance: number }>( 'POST', '/api/v1/ai/jobs/estimate/', { body, headers: apiKey ? { 'X-IGNY8-API-Key': apiKey } : {} } );

const keywords = ( n: number ) => Array.from( { length: n }, ( _, i ) => ( { id: i + 1, keyword: `keyword ${ i }`, search_volume: 10, intent: 'informational' } ) );

describe( 'POST /api/v1/ai/jobs/estimate/', () => {
	it( 'answers the reservation job creation would make, and the balance, without reserving', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		const before = await rowCounts();
		const response = await estimate( site.apiKey, { function: 'generate_content', input: { title: unique( 'Post' ), keywords: [ 'a' ] } } );
		expect( response.status ).toBe( 200 );
		expect( response.body.data ).toEqual( { credits: 10, balance: 2000, billing: 'credits', platform_fee: 0 } );
		expect( await rowCounts() ).toEqual( before );
		expect( await balanceOf( site.apiKey ) ).toBe( 2000 );

		// The same input, created for real, reserves exactly the estimate.
		const job = await createJob( site.apiKey, { title: unique( 'Post' ), keywords: [ 'a' ] } );
		expect( job.body.data.job.credits_reserved ).toBe( response.body.data.credits );
		expect( ( await estimate( site.apiKey, { function: 'generate_content', input: { title: 'x' } } ) ).body.data.balance ).toBe( 1990 );
		expect( ( await ledgerOf( tenant.accountId ) ).filter( ( row ) => row.kind === 'reserve' ) ).toHaveLength( 1 );
	} );

	it( 'follows the function’s own estimate as the input grows', async () => {
		const site = await createSite( await registerTenant() );
		const small = await estimate( site.apiKey, { function: 'auto_cluster', input: { keywords: keywords( 10 ) } } );
		const large = await estimate( site.apiKey, { function: 'auto_cluster', input: { keywords: keywords( 400 ) } } );
		expect( small.body.data.credits ).toBe( 2 );
		expect( large.body.data.credits ).toBe( 8 );
	} );

	it( 'refuses an unknown function and an invalid input with the field errors', async () => {
		const site = await createSite( await registerTenant() );
		const unknown = await estimate( site.apiKey, { function: 'nope', input: {} } );
		expect( unknown.status ).toBe( 400 );
		expect( unknown.body.success ).toBe( false );
		expect( unknown.body.error ).toBe( 'Unknown AI function.' );
		const invalid = await estimate( site.apiKey, { function: 'auto_cluster', input: { keywords: [] } } );
		expect( invalid.status ).toBe( 400 );
		expect( Object.keys( invalid.body.errors ?? {} ).some( ( key ) => key.startsWith( 'input.keywords' ) ) ).toBe( true );
	} );

	it( 'prices the editor’s rewrite by the length of the text, though it is never a job', async () => {
		const site = await createSite( await registerTenant() );
		const short = await estimate( site.apiKey, { function: 'rewrite', input: { text: 'A short sentence.', mode: 'clearer' } } );
		const long = await estimate( site.apiKey, { function: 'rewrite', input: { text: 'x'.repeat( 4_001 ), mode: 'shorter' } } );
		expect( short.body.data.credits ).toBe( 2 );
		expect( long.body.data.credits ).toBe( 4 );
		expect( ( await estimate( site.apiKey, { function: 'rewrite', input: { text: '', mode: 'clearer' } } ) ).status ).toBe( 400 );
		const asJob = await call( 'POST', '/api/v1/ai/jobs/', { body: { function: 'rewrite', input: { text: 'A short sentence.', mode: 'clearer' } }, headers: { 'X-IGNY8-API-Key': site.apiKey } } );
		expect( asJob.status ).toBe( 400 );
		expect( asJob.body.error ).toBe( 'Unknown AI function.' );
	} );

	it( 'needs a site key', async () => {
		const response = await estimate( null, { function: 'generate_content', input: { title: 'x' } } );
		expect( response.status ).toBe( 401 );
		expect( response.body.success ).toBe( false );
	} );
} );

/** Bad input gets 400/413 (or 415) in the envelope and writes nothing: every table's row count is unchanged. */
import { describe, expect, it } from 'vitest';
import { app, asSite, asUser, call, createSite, registerTenant, rowCounts } from './helpers';
import { env } from 'cloudflare:test';

describe( 'bad input', () => {
	it( 'is refused in the envelope before anything is written', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		const site2 = `/api/v1/integration/integrations/${ site.id }`;
		const cases: Array<{ name: string; method: string; path: string; headers: Record<string, string>; body: string; status: number }> = [
			{ name: 'malformed JSON (job)', method: 'POST', path: '/api/v1/ai/jobs/', headers: asSite( site.apiKey ), body: '{"function":"generate_content",', status: 400 },
			{ name: 'malformed JSON (register)', method: 'POST', path: '/api/v1/auth/register/', headers: {}, body: '{email:', status: 400 },
			{ name: 'unknown function', method: 'POST', path: '/api/v1/ai/jobs/', headers: asSite( site.apiKey ), body: JSON.stringify( { function: 'summon_demon', input: {} } ), status: 400 },
			{ name: 'input of the wrong type', method: 'POST', path: '/api/v1/ai/jobs/', headers: asSite( site.apiKey ), body: JSON.stringify( { function: 'generate_content', input: [ 'title' ] } ), status: 400 },
			{ name: 'field of the wrong type', method: 'POST', path: '/api/v1/ai/jobs/', headers: asSite( site.apiKey ), body: JSON.stringify( { function: 'generate_content', input: { title: 42 } } ), status: 400 },
			{ name: 'reference of the wrong type', method: 'POST', path: '/api/v1/ai/jobs/', headers: asSite( site.apiKey ), body: JSON.stringify( { function: 'generate_content', input: { title: 'x' }, reference: { task_id: 'seven' } } ), status: 400 },
			{ name: 'body that is not an object', method: 'POST', path: '/api/v1/ai/jobs/', headers: asSite( site.apiKey ), body: '"just a string"', status: 400 },
			{ name: 'oversized job', method: 'POST', path: '/api/v1/ai/jobs/', headers: asSite( site.apiKey ), body: JSON.stringify( { function: 'generate_content', input: { title: 'x', brief: 'y'.repeat( 1_100_000 ) } } ), status: 413 },
			{ name: 'oversized sync', method: 'POST', path: `${ site2 }/sync/`, headers: asSite( site.apiKey ), body: JSON.stringify( { posts: [], pad: 'z'.repeat( 1_100_000 ) } ), status: 413 },
			{ name: 'sync with one bad row', method: 'POST', path: `${ site2 }/sync/`, headers: asSite( site.apiKey ), body: JSON.stringify( { posts: [ { task_id: null, post_id: 1, status: 'publish', url: null, updated_at: '2026-01-01' }, { task_id: null, post_id: -2, status: 'draft', url: null, updated_at: 'yesterday' } ] } ), status: 400 },
			{ name: 'structure of the wrong type', method: 'POST', path: `${ site2 }/update-structure/`, headers: asSite( site.apiKey ), body: JSON.stringify( { post_types: 'post' } ), status: 400 },
			{ name: 'site with a bad URL', method: 'POST', path: '/api/v1/auth/sites/', headers: asUser( tenant ), body: JSON.stringify( { name: 'x', url: 'javascript:alert(1)' } ), status: 400 },
			{ name: 'negative cap', method: 'PATCH', path: `/api/v1/auth/sites/${ site.id }/`, headers: asUser( tenant ), body: JSON.stringify( { monthly_credit_cap: -5 } ), status: 400 },
			{ name: 'unknown field', method: 'PATCH', path: '/api/v1/auth/account/', headers: asUser( tenant ), body: JSON.stringify( { credits: 1_000_000 } ), status: 400 },
			{ name: 'user with an owner role', method: 'POST', path: '/api/v1/auth/users/', headers: asUser( tenant ), body: JSON.stringify( { email: 'x@igny8.test', password: 'long enough', role: 'owner' } ), status: 400 },
		];
		const before = await rowCounts();
		for ( const item of cases ) {
			const response = await app.request( item.path, { method: item.method, headers: { 'Content-Type': 'application/json', ...item.headers }, body: item.body }, env );
			const body = ( await response.json() ) as { success: boolean; error: string; request_id: string };
			expect( response.status, item.name ).toBe( item.status );
			expect( body, item.name ).toMatchObject( { success: false, error: expect.any( String ), request_id: expect.any( String ) } );
		}
		const badQuery = await call( 'GET', '/api/v1/ai/jobs/?status=exploded&page=0', { headers: asSite( site.apiKey ) } );
		expect( badQuery.status ).toBe( 400 );
		expect( Object.keys( badQuery.body.errors ?? {} ).sort() ).toEqual( [ 'page', 'status' ] );
		expect( await rowCounts() ).toEqual( before );
	} );
} );
